/**
 * The variant's JSON Schema documents (see schema.ts), each saying which form of the data it describes:
 *
 * - `schema.json`: the TypeScript form, each model's keys as its interface names them (`naming`), what the
 *   validators and `XSchema` check;
 * - `wire-schema.json`, when the API's JSON spells keys otherwise (`wireNaming`): the wire form, what the
 *   JSON fixtures hold and `parseX` and `XWireSchema` read. Where both spell keys alike, `schema.json`
 *   describes both.
 */
import { variantBannerText } from "../banner.js";
import { jsonObject, jsonText } from "../common/json.js";
import type { EmitContext } from "../context.js";
import type { OutputEmitter, OutputFile } from "../output.js";
import { declarationSchema, DRAFT_2020_12, typescriptForm, wireForm, type SchemaForm } from "./schema.js";

/** Whether the API's JSON spells a model's keys otherwise than the TypeScript does: then the wire form has a document of its own. */
export function wireKeysDiffer(ctx: EmitContext): boolean {
  return ctx.options.wireNaming !== ctx.options.naming;
}

/** The sentence of a document's description that says which form it describes. */
function formSentence(ctx: EmitContext, form: SchemaForm): string {
  const { naming, wireNaming } = ctx.options;
  if (!wireKeysDiffer(ctx)) return `Keys as the TypeScript names them (naming ${naming}) and as the API's JSON spells them: both forms are one.`;
  return form.keys === "typescript"
    ? `The TypeScript form: keys as the interfaces name them (naming ${naming}); the API's JSON spells them otherwise (wire-schema.json).`
    : `The wire form: keys as the API's JSON spells them (wireNaming ${wireNaming}), as the JSON fixtures and parseX read them; the interfaces name them otherwise (schema.json).`;
}

/** The text of a JSON Schema document of the variant in one form. */
export function jsonSchemaFile(ctx: EmitContext, form: SchemaForm = typescriptForm): string {
  const defs = jsonObject(ctx.symbols.symbols.map((symbol) => [symbol.identifier, declarationSchema(symbol, ctx, form)]));
  return jsonText(
    jsonObject([
      ["$comment", variantBannerText(ctx.variantName)],
      ["$schema", DRAFT_2020_12],
      ["title", ctx.variantName],
      [
        "description",
        "The models, enums and unions of the docs, one schema each under $defs, keyed by type name " +
          `(#/$defs/<Name>). ${formSentence(ctx, form)} Values as JSON holds them: dates as RFC 3339 strings, bytes as base64. ` +
          "The root schema itself accepts any value.",
      ],
      ["$defs", defs],
    ]),
  );
}

export const jsonSchemaEmitter: OutputEmitter = {
  variantFiles: (ctx) => {
    const files: OutputFile[] = [{ path: "schema.json", contents: jsonSchemaFile(ctx, typescriptForm) }];
    if (wireKeysDiffer(ctx)) files.push({ path: "wire-schema.json", contents: jsonSchemaFile(ctx, wireForm) });
    return files;
  },
};
