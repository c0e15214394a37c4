/**
 * `openapi.json` (`--emit openapi`): an OpenAPI 3.1 document of the variant's models, for the APIs that
 * publish none, so that the OpenAPI tools (openapi-typescript, orval, oasdiff, Redocly) can take over from
 * the SDK's docs. `components.schemas` holds one schema per declaration, in the wire form (the keys as the
 * API's JSON spells them, `wireNaming`; dates as RFC 3339 strings with their `format`; bytes as base64),
 * with the docs' descriptions, enums and, for a discriminated union, its `discriminator` (jsonschema/schema.ts
 * makes them, as for `schema.json`, with OpenAPI's `$ref`s). The docs describe models, not operations:
 * `paths` is empty. OpenAPI's root object takes no `$comment`, so the banner is the `x-modeldoc` extension.
 */
import { variantBannerText } from "../banner.js";
import { jsonObject, jsonText } from "../common/json.js";
import type { EmitContext } from "../context.js";
import { declarationSchema, type SchemaForm } from "../jsonschema/schema.js";
import type { OutputEmitter } from "../output.js";

export const OPENAPI_VERSION = "3.1.0";

/** The text of `openapi.json` for a variant. */
export function openApiFile(ctx: EmitContext): string {
  const form: SchemaForm = { keys: "wire", refs: "#/components/schemas/", discriminators: "openapi" };
  const schemas = jsonObject(ctx.symbols.symbols.map((symbol) => [symbol.identifier, declarationSchema(symbol, ctx, form)]));
  return jsonText(
    jsonObject([
      ["x-modeldoc", variantBannerText(ctx.variantName)],
      ["openapi", OPENAPI_VERSION],
      [
        "info",
        jsonObject([
          ["title", ctx.variantName],
          // The docs name no version of the API.
          ["version", "unknown"],
          ["description", "The models, enums and unions of the SDK's docs, in the API's JSON form; the docs describe no operations, so there are no paths."],
        ]),
      ],
      ["paths", jsonObject([])],
      ["components", jsonObject([["schemas", schemas]])],
    ]),
  );
}

export const openApiEmitter: OutputEmitter = {
  variantFiles: (ctx) => [{ path: "openapi.json", contents: openApiFile(ctx) }],
};
