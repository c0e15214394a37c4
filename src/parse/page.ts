/**
 * The outline of a docs page: title, description and `## ` sections, each with its nodes.
 * Which sections a page has decides what it declares (see `read-page.ts`).
 */
import type { Heading, Root, RootContent } from "mdast";
import { toString } from "mdast-util-to-string";
import type { SourcePosition } from "../ir/types.js";

export interface Section {
  /** The heading text (`Fields`). */
  readonly title: string;
  readonly heading: Heading;
  /** Nodes up to the next `## ` heading. */
  readonly nodes: readonly RootContent[];
}

export interface PageOutline {
  /** Page path relative to the variant root: the declaration's id. */
  readonly id: string;
  readonly title: Heading | undefined;
  /** Paragraphs between the title and the first section. */
  readonly description: string;
  readonly sections: readonly Section[];
}

/** The position of an mdast node in the page (the page's first line when the node has none). */
export function positionOf(id: string, node: { position?: { start: { line: number; column: number } } | undefined } | undefined): SourcePosition {
  const start = node?.position?.start;
  return { file: id, line: start?.line ?? 1, column: start?.column ?? 1 };
}

export function outlinePage(id: string, tree: Root): PageOutline {
  let title: Heading | undefined;
  const descriptionParts: string[] = [];
  const sections: { title: string; heading: Heading; nodes: RootContent[] }[] = [];
  for (const node of tree.children) {
    if (node.type === "heading" && node.depth === 1 && title === undefined) {
      title = node;
    } else if (node.type === "heading" && node.depth <= 2) {
      sections.push({ title: toString(node).trim(), heading: node, nodes: [] });
    } else if (sections.length > 0) {
      sections[sections.length - 1]!.nodes.push(node);
    } else if (node.type === "paragraph") {
      descriptionParts.push(toString(node).trim());
    }
  }
  return { id, title, description: descriptionParts.filter(Boolean).join("\n\n"), sections };
}
