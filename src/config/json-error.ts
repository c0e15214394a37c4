/**
 * Where a JSON text goes wrong. Node's JSON.parse names an offset for some errors and only quotes the
 * text for others (`Unexpected token '}', "…" is not valid JSON`), so a JSON config that does not parse
 * is walked once more by this small recogniser of RFC 8259 (no values built, no recursion: a stack of
 * open brackets) to give every syntax error a line and a column.
 */

/** `"…"`: characters other than quotes, backslashes and controls, or escapes. */
const stringToken = /"(?:[^"\\\u0000-\u001f]|\\["\\/bfnrt]|\\u[0-9a-fA-F]{4})*"/y;
const numberToken = /-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?(?:[eE][+-]?[0-9]+)?/y;
const literalToken = /true|false|null/y;
const whitespace = /[ \t\n\r]*/y;

function tokenEnd(pattern: RegExp, text: string, at: number): number | undefined {
  pattern.lastIndex = at;
  return pattern.test(text) ? pattern.lastIndex : undefined;
}

/** The offset of the first syntax error of `text` as JSON (its length when it ends too early), or undefined when it is JSON. */
export function jsonErrorOffset(text: string): number | undefined {
  const open: string[] = [];
  let at = 0;
  let expecting: "value" | "key" | "after" = "value";
  for (;;) {
    at = tokenEnd(whitespace, text, at)!;
    const character = text[at];
    if (expecting === "key") {
      const end = tokenEnd(stringToken, text, at);
      if (end === undefined) return at;
      at = tokenEnd(whitespace, text, end)!;
      if (text[at] !== ":") return at;
      at++;
      expecting = "value";
    } else if (expecting === "value") {
      if (character === "{" || character === "[") {
        open.push(character === "{" ? "}" : "]");
        at = tokenEnd(whitespace, text, at + 1)!;
        if (text[at] === open[open.length - 1]) {
          open.pop();
          at++;
          expecting = "after";
        } else {
          expecting = character === "{" ? "key" : "value";
        }
        continue;
      }
      const end = tokenEnd(character === '"' ? stringToken : character === "t" || character === "f" || character === "n" ? literalToken : numberToken, text, at);
      if (end === undefined) return at;
      at = end;
      expecting = "after";
    } else {
      if (open.length === 0) return at < text.length ? at : undefined;
      if (character === ",") {
        at++;
        expecting = open[open.length - 1] === "}" ? "key" : "value";
      } else if (character === open[open.length - 1]) {
        open.pop();
        at++;
      } else {
        return at;
      }
    }
  }
}

/** The 1-based line and column of an offset. */
export function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  const lineStart = before.lastIndexOf("\n") + 1;
  return { line: before.split("\n").length, column: offset - lineStart + 1 };
}
