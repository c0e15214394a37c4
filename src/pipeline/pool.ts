/**
 * Parallel work on worker threads (tinypool), used only when it pays: there must be enough work
 * and more than one core. Under a TypeScript source runner (tests) there is no compiled worker
 * module, and everything runs on the calling thread; the results are the same either way.
 */
import { availableParallelism } from "node:os";
import type Tinypool from "tinypool";
import { pageBudgetMs, readPagesHere, unreadPage, type PageResult, type ReadAs } from "../parse/index.js";
import { ProgressSlot, progressSlots, type ReadPagesTask } from "./tasks.js";

/** Below this many pages (or declarations), starting workers costs more than it saves. */
export const minItemsForWorkers = 400;
/**
 * From this many pages, a job goes to the pool once it is running (a first job needs `minItemsForWorkers`).
 * Its workers are started and warm, and a page takes them a few milliseconds against well under one for
 * a task's messages; read here, the pages would keep the workers waiting, as the second round of a large
 * variant's reading did (assemble.ts: 134–283 of the 3,430 pages of three unified-to languages).
 */
const minPagesForRunningPool = 16;
/** Pages per task at most: small enough to balance the load, large enough to amortise the message passing. */
const pagesPerTask = 100;

const workerUrl = new URL("./worker.js", import.meta.url);
const compiled = import.meta.url.endsWith(".js");

/** The pool, once a job asks for it: tinypool itself is loaded then, so that a small run never loads it. */
let pool: Promise<Tinypool> | undefined;

/** How many worker threads the pool runs: one per core, or MODELDOC_THREADS. */
export function threads(): number {
  const fromEnv = Number(process.env["MODELDOC_THREADS"]);
  return Number.isInteger(fromEnv) && fromEnv > 0 ? fromEnv : availableParallelism();
}

function sharedPool(): Promise<Tinypool> {
  pool ??= import("tinypool").then(({ default: Pool }) => new Pool({ filename: workerUrl.href, minThreads: 1, maxThreads: threads(), idleTimeout: 5_000 }));
  return pool;
}

/** Whether a job of this size (pages, or units of emit work) goes to worker threads. */
export function useWorkers(items: number, minimum = minItemsForWorkers): boolean {
  return compiled && threads() > 1 && items >= minimum;
}

/** Reads pages in parallel when worth it; the result is in the order of `pages`. */
export async function readPagesInParallel(pages: readonly { file: string; id: string }[], readAs: ReadAs): Promise<PageResult[]> {
  if (!useWorkers(pages.length, pool === undefined ? minItemsForWorkers : minPagesForRunningPool)) return readPagesHere(pages, readAs);
  return readPagesOnWorkers(pages, readAs);
}

/** How often a batch's page under way is looked at against its budget. */
const budgetPollMs = 250;

/**
 * Reads pages on the worker threads, in batches, each page within its wall-clock budget (limits.ts:
 * `budget` of its length): a page that runs over has its worker stopped and gets a diagnostic, and the
 * rest of its batch is read again. A batch whose worker fails is split until the page that fails it is
 * alone, and that page gets a diagnostic. The result is in the order of `pages`.
 */
export async function readPagesOnWorkers(
  pages: readonly { file: string; id: string }[],
  readAs: ReadAs,
  budget: (length: number) => number = pageBudgetMs,
): Promise<PageResult[]> {
  // A job of fewer than `pagesPerTask` pages a thread is shared out evenly, so that no worker waits for another.
  const perTask = Math.min(pagesPerTask, Math.ceil(pages.length / threads()));
  const batches: Promise<PageResult[]>[] = [];
  for (let start = 0; start < pages.length; start += perTask) batches.push(readBatch(pages.slice(start, start + perTask), readAs, budget));
  return (await Promise.all(batches)).flat();
}

async function readBatch(pages: readonly { file: string; id: string }[], readAs: ReadAs, budget: (length: number) => number): Promise<PageResult[]> {
  if (pages.length === 0) return [];
  const progress = new SharedArrayBuffer(progressSlots * Int32Array.BYTES_PER_ELEMENT);
  const task: ReadPagesTask = { pages, readAs, progress, epoch: Date.now() };
  const slots = new Int32Array(progress);
  const stop = new AbortController();
  let over: { index: number; milliseconds: number } | undefined;
  const watch = setInterval(() => {
    const started = Atomics.load(slots, ProgressSlot.started);
    if (started === 0) return;
    const milliseconds = Date.now() - task.epoch - Atomics.load(slots, ProgressSlot.startedAt);
    if (milliseconds > budget(Atomics.load(slots, ProgressSlot.length))) {
      over = { index: started - 1, milliseconds };
      stop.abort();
    }
  }, budgetPollMs);
  try {
    return (await (await sharedPool()).run(task, { name: "readPages", signal: stop.signal })) as PageResult[];
  } catch (error) {
    if (over !== undefined) {
      const { index, milliseconds } = over;
      const [before, after] = await Promise.all([readBatch(pages.slice(0, index), readAs, budget), readBatch(pages.slice(index + 1), readAs, budget)]);
      return [...before, overBudget(pages[index]!.id, readAs, milliseconds), ...after];
    }
    if (pages.length === 1) return [workerFailed(pages[0]!.id, readAs, error)];
    const half = Math.ceil(pages.length / 2);
    const [first, second] = await Promise.all([readBatch(pages.slice(0, half), readAs, budget), readBatch(pages.slice(half), readAs, budget)]);
    return [...first, ...second];
  } finally {
    clearInterval(watch);
  }
}

function overBudget(id: string, readAs: ReadAs, milliseconds: number): PageResult {
  return unreadPage(id, readAs, {
    severity: "error",
    code: "page-over-budget",
    message: `expected a page read within its time budget, found one still being read after ${(milliseconds / 1000).toFixed(1)} s; stopped, page skipped (limits.ts: PAGE_BUDGET_MS)`,
    source: { file: id, line: 1, column: 1 },
  });
}

function workerFailed(id: string, readAs: ReadAs, error: unknown): PageResult {
  return unreadPage(id, readAs, {
    severity: "error",
    code: "page-failed",
    message: `expected a page modeldoc can read, found one whose worker thread failed (${error instanceof Error ? error.message : String(error)}); page skipped (a bug in modeldoc: please report it with the page)`,
    source: { file: id, line: 1, column: 1 },
  });
}

/** Runs a named task of `worker.ts` on the pool. */
export async function runOnPool(name: "readPages" | "emitParts", task: unknown): Promise<unknown> {
  return (await sharedPool()).run(task, { name });
}

/** Stops the worker threads (the CLI calls this before exiting; a watcher keeps them). */
export async function closePool(): Promise<void> {
  const current = pool;
  pool = undefined;
  await (await current)?.destroy();
}
