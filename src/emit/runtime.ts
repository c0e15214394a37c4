/**
 * `runtime.ts`: the one module every emitted validator imports. It holds the `ValidationIssue` type, the
 * error `assert…` functions throw, the date patterns (compiled once, at module load) and small helpers.
 * Everything is a plain top-level function: validators allocate no closures and throw nothing while
 * checking. The text is fixed; only the banner names the variant.
 */
import { variantBanner } from "./banner.js";

// String.raw keeps the regex backslashes as written. The text below must contain no backtick and no
// dollar-brace, since it sits inside a template literal.
const runtimeSource = String.raw`
/** One problem a validator found. */
export interface ValidationIssue {
  /** Where: $ is the value itself, then .key, ["odd key"] and [index] steps, as in $.filters["a b"] or $.runs[2]. */
  path: string;
  /** What is allowed there: string, date-time string (RFC 3339), one of "a", "b". */
  expected: string;
  /** What was there: number 3, null, missing, string "abc" (long strings are cut). */
  found: string;
  /** The three above as one sentence: $.runs[2]: expected string, found number 3. */
  message: string;
}

/** How many issues the message of a ValidationError lists; all of them stay in "issues". */
const MESSAGE_ISSUE_LIMIT = 20;
/** How many characters of a string "found" quotes. */
const QUOTED_STRING_LIMIT = 40;

function validationMessage(typeName: string, issues: readonly ValidationIssue[]): string {
  let text = "Invalid " + typeName + " (" + issues.length + (issues.length === 1 ? " issue):" : " issues):");
  const shown = Math.min(issues.length, MESSAGE_ISSUE_LIMIT);
  for (let index = 0; index < shown; index++) {
    const issue = issues[index];
    if (issue !== undefined) text += "\n  " + issue.message;
  }
  if (issues.length > shown) text += "\n  ... and " + (issues.length - shown) + " more";
  return text;
}

/** Thrown by the assert functions; "issues" holds every problem found. */
export class ValidationError extends Error {
  readonly issues: readonly ValidationIssue[];

  constructor(typeName: string, issues: readonly ValidationIssue[]) {
    super(validationMessage(typeName, issues));
    this.name = "ValidationError";
    this.issues = issues;
  }
}

/** A calendar date, YYYY-MM-DD. */
export const DATE_PATTERN: RegExp = /^\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])$/;

/** An RFC 3339 date-time: date, "T", time with optional fraction, then "Z" or an offset. */
export const DATE_TIME_PATTERN: RegExp =
  /^\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])[Tt](?:[01]\d|2[0-3]):[0-5]\d:(?:[0-5]\d|60)(?:\.\d+)?(?:[Zz]|[+-](?:[01]\d|2[0-3]):[0-5]\d)$/;

/** A key that a path can write as ".key". */
const PLAIN_KEY_PATTERN = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

const hasOwnProperty = Object.prototype.hasOwnProperty;

function quoteCut(text: string): string {
  return JSON.stringify(text.length > QUOTED_STRING_LIMIT ? text.slice(0, QUOTED_STRING_LIMIT) + "..." : text);
}

/** Describes a value for the "found" of an issue: number 3, string "abc", array of length 2. */
export function describeValue(value: unknown): string {
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
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? "invalid Date" : "Date " + value.toISOString();
  if (value instanceof Uint8Array) return "Uint8Array of " + value.length + " bytes";
  return "object";
}

/** An issue for a value of the wrong type or format. */
export function issueAt(path: string, expected: string, value: unknown): ValidationIssue {
  const found = describeValue(value);
  return { path, expected, found, message: path + ": expected " + expected + ", found " + found };
}

/** An issue for a required key that is absent. */
export function missingAt(path: string, expected: string): ValidationIssue {
  return { path, expected, found: "missing", message: path + ": required property is missing (expected " + expected + ")" };
}

/** The path of a key: $.name, or $["some key"] when the key is not a plain identifier. */
export function propertyPath(path: string, key: string): string {
  return PLAIN_KEY_PATTERN.test(key) ? path + "." + key : path + "[" + JSON.stringify(key) + "]";
}

/** The path of an array element: $.runs[2]. */
export function indexPath(path: string, index: number): string {
  return path + "[" + index + "]";
}

/** A JSON object: not null, not an array. */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** The value of an own key; inherited keys ("toString", "__proto__") count as absent. */
export function ownValue(record: Record<string, unknown>, key: string): unknown {
  return hasOwnProperty.call(record, key) ? record[key] : undefined;
}

export function isDateString(value: unknown): value is string {
  return typeof value === "string" && DATE_PATTERN.test(value);
}

export function isDateTimeString(value: unknown): value is string {
  return typeof value === "string" && DATE_TIME_PATTERN.test(value);
}

/** A Date object holding a real time (not "Invalid Date"). */
export function isValidDate(value: unknown): value is Date {
  return value instanceof Date && !Number.isNaN(value.getTime());
}

/** Whether the value is one of the listed ones (strict equality). */
export function isOneOf(values: readonly unknown[], value: unknown): boolean {
  return values.indexOf(value) !== -1;
}

/**
 * Reports a value that matched no member of a union. When every member failed at the value itself
 * (a wrong type, say) that is one issue expecting the union; otherwise the issues of the member that
 * came closest, the one with fewest issues (the first on a tie).
 */
export function pushUnionIssues(
  target: ValidationIssue[],
  path: string,
  value: unknown,
  expected: string,
  attempts: readonly (readonly ValidationIssue[])[],
): void {
  let fewest: readonly ValidationIssue[] | undefined;
  let allAtValue = true;
  for (const attempt of attempts) {
    if (fewest === undefined || attempt.length < fewest.length) fewest = attempt;
    const first = attempt[0];
    if (attempt.length !== 1 || first === undefined || first.path !== path) allAtValue = false;
  }
  if (fewest === undefined || allAtValue) {
    target.push(issueAt(path, expected, value));
    return;
  }
  for (const issue of fewest) target.push(issue);
}
`;

/** The unformatted text of `runtime.ts` for a variant. */
export function runtimeFile(variantName: string): string {
  return `${variantBanner(variantName)}\n${runtimeSource}`;
}
