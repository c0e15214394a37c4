/**
 * Reading a docs folder the way the CLI and the API do: unchanged pages come from the incremental
 * cache, changed ones are parsed (on worker threads when there are many), then the variant is assembled.
 */
import { readFileSync, statSync } from "node:fs";
import type { Diagnostic, Variant } from "../ir/types.js";
import { parseFolder, type PageResult, type ParseOptions, type ReadAs } from "../parse/index.js";
import { hashText } from "../ir/fingerprint.js";
import { openPageCache, pageCacheFile, type CacheSession, type PageStamp } from "./cache.js";
import { listDocsPages } from "./docs-pages.js";
import { readPagesInParallel } from "./pool.js";

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
}

function hasErrors(result: PageResult): boolean {
  return result.diagnostics.some((diagnostic) => diagnostic.severity === "error");
}

/** Swaps broken pages for their last good version (see {@link ReadVariantOptions.lastGood}). */
function keepLastGood(results: readonly PageResult[], lastGood: Map<string, PageResult>): PageResult[] {
  return results.map((result) => {
    const previous = lastGood.get(result.id);
    if (!hasErrors(result)) {
      lastGood.set(result.id, result);
      return result;
    }
    if (previous === undefined) return result;
    const kept = {
      severity: "warning" as const,
      code: "kept-last-good",
      message: "expected a page without errors, found errors; the last good version of this page is used until it is fixed",
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

/** Reads pages through the cache: hits come back as they were, misses are parsed and stored. */
async function readThroughCache(
  folder: string,
  cacheFolder: string,
  pages: readonly { file: string; id: string }[],
  readAs: ReadAs,
  parsedIds: Set<string>,
  session: CacheSession | undefined,
  unchanged: ((file: string) => boolean) | undefined,
): Promise<PageResult[]> {
  const cache = await openPageCache(pageCacheFile(cacheFolder, folder, readAs), session);
  // Synchronous stats and reads: thousands of small files, faster than as many concurrent promises. A page
  // whose size and mtime are those its hash was taken at is not read again.
  const stamps = pages.map((page): PageStamp => {
    const info = statSync(page.file);
    return [info.size, info.mtimeMs];
  });
  const hashes = pages.map(
    (page, index) =>
      (unchanged?.(page.file) ? cache.lastHash(page.id) : undefined) ?? cache.hashIfStamped(page.id, stamps[index]!) ?? hashText(readFileSync(page.file, "utf8")),
  );
  const results: (PageResult | undefined)[] = pages.map((page, index) => cache.get(page.id, hashes[index]!));
  pages.forEach((page, index) => {
    if (results[index] !== undefined) cache.stamp(page.id, stamps[index]!);
  });
  const missing = pages.flatMap((page, index) => (results[index] === undefined ? [{ ...page, index }] : []));
  const parsed = await readPagesInParallel(missing, readAs);
  missing.forEach((page, position) => {
    const result = parsed[position]!;
    results[page.index] = result;
    cache.set(page.id, hashes[page.index]!, result, stamps[page.index]);
  });
  await cache.save();
  for (const page of missing) parsedIds.add(page.id);
  return results as PageResult[];
}

/** Parses a docs folder, through the cache and on worker threads when it pays. */
export async function readVariant(folder: string, options: ReadVariantOptions = {}, stats: ReadStats = { parsed: 0, cached: 0 }): Promise<Variant> {
  const { cacheFolder = false, cacheSession, lastGood, unchanged, ...parseOptions } = options;
  // A page read twice (see readInRounds) counts once: parsed if either reading parsed it.
  const parsedIds = new Set<string>();
  const readIds = new Set<string>();
  let skippedLinks: readonly Diagnostic[] = [];
  const variant = await parseFolder(folder, {
    ...parseOptions,
    listPages: async (path) => {
      const listed = await listDocsPages(path);
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
        results = await readThroughCache(folder, cacheFolder, pages, readAs, parsedIds, cacheSession, unchanged);
      }
      return lastGood ? keepLastGood(results, lastGood) : results;
    },
  });
  stats.parsed += parsedIds.size;
  stats.cached += readIds.size - parsedIds.size;
  return skippedLinks.length === 0 ? variant : { ...variant, diagnostics: [...skippedLinks, ...variant.diagnostics] };
}
