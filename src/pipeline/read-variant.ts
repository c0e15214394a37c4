/**
 * Reading a docs folder the way the CLI and the API do: unchanged pages come from the incremental
 * cache, changed ones are parsed (on worker threads when there are many), then the variant is assembled.
 */
import { statSync } from "node:fs";
import type { Diagnostic, Variant } from "../ir/types.js";
import { decodePage, parseFolder, readPageBytes, type PageResult, type ParseOptions, type ReadAs } from "../parse/index.js";
import { hashText } from "../ir/fingerprint.js";
import { openPageCache, pageCacheFile, type CacheSession, type PageStamp } from "./cache.js";
import { listDocsPages } from "./docs-pages.js";
import { readPagesInParallel } from "./pool.js";
import type { VariantMemory } from "./watch-memory.js";

export interface ReadVariantOptions extends Omit<ParseOptions, "readMany"> {
  /** Where the page cache lives; `false` reads every page afresh. */
  readonly cacheFolder?: string | false;
  /** A watcher's in-memory copy of the cache files. */
  readonly cacheSession?: CacheSession;
  /**
   * The watcher's memory of each page's last version without errors. A page that now has errors is
   * read as that version (its diagnostics are still reported), so one broken edit does not take its
   * models out of the output; pages without errors update the memory.
   */
  readonly lastGood?: Map<string, PageResult>;
  /**
   * Pages (by absolute path) the caller knows are unchanged since the cache last saw them: a watcher
   * told of every change. Their text is not read again.
   */
  readonly unchanged?: (file: string) => boolean;
  /** Told of cache entries found damaged (dropped and rebuilt): what the run says of things other than the docs. */
  readonly onWarning?: (message: string) => void;
  /** A watcher's memory of the variant: its pages as last listed (listed again when absent), and its assembly. */
  readonly memory?: Pick<VariantMemory, "listing" | "assembly">;
}

function hasErrors(result: PageResult): boolean {
  return result.diagnostics.some((diagnostic) => diagnostic.severity === "error");
}

/** The declarations the last good version of a page had that this reading no longer finds. */
function lostDeclarations(result: PageResult, previous: PageResult | undefined): string[] {
  if (previous === undefined) return [];
  const found = new Set(result.declarations.map((declaration) => declaration.id));
  return previous.declarations.filter((declaration) => !found.has(declaration.id)).map((declaration) => declaration.name);
}

/**
 * Swaps broken pages for their last good version (see {@link ReadVariantOptions.lastGood}): a page with
 * errors, and a page that no longer reads as a type it declared (`## Fields` edited into `## Feilds`), so
 * that the types it declared, and the fields that refer to them, stay in the output meanwhile.
 */
function keepLastGood(results: readonly PageResult[], lastGood: Map<string, PageResult>): PageResult[] {
  return results.map((result) => {
    const previous = lastGood.get(result.id);
    if (previous === result) return result; // unchanged since it was last good
    const lost = lostDeclarations(result, previous);
    if (!hasErrors(result) && lost.length === 0) {
      lastGood.set(result.id, result);
      return result;
    }
    if (previous === undefined) return result;
    const found = hasErrors(result) ? "found errors" : `found it no longer reads as ${lost.map((name) => `"${name}"`).join(", ")}`;
    const kept = {
      severity: "warning" as const,
      code: "kept-last-good",
      message: `expected a page without errors that declares what it did, ${found}; the last good version of this page is used until it is fixed (or deleted)`,
      source: { file: result.id, line: 1, column: 1 },
    };
    return { ...previous, diagnostics: [...result.diagnostics, kept] };
  });
}

export interface ReadStats {
  /** Pages parsed in this run. */
  parsed: number;
  /** Pages taken from the cache. */
  cached: number;
}

/** The hash a page's cache entry is keyed by: its text and what decoding it found (page-text.ts), or undefined when it cannot be read. */
function pageHash(file: string, id: string): string | undefined {
  let source;
  try {
    source = decodePage(id, readPageBytes(file));
  } catch {
    return undefined; // read again, and reported, by the reader
  }
  const problems = source.decodingProblems ?? [];
  return hashText(problems.length === 0 ? source.text : `${source.text}\0${JSON.stringify(problems)}`);
}

/**
 * Results that say more of this run than of the page's text are not cached: a page that could not be
 * read, or that was stopped or lost with its worker thread (pool.ts).
 */
const notCached = new Set(["page-unreadable", "page-over-budget", "page-failed"]);

/** A page's size and mtime, or undefined when it is gone. */
function stampOf(file: string): PageStamp | undefined {
  const info = statSync(file, { throwIfNoEntry: false });
  return info === undefined ? undefined : [info.size, info.mtimeMs];
}

/**
 * Reads pages through the cache: hits come back as they were, misses are parsed and stored. A page that
 * cannot be read is never stored (the reader reports it).
 */
async function readThroughCache(
  folder: string,
  cacheFolder: string,
  pages: readonly { file: string; id: string }[],
  readAs: ReadAs,
  parsedIds: Set<string>,
  options: Pick<ReadVariantOptions, "cacheSession" | "unchanged" | "onWarning">,
): Promise<PageResult[]> {
  const cache = await openPageCache(pageCacheFile(cacheFolder, folder, readAs), options.cacheSession, options.onWarning);
  // Synchronous stats and reads: thousands of small files, faster than as many concurrent promises. A page
  // whose size and mtime are those its hash was taken at is not read again; nor is one the watcher knows
  // unchanged since the cache saw it (nor looked at: its entry stays as it is).
  const known = pages.map((page) => (options.unchanged?.(page.file) ? cache.lastHash(page.id) : undefined));
  const stamps = pages.map((page, index) => (known[index] === undefined ? stampOf(page.file) : undefined));
  const hashes = pages.map((page, index) => {
    const stamp = stamps[index];
    return known[index] ?? (stamp && cache.hashIfStamped(page.id, stamp)) ?? pageHash(page.file, page.id);
  });
  const results: (PageResult | undefined)[] = pages.map((page, index) => {
    const hash = hashes[index];
    return hash === undefined ? undefined : cache.get(page.id, hash);
  });
  pages.forEach((page, index) => {
    const stamp = stamps[index];
    if (results[index] !== undefined && stamp !== undefined) cache.stamp(page.id, stamp);
  });
  const missing = pages.flatMap((page, index) => (results[index] === undefined ? [{ ...page, index }] : []));
  const parsed = await readPagesInParallel(missing, readAs);
  missing.forEach((page, position) => {
    const result = parsed[position]!;
    results[page.index] = result;
    const hash = hashes[page.index];
    if (hash !== undefined && !result.diagnostics.some((diagnostic) => notCached.has(diagnostic.code))) cache.set(page.id, hash, result, stamps[page.index]);
  });
  await cache.save();
  for (const page of missing) parsedIds.add(page.id);
  return results as PageResult[];
}

/** Parses a docs folder, through the cache and on worker threads when it pays. */
export async function readVariant(folder: string, options: ReadVariantOptions = {}, stats: ReadStats = { parsed: 0, cached: 0 }): Promise<Variant> {
  const { cacheFolder = false, cacheSession, lastGood, unchanged, onWarning, memory, ...parseOptions } = options;
  // A page read twice (see readInRounds) counts once: parsed if either reading parsed it.
  const parsedIds = new Set<string>();
  const readIds = new Set<string>();
  let skippedLinks: readonly Diagnostic[] = [];
  const variant = await parseFolder(folder, {
    ...parseOptions,
    ...(memory ? { assembly: memory.assembly } : {}),
    listPages: async (path) => {
      const listed = memory?.listing ?? (await listDocsPages(path));
      if (memory) memory.listing = listed;
      skippedLinks = listed.skippedLinks;
      return listed;
    },
    readMany: async (pages, readAs) => {
      for (const page of pages) readIds.add(page.id);
      let results: readonly PageResult[];
      if (cacheFolder === false) {
        results = await readPagesInParallel(pages, readAs);
        for (const page of pages) parsedIds.add(page.id);
      } else {
        results = await readThroughCache(folder, cacheFolder, pages, readAs, parsedIds, {
          ...(cacheSession ? { cacheSession } : {}),
          ...(unchanged ? { unchanged } : {}),
          ...(onWarning ? { onWarning } : {}),
        });
      }
      return lastGood ? keepLastGood(results, lastGood) : results;
    },
  });
  stats.parsed += parsedIds.size;
  stats.cached += readIds.size - parsedIds.size;
  return skippedLinks.length === 0 ? variant : { ...variant, diagnostics: [...skippedLinks, ...variant.diagnostics] };
}
