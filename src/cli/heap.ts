/**
 * The heap policy of `generate`'s process (set by the command, and by the bench, which measures it). V8 lets a
 * heap grow to a multiple of what was live after its last full collection, a factor it picks from how
 * fast the program allocates; a run allocates garbage fast (Markdown parsing, printing), so each thread's
 * heap grew to several times its live data, and peak memory with it. Growing by a quarter at most keeps
 * each heap near its live size, at no cost in time (measured on 20,000 pages, two threads: 1,018–1,195 MB
 * peak RSS and 58 s before, 762–770 MB and 54 s after). Not for `watch`: a watcher keeps every variant
 * live between edits, and with little room above that, full collections came often enough to slow an
 * edit (measured: 0.10–0.15 s before, 0.15–0.38 s after). V8's flags are the process's: worker threads
 * started later share them. The API leaves the host process's flags alone.
 */
import { setFlagsFromString } from "node:v8";

/** How much a heap may grow past its live size before the next full collection, in percent. */
export const heapGrowingPercent = 25;

/** Sets the policy; call before the work starts. */
export function limitHeapGrowth(): void {
  setFlagsFromString(`--heap-growing-percent=${heapGrowingPercent}`);
}
