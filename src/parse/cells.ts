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

/**
 * Whether a link is an autolink that Markdown read out of a generic: `Vec<models::Badge>` holds
 * `<models::Badge>`, a URI with the scheme `models`. A link to a web page is a link.
 */
function genericAutolink(node: PhrasingContent): string | undefined {
  if (node.type !== "link" || /^(https?|mailto|ftp):/i.test(node.url)) return undefined;
  const [only] = node.children;
  return node.children.length === 1 && only?.type === "text" && only.value === node.url ? `<${node.url}>` : undefined;
}

/** The text of inline nodes, autolinks read back as the `<…>` they were written as. */
function inlineText(nodes: readonly PhrasingContent[]): string {
  return nodes.map((node) => genericAutolink(node) ?? ("children" in node ? inlineText(node.children as PhrasingContent[]) : "value" in node ? node.value : "")).join("");
}

function flattenInto(nodes: readonly PhrasingContent[], segments: CellSegment[]): void {
  for (const node of nodes) {
    const autolink = genericAutolink(node);
    if (autolink !== undefined) {
      pushText(segments, autolink);
      continue;
    }
    switch (node.type) {
      case "inlineCode":
        pushText(segments, unescapeGenerics(codeText(node.value)));
        break;
      case "text":
      case "html":
        pushText(segments, unescapeGenerics(node.value));
        break;
      case "link":
        segments.push({ kind: "link", text: unescapeGenerics(inlineText(node.children)), url: node.url });
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

/**
 * A type cell's segments. A type that is a link with no target (`[**\DateTime**]`: a reference the page
 * never defines, so Markdown leaves its brackets as text around the emphasis) is its text; brackets inside
 * the emphasis are the type's own (Swift's `**[String]**`).
 */
export function typeCellSegments(cell: TableCell): CellSegment[] {
  const [first, ...rest] = cell.children;
  const last = rest[rest.length - 1];
  const bracketed = first?.type === "text" && first.value.trim() === "[" && last?.type === "text" && last.value.trim() === "]" && rest.length >= 2;
  if (!bracketed) return cellSegments(cell);
  const segments: CellSegment[] = [];
  flattenInto(rest.slice(0, -1), segments);
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

/** An opening inline HTML tag that encloses text (`<sup>`), not one that stands alone (`<br/>`, `<a name="x"></a>` closes itself). */
function htmlDepthChange(value: string): number {
  const tag = /^<\s*(\/)?\s*([A-Za-z][\w-]*)[^>]*?(\/)?\s*>$/.exec(value.trim());
  if (tag === null || /^(br|hr|img|wbr)$/i.test(tag[2]!) || tag[3] !== undefined) return 0;
  return tag[1] === undefined ? 1 : -1;
}

/**
 * A name cell's text without what inline HTML encloses: generators annotate a name with markup
 * (`` `email_address`<sup>*_required_</sup> ``), which is a mark on the name, not part of it.
 */
export function nameCellText(cell: TableCell): string {
  let depth = 0;
  const parts: string[] = [];
  const visit = (nodes: readonly PhrasingContent[]) => {
    for (const node of nodes) {
      if (node.type === "html") depth = Math.max(0, depth + htmlDepthChange(node.value));
      else if (depth > 0) continue;
      else if (node.type === "inlineCode") parts.push(codeText(node.value));
      else if ("value" in node) parts.push(node.value);
      else if ("children" in node) visit(node.children as PhrasingContent[]);
    }
  };
  visit(cell.children);
  return parts.join("").trim();
}
