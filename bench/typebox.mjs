// TypeBox's compiled checks (TypeCompiler) on the models modeldoc emits: each declaration's JSON Schema
// rebuilt with TypeBox's builders in a `Type.Module` (references by name, cycles allowed) and compiled
// from `module.Import(name)`. Dates use TypeBox's format registry with the same
// RFC 3339 checks ajv-formats makes (full-date, date-time with an offset).
import { FormatRegistry, Type } from "@sinclair/typebox";
import { TypeCompiler } from "@sinclair/typebox/compiler";

const DATE = /^\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])$/;
const DATE_TIME = /^\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])[Tt](?:[01]\d|2[0-3]):[0-5]\d:(?:[0-5]\d|60)(?:\.\d+)?(?:[Zz]|[+-](?:[01]\d|2[0-3]):[0-5]\d)$/;
const DAYS = [0, 31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const realDay = (text) => {
  const year = Number(text.slice(0, 4));
  const month = Number(text.slice(5, 7));
  const day = Number(text.slice(8, 10));
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  return day <= (month === 2 && !leap ? 28 : DAYS[month]);
};
FormatRegistry.Set("date", (value) => DATE.test(value) && realDay(value));
FormatRegistry.Set("date-time", (value) => DATE_TIME.test(value) && realDay(value));

/** A JSON Schema of modeldoc's subset (jsonschema.ts) as a TypeBox type. */
function toTypeBox(schema) {
  if (schema.$ref !== undefined) return Type.Ref(schema.$ref.slice("#/$defs/".length));
  if (schema.anyOf !== undefined) return Type.Union(schema.anyOf.map(toTypeBox));
  if (schema.enum !== undefined) return Type.Union(schema.enum.map((value) => Type.Literal(value)));
  if (schema.const !== undefined) return Type.Literal(schema.const);
  switch (schema.type) {
    case "string":
      return schema.format === undefined ? Type.String() : Type.String({ format: schema.format });
    case "integer":
      return Type.Integer();
    case "number":
      return Type.Number();
    case "boolean":
      return Type.Boolean();
    case "null":
      return Type.Null();
    case "array":
      return Type.Array(schema.items === undefined ? Type.Unknown() : toTypeBox(schema.items));
    case "object": {
      if (schema.properties === undefined) {
        return Type.Record(Type.String(), schema.additionalProperties === undefined ? Type.Unknown() : toTypeBox(schema.additionalProperties));
      }
      const required = new Set(schema.required ?? []);
      const properties = {};
      for (const [key, property] of Object.entries(schema.properties)) {
        const type = toTypeBox(property);
        properties[key] = required.has(key) ? type : Type.Optional(type);
      }
      return Type.Object(properties, schema.additionalProperties === false ? { additionalProperties: false } : {});
    }
    default:
      return Type.Unknown();
  }
}

/**
 * The compiled check of one declaration, from its standalone JSON Schema (XSchema's `~standard.jsonSchema`:
 * `$ref` to it and `$defs` with the declarations it reaches), so that each module holds only what it needs.
 */
export function compileTypeBox(standalone) {
  const definitions = {};
  for (const [name, definition] of Object.entries(standalone.$defs)) definitions[name] = toTypeBox(definition);
  const compiled = TypeCompiler.Compile(Type.Module(definitions).Import(standalone.$ref.slice("#/$defs/".length)));
  return (value) => compiled.Check(value);
}
