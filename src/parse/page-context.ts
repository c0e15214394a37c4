/**
 * What the readers of a page's sections share: the page, its dialect, its parsed type cells, and a
 * place to report problems at a node's position.
 */
import type { Heading, Nodes, RootContent, TableCell } from "mdast";
import type { Declaration, Diagnostic, ModelDecl, Severity } from "../ir/types.js";
import type { DialectSpec } from "./dialects/index.js";
import type { FormatSpec } from "./formats/index.js";
import { positionOf, type HeadingNode } from "./page.js";
import { sectionKindOf, type SectionKind } from "./section-kinds.js";
import type { ParsedType, TypeSyntaxError } from "./type-syntax.js";

type Positioned = Parameters<typeof positionOf>[1] | Nodes;

/**
 * The requiredness marks a reading may take as said by their absence (see `FieldMark.absenceSays`):
 * the ones the variant's pages use, or, before the variant is known, the ones this page uses.
 */
export interface MarkUse {
  /** Ids of the marks whose absence speaks: the variant's, or the page's own before the variant is known. */
  readonly inUse: ReadonlySet<string>;
  /** Whether a row's requiredness was read from (or left unstated for want of) a mark's absence. */
  consulted: boolean;
}

/** What a section reader needs: the page, its dialect and format, and a place to report problems. */
export interface PageReader {
  readonly id: string;
  /** The page's dialect, as its format writes it (`dialects/index.ts` `dialectIn`). */
  readonly spec: DialectSpec;
  readonly format: FormatSpec;
  readonly marks: MarkUse;
  readonly text: string;
  /** What a section title says in this page's format. */
  sectionKind(title: string): SectionKind | undefined;
  report(severity: Severity, code: string, message: string, node: Positioned): void;
  /** A node's Markdown as written, on one line (a table cell without its pipes). */
  sourceOf(node: { position?: { start: { offset?: number | undefined }; end: { offset?: number | undefined } } | undefined }): string;
  /** A type cell (or member heading) parsed with the type grammar, once per page (`detect.ts` reads them too). */
  parsedType(node: TableCell | Heading): ParsedType | TypeSyntaxError;
}

export function createPageReader(
  id: string,
  text: string,
  spec: DialectSpec,
  format: FormatSpec,
  marksInUse: ReadonlySet<string>,
  parsed: (node: TableCell | Heading) => ParsedType | TypeSyntaxError,
  diagnostics: Diagnostic[],
): PageReader {
  return {
    id,
    spec,
    format,
    marks: { inUse: marksInUse, consulted: false },
    text,
    sectionKind: (title) => sectionKindOf(title, format.sections),
    parsedType: parsed,
    report(severity, code, message, node) {
      // Point into a table cell at its content, not at the pipe that opens it.
      const at = node && "type" in node && node.type === "tableCell" && node.children[0] ? node.children[0] : node;
      diagnostics.push({ severity, code, message, source: positionOf(id, at) });
    },
    sourceOf(node) {
      const start = node.position?.start.offset;
      const end = node.position?.end.offset;
      if (start === undefined || end === undefined) return "";
      // A GFM cell's position takes in its leading pipe.
      return text.slice(start, end).replace(/\s+/g, " ").replace(/^\|/, "").replace(/(?<!\\)\|$/, "").trim();
    },
  };
}

/** The code blocks among nodes, joined: open-enum markers and Go union constructors are read there. */
export function codeIn(nodes: readonly RootContent[]): string {
  return nodes.map((node) => (node.type === "code" ? node.value : "")).join("\n");
}

/** The parts of a declaration every kind has, worked out from its heading. */
export type DeclarationHead = Omit<ModelDecl, "kind" | "fields">;

/**
 * Reads one declaring section. `block` is the heading the section belongs to: an enum's open-enum
 * marker is in its `Example Usage` section.
 */
export type SectionReader = (head: DeclarationHead, section: HeadingNode, block: HeadingNode, reader: PageReader) => Declaration | undefined;

