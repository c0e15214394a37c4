/**
 * Source text for values taken from the docs. Every string from the docs reaches generated code
 * through {@link stringLiteral}, never by pasting it between quotes.
 */
import { isPlainPropertyName } from "../../ir/naming.js";
import { identifierPartRuns, identifierStartRuns } from "./ts-identifier-table.js";

/** Characters JSON leaves as they are that must not stand raw in source (see {@link stringLiteral}). */
export const unsafeInSource = /[\u0080-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

/**
 * A string literal for any text. JSON escaping covers quotes, backslashes and control characters;
 * U+2028 and U+2029 are escaped too, since tools older than ES2019 read them as line breaks, and so are
 * C1 controls and the bidirectional overrides and isolates, which make code read differently from how
 * it runs ("Trojan Source", CVE-2021-42574). Quotes are double unless the text holds more double quotes
 * than single ones, as prettier chooses.
 */
export function stringLiteral(text: string): string {
  // Most text needs no escape at all (emitters quote thousands of keys and paths a variant).
  if (plainText.test(text)) return `"${text}"`;
  const literal = JSON.stringify(text).replace(unsafeInSource, (character) => `\\u${character.charCodeAt(0).toString(16).padStart(4, "0")}`);
  if (countOf(text, '"') <= countOf(text, "'")) return literal;
  // Every escape JSON.stringify writes stays; `\"` needs none inside single quotes, and `'` needs one.
  const content = literal.slice(1, -1).replace(/\\(u[0-9a-fA-F]{4}|.)|'/g, (match, escaped: string | undefined) =>
    escaped === '"' ? '"' : match === "'" ? "\\'" : match,
  );
  return `'${content}'`;
}

/** Printable ASCII without quotes or backslashes: the same between double quotes as in the text. */
const plainText = /^[\x20\x21\x23-\x5b\x5d-\x7e]*$/;

function countOf(text: string, quote: string): number {
  let count = 0;
  for (let index = text.indexOf(quote); index !== -1; index = text.indexOf(quote, index + 1)) count++;
  return count;
}

/**
 * A finite number as prettier writes it: JavaScript's shortest form, without the `+` of a positive
 * exponent (`1e21`, not `1e+21`).
 */
export function numberText(value: number): string {
  return String(value).replace("e+", "e");
}

/** A JSON scalar as it reads in a message: strings quoted by {@link stringLiteral}, numbers as JSON writes them. */
export function scalarLiteral(value: string | number | boolean | null): string {
  return typeof value === "string" ? stringLiteral(value) : JSON.stringify(value);
}

/** An identifier name by ECMAScript's grammar, over the Unicode version of the engine running modeldoc. */
const unicodeIdentifierName = /^[$_\p{ID_Start}][$\u200C\u200D\p{ID_Continue}]*$/u;

/** Whether `code` is in one of the runs (`[start, end, …]`, sorted): an odd number of bounds at or below it. */
function inRuns(runs: readonly number[], code: number): boolean {
  let low = 0;
  let high = runs.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (runs[middle]! <= code) low = middle + 1;
    else high = middle;
  }
  return low % 2 === 1;
}

/**
 * An identifier name beyond ASCII (`名前`, `éa`) is written bare only when the TypeScript compiler takes
 * it too: tsc reads identifiers by Unicode tables of its own, older than Node's, so a letter Unicode 15
 * added (`𲕏`, U+3254F) is an identifier to Node and an invalid character to tsc. Both must agree. tsc's
 * tables are copied (ts-identifier-table.ts) rather than loaded with the compiler.
 */
function isIdentifierName(name: string): boolean {
  if (!unicodeIdentifierName.test(name)) return false;
  let first = true;
  for (const character of name) {
    const code = character.codePointAt(0)!;
    if (code >= 0x80 && !inRuns(first ? identifierStartRuns : identifierPartRuns, code)) return false;
    first = false;
  }
  return true;
}

/** A property key as written in TypeScript: bare when it can be (as prettier writes it), else a string literal. */
export function propertyKey(name: string): string {
  return isPlainPropertyName(name) || isIdentifierName(name) ? name : stringLiteral(name);
}
