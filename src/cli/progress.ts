/**
 * The progress line of a long `modeldoc diff` on stderr: in a terminal, one line of counts rewritten in
 * place (`modeldoc diff: 4/7 sides parsed`) and cleared when the run is done; elsewhere (a CI log), a
 * plain line now and then. Nothing is printed for a run that ends before {@link PROGRESS_AFTER_MS}, so a
 * short diff's stderr holds only its diagnostics.
 */
import type { DiffProgress } from "../pipeline/diff-folders.js";

/** A run shorter than this shows no progress. */
export const PROGRESS_AFTER_MS = 1_000;
/** Outside a terminal, a plain line at most this often. */
export const PLAIN_EVERY_MS = 10_000;

export interface ProgressLine {
  /** Reports how far the run has got. */
  readonly report: (progress: DiffProgress) => void;
  /** Takes the line away (before other output, and at the end). */
  readonly clear: () => void;
}

export interface ProgressStream {
  readonly isTTY?: boolean;
  write(text: string): unknown;
}

/** The progress line of one run, on `stream`; `now` in milliseconds (a clock for the tests). */
export function progressLine(stream: ProgressStream, env: NodeJS.ProcessEnv = process.env, now: () => number = () => performance.now()): ProgressLine {
  const started = now();
  const live = stream.isTTY === true && env["TERM"] !== "dumb";
  let shown = false;
  let lastPlain = started;
  const text = ({ phase, done, total }: DiffProgress) => `modeldoc diff: ${done}/${total} ${phase === "parse" ? "sides parsed" : "pairs compared"}`;
  return {
    report(progress) {
      const time = now();
      if (time - started < PROGRESS_AFTER_MS) return;
      if (live) {
        stream.write(`\r\u001b[K${text(progress)}`);
        shown = true;
      } else if (time - lastPlain >= PLAIN_EVERY_MS) {
        stream.write(`${text(progress)}\n`);
        lastPlain = time;
      }
    },
    clear() {
      if (shown) stream.write("\r\u001b[K");
      shown = false;
    },
  };
}
