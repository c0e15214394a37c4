/**
 * The wire part of `runtime.ts`: how a value is spelled in the API's JSON where that differs from its
 * TypeScript form (keys named by `wireNaming`, dates as strings where `dates` is `Date`, bytes as
 * base64), as data (`WireShape`, one per declaration in `wire/<name>.ts`), and the functions that
 * read JSON into the TypeScript form (`decodeWire`, `parseWire`) and write it back (`encodeWire`).
 *
 * A union's value is read as the member whose form it has (an object for a model or a map, an array, a
 * string for a date or bytes, anything else for the rest); of several models, the one that has the most
 * of the value's keys, so that each member's keys are renamed by its own fields.
 */
import { StructureKind } from "../code/kinds.js";
import type { Block } from "../code/source-file.js";
import type { InterfaceDeclaration, TypeAliasDeclaration } from "../code/structures.js";
import { arrayType, literalType, typeReference, unionType, type TypeNode } from "../code/syntax.js";
import { constant, fn } from "./code.js";

const t = typeReference;
const unknown = t("unknown");
const shape = t("WireShape");

const objectType = (members: readonly (readonly [string, TypeNode, boolean?])[]): TypeNode => ({
  kind: "object-type",
  members: members.map(([name, type, optional]) => ({ name: `readonly ${name}`, optional: optional === true, type })),
});

const wireShape: TypeAliasDeclaration = {
  kind: StructureKind.TypeAlias,
  name: "WireShape",
  isExported: true,
  docs: [
    "How a value is spelled on the wire: a model's keys (wire → TypeScript), dates, bytes, and the shapes inside.\n" +
      "`same` is a value spelled alike in both; `ref` another declaration's shape, read when used.",
  ],
  type: unionType([
    objectType([["kind", literalType(`"model"`)], ["fields", arrayType(t("WireField"), true)]]),
    objectType([["kind", literalType(`"array"`)], ["items", shape]]),
    objectType([["kind", literalType(`"map"`)], ["values", shape]]),
    objectType([["kind", literalType(`"union"`)], ["members", arrayType(shape, true)]]),
    objectType([["kind", literalType(`"ref"`)], ["shape", { kind: "function-type", parameters: [], returnType: shape }]]),
    objectType([["kind", unionType([`"same"`, `"date"`, `"date-time"`, `"bytes"`].map(literalType))]]),
  ]),
};

const wireField: TypeAliasDeclaration = {
  kind: StructureKind.TypeAlias,
  name: "WireField",
  isExported: true,
  docs: ["A model's field: its key on the wire, its key in TypeScript, and its shape."],
  type: objectType([["wire", t("string")], ["key", t("string")], ["shape", shape]]),
};

const parseResult: TypeAliasDeclaration = {
  kind: StructureKind.TypeAlias,
  name: "ParseResult",
  isExported: true,
  typeParameters: ["T"],
  docs: ["What parseX gives: the TypeScript value read from the JSON, or the issues of what was read."],
  type: unionType([
    objectType([["value", t("T")], ["issues", t("undefined"), true]]),
    objectType([["value", t("undefined"), true], ["issues", arrayType(t("ValidationIssue"), true)]]),
  ]),
};

const leaves: Block = (["same", "date", "date-time", "bytes"] as const).map((kind) =>
  constant(
    kind === "date-time" ? "DATE_TIME_SHAPE" : `${kind.toUpperCase()}_SHAPE`,
    true,
    undefined,
    { kind: "object", properties: [{ key: "kind", value: { kind: "string", value: kind } }] },
    shape,
  ),
);

const helpers = [
  fn("fitsWire", false, "Whether a JSON value has the form of a shape (for the member of a union to read it as).", [["shape", shape], ["json", unknown]], t("boolean"), String.raw`
switch (shape.kind) {
  case "model":
  case "map":
    return isRecord(json);
  case "array":
    return Array.isArray(json);
  case "date":
  case "date-time":
  case "bytes":
    return typeof json === "string";
  case "ref":
    return fitsWire(shape.shape(), json);
  case "union":
    return shape.members.some((member) => fitsWire(member, json));
  case "same":
    return typeof json !== "object" || json === null;
}
`),
  fn("fitsValue", false, "Whether a TypeScript value has the form of a shape (for the member of a union to write it as).", [["shape", shape], ["value", unknown]], t("boolean"), String.raw`
switch (shape.kind) {
  case "model":
  case "map":
    return isRecord(value) && !(value instanceof Date) && !(value instanceof Uint8Array);
  case "array":
    return Array.isArray(value);
  case "date":
  case "date-time":
    return value instanceof Date;
  case "bytes":
    return value instanceof Uint8Array;
  case "ref":
    return fitsValue(shape.shape(), value);
  case "union":
    return shape.members.some((member) => fitsValue(member, value));
  case "same":
    return typeof value !== "object" || value === null;
}
`),
  fn("closestMember", false, "Of a union's members that a value has the form of, the one with the most of its keys (the first of\nequals): a model's wire keys for JSON being read, its TypeScript keys for a value being written.", [["members", arrayType(shape, true)], ["value", unknown], ["keys", unionType([literalType(`"wire"`), literalType(`"key"`)])]], unionType([shape, t("undefined")]), String.raw`
let closest: WireShape | undefined;
let most = -1;
for (const member of members) {
  if (!(keys === "wire" ? fitsWire(member, value) : fitsValue(member, value))) continue;
  let resolved = member;
  while (resolved.kind === "ref") resolved = resolved.shape();
  const model = resolved.kind === "model" && isRecord(value) ? resolved : undefined;
  const shared =
    model === undefined
      ? 0
      : model.fields.filter((field) => hasOwnProperty.call(value, field[keys])).length;
  if (shared > most) {
    closest = member;
    most = shared;
  }
}
return closest;
`),
  fn("decodeWire", true, "JSON as the API writes it → the TypeScript form: keys renamed, dates revived, base64 decoded.\nWhat does not have the shape's form is left as it is, for the validator to report.", [["shape", shape], ["json", unknown]], unknown, String.raw`
return decodeAt(shape, json, "$", []);
`),
  fn("decodeAt", false, "decodeWire of the JSON at a path; a model's key spelled as in TypeScript rather than as the JSON spells it\nis not read as the field (it is an issue, in `issues`).", [["shape", shape], ["json", unknown], ["path", t("string")], ["issues", arrayType(t("ValidationIssue"))]], unknown, String.raw`
if (json === null || json === undefined) return json;
switch (shape.kind) {
  case "same":
    return json;
  case "date":
    return isDateString(json) ? new Date(json + "T00:00:00Z") : json;
  case "date-time":
    return isDateTimeString(json) ? new Date(json) : json;
  case "bytes":
    return typeof json === "string" ? fromBase64(json) : json;
  case "array":
    return Array.isArray(json)
      ? json.map((item: unknown, at: number) =>
          decodeAt(shape.items, item, indexPath(path, at), issues),
        )
      : json;
  case "ref":
    return decodeAt(shape.shape(), json, path, issues);
  case "union": {
    const member = closestMember(shape.members, json, "wire");
    return member === undefined ? json : decodeAt(member, json, path, issues);
  }
  case "map": {
    if (!isRecord(json)) return json;
    const map: Record<string, unknown> = {};
    for (const key of Object.keys(json)) {
      setOwnKey(map, key, decodeAt(shape.values, json[key], propertyPath(path, key), issues));
    }
    return map;
  }
  case "model":
    return isRecord(json) ? decodeModel(shape.fields, json, path, issues) : json;
}
`),
  fn("decodeModel", false, "A model's JSON in the TypeScript form: each field read from its wire key; a key the model does not list\nkept as it is, unless it is a field's TypeScript key (an issue: the JSON spells that field otherwise).", [["fields", arrayType(t("WireField"), true)], ["json", t("Record", [t("string"), unknown])], ["path", t("string")], ["issues", arrayType(t("ValidationIssue"))]], t("Record", [t("string"), unknown]), String.raw`
const model: Record<string, unknown> = {};
for (const field of fields) {
  if (!hasOwnProperty.call(json, field.wire)) continue;
  const value = decodeAt(field.shape, json[field.wire], propertyPath(path, field.wire), issues);
  setOwnKey(model, field.key, value);
}
for (const key of Object.keys(json)) {
  if (fields.some((field) => field.wire === key)) continue;
  const spelled = fields.find((field) => field.key === key);
  if (spelled === undefined) setOwnKey(model, key, json[key]);
  else issues.push(typeScriptKeyAt(propertyPath(path, key), spelled.wire, json[key]));
}
return model;
`),
  fn("typeScriptKeyAt", false, "An issue for a key of the JSON spelled as the TypeScript names the field, not as the JSON does.", [["path", t("string")], ["wire", t("string")], ["value", unknown]], t("ValidationIssue"), String.raw`
const expected = "the key " + JSON.stringify(wire) + " (the JSON's spelling)";
const found = describeValue(value);
const message = path + ": key spelled as in TypeScript, expected " + expected;
return { path, expected, found, message: message + " (found " + found + ")" };
`),
  fn("encodeWire", true, "A TypeScript value → JSON as the API reads it: keys renamed, dates as RFC 3339 strings, bytes as base64.", [["shape", shape], ["value", unknown]], unknown, String.raw`
if (value === null || value === undefined) return value;
switch (shape.kind) {
  case "same":
    return value;
  case "date":
    return value instanceof Date ? value.toISOString().slice(0, 10) : value;
  case "date-time":
    return value instanceof Date ? value.toISOString() : value;
  case "bytes":
    return value instanceof Uint8Array ? toBase64(value) : value;
  case "array":
    return Array.isArray(value)
      ? value.map((item: unknown) => encodeWire(shape.items, item))
      : value;
  case "ref":
    return encodeWire(shape.shape(), value);
  case "union": {
    const member = closestMember(shape.members, value, "key");
    return member === undefined ? value : encodeWire(member, value);
  }
  case "map": {
    if (!isRecord(value)) return value;
    const map: Record<string, unknown> = {};
    for (const key of Object.keys(value))
      setOwnKey(map, key, encodeWire(shape.values, value[key]));
    return map;
  }
  case "model": {
    if (!isRecord(value)) return value;
    const json: Record<string, unknown> = {};
    for (const field of shape.fields) {
      const item = hasOwnProperty.call(value, field.key) ? value[field.key] : undefined;
      if (item !== undefined) setOwnKey(json, field.wire, encodeWire(field.shape, item));
    }
    for (const key of Object.keys(value)) {
      if (!shape.fields.some((field) => field.key === key) && value[key] !== undefined) {
        setOwnKey(json, key, value[key]);
      }
    }
    return json;
  }
}
`),
  {
    ...fn("parseWire", true, "Reads JSON into the TypeScript form of a declaration and validates what it read; issues name the JSON's keys.\nUnder the strip policy (`strip`), the value is a copy without the keys its models do not list.", [["json", unknown], ["shape", shape], ["validate", { kind: "function-type", parameters: [{ name: "value", type: unknown }], returnType: arrayType(t("ValidationIssue")) }], ["strip?", { kind: "function-type", parameters: [{ name: "value", type: unknown }], returnType: unknown }]], t("ParseResult", [t("T")]), String.raw`
const issues: ValidationIssue[] = [];
const value = decodeAt(shape, json, "$", issues);
for (const issue of validate(value)) issues.push(wireIssue(shape, value, issue));
if (issues.length !== 0) return { issues };
return { value: (strip === undefined ? value : strip(value)) as T };
`),
    typeParameters: ["T"],
  },
  fn("wireIssue", false, "An issue of the value read from JSON as the JSON has it: its path in the JSON's keys, and a date or bytes\nexpected as the string the JSON carries.", [["shape", shape], ["value", unknown], ["issue", t("ValidationIssue")]], t("ValidationIssue"), String.raw`
const place = wirePlace(shape, value, issue.path);
const expected = wireExpected(place.shape, issue.expected);
const rest = issue.message.slice(issue.path.length);
const message = place.path + rest.replace("expected " + issue.expected, "expected " + expected);
return { ...issue, path: place.path, expected, message };
`),
  fn("wireExpected", false, "What the JSON holds where the TypeScript value holds a Date or bytes.", [["shape", shape], ["expected", t("string")]], t("string"), String.raw`
if (expected === "Date" && shape.kind === "date") return "date string (YYYY-MM-DD)";
if (expected === "Date" && shape.kind === "date-time") return "date-time string (RFC 3339)";
if (expected === "Uint8Array" && shape.kind === "bytes") return "base64 string";
return expected;
`),
  fn("wirePlace", false, "A path in the TypeScript value as the same path in the JSON (each model field's step is its wire key), and\nthe shape there.", [["shape", shape], ["value", unknown], ["path", t("string")]], objectType([["path", t("string")], ["shape", shape]]), String.raw`
let wire = "$";
let current = shape;
let at = value;
for (const step of pathSegments(path)) {
  current = stepShape(current, at, step);
  if (typeof step === "number") {
    wire = indexPath(wire, step);
    current = current.kind === "array" ? current.items : SAME_SHAPE;
    at = Array.isArray(at) ? at[step] : undefined;
    continue;
  }
  const field =
    current.kind === "model"
      ? current.fields.find((candidate) => candidate.key === step)
      : undefined;
  wire = propertyPath(wire, field === undefined ? step : field.wire);
  current =
    field !== undefined ? field.shape : current.kind === "map" ? current.values : SAME_SHAPE;
  at = isRecord(at) ? ownValue(at, step) : undefined;
}
return { path: wire, shape: current };
`),
  fn("stepShape", false, "The shape a path step goes into: references followed, and of a union's members one the value has the\nform of, a model with the step's field first.", [["shape", shape], ["value", unknown], ["step", unionType([t("string"), t("number")])]], shape, String.raw`
let current = shape;
for (;;) {
  if (current.kind === "ref") {
    current = current.shape();
  } else if (current.kind === "union") {
    const fitting = current.members.filter((member) => fitsValue(member, value));
    current = fitting.find((member) => hasFieldKey(member, step)) ?? fitting[0] ?? SAME_SHAPE;
  } else {
    return current;
  }
}
`),
  fn("hasFieldKey", false, "Whether a shape is (or may be) a model with a field of that TypeScript key.", [["shape", shape], ["key", unionType([t("string"), t("number")])]], t("boolean"), String.raw`
switch (shape.kind) {
  case "ref":
    return hasFieldKey(shape.shape(), key);
  case "union":
    return shape.members.some((member) => hasFieldKey(member, key));
  case "model":
    return shape.fields.some((field) => field.key === key);
  default:
    return false;
}
`),
  fn("wireTransforms", true, "The decode and encode of a zod codec (zXCodec) between a declaration's JSON and its TypeScript value.", [["shape", { kind: "function-type", parameters: [], returnType: shape }]], t("WireTransforms"), String.raw`
return {
  decode: (json: unknown): never => decodeWire(shape(), json) as never,
  encode: (value: unknown): never => encodeWire(shape(), value) as never,
};
`),
  fn("toBase64", false, "Bytes as base64 text (RFC 4648, with padding).", [["bytes", t("Uint8Array")]], t("string"), String.raw`
let text = "";
for (let at = 0; at < bytes.length; at += 3) {
  const chunk = ((bytes[at] ?? 0) << 16) | ((bytes[at + 1] ?? 0) << 8) | (bytes[at + 2] ?? 0);
  for (let index = 0; index < 4; index++) {
    text += at + index - 1 < bytes.length ? BASE64.charAt((chunk >> (18 - 6 * index)) & 63) : "=";
  }
}
return text;
`),
  fn("fromBase64", false, "Base64 text as bytes; characters outside the alphabet are skipped.", [["text", t("string")]], t("Uint8Array"), String.raw`
const bytes: number[] = [];
let bits = 0;
let count = 0;
for (let at = 0; at < text.length; at++) {
  const digit = BASE64.indexOf(text.charAt(at));
  if (digit === -1) continue;
  bits = (bits << 6) | digit;
  count += 6;
  if (count >= 8) {
    count -= 8;
    bytes.push((bits >> count) & 255);
  }
}
return new Uint8Array(bytes);
`),
];

const wireTransformsType: InterfaceDeclaration = {
  kind: StructureKind.Interface,
  name: "WireTransforms",
  isExported: true,
  docs: ["The decode and encode functions of a zod codec between a declaration's JSON and its TypeScript value."],
  properties: [
    { name: "decode", hasQuestionToken: false, isReadonly: true, type: { kind: "function-type", parameters: [{ name: "json", type: unknown }], returnType: t("never") } },
    { name: "encode", hasQuestionToken: false, isReadonly: true, type: { kind: "function-type", parameters: [{ name: "value", type: unknown }], returnType: t("never") } },
  ],
};

/** The blocks of runtime.ts for the wire form, after the Standard Schema ones. */
export const wireBlocks: readonly Block[] = [
  [wireShape],
  [wireField],
  [parseResult],
  [wireTransformsType],
  leaves,
  [constant("BASE64", false, "The base64 alphabet.", { kind: "string", value: "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/" })],
  ...helpers.map((helper) => [helper]),
];
