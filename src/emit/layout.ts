/**
 * prettier's layout, written directly. prettier costs about 1.3 ms per emitted file, more than
 * everything else modeldoc does for that file, so emitters lay out their code the way prettier would
 * (print width 100, two-space indent, trailing commas) with the documents of doc-printer.ts, and
 * `format.ts` runs prettier only on the files whose text {@link isLaidOut} cannot vouch for. A corpus test
 * checks that prettier leaves every vouched-for file as it is.
 */
import { group, ifBreak, indent, INDENT, join, line, printDoc, PRINT_WIDTH, softline, type Doc } from "./doc-printer.js";

/** `{ a: 1, b: 2 }`, or one entry a line with a trailing comma. */
export function objectDoc(entries: readonly Doc[], shouldBreak = false): Doc {
  if (entries.length === 0) return "{}";
  return group(["{", indent([line, join([",", line], entries)]), ifBreak(","), line, "}"], shouldBreak);
}

/** `(a, b)` or `[a, b]`: the items on one line, or one a line with a trailing comma. */
function listDoc(open: string, items: readonly Doc[], close: string, shouldBreak = false): Doc {
  if (items.length === 0) return open + close;
  return group([open, indent([softline, join([",", line], items)]), ifBreak(","), softline, close], shouldBreak);
}

/** `[a, b]`, or one item a line with a trailing comma. */
export function arrayDoc(items: readonly Doc[], shouldBreak = false): Doc {
  return listDoc("[", items, "]", shouldBreak);
}

/** `import { a, b } from "x";` (or `export`), broken one name a line when too long; one name never breaks. */
export function importDoc(names: readonly string[], from: string, typeOnly = false, keyword = "import"): Doc {
  const list = names.length === 1 ? `{ ${names[0]} }` : objectDoc(names);
  return [`${keyword} ${typeOnly ? "type " : ""}`, list, ` from ${from};`];
}

/** `{ a: A; b: B }`, an object type, broken one member a line when too long. */
export function objectTypeDoc(members: readonly string[]): Doc {
  return group(["{", indent([line, join([";", line], members)]), ifBreak(";"), line, "}"]);
}

/**
 * `export type Name = A | B;`; when too long, the union goes to the next line, and when still too long,
 * one member a line after a leading `|`. Members are type text that does not break itself.
 */
export function unionAliasText(name: string, members: readonly string[]): string {
  const union = group([ifBreak("| "), join([line, "| "], members)]);
  return printDoc([`export type ${name} =`, group(indent([line, union])), ";"]);
}

/** The members of a union type's text, split at its top-level ` | ` (not inside brackets or strings). */
export function unionMembers(typeText: string): string[] {
  return splitTopLevel(typeText, " | ", "([{<", ")]}>");
}

/** A JSDoc block at the top level, as ts-morph prints one: on one line when the text is one line. */
export function jsDocText(text: string): string {
  if (!text.includes("\n")) return `/** ${text} */`;
  return ["/**", ...text.split("\n").map((textLine) => (textLine === "" ? " *" : ` * ${textLine}`)), " */"].join("\n");
}

/** `(a: A, b: B)`, a parameter list, broken one parameter a line when too long. */
export function parametersDoc(parameters: readonly string[]): Doc {
  return listDoc("(", parameters, ")");
}

/**
 * Body lines of a block of our own code (`{` ends a line that opens a block, `}` starts one that closes
 * it), indented two spaces a level from `depth`.
 */
export function indentLines(lines: readonly string[], depth = 1): string[] {
  const result: string[] = [];
  let level = depth;
  for (const text of lines.flatMap((entry) => entry.split("\n"))) {
    if (text.startsWith("}")) level--;
    result.push(text === "" ? "" : layoutLine(text, INDENT.repeat(level)));
    if (text.endsWith("{")) level++;
  }
  return result;
}

/** The index of the quote that closes the string literal opening at `open`. */
function endOfString(text: string, open: number): number {
  let index = open + 1;
  for (; index < text.length && text[index] !== text[open]; index++) if (text[index] === "\\") index++;
  return index;
}

/** `text` split at each `separator` that is outside brackets and string literals. */
function splitTopLevel(text: string, separator: string, openers: string, closers: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let start = 0;
  for (let index = 0; index < text.length; index++) {
    const ch = text[index]!;
    if (ch === '"' || ch === "'") index = endOfString(text, index);
    else if (openers.includes(ch)) depth++;
    else if (closers.includes(ch)) depth--;
    else if (depth === 0 && text.startsWith(separator, index)) {
      parts.push(text.slice(start, index));
      start = index + separator.length;
      index += separator.length - 1;
    }
  }
  parts.push(text.slice(start));
  return parts;
}

/** Where the `)` closing the `(` at `open` is, skipping string literals; -1 when it is not on the line. */
function closingParenthesis(text: string, open: number): number {
  let depth = 0;
  for (let index = open; index < text.length; index++) {
    const ch = text[index];
    if (ch === '"' || ch === "'") index = endOfString(text, index);
    else if (ch === "(") depth++;
    else if (ch === ")" && --depth === 0) return index;
  }
  return -1;
}

const callee = /^(new )?[\w$.]+(<[\w$]+>)?\(/;

/**
 * An expression of our own code as a document: a call `f(a, b)` breaks its arguments one a line, as
 * prettier does when the last one is not an array, an object or a function; anything else stays as written.
 */
export function expressionDoc(text: string): Doc {
  const head = callee.exec(text);
  if (head === null || closingParenthesis(text, head[0].length - 1) !== text.length - 1) return text;
  const inner = text.slice(head[0].length, -1);
  if (inner === "") return text;
  const parts = splitTopLevel(inner, ",", "([{", ")]}").map((part) => part.trim());
  // prettier hugs a last argument that is an array, an object or a function: left to prettier.
  if (/^[[{]|=>/.test(parts[parts.length - 1]!)) return text;
  const args = parts.map(expressionDoc);
  return [head[0].slice(0, -1), listDoc("(", args, ")")];
}

/**
 * A line of statement code at `indentation`: as it is when it fits; else a call statement breaks its
 * arguments, and an `if (test) statement;` with no braces puts the statement on the next line, one
 * level deeper, as prettier does. What else is too long is left to prettier (see {@link isLaidOut}).
 */
export function layoutLine(text: string, indentation: string): string {
  if (indentation.length + text.length <= PRINT_WIDTH || text.endsWith("{") || !text.endsWith(";")) {
    return indentation + text;
  }
  const statement = (code: string): Doc => [expressionDoc(code.slice(0, -1)), ";"];
  if (!text.startsWith("if (")) return indentation + printDoc(statement(text), indentation);
  const close = closingParenthesis(text, 3);
  if (close === -1 || text[close + 1] !== " ") return indentation + text;
  const doc = group([text.slice(0, close + 1), indent([line, statement(text.slice(close + 2))])]);
  return indentation + printDoc(doc, indentation);
}

const commentLine = /^\s*(\/\/|\/\*|\*)/;
/** An import or export of one name, or the last line of a broken one: prettier cannot shorten either. */
const unbreakableImport = /^((import|export) (type )?\{ [\w$]+ \}|\}) from "[\w$./-]*";$/;
/** A string literal alone on its line, as a broken argument list leaves one; prettier cannot break it. */
const loneString = /^\s*("([^"\\]|\\.)*"|'([^'\\]|\\.)*'),?$/;

/**
 * Whether prettier can be skipped for a file an emitter laid out: every code line fits the print width
 * and holds only printable ASCII (prettier measures wide characters differently), and no number is
 * written `1e+21` (prettier drops the `+`). Comment lines are kept as they are by prettier, whatever
 * their length, and so are the import lines and lone string literals it cannot shorten.
 */
export function isLaidOut(text: string): boolean {
  for (const textLine of text.split("\n")) {
    if (commentLine.test(textLine) || unbreakableImport.test(textLine)) continue;
    if (textLine.length > PRINT_WIDTH && !loneString.test(textLine)) return false;
    if (!/^[\x20-\x7e]*$/.test(textLine)) return false;
    if (/\de\+/.test(textLine)) return false;
  }
  return true;
}
