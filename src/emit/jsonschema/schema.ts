/**
 * The JSON Schema (draft 2020-12) of each declaration, made from the same view of the IR (emit/view.ts) as
 * the validators, so the two accept the same JSON values, in one of two forms (see {@link SchemaForm}): the
 * TypeScript form (`schema.json`, `XSchema`'s Standard JSON Schema: a model's keys as its interface names
 * them) or the wire form (`wire-schema.json`, `XWireSchema`'s input, `openapi.json`: the keys as the API's JSON
 * spells them, which the JSON fixtures and `parseX` read). Values are JSON's either way:
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
 * - A field the docs mark read-only is `readOnly: true`.
 * - A discriminated union (emit/view.ts) is `oneOf`, each member with its discriminator's values (`const` or
 *   `enum`); in OpenAPI also its `discriminator` object, the values mapped to the members.
 *
 * The output validates against the draft 2020-12 meta-schema and compiles under ajv's strict mode.
 */
import type { EnumDecl, Field, ModelDecl, TypeExpr, UnionDecl } from "../../ir/types.js";
import { jsonObject, type JsonObject, type JsonValue } from "../common/json.js";
import { resolveRef, type DeclarationSymbol, type SymbolTable } from "../common/symbols.js";
import { acceptsAnything } from "../common/type-facts.js";
import { enumValues, isOpenEnum } from "../common/wire.js";
import type { EmitContext } from "../context.js";
import type { UnionDiscriminator } from "../view.js";

export const DRAFT_2020_12 = "https://json-schema.org/draft/2020-12/schema";

/** Which JSON a schema describes, and where its references point. */
export interface SchemaForm {
  /** A model's keys: as its interface names them (`naming`), or as the API's JSON spells them (`wireNaming`). */
  readonly keys: "typescript" | "wire";
  /** What a reference's `$ref` starts with: `#/$defs/` in a JSON Schema document, `#/components/schemas/` in OpenAPI. */
  readonly refs: string;
  /** `openapi`: a discriminated union carries OpenAPI's `discriminator` object too. */
  readonly discriminators?: "openapi";
}

export const typescriptForm: SchemaForm = { keys: "typescript", refs: "#/$defs/" };
export const wireForm: SchemaForm = { keys: "wire", refs: "#/$defs/" };

const anyValue = (): JsonObject => jsonObject([]);
const typed = (type: string, ...more: [string, JsonValue][]): JsonObject => jsonObject([["type", type], ...more]);

/** The schema of a type expression. */
export function typeSchema(type: TypeExpr, symbols: SymbolTable, refs = typescriptForm.refs): JsonObject {
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
        : typed("array", ["items", typeSchema(type.items, symbols, refs)]);
    case "map":
      return acceptsAnything(type.values, symbols)
        ? typed("object")
        : typed("object", ["additionalProperties", typeSchema(type.values, symbols, refs)]);
    case "ref": {
      const target = resolveRef(symbols, type);
      if (target === undefined) return jsonObject([["$comment", `unresolved reference ${type.written}: any value`]]);
      return jsonObject([["$ref", `${refs}${target.identifier}`]]);
    }
    case "union": {
      if (acceptsAnything(type, symbols)) return anyValue();
      const members = type.members.map((member) => typeSchema(member, symbols, refs));
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
function annotations(description: string, deprecated = false, readOnly = false): [string, JsonValue | undefined][] {
  return [
    ["description", description === "" ? undefined : description],
    ["deprecated", deprecated ? true : undefined],
    ["readOnly", readOnly ? true : undefined],
  ];
}

function fieldSchema(field: Field, type: TypeExpr, symbols: SymbolTable, form: SchemaForm): JsonObject {
  const schema = typeSchema(type, symbols, form.refs);
  const wrapped = field.nullable ? orNull(schema) : schema;
  return jsonObject([...wrapped, ...annotations(field.description, field.deprecated, field.readOnly === true)]);
}

function modelSchema(decl: ModelDecl, ctx: EmitContext, form: SchemaForm): [string, JsonValue | undefined][] {
  const { symbols, options } = ctx;
  const fields = ctx.view.fields(decl).map((field) => ({ ...field, key: form.keys === "wire" ? field.wire : field.key }));
  const properties = jsonObject(fields.map(({ field, key, type }) => [key, fieldSchema(field, type, symbols, form)]));
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

function unionSchema(decl: UnionDecl, ctx: EmitContext, form: SchemaForm): [string, JsonValue | undefined][] {
  const members = ctx.view.members(decl);
  const discriminator = ctx.view.discriminator(decl);
  if (discriminator !== undefined) return discriminatedSchema(discriminator, form);
  return members === undefined ? [] : [...typeSchema(members, ctx.symbols, form.refs)];
}

/**
 * A discriminated union: `oneOf` its members, each with the values that select it (its own schema says
 * them when the member's field is typed with them; else an `allOf` adds them); in OpenAPI, also the
 * `discriminator` object mapping each value to its member (OpenAPI's discriminator values are strings).
 */
function discriminatedSchema(discriminator: UnionDiscriminator, form: SchemaForm): [string, JsonValue | undefined][] {
  const key = form.keys === "wire" ? discriminator.wire : discriminator.key;
  const openApi = form.discriminators === "openapi";
  const oneOf = discriminator.members.map(({ symbol, values, typed }): JsonObject => {
    const ref = jsonObject([["$ref", `${form.refs}${symbol.identifier}`]]);
    if (typed || openApi) return ref;
    const selecting = values.length === 1 ? jsonObject([["const", values[0]!]]) : jsonObject([["enum", values]]);
    // `type` beside `required`: the member is an object either way, and strict validators (Ajv) ask for it
    const selector = jsonObject([["type", "object"], ["properties", jsonObject([[key, selecting]])], ["required", [key]]]);
    return jsonObject([["allOf", [ref, selector]]]);
  });
  const strings = discriminator.members.every(({ values }) => values.every((value) => typeof value === "string"));
  const mapping = jsonObject(discriminator.members.flatMap(({ symbol, values }) => values.map((value) => [String(value), `${form.refs}${symbol.identifier}`] as const)));
  return [
    ["oneOf", oneOf],
    ["discriminator", openApi && strings ? jsonObject([["propertyName", key], ["mapping", mapping]]) : undefined],
  ];
}

/** The `$defs` entry of a declaration. */
export function declarationSchema(symbol: DeclarationSymbol, ctx: EmitContext, form: SchemaForm = typescriptForm): JsonObject {
  const decl = symbol.decl;
  const body = decl.kind === "model" ? modelSchema(decl, ctx, form) : decl.kind === "enum" ? enumSchema(decl) : unionSchema(decl, ctx, form);
  return jsonObject([["title", symbol.identifier], ...annotations(decl.description), ...body]);
}
