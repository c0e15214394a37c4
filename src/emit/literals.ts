/**
 * Source text for values taken from the docs. Every string from the docs reaches generated code
 * through {@link stringLiteral}, never by pasting it between quotes.
 */
import { isPlainPropertyName } from "../ir/naming.js";

/**
 * A double-quoted string literal for any text. JSON escaping covers quotes, backslashes and control
 * characters; U+2028 and U+2029 are escaped too, since tools older than ES2019 read them as line breaks.
 */
export function stringLiteral(text: string): string {
  return JSON.stringify(text)
    .replace(/\u2028/g, "\\u2028")
    .replace(/\u2029/g, "\\u2029");
}

/** A JSON scalar as a TypeScript literal (strings via {@link stringLiteral}). */
export function scalarLiteral(value: string | number | boolean | null): string {
  return typeof value === "string" ? stringLiteral(value) : JSON.stringify(value);
}

/** A property key as written in TypeScript: bare when it can be, else a string literal. */
export function propertyKey(name: string): string {
  return isPlainPropertyName(name) ? name : stringLiteral(name);
}
