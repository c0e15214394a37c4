/**
 * One page → its declarations and diagnostics. This is the unit of work that runs in parallel and
 * that the incremental cache stores: it depends on the page's text and the reading asked for only
 * (`ReadAs`), never on other pages.
 */
import type { Heading, Root, Table, TableCell } from "mdast";
import type { Declaration, Diagnostic, Dialect, GeneratorFormat } from "../ir/types.js";
import { cellText, typeCellSegments, type CellSegment } from "./cells.js";
import { isFieldsTable, tableColumns } from "./columns.js";
import { bestDialect, pageEvidence, type Evidence } from "./detect.js";
import { bestFormat, pageFormatEvidence, type FormatEvidence } from "./detect-format.js";
import { dialectIn, fallbackDialect } from "./dialects/index.js";
import { absenceMarksIn } from "./field-marks.js";
import { fallbackFormat, formats, type FormatSpec } from "./formats/index.js";
import { MarkdownLimitError, parseMarkdown } from "./markdown.js";
import type { MarkdownLimits } from "./markdown-scan.js";
import { createPageReader } from "./page-context.js";
import { readDeclarations } from "./page-reader.js";
import { outlinePage, type HeadingNode } from "./page.js";
import { own } from "./own.js";
import { sectionKindOf, sectionTitle } from "./section-kinds.js";
import { splitRow } from "./table-rows.js";
import { parseTypeSyntax, TypeSyntaxError, type ParsedType } from "./type-syntax.js";

export interface PageSource {
  /** Path relative to the variant root, `/`-separated. */
  readonly id: string;
  readonly text: string;
  /** What reading its bytes as text found: bytes that are not UTF-8 (page-text.ts). */
  readonly decodingProblems?: readonly Diagnostic[];
}

/**
 * How to read a page: each setting given (by the user, or by the variant in a second round), or, when
 * undefined, decided from the page's own evidence.
 */
export interface ReadAs {
  readonly dialect?: Dialect;
  readonly format?: GeneratorFormat;
  /** The requiredness marks whose absence speaks, as the variant uses them (`field-marks.ts`); default: the page's own. */
  readonly marks?: readonly string[];
}

/** The settings of a reading as one string, for keys: each given setting, or `auto` where the page decides. */
export function readAsKey(readAs: ReadAs): string {
  const given = (setting: string | undefined) => (setting === undefined ? "auto" : setting);
  return `${given(readAs.dialect)}|${given(readAs.format)}|${readAs.marks === undefined ? "auto" : readAs.marks.join(",")}`;
}

export interface PageResult {
  readonly id: string;
  /** The dialect the page was read in. */
  readonly dialect: Dialect;
  /** The format the page was read in. */
  readonly format: GeneratorFormat;
  /** The page's evidence for each dialect; absent when the page was read in a dialect given to it. */
  readonly evidence?: Evidence;
  /** The page's evidence for each format; absent when the page was read in a format given to it. */
  readonly formatEvidence?: FormatEvidence;
  /** Whether reading the page consulted its dialect (it has type cells or union members); an enum page does not. */
  readonly dialectSensitive: boolean;
  /** The requiredness marks whose absence can speak that the page's rows carry (ids, sorted). */
  readonly marksSeen: readonly string[];
  /** The marks the page was read with: `ReadAs.marks`, or {@link marksSeen}. */
  readonly marksUsed: readonly string[];
  /** Whether a row's requiredness was read from the absence of a mark (so the variant's marks matter). */
  readonly marksConsulted: boolean;
  /** The types the page declares: its own first, then any other documented on it. */
  readonly declarations: readonly Declaration[];
  /** Problems on this page, before reference resolution. */
  readonly diagnostics: readonly Diagnostic[];
}

/** A type cell's segments without the format's leading words (`Pointer to`), and the mark those stand for. */
function withoutPrefix(segments: CellSegment[], format: FormatSpec): { segments: CellSegment[]; mark?: "*T" | "?T" | "T?" } {
  const first = segments[0];
  if (first?.kind !== "text") return { segments };
  for (const [words, mark] of Object.entries(format.typePrefixes ?? {})) {
    const match = new RegExp(`^\\s*${words.replace(/ /g, "\\s+")}(?:\\s+|$)`).exec(first.text);
    if (match !== null) return { segments: [{ kind: "text", text: first.text.slice(match[0].length) }, ...segments.slice(1)], mark };
  }
  return { segments };
}

function parse(node: TableCell | Heading, format: FormatSpec): ParsedType | TypeSyntaxError {
  try {
    if (node.type === "heading") return parseTypeSyntax([{ kind: "text", text: node.children.map((child) => ("value" in child ? child.value : "")).join("") }]);
    const { segments, mark } = withoutPrefix(typeCellSegments(node), format);
    if (mark !== undefined && segments.every((segment) => segment.text.trim() === "")) throw new TypeSyntaxError("expected a type after the pointer's words, found none");
    const parsed = parseTypeSyntax(segments);
    return mark === undefined ? parsed : { syntax: { kind: "mark", mark, inner: parsed.syntax }, notations: new Set([...parsed.notations, mark]) };
  } catch (error) {
    if (error instanceof TypeSyntaxError) return error;
    throw error;
  }
}

/**
 * The nodes whose text is a type: the type column of every table, and the code headings of union
 * members; whether the page has a union section (whose members a dialect may read from code); and the
 * requiredness marks whose absence can speak that its fields tables' rows carry.
 */
function typeNodes(tree: Root, roots: readonly HeadingNode[], format: FormatSpec, text: string): { nodes: (TableCell | Heading)[]; hasUnion: boolean; marks: string[] } {
  const nodes: (TableCell | Heading)[] = [];
  const marks = new Set<string>();
  // Only a format whose marks can speak by their absence needs to know which ones the page uses.
  const weighsMarks = format.marks.some((mark) => mark.absenceSays !== undefined);
  let hasUnion = false;
  for (const node of tree.children) {
    if (node.type !== "table") continue;
    const columns = tableColumns(node as Table, format.columns);
    const column = columns.roles.type;
    if (column === undefined) continue;
    for (const row of node.children.slice(1)) {
      const cell = row.children[column];
      if (cell) nodes.push(cell);
      if (!weighsMarks || !isFieldsTable(columns)) continue;
      const source = (index: number | undefined) => {
        const at = index === undefined ? undefined : row.children[index]?.position;
        return at?.start.offset === undefined || at.end.offset === undefined ? "" : text.slice(at.start.offset, at.end.offset);
      };
      const plain = (index: number | undefined) => (index === undefined ? undefined : row.children[index] ? cellText(row.children[index]) : "");
      const rowText = row.position?.start.offset === undefined ? "" : text.slice(row.position.start.offset, row.position.end.offset);
      for (const id of absenceMarksIn({ name: source(columns.roles.name), notes: plain(columns.roles.notes), tags: plain(columns.roles.tags) }, format)) marks.add(id);
      // A row that holds more cells than GFM keeps (rows run together, a pipe in a description) has its marks in those.
      const parts = rowText === "" ? [] : splitRow(rowText, 0);
      if (parts.length > columns.headers.length) for (const { text: part } of parts) for (const id of absenceMarksIn({ name: part, notes: part, tags: part }, format)) marks.add(id);
    }
  }
  const visit = (heading: HeadingNode) => {
    if (sectionKindOf(heading.title, format.sections) === "union" || own(format.kindSections, sectionTitle(heading.title)) === "union") {
      hasUnion = true;
      for (const member of heading.children) {
        if (member.heading.children.length === 1 && member.heading.children[0]?.type === "inlineCode") nodes.push(member.heading);
      }
    }
    heading.children.forEach(visit);
  };
  roots.forEach(visit);
  return { nodes, hasUnion, marks: [...marks].sort() };
}

/**
 * Reads a page as asked, each setting not given decided by the page's own evidence. Never throws: a page
 * past the Markdown limits, or whose reading fails in any way (a stack overflow inside a library
 * included), is that page's diagnostic, and the page is read as declaring nothing.
 */
export function readPage(source: PageSource, readAs: ReadAs = {}, limits?: MarkdownLimits): PageResult {
  let result: PageResult;
  try {
    result = readPageText(source, readAs, limits);
  } catch (error) {
    result = unreadPage(source.id, readAs, error instanceof MarkdownLimitError ? limitDiagnostic(source.id, error) : failureDiagnostic(source.id, error));
  }
  const decoding = source.decodingProblems ?? [];
  return decoding.length === 0 ? result : { ...result, diagnostics: [...decoding, ...result.diagnostics] };
}

/** The result of a page that was not read: no declarations, one diagnostic. */
export function unreadPage(id: string, readAs: ReadAs, diagnostic: Diagnostic): PageResult {
  return {
    id,
    dialect: readAs.dialect ?? fallbackDialect,
    format: readAs.format ?? fallbackFormat,
    ...(readAs.dialect === undefined ? { evidence: {} } : {}),
    ...(readAs.format === undefined ? { formatEvidence: {} } : {}),
    dialectSensitive: false,
    marksSeen: [],
    marksUsed: [...(readAs.marks ?? [])],
    marksConsulted: false,
    declarations: [],
    diagnostics: [diagnostic],
  };
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

function readPageText(source: PageSource, readAs: ReadAs, limits: MarkdownLimits | undefined): PageResult {
  const tree = parseMarkdown(source.text, limits);
  const outline = outlinePage(source.id, tree);
  const formatEvidence = readAs.format === undefined ? pageFormatEvidence(tree, source.text) : undefined;
  const format: GeneratorFormat = readAs.format ?? (formatEvidence && bestFormat(formatEvidence)) ?? fallbackFormat;
  const formatSpec = formats[format];
  const typed = typeNodes(tree, outline.roots, formatSpec, source.text);
  const parsed = new Map(typed.nodes.map((node) => [node, parse(node, formatSpec)] as const));
  let evidence: Evidence | undefined;
  if (readAs.dialect === undefined) {
    const languages = tree.children.flatMap((node) => (node.type === "code" && node.lang ? [node.lang] : []));
    const cells = [...parsed.values()].filter((cell): cell is ParsedType => !(cell instanceof TypeSyntaxError));
    evidence = pageEvidence(languages, cells);
  }
  const dialect = readAs.dialect ?? (evidence && bestDialect(evidence)) ?? fallbackDialect;
  const marksUsed = readAs.marks ?? typed.marks;
  const diagnostics: Diagnostic[] = [];
  const reader = createPageReader(source.id, source.text, dialectIn(dialect, format), formatSpec, new Set(marksUsed), (node) => parsed.get(node) ?? parse(node, formatSpec), diagnostics);
  const declarations = readDeclarations(outline, reader);
  return {
    id: source.id,
    dialect,
    format,
    ...(evidence ? { evidence } : {}),
    ...(formatEvidence ? { formatEvidence } : {}),
    dialectSensitive: typed.nodes.length > 0 || typed.hasUnion,
    marksSeen: typed.marks,
    marksUsed: [...marksUsed],
    marksConsulted: reader.marks.consulted,
    declarations,
    diagnostics,
  };
}
