/**
 * A table cell's inline Markdown, flattened into what the type grammar reads: plain text and links.
 *
 * Emphasis and inline code are typography in type cells (`*string*`, `` `*string` ``), so only their
 * text counts; a Go pointer survives because remark leaves the extra `*` of `**string*` as text.
 * Links stay links: their target is how a type cell names another page.
 */
import type { PhrasingContent, TableCell } from "mdast";
import { toString } from "mdast-util-to-string";

export type CellSegment = { readonly kind: "text"; readonly text: string } | { readonly kind: "link"; readonly text: string; readonly url: string };

/** Java escapes generics as `\<`, and nested ones twice (`\\<`); remark undoes one level only. */
function unescapeGenerics(text: string): string {
  return text.replace(/\\(?=[<>])/g, "");
}

function pushText(segments: CellSegment[], text: string): void {
  const last = segments[segments.length - 1];
  if (last?.kind === "text") segments[segments.length - 1] = { kind: "text", text: last.text + text };
  else segments.push({ kind: "text", text });
}

/** Emphasis written inside a code span (`` `*str*` ``, SDK utility docs) is typography too; a Go pointer (`` `*string` ``) is not. */
function codeText(value: string): string {
  return value.replace(/^([*_])([^*_]+)\1$/, "$2");
}

function flattenInto(nodes: readonly PhrasingContent[], segments: CellSegment[]): void {
  for (const node of nodes) {
    switch (node.type) {
      case "inlineCode":
        pushText(segments, unescapeGenerics(codeText(node.value)));
        break;
      case "text":
      case "html":
        pushText(segments, unescapeGenerics(node.value));
        break;
      case "link":
        segments.push({ kind: "link", text: unescapeGenerics(toString(node)), url: node.url });
        break;
      case "break":
        pushText(segments, " ");
        break;
      default:
        if ("children" in node) flattenInto(node.children as PhrasingContent[], segments);
    }
  }
}

/** The cell as segments, adjacent text merged. */
export function cellSegments(cell: TableCell): CellSegment[] {
  const segments: CellSegment[] = [];
  flattenInto(cell.children, segments);
  return segments;
}

/** Whether any part of the cell is struck through (`~~Link~~`): how newer generators mark a deprecated field. */
export function isStruckThrough(cell: TableCell): boolean {
  const visit = (nodes: readonly PhrasingContent[]): boolean =>
    nodes.some((node) => node.type === "delete" || ("children" in node && visit(node.children as PhrasingContent[])));
  return visit(cell.children);
}

/**
 * A cell's text with its line breaks: `<br/>` (how generators break lines in a table cell) becomes
 * `\n`. An example such as `{<br/>"USD": 100<br/>}` keeps its shape.
 */
export function multilineText(cell: TableCell): string {
  const parts: string[] = [];
  const visit = (nodes: readonly PhrasingContent[]) => {
    for (const node of nodes) {
      if (node.type === "html") parts.push(/^<br\s*\/?>$/i.test(node.value.trim()) ? "\n" : node.value);
      else if (node.type === "break") parts.push("\n");
      else if ("value" in node) parts.push(node.value);
      else if ("children" in node) visit(node.children as PhrasingContent[]);
    }
  };
  visit(cell.children);
  return parts.join("").trim();
}

/** The cell as one line of plain text (links as their text), trimmed. */
export function cellText(cell: TableCell): string {
  return cellSegments(cell)
    .map((segment) => segment.text)
    .join("")
    .trim();
}
