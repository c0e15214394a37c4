/**
 * Parallel work on worker threads (tinypool), used only when it pays: there must be enough work
 * and more than one core. Under a TypeScript source runner (tests) there is no compiled worker
 * module, and everything runs on the calling thread; the results are the same either way.
 */
import { availableParallelism } from "node:os";
import Tinypool from "tinypool";
import { readPagesHere, type PageResult, type ReadAs } from "../parse/index.js";
import type { ReadPagesTask } from "./tasks.js";

/** Below this many pages (or declarations), starting workers costs more than it saves. */
export const minItemsForWorkers = 400;
/** Pages per task: small enough to balance the load, large enough to amortise the message passing. */
const pagesPerTask = 100;

const workerUrl = new URL("./worker.js", import.meta.url);
const compiled = import.meta.url.endsWith(".js");

let pool: Tinypool | undefined;

/** How many worker threads the pool runs: one per core, or MODELDOC_THREADS. */
export function threads(): number {
  const fromEnv = Number(process.env["MODELDOC_THREADS"]);
  return Number.isInteger(fromEnv) && fromEnv > 0 ? fromEnv : availableParallelism();
}

function sharedPool(): Tinypool {
  pool ??= new Tinypool({ filename: workerUrl.href, minThreads: 1, maxThreads: threads(), idleTimeout: 5_000 });
  return pool;
}

/** Whether a job of this size (pages, or units of emit work) goes to worker threads. */
export function useWorkers(items: number, minimum = minItemsForWorkers): boolean {
  return compiled && threads() > 1 && items >= minimum;
}

/** Reads pages in parallel when worth it; the result is in the order of `pages`. */
export async function readPagesInParallel(pages: readonly { file: string; id: string }[], readAs: ReadAs): Promise<PageResult[]> {
  if (!useWorkers(pages.length)) return readPagesHere(pages, readAs);
  const tasks: Promise<PageResult[]>[] = [];
  for (let start = 0; start < pages.length; start += pagesPerTask) {
    const task: ReadPagesTask = { pages: pages.slice(start, start + pagesPerTask), readAs };
    tasks.push(sharedPool().run(task, { name: "readPages" }) as Promise<PageResult[]>);
  }
  return (await Promise.all(tasks)).flat();
}

/** Runs a named task of `worker.ts` on the pool. */
export function runOnPool(name: "readPages" | "emitParts", task: unknown): Promise<unknown> {
  return sharedPool().run(task, { name });
}

/** Stops the worker threads (the CLI calls this before exiting; a watcher keeps them). */
export async function closePool(): Promise<void> {
  const current = pool;
  pool = undefined;
  await current?.destroy();
}
