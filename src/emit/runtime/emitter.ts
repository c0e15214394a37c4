/**
 * `runtime.ts`: the one module every emitted validator imports. It holds the `ValidationIssue` type, the
 * error `assert…` functions throw, the date patterns (compiled once, at module load) and small helpers.
 * Everything is a plain top-level function: validators allocate no closures and throw nothing while
 * checking, and the helpers for valid values allocate nothing. The module is the same for every variant
 * (only the banner names it): its declarations are structures like every emitted file's, and its
 * function bodies fixed code, written below in prettier's layout.
 */
import { StructureKind, VariableDeclarationKind } from "../code/kinds.js";
import { variantBanner } from "../banner.js";
import { sourceFileText, type Block } from "../code/source-file.js";
import { arrayType, member, name, numeric, typeReference, type Expression } from "../code/syntax.js";
import type { OutputEmitter } from "../output.js";
import { code, constant, fn, predicate } from "./code.js";
import { fixtureBlocks } from "./fixtures.js";
import { standardSchemaBlocks } from "./standard.js";
import { wireBlocks } from "./wire.js";
import { zodBlocks } from "./zod.js";

const issue = typeReference("ValidationIssue");
const T = {
  string: typeReference("string"),
  number: typeReference("number"),
  boolean: typeReference("boolean"),
  unknown: typeReference("unknown"),
  void: typeReference("void"),
  date: typeReference("Date"),
  issue,
  issues: arrayType(issue),
  readonlyIssues: arrayType(issue, true),
  readonlyUnknowns: arrayType(typeReference("unknown"), true),
  attempts: arrayType(arrayType(issue, true), true),
  record: typeReference("Record", [typeReference("string"), typeReference("unknown")]),
} as const;

const regexp = (pattern: string): Expression => ({ kind: "regexp", pattern, flags: "" });

const validationIssue: Block = [
  {
    kind: StructureKind.Interface,
    name: "ValidationIssue",
    isExported: true,
    docs: ["One problem a validator found."],
    properties: [
      ["path", String.raw`Where: $ is the value itself, then .key, ["odd key"] and [index] steps, as in $.filters["a b"] or $.runs[2].`],
      ["expected", `What is allowed there: string, date-time string (RFC 3339), one of "a", "b".`],
      ["found", `What was there: number 3, null, missing, string "abc" (long strings are cut).`],
      ["message", "The three above as one sentence: $.runs[2]: expected string, found number 3."],
    ].map(([propertyName, doc]) => ({ name: propertyName!, hasQuestionToken: false, type: T.string, docs: [doc!] })),
  },
];

const limits: Block = [
  constant("MESSAGE_ISSUE_LIMIT", false, `How many issues the message of a ValidationError lists; all of them stay in "issues".`, numeric(20)),
  constant("QUOTED_STRING_LIMIT", false, `How many characters of a string "found" quotes.`, numeric(40)),
];

const validationError: Block = [
  {
    kind: StructureKind.Class,
    name: "ValidationError",
    isExported: true,
    docs: [`Thrown by the assert functions; "issues" holds every problem found.`],
    extends: "Error",
    properties: [{ name: "issues", isReadonly: true, type: T.readonlyIssues }],
    ctors: [
      {
        parameters: [
          { name: "typeName", type: T.string },
          { name: "issues", type: T.readonlyIssues },
        ],
        statements: code(String.raw`
super(validationMessage(typeName, issues));
this.name = "ValidationError";
this.issues = issues;
`),
      },
    ],
  },
];

const patterns: Block[] = [
  [constant("DATE_PATTERN", true, "A calendar date, YYYY-MM-DD (the day is checked against the month by isDateString).", regexp(String.raw`^\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])$`), typeReference("RegExp"))],
  [
    constant(
      "DATE_TIME_PATTERN",
      true,
      `An RFC 3339 date-time: date, "T", time with optional fraction, then "Z" or an offset with a colon.\nisDateTimeString also checks the day against the month and allows second 60 only at 23:59 UTC.`,
      regexp(String.raw`^\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])[Tt](?:[01]\d|2[0-3]):[0-5]\d:(?:[0-5]\d|60)(?:\.\d+)?(?:[Zz]|[+-](?:[01]\d|2[0-3]):[0-5]\d)$`),
      typeReference("RegExp"),
    ),
  ],
  [constant("PLAIN_KEY_PATTERN", false, `A key that a path can write as ".key".`, regexp("^[A-Za-z_$][A-Za-z0-9_$]*$"))],
  [constant("hasOwnProperty", false, undefined, member(member(name("Object"), "prototype"), "hasOwnProperty"))],
  [
    constant(
      "DAYS_IN_MONTH",
      false,
      "Days per month, February in a common year.",
      { kind: "array", elements: [0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31].map(numeric) },
      arrayType(T.number, true),
    ),
  ],
];

const [validationMessage, ...helpers] = [
  fn("validationMessage", false, undefined, [["typeName", T.string], ["issues", T.readonlyIssues]], T.string, String.raw`
let text =
  "Invalid " + typeName + " (" + issues.length + (issues.length === 1 ? " issue):" : " issues):");
const shown = Math.min(issues.length, MESSAGE_ISSUE_LIMIT);
for (let index = 0; index < shown; index++) {
  const issue = issues[index];
  if (issue !== undefined) text += "\n  " + issue.message;
}
if (issues.length > shown) text += "\n  ... and " + (issues.length - shown) + " more";
return text;
`),
  fn("twoDigits", false, "The two-digit number at a position of a string already matched by a pattern.", [["text", T.string], ["at", T.number]], T.number, String.raw`
return (text.charCodeAt(at) - 48) * 10 + text.charCodeAt(at + 1) - 48;
`),
  fn("isRealDay", false, "Whether the YYYY-MM-DD at the start of a matched string names a real day (30 February does not).", [["text", T.string]], T.boolean, String.raw`
const day = twoDigits(text, 8);
if (day <= 28) return true;
const month = twoDigits(text, 5);
if (month !== 2) return day <= (DAYS_IN_MONTH[month] ?? 0);
const year = twoDigits(text, 0) * 100 + twoDigits(text, 2);
return day <= (year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28);
`),
  fn("isPossibleSecond", false, "A leap second (second 60) exists only as 23:59:60 in UTC; a matched string's offset is applied first.", [["text", T.string]], T.boolean, String.raw`
if (twoDigits(text, 17) !== 60) return true;
let offsetMinutes = 0;
const last = text.charCodeAt(text.length - 1);
if (last !== 90 && last !== 122) {
  const sign = text.charCodeAt(text.length - 6) === 45 ? -1 : 1;
  offsetMinutes =
    sign * (twoDigits(text, text.length - 5) * 60 + twoDigits(text, text.length - 2));
}
const utcMinutes =
  (((twoDigits(text, 11) * 60 + twoDigits(text, 14) - offsetMinutes) % 1440) + 1440) % 1440;
return utcMinutes === 1439;
`),
  fn("quoteCut", false, undefined, [["text", T.string]], T.string, String.raw`
return JSON.stringify(
  text.length > QUOTED_STRING_LIMIT ? text.slice(0, QUOTED_STRING_LIMIT) + "..." : text,
);
`),
  fn("describeValue", true, "Describes a value for the \"found\" of an issue: number 3, string \"abc\", array of length 2.", [["value", T.unknown]], T.string, String.raw`
if (value === undefined) return "undefined";
if (value === null) return "null";
switch (typeof value) {
  case "string":
    return "string " + quoteCut(value);
  case "number":
  case "boolean":
  case "bigint":
    return typeof value + " " + String(value);
  case "symbol":
    return "symbol";
  case "function":
    return "function";
}
if (Array.isArray(value)) return "array of length " + value.length;
if (value instanceof Date)
  return Number.isNaN(value.getTime()) ? "invalid Date" : "Date " + value.toISOString();
if (value instanceof Uint8Array) return "Uint8Array of " + value.length + " bytes";
return "object";
`),
  fn("issueAt", true, "An issue for a value of the wrong type or format.", [["path", T.string], ["expected", T.string], ["value", T.unknown]], T.issue, String.raw`
const found = describeValue(value);
return { path, expected, found, message: path + ": expected " + expected + ", found " + found };
`),
  fn("missingAt", true, "An issue for a required key that is absent.", [["path", T.string], ["expected", T.string]], T.issue, String.raw`
return {
  path,
  expected,
  found: "missing",
  message: path + ": required property is missing (expected " + expected + ")",
};
`),
  fn("unknownKeyAt", true, "An issue for a key the type does not have (when unknown keys are rejected).", [["path", T.string], ["typeName", T.string], ["value", T.unknown]], T.issue, String.raw`
const expected = "no such property (" + typeName + " does not list it)";
const found = describeValue(value);
return {
  path,
  expected,
  found,
  message: path + ": unknown property, not in " + typeName + " (found " + found + ")",
};
`),
  fn("propertyPath", true, "The path of a key: $.name, or $[\"some key\"] when the key is not a plain identifier.", [["path", T.string], ["key", T.string]], T.string, String.raw`
return PLAIN_KEY_PATTERN.test(key) ? path + "." + key : path + "[" + JSON.stringify(key) + "]";
`),
  fn("indexPath", true, "The path of an array element: $.runs[2].", [["path", T.string], ["index", T.number]], T.string, String.raw`
return path + "[" + index + "]";
`),
  fn("isRecord", true, "A JSON object: not null, not an array.", [["value", T.unknown]], predicate(T.record), String.raw`
return typeof value === "object" && value !== null && !Array.isArray(value);
`),
  fn("ownValue", true, "The value of an own key. Validators read a property as value[key], as the code using the value will;\nkeys that every object inherits from Object.prototype (\"toString\", \"constructor\", \"__proto__\") are\nread with this instead, so that an object without them does not seem to have them.", [["record", T.record], ["key", T.string]], T.unknown, String.raw`
return hasOwnProperty.call(record, key) ? record[key] : undefined;
`),
  fn("hasOwnKey", true, "Whether a key is the record's own: an optional field with an inherited name is present only then.", [["record", T.record], ["key", T.string]], T.boolean, String.raw`
return hasOwnProperty.call(record, key);
`),
  fn("setOwnKey", true, "Sets a key of an object as its own, \"__proto__\" included (which `record[key] = value` would take for\nthe object's prototype).", [["record", T.record], ["key", T.string], ["value", T.unknown]], T.void, String.raw`
Object.defineProperty(record, key, {
  value,
  enumerable: true,
  writable: true,
  configurable: true,
});
`),
  fn("keepKeys", true, "A copy of a record with the own keys a model lists, in their order: what stripX keeps.", [["record", T.record], ["known", typeReference("ReadonlySet", [T.string])]], T.record, String.raw`
const copy: Record<string, unknown> = {};
for (const key of Object.keys(record)) if (known.has(key)) setOwnKey(copy, key, record[key]);
return copy;
`),
  fn("isDateString", true, "A calendar date string, YYYY-MM-DD, that names a real day.", [["value", T.unknown]], predicate(T.string), String.raw`
return typeof value === "string" && DATE_PATTERN.test(value) && isRealDay(value);
`),
  fn("isDateTimeString", true, "An RFC 3339 date-time string naming a real day and a possible second.", [["value", T.unknown]], predicate(T.string), String.raw`
return (
  typeof value === "string" &&
  DATE_TIME_PATTERN.test(value) &&
  isRealDay(value) &&
  isPossibleSecond(value)
);
`),
  fn("isValidDate", true, "A Date object holding a real time (not \"Invalid Date\").", [["value", T.unknown]], predicate(T.date), String.raw`
return value instanceof Date && !Number.isNaN(value.getTime());
`),
  fn("isOneOf", true, "Whether the value is one of the listed ones (strict equality).", [["values", T.readonlyUnknowns], ["value", T.unknown]], T.boolean, String.raw`
return values.indexOf(value) !== -1;
`),
  fn("pushUnionIssues", true, "Reports a value that matched no member of a union. A member that rejects the value itself (its type\nis wrong: an issue at the union's own path) is not close. Of the others, the closest is the one missing\nthe fewest required properties, then the one with the fewest issues, then the first; its issues are\nreported. When no member is close, one issue says which types were expected.", [["target", T.issues], ["path", T.string], ["value", T.unknown], ["expected", T.string], ["attempts", T.attempts]], T.void, String.raw`
let closest: readonly ValidationIssue[] | undefined;
let closestMissing = 0;
for (const attempt of attempts) {
  let missing = 0;
  let atValue = attempt.length === 0;
  for (const issue of attempt) {
    if (issue.path === path) atValue = true;
    if (issue.found === "missing") missing++;
  }
  if (atValue) continue;
  if (
    closest === undefined ||
    missing < closestMissing ||
    (missing === closestMissing && attempt.length < closest.length)
  ) {
    closest = attempt;
    closestMissing = missing;
  }
}
if (closest === undefined) {
  target.push(issueAt(path, expected, value));
  return;
}
for (const issue of closest) target.push(issue);
`),
];

/** The declarations of `runtime.ts`, in order, a blank line between blocks. */
const blocks: readonly Block[] = [
  validationIssue,
  limits,
  [validationMessage!],
  validationError,
  ...patterns,
  ...helpers.map((helper) => [helper]),
  [constant("JSON_SCHEMA_DIALECT", false, "The JSON Schema the schema objects make.", { kind: "string", value: "https://json-schema.org/draft/2020-12/schema" })],
  ...standardSchemaBlocks,
  ...wireBlocks,
  ...zodBlocks,
  ...fixtureBlocks,
];

/** The text of `runtime.ts` for a variant. */
export function runtimeFile(variantName: string): string {
  return sourceFileText(variantBanner(variantName), blocks);
}

export const runtimeEmitter: OutputEmitter = {
  variantFiles: (ctx) => [{ path: "runtime.ts", contents: runtimeFile(ctx.variantName) }],
};
