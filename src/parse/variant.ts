/**
 * A docs folder → a {@link Variant}. Pages are read one by one (`read-page.ts`), in worker threads when
 * there are many (the pipeline hands in a `readMany`), then assembled (`assemble.ts`).
 */
import { stat } from "node:fs/promises";
import { basename, dirname, relative, resolve as resolvePath, sep } from "node:path";
import { glob } from "tinyglobby";
import type { Dialect, GeneratorFormat, Variant } from "../ir/types.js";
import { assembleVariant, readInRounds, readInRoundsNow, type AssemblyMemory } from "./assemble.js";
import { decodePage, readPageBytes } from "./page-text.js";
import { readPage, unreadPage, type PageResult, type PageSource, type ReadAs } from "./read-page.js";

export type { PageResult, PageSource, ReadAs } from "./read-page.js";

export interface ParseOptions {
  /** The variant's name; default: the folder's name. */
  readonly name?: string;
  /** Read every page in this dialect instead of detecting it. */
  readonly dialect?: Dialect;
  /** Read every page in this generator format instead of detecting it. */
  readonly format?: GeneratorFormat;
  /**
   * Reads pages given by absolute path (in worker threads, from a cache…); default: one by one, here.
   * `files` are absolute paths; `ids` the matching page ids.
   */
  readonly readMany?: (pages: readonly { file: string; id: string }[], readAs: ReadAs) => Promise<readonly PageResult[]>;
  /** Lists a folder's pages; default {@link listPages} (the pipeline's also reports the links it leaves out). */
  readonly listPages?: (folder: string) => Promise<{ root: string; pages: { file: string; id: string }[] }>;
  /** What the last assembly of this variant kept (a watcher's; see assemble.ts). */
  readonly assembly?: AssemblyMemory;
}

/** Parses pages already in memory (tests and the watcher come through here). */
export function parsePages(name: string, root: string, sources: readonly PageSource[], options: ParseOptions = {}): Variant {
  const { reading, results } = readInRoundsNow(sources, givenReading(options), (pages, readAs) => pages.map((source) => readPage(source, readAs)));
  return assembleVariant({ name, root, reading, results });
}

/** The settings the options give: a dialect, a format, or neither. */
function givenReading(options: ParseOptions): ReadAs {
  return { ...(options.dialect ? { dialect: options.dialect } : {}), ...(options.format ? { format: options.format } : {}) };
}

/** Reads pages from disk on this thread. */
export async function readPagesHere(pages: readonly { file: string; id: string }[], readAs: ReadAs): Promise<PageResult[]> {
  return pages.map((page) => readPageFile(page, readAs));
}

/**
 * Reads one page from disk (its bytes decoded by page-text.ts). A page that cannot be read (deleted or
 * renamed while the run reads it, a folder or a pipe where a page was) is its diagnostic. `started` is
 * told before the page is read, and its length before it is parsed (a worker's watch on its time, pool.ts).
 */
export function readPageFile(page: { file: string; id: string }, readAs: ReadAs, started?: (length: number | undefined) => void): PageResult {
  let source: PageSource;
  started?.(undefined);
  try {
    source = decodePage(page.id, readPageBytes(page.file));
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code ?? (error instanceof Error ? error.message : String(error));
    return unreadPage(page.id, readAs, {
      severity: "error",
      code: "page-unreadable",
      message: `expected a page to read, found none that could be read (${reason}: deleted, renamed or replaced while modeldoc read the folder?); page skipped`,
      source: { file: page.id, line: 1, column: 1 },
    });
  }
  started?.(source.text.length);
  return readPage(source, readAs);
}

/** The `*.md` pages of a folder (or the one page a path names), as absolute paths and page ids. */
export async function listPages(folder: string): Promise<{ root: string; pages: { file: string; id: string }[] }> {
  const absolute = resolvePath(folder);
  const info = await stat(absolute);
  const root = info.isDirectory() ? absolute : dirname(absolute);
  // Links are not followed: they could lead out of the docs folder, or to pages listed already.
  const files = info.isDirectory() ? await glob("**/*.md", { cwd: absolute, absolute: true, ignore: ["**/node_modules/**"], followSymbolicLinks: false }) : [absolute];
  const pages = files.map((file) => ({ file, id: relative(root, file).split(sep).join("/") }));
  return { root, pages };
}

/** Reads every `*.md` page under `folder` (or the one page `folder` names) into a variant. */
export async function parseFolder(folder: string, options: ParseOptions = {}): Promise<Variant> {
  const { root, pages } = await (options.listPages ?? listPages)(folder);
  const { reading, results } = await readInRounds(pages, givenReading(options), options.readMany ?? readPagesHere, options.assembly);
  const isFile = pages.length === 1 && resolvePath(folder) === pages[0]!.file;
  return assembleVariant({ name: options.name ?? basename(root), root: isFile ? dirname(folder) : folder, reading, results }, options.assembly);
}
