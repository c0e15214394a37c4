/**
 * Text bound for a terminal, made harmless. Docs, file names and config values may hold control
 * characters: an escape sequence can set the window title, clear the screen or rewrite earlier lines,
 * and a bidirectional override can make a line read otherwise than it is. Every human-readable line
 * modeldoc prints passes through here, with each such character shown as an escape (`\x1b`, `\u202e`);
 * JSON output keeps its data and escapes them the JSON way.
 */

/** DEL, C1 controls, line and paragraph separators, and the bidirectional controls. */
const beyondC0 = "\\u007f-\\u009f\\u061c\\u200e\\u200f\\u2028\\u2029\\u202a-\\u202e\\u2066-\\u2069";
/** Those and the C0 controls. */
const unsafe = new RegExp(`[\\u0000-\\u001f${beyondC0}]`, "g");
/** The same but for line feeds: the line structure of a report modeldoc builds itself. */
const unsafeInLines = new RegExp(`[\\u0000-\\u0009\\u000b-\\u001f${beyondC0}]`, "g");
/** What JSON.stringify leaves as it is (it escapes C0 itself); found only inside strings. */
const unsafeInJson = new RegExp(`[${beyondC0}]`, "g");

const hex = (character: string, digits: number) => character.charCodeAt(0).toString(16).padStart(digits, "0");
const shown = (character: string) => (character.charCodeAt(0) < 0x100 ? `\\x${hex(character, 2)}` : `\\u${hex(character, 4)}`);

/** One line of text: every control character escaped, line feeds and tabs included. */
export function terminalText(text: string): string {
  return text.replace(unsafe, shown);
}

/** Text of several lines: every control character escaped but the line feeds between them. */
export function terminalLines(text: string): string {
  return text.replace(unsafeInLines, shown);
}

/** JSON text with the characters JSON.stringify leaves raw written as `\uXXXX`: the same data, safe to print. */
export function terminalJson(json: string): string {
  return json.replace(unsafeInJson, (character) => `\\u${hex(character, 4)}`);
}
