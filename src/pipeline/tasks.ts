/**
 * The tasks the pool sends to worker threads (worker.ts runs them), as plain data: the callers build
 * them, the workers read them, and neither imports the other.
 */
import type { ResolvedEmitOptions } from "../options.js";
import type { ReadAs } from "../parse/index.js";

export interface ReadPagesTask {
  readonly pages: readonly { file: string; id: string }[];
  readonly readAs: ReadAs;
  /**
   * Where the worker says which page it is on, for the caller's watch on each page's time (pool.ts):
   * an Int32Array over shared memory of {@link ProgressSlot}s.
   */
  readonly progress: SharedArrayBuffer;
  /** `Date.now()` when the task was made: the progress's times are milliseconds since then. */
  readonly epoch: number;
}

/** The slots of a {@link ReadPagesTask}'s progress. */
export const ProgressSlot = {
  /** How many pages of the task have been started (the one under way is this minus one). */
  started: 0,
  /** When the page under way was started, in milliseconds since the task's epoch. */
  startedAt: 1,
  /** The length of the page under way, in characters. */
  length: 2,
} as const;

export const progressSlots = 3;

export interface EmitPartsTask {
  /** The variant as `v8.serialize` wrote it, once for all its tasks, and a key naming it. */
  readonly variant: { readonly key: string; readonly serialized: Uint8Array };
  readonly options: ResolvedEmitOptions;
  readonly select: { readonly declarations: readonly string[]; readonly variantFiles: boolean };
}
