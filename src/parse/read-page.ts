/**
 * One page → its declaration and diagnostics. This is the unit of work that runs in parallel and
 * that the incremental cache stores: it depends on the page's text and dialect only, never on other pages.
 */
import type { Declaration, Diagnostic, Dialect } from "../ir/types.js";
import { detectDialect, evidenceOf } from "./detect.js";
import { dialects } from "./dialects/index.js";
import { parseMarkdown } from "./markdown.js";
import { createPageReader, readDeclaration } from "./page-reader.js";
import { outlinePage } from "./page.js";

export interface PageSource {
  /** Path relative to the variant root, `/`-separated. */
  readonly id: string;
  readonly text: string;
}

export interface PageResult {
  readonly id: string;
  /**
   * The dialect the page was read in; undefined when the page shows no evidence of one and none was
   * given: such a page is read again in its folder's majority dialect (see `assemble.ts`).
   */
  readonly dialect: Dialect | undefined;
  /** Undefined when the page declares nothing (or was not read yet). */
  readonly declaration: Declaration | undefined;
  /** Problems on this page, before reference resolution. */
  readonly diagnostics: readonly Diagnostic[];
}

/** Reads a page in `dialect`, or in the dialect detected from the page when none is given. */
export function readPage(source: PageSource, dialect?: Dialect): PageResult {
  const tree = parseMarkdown(source.text);
  const readAs = dialect ?? detectDialect(evidenceOf(source.text, tree));
  if (readAs === undefined) return { id: source.id, dialect: undefined, declaration: undefined, diagnostics: [] };
  const diagnostics: Diagnostic[] = [];
  const reader = createPageReader(source.id, source.text, dialects[readAs], diagnostics);
  const declaration = readDeclaration(outlinePage(source.id, tree), reader);
  return { id: source.id, dialect: readAs, declaration, diagnostics };
}
