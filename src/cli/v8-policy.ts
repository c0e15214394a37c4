/**
 * The V8 policy of `generate`'s process (set by the command, and by the bench, which measures it). V8's
 * flags are the process's: worker threads started later share them. The API leaves the host process's
 * flags alone, and `watch` keeps V8's defaults (see each setting for why).
 */
import { setFlagsFromString } from "node:v8";

/**
 * How much a heap may grow past its live size before the next full collection, in percent. V8 lets a
 * heap grow to a multiple of what was live after its last full collection, a factor it picks from how
 * fast the program allocates; a run of many pages allocates garbage fast (Markdown parsing, printing), so
 * each thread's heap grew to several times its live data, and peak memory with it. Growing by half at
 * most keeps each heap near its live size (measured on 20,000 pages, two threads: peak RSS 1,018–1,195 MB
 * before, 801–867 MB after). It is set once a run starts worker threads, which it does only for many
 * pages: in a run of one large page, whose live tree grows through the parse, the cap only adds full
 * collections (a page of 10,000 rows: 8.4–8.5 s with it, 7.1–7.3 s without). Not for `watch`: a watcher
 * keeps every variant live between edits, and with little room above that, full collections came often
 * enough to slow an edit (measured with a quarter: 0.10–0.15 s before, 0.15–0.38 s after).
 */
export const heapGrowingPercent = 50;

/**
 * How much a function runs (V8's budget, in bytes of bytecode executed) before V8 considers optimising it;
 * V8's default is 132 KB. With the default, optimising compilers took a core's worth of time away from
 * the run: a small project's first run spent 0.89 s of CPU on average for 0.81–0.87 s of wall clock, and
 * 0.62 s for 0.70–0.76 s with this budget (six runs each); one cold folder of 3,430 pages (unified-to Go,
 * two threads) 21.9–29.2 s of CPU for 14.5–18.6 s, and 16.5–16.9 s for 11.6–12.2 s. Code that runs long is
 * optimised all the same, on fuller type feedback. Not for `watch`: its edits measured no faster with it
 * (median 93–103 ms against 82–96 ms).
 */
export const interruptBudget = 1_000_000;

/** Sets the policy; call once the run's options are known (a config file may be loaded on a thread). */
export function setGeneratePolicy(): void {
  setFlagsFromString(`--interrupt-budget=${interruptBudget}`);
  process.once("worker", () => setFlagsFromString(`--heap-growing-percent=${heapGrowingPercent}`));
}
