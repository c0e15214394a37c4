/** `schema.json` (see schema.ts): one JSON Schema document per variant, its `$defs` one schema per declaration. */
import { variantBannerText } from "../banner.js";
import { jsonObject, jsonText } from "../common/json.js";
import type { EmitContext } from "../context.js";
import type { OutputEmitter } from "../output.js";
import { declarationSchema, DRAFT_2020_12 } from "./schema.js";

/** The text of `schema.json` for a variant. */
export function jsonSchemaFile(ctx: EmitContext): string {
  const defs = jsonObject(ctx.symbols.symbols.map((symbol) => [symbol.identifier, declarationSchema(symbol, ctx)]));
  return jsonText(
    jsonObject([
      ["$comment", variantBannerText(ctx.variantName)],
      ["$schema", DRAFT_2020_12],
      ["title", ctx.variantName],
      [
        "description",
        "The models, enums and unions of the docs, one schema each under $defs, keyed by type name " +
          '(#/$defs/<Name>). The root schema itself accepts any value.',
      ],
      ["$defs", defs],
    ]),
  );
}

export const jsonSchemaEmitter: OutputEmitter = {
  variantFiles: (ctx) => [{ path: "schema.json", contents: jsonSchemaFile(ctx) }],
};
