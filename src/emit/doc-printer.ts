/**
 * A small document printer with prettier's rule, for code modeldoc lays out itself (see layout.ts).
 * The documents are a subset of prettier's own (`group`, `indent`, `line`, `softline`, `hardline`,
 * `ifBreak`): a group is flat when it fits on the rest of the line, up to the next possible break after
 * it; else its lines break and its children are tried again.
 */

export const PRINT_WIDTH = 100;
export const INDENT = "  ";

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

type Mode = "flat" | "break";
type Command = readonly [indentation: string, mode: Mode, doc: Doc];

/** Pushes a concatenation's parts so that the first is popped first. */
function pushParts(stack: Command[], indentation: string, mode: Mode, parts: readonly Doc[]): void {
  for (let index = parts.length - 1; index >= 0; index--) stack.push([indentation, mode, parts[index]!]);
}

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
      pushParts(stack, indentation, mode, doc as readonly Doc[]);
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
      pushParts(stack, indent, mode, current as readonly Doc[]);
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
