/**
 * One page → its declarations and diagnostics. This is the unit of work that runs in parallel and
 * that the incremental cache stores: it depends on the page's text and dialect only, never on other pages.
 */
import type { Heading, Root, Table, TableCell } from "mdast";
import type { Declaration, Diagnostic, Dialect } from "../ir/types.js";
import { cellSegments } from "./cells.js";
import { tableColumns } from "./columns.js";
import { bestDialect, pageEvidence, type Evidence } from "./detect.js";
import { dialects } from "./dialects/index.js";
import { MarkdownLimitError, parseMarkdown } from "./markdown.js";
import type { MarkdownLimits } from "./markdown-scan.js";
import { createPageReader } from "./page-context.js";
import { readDeclarations } from "./page-reader.js";
import { outlinePage, type HeadingNode } from "./page.js";
import { sectionKindOf } from "./section-kinds.js";
import { parseTypeSyntax, TypeSyntaxError, type ParsedType } from "./type-syntax.js";

export interface PageSource {
  /** Path relative to the variant root, `/`-separated. */
  readonly id: string;
  readonly text: string;
  /** What reading its bytes as text found: bytes that are not UTF-8 (page-text.ts). */
  readonly decodingProblems?: readonly Diagnostic[];
}

export interface PageResult {
  readonly id: string;
  /** The dialect the page was read in. */
  readonly dialect: Dialect;
  /** The page's evidence for each dialect; absent when the page was read in a dialect given to it. */
  readonly evidence?: Evidence;
  /** Whether reading the page consulted its dialect (it has type cells or union members); an enum page does not. */
  readonly dialectSensitive: boolean;
  /** The types the page declares: its own first, then any other documented on it. */
  readonly declarations: readonly Declaration[];
  /** Problems on this page, before reference resolution. */
  readonly diagnostics: readonly Diagnostic[];
}

function parse(node: TableCell | Heading): ParsedType | TypeSyntaxError {
  try {
    return parseTypeSyntax(node.type === "heading" ? [{ kind: "text", text: node.children.map((child) => ("value" in child ? child.value : "")).join("") }] : cellSegments(node));
  } catch (error) {
    if (error instanceof TypeSyntaxError) return error;
    throw error;
  }
}

/**
 * The nodes whose text is a type: the type column of every table, and the code headings of union
 * members; and whether the page has a union section (whose members a dialect may read from code).
 */
function typeNodes(tree: Root, roots: readonly HeadingNode[]): { nodes: (TableCell | Heading)[]; hasUnion: boolean } {
  const nodes: (TableCell | Heading)[] = [];
  let hasUnion = false;
  for (const node of tree.children) {
    if (node.type !== "table") continue;
    const column = tableColumns(node as Table).roles.type;
    if (column === undefined) continue;
    for (const row of node.children.slice(1)) {
      const cell = row.children[column];
      if (cell) nodes.push(cell);
    }
  }
  const visit = (heading: HeadingNode) => {
    if (sectionKindOf(heading.title) === "union") {
      hasUnion = true;
      for (const member of heading.children) {
        if (member.heading.children.length === 1 && member.heading.children[0]?.type === "inlineCode") nodes.push(member.heading);
      }
    }
    heading.children.forEach(visit);
  };
  roots.forEach(visit);
  return { nodes, hasUnion };
}

/**
 * Reads a page in `dialect`, or in the dialect its own evidence supports best when none is given. Never
 * throws: a page past the Markdown limits, or whose reading fails in any way (a stack overflow inside
 * a library included), is that page's diagnostic, and the page is read as declaring nothing.
 */
export function readPage(source: PageSource, dialect?: Dialect, limits?: MarkdownLimits): PageResult {
  let result: PageResult;
  try {
    result = readPageText(source, dialect, limits);
  } catch (error) {
    result = unreadPage(source.id, dialect, error instanceof MarkdownLimitError ? limitDiagnostic(source.id, error) : failureDiagnostic(source.id, error));
  }
  const decoding = source.decodingProblems ?? [];
  return decoding.length === 0 ? result : { ...result, diagnostics: [...decoding, ...result.diagnostics] };
}

/** The result of a page that was not read: no declarations, one diagnostic. */
export function unreadPage(id: string, dialect: Dialect | undefined, diagnostic: Diagnostic): PageResult {
  return { id, dialect: dialect ?? "go", ...(dialect === undefined ? { evidence: {} } : {}), dialectSensitive: false, declarations: [], diagnostics: [diagnostic] };
}

function limitDiagnostic(id: string, error: MarkdownLimitError): Diagnostic {
  const { line, column, message } = error.problem;
  return { severity: "error", code: "markdown-limit", message, source: { file: id, line, column } };
}

function failureDiagnostic(id: string, error: unknown): Diagnostic {
  const what = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  return {
    severity: "error",
    code: "page-failed",
    message: `expected a page modeldoc can read, found one whose reading failed (${what}); page skipped (a bug in modeldoc: please report it with the page)`,
    source: { file: id, line: 1, column: 1 },
  };
}

function readPageText(source: PageSource, dialect: Dialect | undefined, limits: MarkdownLimits | undefined): PageResult {
  const tree = parseMarkdown(source.text, limits);
  const outline = outlinePage(source.id, tree);
  const typed = typeNodes(tree, outline.roots);
  const parsed = new Map(typed.nodes.map((node) => [node, parse(node)] as const));
  let evidence: Evidence | undefined;
  if (dialect === undefined) {
    const languages = tree.children.flatMap((node) => (node.type === "code" && node.lang ? [node.lang] : []));
    const cells = [...parsed.values()].filter((cell): cell is ParsedType => !(cell instanceof TypeSyntaxError));
    evidence = pageEvidence(languages, cells);
  }
  const readAs = dialect ?? (evidence && bestDialect(evidence)) ?? "go";
  const diagnostics: Diagnostic[] = [];
  const reader = createPageReader(source.id, source.text, dialects[readAs], (node) => parsed.get(node) ?? parse(node), diagnostics);
  const declarations = readDeclarations(outline, reader);
  return { id: source.id, dialect: readAs, ...(evidence ? { evidence } : {}), dialectSensitive: typed.nodes.length > 0 || typed.hasUnion, declarations, diagnostics };
}
