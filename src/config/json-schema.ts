/**
 * The JSON Schema of the config file, made from the one description of its keys (`shape.ts`), shipped in
 * the package as `modeldoc.config.schema.json` (`npm run schema` writes it; a test holds it to this) for
 * editors: `{ "$schema": "./node_modules/modeldoc/modeldoc.config.schema.json" }`.
 */
import { configShape, type Shape } from "./shape.js";

export const schemaFileName = "modeldoc.config.schema.json";

type JsonSchema = { readonly [key: string]: unknown };

/** A plain folder name, as folder-name.ts checks it (byte length aside): not `.` or `..`, no separator, no control character. */
const folderNamePattern = "^(?!\\.{1,2}$)(?!\\.modeldoc)[^/\\\\\\u0000-\\u001f\\u007f-\\u009f]+$";

function schemaOf(shape: Shape): JsonSchema {
  const base = { description: shape.description, ...("default" in shape && shape.default !== undefined ? { default: shape.default } : {}) };
  switch (shape.kind) {
    case "string":
      return { type: "string", minLength: 1, ...base };
    case "folder-name":
      return { type: "string", minLength: 1, pattern: folderNamePattern, ...base };
    case "boolean":
      return { type: "boolean", ...base };
    case "choice":
      return { enum: [...shape.values], ...base };
    case "array":
      return { type: "array", items: schemaOf(shape.items), ...base };
    case "record":
      return { type: "object", ...base, propertyNames: { enum: [...shape.keys] }, additionalProperties: schemaOf(shape.values) };
    case "object":
      return {
        type: "object",
        ...base,
        properties: Object.fromEntries(Object.entries(shape.properties).map(([name, property]) => [name, schemaOf(property)])),
        ...(shape.required ? { required: [...shape.required] } : {}),
        additionalProperties: false,
      };
  }
}

/** The schema, as `modeldoc.config.schema.json` holds it. */
export function configJsonSchema(): JsonSchema {
  return { $schema: "http://json-schema.org/draft-07/schema#", title: "modeldoc config", ...schemaOf(configShape) };
}

/** The file's text: the schema, two spaces, a final line feed. */
export function configJsonSchemaText(): string {
  return `${JSON.stringify(configJsonSchema(), null, 2)}\n`;
}
