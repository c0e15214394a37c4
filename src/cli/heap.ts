/**
 * The heap policy of `generate`'s process (set by the command, and by the bench, which measures it). V8
 * lets a heap grow to a multiple of what was live after its last full collection, a factor it picks from
 * how fast the program allocates; a run allocates garbage fast (Markdown parsing, printing), so each
 * thread's heap grew to several times its live data, and peak memory with it. Growing by half at most
 * keeps each heap near its live size (measured on 20,000 pages, two threads: peak RSS 1,018–1,195 MB
 * before, 801–867 MB after). A quarter kept it lower still (762–770 MB), but a page of 10,000 rows, whose
 * live tree grows through the parse, then spent 3.2 s in full collections on the main thread instead of
 * 2.2 s; by half, 2.1–2.6 s. Not for `watch`: a watcher keeps every variant live between edits, and with
 * little room above that, full collections came often enough to slow an edit (measured with a quarter:
 * 0.10–0.15 s before, 0.15–0.38 s after). V8's flags are the process's: worker threads started later
 * share them. The API leaves the host process's flags alone.
 */
import { setFlagsFromString } from "node:v8";

/** How much a heap may grow past its live size before the next full collection, in percent. */
export const heapGrowingPercent = 50;

/** Sets the policy; call before the work starts. */
export function limitHeapGrowth(): void {
  setFlagsFromString(`--heap-growing-percent=${heapGrowingPercent}`);
}
