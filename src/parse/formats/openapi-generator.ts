/**
 * OpenAPI Generator (`docs/<Model>.md` in each of its client generators), and swagger-codegen, whose
 * templates it grew from and which writes the same pages: `## Properties` with
 * `Name | Type | Description | Notes`, no outer pipes, and notes written by the template as
 * `[optional] [readonly] [default to X]` — so a field without `[optional]` is required. Enums are
 * `## Enum` with a list (``* `ALL` (value: `"all"`)``), or Rust's `## Enum Variants` table; some
 * generators (python-legacy, dart) give an enum an empty Properties table, which says nothing of it.
 * Go writes an optional field's type `Pointer to **string**`; Go and dart add `## Methods` and
 * `## Load the model package`; Ruby documents a oneOf as `openapi_one_of` in example code.
 */
import { primitive } from "../dialects/dialect.js";
import type { FormatSpec } from "./format.js";

export const openapiGenerator: FormatSpec = {
  format: "openapi-generator",
  sections: {
    enum: "values",
    "enum variants": "values",
    methods: "ignored",
    "load the model package": "ignored",
    "class instance methods": "ignored",
    "class methods": "ignored",
  },
  columns: { notes: "notes" },
  marks: [
    { id: "optional-note", where: "notes", pattern: /\[optional\]/i, says: "optional", absenceSays: true },
    { id: "readonly-note", where: "notes", pattern: /\[readonly\]/i, says: "read-only" },
    { id: "default-note", where: "notes", pattern: /\[default to (.*?)\](?=\s*(?:\[|$))/i, says: "default" },
    // Custom templates (Dropbox Sign's) mark the required fields on their name instead.
    { id: "required-sup", where: "name", pattern: /<sup>[^<]*required[^<]*<\/sup>/i, says: "required", absenceSays: false },
  ],
  // typescript-axios writes `[default to undefined]` on every field, swagger-codegen's Go `[default to null]`.
  noDefault: ["undefined", "null"],
  typePrefixes: { "Pointer to": "*T" },
  listedValues: { item: /^`([^`]+)`\s*\(value:\s*`(.*)`\)\s*$/ },
  // swagger-codegen, and OpenAPI Generator's Java, document an inline enum on its model's page.
  namedSections: [{ title: /^Enum:\s*(\S.*)$/, kind: "values" }],
  inlineEnumValues: /\(enum: ([^)]*)\)/,
  unionInCode: {
    section: /^`?openapi_one_of`?$/,
    member: /:'([A-Za-z_][\w:]*)'/g,
    discriminator: /\.openapi_discriminator_name\s*\n#\s*=>\s*:'([^']+)'/,
    mapping: /\.openapi_discriminator_mapping\s*\n#\s*=>\s*\n((?:#.*\n?)*)/,
    mapped: /:'([^']+)'\s*=>\s*:'([A-Za-z_][\w:]*)'/g,
  },
  emptyTable: "unstated",
  nullability: "marked",
  dialects: {
    // Its python and ruby generators mean a calendar date by `date` and `Date`.
    python: { names: { date: primitive.date } },
    ruby: { names: { Date: primitive.date, Time: primitive.dateTime } },
    // Go's nullable wrappers (its `utils.go`).
    go: {
      nullableNames: {
        NullableBool: "bool",
        NullableInt: "int",
        NullableInt32: "int32",
        NullableInt64: "int64",
        NullableFloat32: "float32",
        NullableFloat64: "float64",
        NullableString: "string",
        NullableTime: "time.Time",
      },
    },
    typescript: { names: { RequestFile: primitive.binary } },
    // C#'s file upload type.
    csharp: { names: { FileParameter: primitive.binary } },
  },
  sectionNames: { declaring: ["Properties", "Enum", "Enum Variants"], other: ["Methods", "Load the model package", "Class instance methods"] },
  evidence: {
    sections: ["properties", "enum", "enum variants", "methods", "load the model package", "class instance methods"],
    headers: ["notes"],
    text: [/\[\[Back to Model list\]\]/],
  },
};
