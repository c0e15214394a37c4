/**
 * `runtime.ts`: the one module every emitted validator imports. It holds the `ValidationIssue` type, the
 * error `assert…` functions throw, the date patterns (compiled once, at module load) and small helpers.
 * Everything is a plain top-level function: validators allocate no closures and throw nothing while
 * checking, and the helpers for valid values allocate nothing. The text is fixed, in prettier's layout;
 * only the banner names the variant.
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
  let text =
    "Invalid " + typeName + " (" + issues.length + (issues.length === 1 ? " issue):" : " issues):");
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

/** A calendar date, YYYY-MM-DD (the day is checked against the month by isDateString). */
export const DATE_PATTERN: RegExp = /^\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])$/;

/**
 * An RFC 3339 date-time: date, "T", time with optional fraction, then "Z" or an offset with a colon.
 * isDateTimeString also checks the day against the month and allows second 60 only at 23:59 UTC.
 */
export const DATE_TIME_PATTERN: RegExp =
  /^\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])[Tt](?:[01]\d|2[0-3]):[0-5]\d:(?:[0-5]\d|60)(?:\.\d+)?(?:[Zz]|[+-](?:[01]\d|2[0-3]):[0-5]\d)$/;

/** A key that a path can write as ".key". */
const PLAIN_KEY_PATTERN = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

const hasOwnProperty = Object.prototype.hasOwnProperty;

/** Days per month, February in a common year. */
const DAYS_IN_MONTH: readonly number[] = [0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** The two-digit number at a position of a string already matched by a pattern. */
function twoDigits(text: string, at: number): number {
  return (text.charCodeAt(at) - 48) * 10 + text.charCodeAt(at + 1) - 48;
}

/** Whether the YYYY-MM-DD at the start of a matched string names a real day (30 February does not). */
function isRealDay(text: string): boolean {
  const day = twoDigits(text, 8);
  if (day <= 28) return true;
  const month = twoDigits(text, 5);
  if (month !== 2) return day <= (DAYS_IN_MONTH[month] ?? 0);
  const year = twoDigits(text, 0) * 100 + twoDigits(text, 2);
  return day <= (year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28);
}

/** A leap second (second 60) exists only as 23:59:60 in UTC; a matched string's offset is applied first. */
function isPossibleSecond(text: string): boolean {
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
}

function quoteCut(text: string): string {
  return JSON.stringify(
    text.length > QUOTED_STRING_LIMIT ? text.slice(0, QUOTED_STRING_LIMIT) + "..." : text,
  );
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
  if (value instanceof Date)
    return Number.isNaN(value.getTime()) ? "invalid Date" : "Date " + value.toISOString();
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
  return {
    path,
    expected,
    found: "missing",
    message: path + ": required property is missing (expected " + expected + ")",
  };
}

/** An issue for a key the type does not have (when unknown keys are rejected). */
export function unknownKeyAt(path: string, typeName: string, value: unknown): ValidationIssue {
  const expected = "no such property (" + typeName + " does not list it)";
  const found = describeValue(value);
  return {
    path,
    expected,
    found,
    message: path + ": unknown property, not in " + typeName + " (found " + found + ")",
  };
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

/**
 * The value of an own key. Validators read a property as value[key], as the code using the value will;
 * keys that every object inherits from Object.prototype ("toString", "constructor", "__proto__") are
 * read with this instead, so that an object without them does not seem to have them.
 */
export function ownValue(record: Record<string, unknown>, key: string): unknown {
  return hasOwnProperty.call(record, key) ? record[key] : undefined;
}

/** A calendar date string, YYYY-MM-DD, that names a real day. */
export function isDateString(value: unknown): value is string {
  return typeof value === "string" && DATE_PATTERN.test(value) && isRealDay(value);
}

/** An RFC 3339 date-time string naming a real day and a possible second. */
export function isDateTimeString(value: unknown): value is string {
  return (
    typeof value === "string" &&
    DATE_TIME_PATTERN.test(value) &&
    isRealDay(value) &&
    isPossibleSecond(value)
  );
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
 * Reports a value that matched no member of a union. A member that rejects the value itself (its type
 * is wrong: an issue at the union's own path) is not close. Of the others, the closest is the one missing
 * the fewest required properties, then the one with the fewest issues, then the first; its issues are
 * reported. When no member is close, one issue says which types were expected.
 */
export function pushUnionIssues(
  target: ValidationIssue[],
  path: string,
  value: unknown,
  expected: string,
  attempts: readonly (readonly ValidationIssue[])[],
): void {
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
}
`;

/** The text of `runtime.ts` for a variant. */
export function runtimeFile(variantName: string): string {
  return `${variantBanner(variantName)}\n${runtimeSource}`;
}
