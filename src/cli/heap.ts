/**
 * The heap policy of a modeldoc process (the CLI's, and the bench's, which measures the CLI). V8 lets a
 * heap grow to a multiple of what was live after its last full collection, a factor it picks from how
 * fast the program allocates; a run allocates garbage fast (Markdown parsing, printing), so each thread's
 * heap grew to several times its live data, and peak memory with it. Growing by a quarter at most keeps
 * each heap near its live size, at no cost in time (measured on 20,000 pages, two threads: 1,018–1,195 MB
 * peak RSS and 58 s before, 762–770 MB and 54 s after). V8's flags are the process's: worker threads started
 * later share them. The API leaves the host process's flags alone.
 */
import { setFlagsFromString } from "node:v8";

/** How much a heap may grow past its live size before the next full collection, in percent. */
export const heapGrowingPercent = 25;

/** Sets the policy; call before the work starts. */
export function limitHeapGrowth(): void {
  setFlagsFromString(`--heap-growing-percent=${heapGrowingPercent}`);
}
