/**
 * `schema.json`: one JSON Schema (draft 2020-12) document per variant, made from the same IR and the same
 * wire view (wire.ts) as the validators, so the two accept the same JSON values.
 *
 * - `$defs` holds one schema per declaration, keyed by its type identifier (`#/$defs/Webhook`); the root
 *   schema only carries them. With ajv: `ajv.addSchema(schema, "go")`, then `ajv.getSchema("go#/$defs/Webhook")`.
 * - Models are `type: object` with `properties` and `required`; with the `reject` unknown-key policy also
 *   `additionalProperties: false`. `allow` and `strip` leave unknown keys valid: stripping is something a
 *   validator does to a value, not a property of valid JSON (ajv's `removeAdditional` is the equivalent).
 *   A model with no fields on the wire is a free-form object, as in the validators.
 * - Closed enums are `enum` (with `type` when all values share one); open enums are their values' type,
 *   the listed values given as `examples`.
 * - Unions are `anyOf`; a nullable field is `anyOf: [<type>, { type: "null" }]`.
 * - Dates are strings with `format: "date"` or `"date-time"` (RFC 3339), whatever `dates` is: the schema
 *   describes JSON, where a Date object cannot appear.
 * - Binary fields are `{ type: "string", contentEncoding: "base64" }`: JSON carries bytes as base64 text
 *   (the JSON fixtures do too); in TypeScript they stay `Uint8Array`.
 * - `any`, unreadable types and unresolved references accept any value (`{}`), as in the validators.
 *
 * The output validates against the draft 2020-12 meta-schema and compiles under ajv's strict mode.
 */
import type { EnumDecl, Field, ModelDecl, TypeExpr, UnionDecl } from "../ir/types.js";
import type { FieldNaming } from "../ir/naming.js";
import { variantBannerText } from "./banner.js";
import { jsonObject, jsonText, type JsonObject, type JsonValue } from "./json.js";
import { resolveRef, type DeclarationSymbol, type SymbolTable } from "./symbols.js";
import { acceptsAnything } from "./validator-checks.js";
import type { UnknownKeyPolicy } from "../options.js";
import { enumValues, isOpenEnum, unionMemberTypes, wireFields } from "./wire.js";

export interface JsonSchemaOptions {
  readonly naming: FieldNaming;
  readonly unknownKeys: UnknownKeyPolicy;
}

export const DRAFT_2020_12 = "https://json-schema.org/draft/2020-12/schema";

const anyValue = (): JsonObject => jsonObject([]);
const typed = (type: string, ...more: [string, JsonValue][]): JsonObject => jsonObject([["type", type], ...more]);

/** The schema of a type expression. */
export function typeSchema(type: TypeExpr, symbols: SymbolTable): JsonObject {
  switch (type.kind) {
    case "primitive":
      switch (type.name) {
        case "date":
        case "date-time":
          return typed("string", ["format", type.name]);
        default:
          return typed(type.name);
      }
    case "array":
      return acceptsAnything(type.items, symbols)
        ? typed("array")
        : typed("array", ["items", typeSchema(type.items, symbols)]);
    case "map":
      return acceptsAnything(type.values, symbols)
        ? typed("object")
        : typed("object", ["additionalProperties", typeSchema(type.values, symbols)]);
    case "ref": {
      const target = resolveRef(symbols, type);
      if (target === undefined) return jsonObject([["$comment", `unresolved reference ${type.written}: any value`]]);
      return jsonObject([["$ref", `#/$defs/${target.identifier}`]]);
    }
    case "union": {
      if (acceptsAnything(type, symbols)) return anyValue();
      const members = type.members.map((member) => typeSchema(member, symbols));
      return members.length === 1 && members[0] !== undefined ? members[0] : jsonObject([["anyOf", members]]);
    }
    case "literal": {
      const { value } = type;
      if (value === null) return typed("null");
      if (typeof value === "number" && !Number.isFinite(value)) return typed("number");
      return jsonObject([["const", value]]);
    }
    case "binary":
      return typed("string", ["contentEncoding", "base64"]);
    case "unknown":
      return jsonObject([["$comment", `modeldoc could not read the type ${type.written}: any value`]]);
    case "any":
    case "http-response":
      return anyValue();
  }
}

/** `anyOf: [schema, { type: "null" }]`, or the schema itself when it accepts anything (null included). */
function orNull(schema: JsonObject): JsonObject {
  if (![...schema.keys()].some((key) => key !== "$comment")) return schema;
  const members = schema.get("anyOf");
  if (schema.size === 1 && Array.isArray(members)) return jsonObject([["anyOf", [...members, typed("null")]]]);
  return jsonObject([["anyOf", [schema, typed("null")]]]);
}

/** Annotations from the docs; `undefined` entries are left out. */
function annotations(description: string, deprecated = false): [string, JsonValue | undefined][] {
  return [
    ["description", description === "" ? undefined : description],
    ["deprecated", deprecated ? true : undefined],
  ];
}

function fieldSchema(field: Field, type: TypeExpr, symbols: SymbolTable): JsonObject {
  const schema = typeSchema(type, symbols);
  const wrapped = field.nullable ? orNull(schema) : schema;
  return jsonObject([...wrapped, ...annotations(field.description, field.deprecated), ["readOnly", field.readOnly === true ? true : undefined]]);
}

function modelSchema(decl: ModelDecl, symbols: SymbolTable, options: JsonSchemaOptions): [string, JsonValue | undefined][] {
  const fields = wireFields(decl, options.naming);
  const properties = jsonObject(fields.map(({ field, key, type }) => [key, fieldSchema(field, type, symbols)]));
  const required = fields.filter(({ field }) => field.required).map(({ key }) => key);
  return [
    ["type", "object"],
    ["properties", fields.length === 0 ? undefined : properties],
    ["required", required.length === 0 ? undefined : required],
    ["additionalProperties", options.unknownKeys === "reject" && fields.length !== 0 ? false : undefined],
  ];
}

/** `string`, `integer` or `number` when every value is of that JSON type. */
function sharedType(values: readonly (string | number)[]): string | undefined {
  if (values.length === 0) return undefined;
  if (values.every((value) => typeof value === "string")) return "string";
  if (values.every((value) => Number.isInteger(value))) return "integer";
  if (values.every((value) => typeof value === "number")) return "number";
  return undefined;
}

function enumSchema(decl: EnumDecl): [string, JsonValue | undefined][] {
  const values = enumValues(decl);
  if (!isOpenEnum(decl)) return [["type", sharedType(values)], ["enum", values]];
  // Open: any value of the listed values' JSON kinds (the validators test `typeof`).
  const kinds = [...new Set(values.map((value) => typeof value))].sort();
  const examples: [string, JsonValue | undefined] = ["examples", values.length === 0 ? undefined : values];
  if (kinds.length <= 1) return [["type", kinds[0] ?? "string"], examples];
  return [["anyOf", kinds.map((kind) => typed(kind))], examples];
}

function unionSchema(decl: UnionDecl, symbols: SymbolTable): [string, JsonValue | undefined][] {
  const members = unionMemberTypes(decl);
  return members === undefined ? [] : [...typeSchema(members, symbols)];
}

/** The `$defs` entry of a declaration. */
export function declarationSchema(symbol: DeclarationSymbol, symbols: SymbolTable, options: JsonSchemaOptions): JsonObject {
  const decl = symbol.decl;
  const body =
    decl.kind === "model"
      ? modelSchema(decl, symbols, options)
      : decl.kind === "enum"
        ? enumSchema(decl)
        : unionSchema(decl, symbols);
  return jsonObject([["title", symbol.identifier], ...annotations(decl.description), ...body]);
}

/** The text of `schema.json` for a variant. */
export function jsonSchemaFile(variantName: string, symbols: SymbolTable, options: JsonSchemaOptions): string {
  const defs = jsonObject(symbols.symbols.map((symbol) => [symbol.identifier, declarationSchema(symbol, symbols, options)]));
  return jsonText(
    jsonObject([
      ["$comment", variantBannerText(variantName)],
      ["$schema", DRAFT_2020_12],
      ["title", variantName],
      [
        "description",
        "The models, enums and unions of the docs, one schema each under $defs, keyed by type name " +
          '(#/$defs/<Name>). The root schema itself accepts any value.',
      ],
      ["$defs", defs],
    ]),
  );
}
