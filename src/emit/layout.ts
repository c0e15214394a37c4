/**
 * prettier's layout, written directly. prettier costs about 1.3 ms per emitted file, more than
 * everything else modeldoc does for that file, so emitters lay out their code the way prettier would
 * (print width 100, two-space indent, trailing commas) and `format.ts` runs prettier only on the files
 * whose text it cannot vouch for. A corpus test checks that prettier leaves every vouched-for file as it is.
 *
 * The documents here are a small subset of prettier's own (`group`, `indent`, `line`, `softline`,
 * `hardline`, `ifBreak`), printed by the same rule: a group is flat when it fits on the rest of the
 * line, up to the next possible break after it; else its lines break and its children are tried again.
 */

/** prettier's `printWidth`, as `format.ts` sets it. */
export const PRINT_WIDTH = 100;
const INDENT = "  ";

export type Doc = string | readonly Doc[] | Group | Indent | Line | IfBreak;

interface Group {
  readonly type: "group";
  readonly contents: Doc;
  /** Broken whatever the width (prettier's `shouldBreak`). */
  readonly shouldBreak: boolean;
}

interface Indent {
  readonly type: "indent";
  readonly contents: Doc;
}

interface Line {
  readonly type: "line";
  /** `soft`: nothing when flat; else a space when flat. `hard`: always a line break. */
  readonly kind: "line" | "soft" | "hard";
}

interface IfBreak {
  readonly type: "if-break";
  readonly broken: Doc;
  readonly flat: Doc;
}

export const line: Line = { type: "line", kind: "line" };
export const softline: Line = { type: "line", kind: "soft" };
export const hardline: Line = { type: "line", kind: "hard" };

export function group(contents: Doc, shouldBreak = false): Group {
  return { type: "group", contents, shouldBreak };
}

export function indent(contents: Doc): Indent {
  return { type: "indent", contents };
}

export function ifBreak(broken: Doc, flat: Doc = ""): IfBreak {
  return { type: "if-break", broken, flat };
}

/** `docs` with `separator` between them. */
export function join(separator: Doc, docs: readonly Doc[]): Doc[] {
  return docs.flatMap((doc, index) => (index === 0 ? [doc] : [separator, doc]));
}

/** `{ a: 1, b: 2 }`, or one entry a line with a trailing comma. */
export function objectDoc(entries: readonly Doc[], shouldBreak = false): Doc {
  if (entries.length === 0) return "{}";
  return group(["{", indent([line, join([",", line], entries)]), ifBreak(","), line, "}"], shouldBreak);
}

/** `[a, b]`, or one item a line with a trailing comma. */
export function arrayDoc(items: readonly Doc[], shouldBreak = false): Doc {
  if (items.length === 0) return "[]";
  return group(["[", indent([softline, join([",", line], items)]), ifBreak(","), softline, "]"], shouldBreak);
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
  const members: string[] = [];
  let depth = 0;
  let start = 0;
  for (let index = 0; index < typeText.length; index++) {
    const ch = typeText[index]!;
    if (ch === '"' || ch === "'") {
      for (index++; index < typeText.length && typeText[index] !== ch; index++) if (typeText[index] === "\\") index++;
    } else if ("([{<".includes(ch)) depth++;
    else if (")]}>".includes(ch)) depth--;
    else if (depth === 0 && typeText.startsWith(" | ", index)) {
      members.push(typeText.slice(start, index));
      start = index + 3;
      index += 2;
    }
  }
  members.push(typeText.slice(start));
  return members;
}

/** A JSDoc block at the top level, as ts-morph prints one: on one line when the text is one line. */
export function jsDocText(text: string): string {
  if (!text.includes("\n")) return `/** ${text} */`;
  return ["/**", ...text.split("\n").map((textLine) => (textLine === "" ? " *" : ` * ${textLine}`)), " */"].join("\n");
}

/** `(a: A, b: B)`, a parameter list, broken one parameter a line when too long. */
export function parametersDoc(parameters: readonly string[]): Doc {
  if (parameters.length === 0) return "()";
  return group(["(", indent([softline, join([",", line], parameters)]), ifBreak(","), softline, ")"]);
}

type Mode = "flat" | "break";
type Command = readonly [indentation: string, mode: Mode, doc: Doc];

/** Whether a group broken by `shouldBreak` sits anywhere inside: prettier breaks every group around it. */
function containsForcedBreak(doc: Doc, memo: Map<Doc, boolean>): boolean {
  if (typeof doc === "string") return false;
  const known = memo.get(doc);
  if (known !== undefined) return known;
  let result: boolean;
  if (Array.isArray(doc)) result = (doc as readonly Doc[]).some((child) => containsForcedBreak(child, memo));
  else {
    const node = doc as Group | Indent | Line | IfBreak;
    switch (node.type) {
      case "group":
        result = node.shouldBreak || containsForcedBreak(node.contents, memo);
        break;
      case "indent":
        result = containsForcedBreak(node.contents, memo);
        break;
      case "line":
        result = node.kind === "hard";
        break;
      case "if-break":
        result = containsForcedBreak(node.broken, memo);
        break;
    }
  }
  memo.set(doc, result);
  return result;
}

/**
 * Whether `next` fits in `width` columns, followed by the rest of the line: the commands still to print,
 * in their own modes, up to their first line break (prettier's `fits`).
 */
function fits(next: Command, rest: readonly Command[], width: number, broken: (doc: Group) => boolean): boolean {
  const stack: Command[] = [next];
  let restIndex = rest.length;
  let remaining = width;
  while (remaining >= 0) {
    let command = stack.pop();
    if (command === undefined) {
      if (restIndex === 0) return true;
      command = rest[--restIndex]!;
    }
    const [indentation, mode, doc] = command;
    if (typeof doc === "string") {
      remaining -= doc.length;
      continue;
    }
    if (Array.isArray(doc)) {
      const parts = doc as readonly Doc[];
      for (let index = parts.length - 1; index >= 0; index--) stack.push([indentation, mode, parts[index]!]);
      continue;
    }
    const node = doc as Group | Indent | Line | IfBreak;
    switch (node.type) {
      case "group":
        stack.push([indentation, broken(node) ? "break" : mode, node.contents]);
        break;
      case "indent":
        stack.push([indentation, mode, node.contents]);
        break;
      case "if-break":
        stack.push([indentation, mode, mode === "break" ? node.broken : node.flat]);
        break;
      case "line":
        if (mode === "break" || node.kind === "hard") return true;
        if (node.kind === "line") remaining -= 1;
        break;
    }
  }
  return false;
}

/** The text of `doc`, starting at column `startColumn` of a line indented by `indentation`. */
export function printDoc(doc: Doc, indentation = "", startColumn = indentation.length): string {
  const memo = new Map<Doc, boolean>();
  const broken = (node: Group): boolean => node.shouldBreak || containsForcedBreak(node.contents, memo);
  const out: string[] = [];
  let column = startColumn;
  const stack: Command[] = [[indentation, "break", doc]];
  while (stack.length > 0) {
    const [indent, mode, current] = stack.pop()!;
    if (typeof current === "string") {
      out.push(current);
      column += current.length;
      continue;
    }
    if (Array.isArray(current)) {
      const parts = current as readonly Doc[];
      for (let index = parts.length - 1; index >= 0; index--) stack.push([indent, mode, parts[index]!]);
      continue;
    }
    const node = current as Group | Indent | Line | IfBreak;
    switch (node.type) {
      case "group": {
        const flat: Command = [indent, "flat", node.contents];
        const fitsFlat = mode === "flat" || (!broken(node) && fits(flat, stack, PRINT_WIDTH - column, broken));
        stack.push(fitsFlat ? flat : [indent, "break", node.contents]);
        break;
      }
      case "indent":
        stack.push([indent + INDENT, mode, node.contents]);
        break;
      case "if-break":
        stack.push([indent, mode, mode === "break" ? node.broken : node.flat]);
        break;
      case "line":
        if (mode === "flat" && node.kind !== "hard") {
          if (node.kind === "line") {
            out.push(" ");
            column += 1;
          }
        } else {
          // prettier trims trailing spaces before a line break.
          if (out.length > 0) out[out.length - 1] = out[out.length - 1]!.replace(/ +$/, "");
          out.push(`\n${indent}`);
          column = indent.length;
        }
        break;
    }
  }
  return out.join("");
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

/** Where the `)` closing the `(` at `open` is, skipping string literals; -1 when it is not on the line. */
function closingParenthesis(text: string, open: number): number {
  let depth = 0;
  for (let index = open; index < text.length; index++) {
    const ch = text[index];
    if (ch === '"') {
      for (index++; index < text.length && text[index] !== '"'; index++) if (text[index] === "\\") index++;
    } else if (ch === "(") depth++;
    else if (ch === ")" && --depth === 0) return index;
  }
  return -1;
}

/** The parts of an argument list's text, split at its top-level commas. */
function splitArguments(text: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let start = 0;
  for (let index = 0; index < text.length; index++) {
    const ch = text[index]!;
    if (ch === '"' || ch === "'") {
      for (index++; index < text.length && text[index] !== ch; index++) if (text[index] === "\\") index++;
    } else if ("([{".includes(ch)) depth++;
    else if (")]}".includes(ch)) depth--;
    else if (ch === "," && depth === 0) {
      parts.push(text.slice(start, index).trim());
      start = index + 1;
    }
  }
  parts.push(text.slice(start).trim());
  return parts;
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
  const parts = splitArguments(inner);
  // prettier hugs a last argument that is an array, an object or a function: left to prettier.
  if (/^[[{]|=>/.test(parts[parts.length - 1]!)) return text;
  const args = parts.map(expressionDoc);
  return [head[0].slice(0, -1), group(["(", indent([softline, join([",", line], args)]), ifBreak(","), softline, ")"])];
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
