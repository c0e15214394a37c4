/**
 * The outline of a docs page: its headings as a tree, each with the nodes under it. What the headings
 * mean (a declaration, a `Fields` section, a union member) is the page reader's business
 * (`page-reader.ts`); this only says what is under what.
 */
import type { Heading, Root, RootContent } from "mdast";
import { toString } from "mdast-util-to-string";
import type { SourcePosition } from "../ir/types.js";

export interface HeadingNode {
  readonly heading: Heading;
  /** The heading's text (`Fields`, `BackoffStrategy`). */
  readonly title: string;
  /** The nodes after the heading up to its first sub-heading. */
  readonly content: readonly RootContent[];
  /** Every node after the heading up to the next heading of its depth or less (sub-headings included). */
  readonly nodes: readonly RootContent[];
  /** Sub-headings one level or more down, up to the next heading of this depth or less. */
  readonly children: readonly HeadingNode[];
}

export interface PageOutline {
  /** Page path relative to the variant root. */
  readonly id: string;
  /** The top-level headings (depth 1 on a well-formed page, but any heading no other heading encloses). */
  readonly roots: readonly HeadingNode[];
}

/** The position of an mdast node in the page (the page's first line when the node has none). */
export function positionOf(id: string, node: { position?: { start: { line: number; column: number } } | undefined } | undefined): SourcePosition {
  const start = node?.position?.start;
  return { file: id.split("#")[0] ?? id, line: start?.line ?? 1, column: start?.column ?? 1 };
}

interface Building {
  readonly heading: Heading;
  readonly title: string;
  readonly content: RootContent[];
  readonly nodes: RootContent[];
  readonly children: Building[];
}

/** Builds the heading tree in one pass; headings nest at most six deep, so the stack stays small. */
export function outlinePage(id: string, tree: Root): PageOutline {
  const roots: Building[] = [];
  const open: Building[] = [];
  for (const node of tree.children) {
    if (node.type === "heading") {
      while (open.length > 0 && open[open.length - 1]!.heading.depth >= node.depth) open.pop();
      for (const enclosing of open) enclosing.nodes.push(node);
      const built: Building = { heading: node, title: toString(node).trim(), content: [], nodes: [], children: [] };
      (open.length > 0 ? open[open.length - 1]!.children : roots).push(built);
      open.push(built);
      continue;
    }
    for (const enclosing of open) enclosing.nodes.push(node);
    const innermost = open[open.length - 1];
    if (innermost !== undefined && innermost.children.length === 0) innermost.content.push(node);
  }
  return { id, roots };
}

/** The text of a description: its paragraphs, lists (an item a line) and quotes, one block a paragraph. */
export function descriptionOf(nodes: readonly RootContent[]): string {
  return nodes
    .flatMap((node) => {
      if (node.type === "paragraph" || node.type === "blockquote") return [toString(node).trim()];
      if (node.type === "list") return [node.children.map((item) => `- ${toString(item).trim()}`).join("\n")];
      return [];
    })
    .filter(Boolean)
    .join("\n\n");
}
