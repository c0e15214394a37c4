/**
 * Watch mode: generate once, then again after every change to a page (chokidar), debounced so that an
 * editor's save-and-rename or a `git checkout` is one run. Unchanged pages come from the cache, broken
 * pages keep their last good version (see `read-variant.ts`), what the last run worked out is kept
 * (`watch-memory.ts`), and each run is reported to `onRun`.
 */
import { watch as watchFiles, type FSWatcher } from "chokidar";
import { statSync } from "node:fs";
import { isAbsolute, relative, resolve } from "node:path";
import type { PageResult } from "../parse/index.js";
import { createCacheSession, flushCacheSession } from "./cache.js";
import { generate, type GenerateOptions, type GenerateResult } from "./generate.js";
import { resolveEmitOptions } from "../options.js";
import { warmUp } from "./warm-up.js";
import { forgetListings, newWatchMemory } from "./watch-memory.js";

/** One run of a watcher, as {@link WatchOptions.onRun} is told of it. */
export interface WatchRun {
  /** The pages whose change started this run (empty for the first run). */
  readonly changed: readonly string[];
  readonly result: GenerateResult | undefined;
  /** An unexpected failure of the run; the watcher goes on. */
  readonly error: Error | undefined;
  /** From the first file event of the batch (or the start) to the output written. */
  readonly milliseconds: number;
}

/** What {@link watch} is asked to do: a generate run's options (never `check`), and whom to tell of each run. */
export interface WatchOptions extends Omit<GenerateOptions, "check"> {
  /** Quiet time after the last event before a run starts, in milliseconds (default 30). */
  readonly debounceMs?: number;
  /** Told after each run: the first, and one per batch of changes. */
  readonly onRun: (run: WatchRun) => void;
}

/** A running watcher. */
export interface Watcher {
  /** Settles when the first run is done and the file watcher is ready. */
  readonly ready: Promise<void>;
  /** Stops watching; settles once the run under way (if any) is done and the caches are on disk. */
  close(): Promise<void>;
}

function isInside(path: string, folder: string): boolean {
  const rel = relative(resolve(folder), resolve(path));
  return rel !== "" && !rel.startsWith("..") && !isAbsolute(rel);
}

/** chokidar reports at most one change per file in this window. */
const chokidarThrottleMs = 50;

/** A file's modification time, or -1 once it is gone. */
function modifiedAt(path: string): number {
  try {
    return statSync(path).mtimeMs;
  } catch {
    return -1;
  }
}

/**
 * Generates, then generates again after every change to a page of the variants' folders (debounced),
 * telling `onRun` of each run. A page that an edit breaks keeps its last good version until it is fixed.
 * Between runs the caches stay in memory; they are written to `cacheFolder` when the watcher closes.
 */
export function watch(options: WatchOptions): Watcher {
  const { debounceMs = 30, onRun, ...generateOptions } = options;
  const lastGood = new Map<string, Map<string, PageResult>>();
  // The cache files stay in memory between runs, and go to disk when the watcher closes.
  const cacheSession = createCacheSession();
  const memory = newWatchMemory();
  let pending = new Set<string>();
  /** Whether a page may have come or gone since the last run: the pages are then listed again. */
  let pagesMoved = false;
  let firstEventAt = 0;
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> = Promise.resolve();
  let closed = false;
  /** Whether the last run succeeded, after a full one: the session then knows every page as it is. */
  let pagesKnown = false;
  /** Each changed file's modification time when a run last started for it. */
  const seenAt = new Map<string, number>();
  const recheck = (paths: readonly string[]): void => {
    // The file may be gone or back: as for an added or deleted page, the pages are listed again.
    for (const path of paths) if (!closed && !pending.has(path) && modifiedAt(path) !== seenAt.get(path)) schedule(path, true);
  };

  const run = (changed: readonly string[], startedAt: number, moved: boolean): Promise<void> => {
    running = running.then(async () => {
      if (closed) return;
      for (const path of changed) seenAt.set(path, modifiedAt(path));
      let result: GenerateResult | undefined;
      let error: Error | undefined;
      try {
        // Once a full run has read every page, each change comes as an event: only the variants a change
        // is in are generated, and only the changed pages are read. The first run, and the run after one
        // that failed, is full.
        const full = changed.length === 0 || !pagesKnown;
        if (full || moved) forgetListings(memory);
        // A merged output is made of every variant it merges: each run reads them all (unchanged pages from the session).
        const touched = full || generateOptions.merge !== undefined ? generateOptions.variants : generateOptions.variants.filter((variant) => changed.some((path) => isInside(path, variant.folder)));
        const changedFiles = new Set(changed.map((path) => resolve(path)));
        const unchangedPages = full ? undefined : (file: string) => !changedFiles.has(file);
        result = await generate({ ...generateOptions, variants: touched, lastGood, cacheSession, memory, ...(unchangedPages ? { unchangedPages } : {}) });
        pagesKnown = true;
      } catch (caught) {
        error = caught instanceof Error ? caught : new Error(String(caught));
        pagesKnown = false;
      }
      onRun({ changed, result, error, milliseconds: performance.now() - startedAt });
      const firstVariant = result?.variants[0]?.variant;
      if (changed.length === 0 && firstVariant) {
        // Only a matter of speed: a failure here shows up in the next run, if anywhere.
        await warmUp(firstVariant, resolveEmitOptions(generateOptions)).catch(() => {});
        await warmMemory();
      }
      // chokidar drops a second change to a file within 50 ms of the first: look again, after that
      // window, at the files this run read, and run again for any that changed since.
      if (changed.length > 0) setTimeout(() => recheck(changed), chokidarThrottleMs + 10).unref();
    });
    return running;
  };

  /**
   * After the first run, one more: the steps of a run that keep their results in the memory (watch-memory.ts)
   * take another path when they find them, which V8 compiles on its first call; without this, the first
   * edit pays for it. Nothing has changed, unless a page did while the first run and the warm-up ran: then
   * this run writes it, and is told like any other.
   */
  async function warmMemory(): Promise<void> {
    if (closed || !pagesKnown) return;
    const startedAt = performance.now();
    forgetListings(memory);
    try {
      const result = await generate({ ...generateOptions, lastGood, cacheSession, memory });
      if (result.written + result.removed > 0) onRun({ changed: [], result, error: undefined, milliseconds: performance.now() - startedAt });
    } catch {
      pagesKnown = false; // the next run is full, and reports what failed
    }
  }

  /** `moved`: the event may add or remove a page (anything but a change to a page's content). */
  function schedule(path: string, moved: boolean): void {
    if (!path.endsWith(".md")) return;
    if (pending.size === 0) firstEventAt = performance.now();
    pending.add(relative(process.cwd(), path));
    pagesMoved ||= moved;
    clearTimeout(timer);
    timer = setTimeout(() => {
      const changed = [...pending].sort();
      const moved = pagesMoved;
      pending = new Set();
      pagesMoved = false;
      void run(changed, firstEventAt, moved);
    }, debounceMs);
  }

  let files: FSWatcher | undefined;
  const ready = run([], performance.now(), true).then(
    () =>
      new Promise<void>((resolve) => {
        files = watchFiles(
          options.variants.map((variant) => variant.folder),
          // Links are not followed, as the pages are listed (docs-pages.ts): one may lead to a whole system folder.
          { ignoreInitial: true, followSymlinks: false, ignored: (path, stats) => path.includes("node_modules") || (stats?.isFile() === true && !path.endsWith(".md")) },
        );
        files
          .on("add", (path) => schedule(path, true))
          .on("change", (path) => schedule(path, false))
          .on("unlink", (path) => schedule(path, true))
          .on("ready", resolve);
      }),
  );

  return {
    ready,
    async close() {
      closed = true;
      clearTimeout(timer);
      await files?.close();
      await running;
      await flushCacheSession(cacheSession);
    },
  };
}
