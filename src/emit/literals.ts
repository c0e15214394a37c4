/**
 * Source text for values taken from the docs. Every string from the docs reaches generated code
 * through {@link stringLiteral}, never by pasting it between quotes.
 */
import { isPlainPropertyName } from "../ir/naming.js";

/**
 * A string literal for any text. JSON escaping covers quotes, backslashes and control characters;
 * U+2028 and U+2029 are escaped too, since tools older than ES2019 read them as line breaks. Quotes are
 * double unless the text holds more double quotes than single ones, as prettier chooses.
 */
export function stringLiteral(text: string): string {
  const literal = JSON.stringify(text)
    .replace(/\u2028/g, "\\u2028")
    .replace(/\u2029/g, "\\u2029");
  if (countOf(text, '"') <= countOf(text, "'")) return literal;
  // Every escape JSON.stringify writes stays; `\"` needs none inside single quotes, and `'` needs one.
  const content = literal.slice(1, -1).replace(/\\(u[0-9a-fA-F]{4}|.)|'/g, (match, escaped: string | undefined) =>
    escaped === '"' ? '"' : match === "'" ? "\\'" : match,
  );
  return `'${content}'`;
}

function countOf(text: string, quote: string): number {
  let count = 0;
  for (let index = text.indexOf(quote); index !== -1; index = text.indexOf(quote, index + 1)) count++;
  return count;
}

/** A JSON scalar as a TypeScript literal (strings via {@link stringLiteral}). */
export function scalarLiteral(value: string | number | boolean | null): string {
  return typeof value === "string" ? stringLiteral(value) : JSON.stringify(value);
}

/** A property key as written in TypeScript: bare when it can be, else a string literal. */
export function propertyKey(name: string): string {
  return isPlainPropertyName(name) ? name : stringLiteral(name);
}
