/**
 * The Standard Schema part of `runtime.ts`: the types of the spec (standardschema.dev, `@standard-schema/spec`
 * v1) that a declaration's schema object needs, written out so that the generated code depends on no
 * package, and `modelSchema`, which makes a declaration's `XSchema` from its validator and its JSON Schema.
 *
 * A `ModelSchema<T>` is structurally a `StandardSchemaV1<unknown, T>` and a `StandardJSONSchemaV1<unknown, T>`:
 * a library that takes either takes it, and `StandardSchemaV1.InferOutput<typeof XSchema>` is `T`.
 */
import { StructureKind } from "../code/kinds.js";
import type { Block } from "../code/source-file.js";
import type { InterfaceDeclaration, PropertySignature, TypeAliasDeclaration } from "../code/structures.js";
import { arrayType, literalType, typeReference, unionType, type TypeNode } from "../code/syntax.js";
import { fn } from "./code.js";

type Member = readonly [name: string, type: TypeNode, doc?: string | undefined, optional?: boolean];

function properties(members: readonly Member[]): PropertySignature[] {
  return members.map(([name, type, doc, optional]) => ({
    name,
    hasQuestionToken: optional === true,
    isReadonly: true,
    type,
    ...(doc === undefined ? {} : { docs: [doc] }),
  }));
}

function typeInterface(name: string, typeParameters: readonly string[], doc: string, members: readonly Member[]): InterfaceDeclaration {
  return { kind: StructureKind.Interface, name, isExported: true, typeParameters, docs: [doc], properties: properties(members) };
}

const t = typeReference;
const unknown = t("unknown");
const jsonRecord = t("Record", [t("string"), unknown]);
const converter: TypeNode = {
  kind: "function-type",
  parameters: [{ name: "options", type: t("StandardJSONSchemaOptions") }],
  returnType: jsonRecord,
};
const objectType = (members: readonly (readonly [string, TypeNode, boolean?])[]): TypeNode => ({
  kind: "object-type",
  members: members.map(([name, type, optional]) => ({ name: `readonly ${name}`, optional: optional === true, type })),
});

const modelSchemaType = typeInterface(
  "ModelSchema",
  ["T"],
  "A declaration's schema object: a Standard Schema (StandardSchemaV1<unknown, T> of the standard-schema spec) and a\n" +
    "Standard JSON Schema (StandardJSONSchemaV1<unknown, T>), so that StandardSchemaV1.InferOutput<typeof XSchema> is T.",
  [[`"~standard"`, t("ModelSchemaProps", [t("T")])]],
);

const modelSchemaProps = typeInterface("ModelSchemaProps", ["T"], "The Standard Schema properties of a {@link ModelSchema}.", [
  ["version", literalType("1")],
  ["vendor", literalType(`"modeldoc"`)],
  [
    "validate",
    { kind: "function-type", parameters: [{ name: "value", type: unknown }], returnType: t("StandardResult", [t("T")]) },
    "Checks a value as validateX does: `{ value }` when it is valid, else `{ issues }` with array paths.",
  ],
  ["types", unionType([t("StandardTypes", [unknown, t("T")]), t("undefined")]), "The types checked, for inference only (never set).", true],
  ["jsonSchema", t("StandardJSONSchemaConverter"), "The JSON Schema of the declaration and of the types it refers to."],
]);

const standardTypes = typeInterface("StandardTypes", ["Input", "Output"], "The input and output types of a schema (StandardSchemaV1.Types).", [
  ["input", t("Input")],
  ["output", t("Output")],
]);

const standardResult: TypeAliasDeclaration = {
  kind: StructureKind.TypeAlias,
  name: "StandardResult",
  isExported: true,
  typeParameters: ["Output"],
  docs: ["The result of a Standard Schema's validate: the value, or the issues (StandardSchemaV1.Result)."],
  type: unionType([
    objectType([
      ["value", t("Output")],
      ["issues", t("undefined"), true],
    ]),
    objectType([["issues", arrayType(t("StandardIssue"), true)]]),
  ]),
};

const standardIssue = typeInterface("StandardIssue", [], "One problem, as Standard Schema reports it (StandardSchemaV1.Issue).", [
  ["message", t("string"), "What is wrong: expected string, found number 3."],
  ["path", arrayType(unionType([t("string"), t("number")]), true), `The keys and indexes from the value to the place: ["runs", 2, "a b"].`],
]);

const jsonSchemaTypes: Block = [
  typeInterface("StandardJSONSchemaConverter", [], "Makes the JSON Schema of a schema's input or output (StandardJSONSchemaV1.Converter).", [
    ["input", converter],
    ["output", converter],
  ]),
];

const jsonSchemaOptions = typeInterface(
  "StandardJSONSchemaOptions",
  [],
  `Which JSON Schema to make (StandardJSONSchemaV1.Options): "draft-2020-12"; any other target throws.`,
  [
    ["target", t("string")],
    ["libraryOptions", unionType([jsonRecord, t("undefined")]), undefined, true],
  ],
);

const pathSegments = fn(
  "pathSegments",
  true,
  `The steps of an issue's path as an array, as Standard Schema writes them: $.runs[2]["a b"] → ["runs", 2, "a b"].`,
  [["path", t("string")]],
  arrayType(unionType([t("string"), t("number")])),
  String.raw`
const segments: (string | number)[] = [];
let at = path.charCodeAt(0) === 36 ? 1 : 0;
while (at < path.length) {
  if (path.charCodeAt(at) === 46) {
    let end = at + 1;
    while (end < path.length && path.charCodeAt(end) !== 46 && path.charCodeAt(end) !== 91) end++;
    segments.push(path.slice(at + 1, end));
    at = end;
  } else if (path.charCodeAt(at + 1) === 34) {
    let end = at + 2;
    while (path.charCodeAt(end) !== 34) end += path.charCodeAt(end) === 92 ? 2 : 1;
    segments.push(JSON.parse(path.slice(at + 1, end + 1)) as string);
    at = end + 2;
  } else {
    const end = path.indexOf("]", at);
    segments.push(Number(path.slice(at + 1, end)));
    at = end + 1;
  }
}
return segments;
`,
);

const jsonSchemaOf = fn(
  "jsonSchemaOf",
  false,
  "A Standard JSON Schema converter from the function adding a declaration's JSON Schema to a set of definitions.",
  [["addJsonSchema", { kind: "function-type", parameters: [{ name: "defs", type: t("Map", [t("string"), unknown]) }], returnType: t("string") }]],
  converter,
  String.raw`
return (options: StandardJSONSchemaOptions): Record<string, unknown> => {
  if (options.target !== "draft-2020-12") {
    throw new Error("modeldoc schemas are JSON Schema draft-2020-12, not " + options.target);
  }
  const defs = new Map<string, unknown>();
  const key = addJsonSchema(defs);
  return {
    $schema: JSON_SCHEMA_DIALECT,
    $ref: "#/$defs/" + key,
    $defs: Object.fromEntries(defs),
  };
};
`,
);

const addJsonSchemaType: TypeNode = { kind: "function-type", parameters: [{ name: "defs", type: t("Map", [t("string"), unknown]) }], returnType: t("string") };

const modelSchema = {
  ...fn(
    "modelSchema",
    true,
    "The {@link ModelSchema} of a declaration, from its validateX, the function adding its JSON Schema to a set of\n" +
      "definitions (which returns the declaration's key there), and, under the strip policy, its stripX: the value it\n" +
      "gives back is then a copy without the keys its models do not list.",
    [
      ["validate", { kind: "function-type", parameters: [{ name: "value", type: unknown }], returnType: arrayType(t("ValidationIssue"), true) }],
      ["addJsonSchema", addJsonSchemaType],
      ["strip?", { kind: "function-type", parameters: [{ name: "value", type: unknown }], returnType: unknown }],
    ],
    t("ModelSchema", [t("T")]),
    String.raw`
const jsonSchema = jsonSchemaOf(addJsonSchema);
return {
  "~standard": {
    version: 1,
    vendor: "modeldoc",
    validate: (value: unknown): StandardResult<T> => {
      const issues = validate(value);
      if (issues.length !== 0) return { issues: issues.map(standardIssue) };
      return { value: (strip === undefined ? value : strip(value)) as T };
    },
    jsonSchema: { input: jsonSchema, output: jsonSchema },
  },
};
`,
  ),
  typeParameters: ["T"],
};

const wireSchema = {
  ...fn(
    "wireSchema",
    true,
    "The {@link ModelSchema} of a declaration's wire form (XWireSchema): it takes the JSON as the API writes it and\n" +
      "gives the TypeScript value (parseX), with issue paths in the JSON's keys; its JSON Schema's input is the wire\n" +
      "form's, its output the TypeScript form's.",
    [
      ["parse", { kind: "function-type", parameters: [{ name: "json", type: unknown }], returnType: t("ParseResult", [t("T")]) }],
      ["addWireJsonSchema", addJsonSchemaType],
      ["addJsonSchema", addJsonSchemaType],
    ],
    t("ModelSchema", [t("T")]),
    String.raw`
return {
  "~standard": {
    version: 1,
    vendor: "modeldoc",
    validate: (value: unknown): StandardResult<T> => {
      const result = parse(value);
      if (result.issues !== undefined) return { issues: result.issues.map(standardIssue) };
      return { value: result.value };
    },
    jsonSchema: { input: jsonSchemaOf(addWireJsonSchema), output: jsonSchemaOf(addJsonSchema) },
  },
};
`,
  ),
  typeParameters: ["T"],
};

const toStandardIssue = fn(
  "standardIssue",
  false,
  "A ValidationIssue as Standard Schema reports it: the message without its path, and the path as an array.",
  [["issue", t("ValidationIssue")]],
  t("StandardIssue"),
  String.raw`
return { message: issue.message.slice(issue.path.length + 2), path: pathSegments(issue.path) };
`,
);

const modelValidator: TypeAliasDeclaration = {
  kind: StructureKind.TypeAlias,
  name: "ModelValidator",
  isExported: true,
  typeParameters: ["T"],
  docs: [
    "A declaration's validateX, typed to the declaration: `~model` is never set, it carries the type (as a Standard\n" +
      "Schema's `types` does), so NonNullable<(typeof validators.Webhook)[\"~model\"]> is Webhook.",
  ],
  type: {
    kind: "intersection-type",
    members: [
      { kind: "function-type", parameters: [{ name: "value", type: unknown }], returnType: arrayType(t("ValidationIssue")) },
      objectType([[`"~model"`, t("T"), true]]),
    ],
  },
};

/** The blocks of runtime.ts that implement Standard Schema, after the validation helpers. */
export const standardSchemaBlocks: readonly Block[] = [
  [modelValidator],
  [modelSchemaType],
  [modelSchemaProps],
  [standardTypes],
  [standardResult],
  [standardIssue],
  jsonSchemaTypes,
  [jsonSchemaOptions],
  [pathSegments],
  [toStandardIssue],
  [jsonSchemaOf],
  [modelSchema],
  [wireSchema],
];
