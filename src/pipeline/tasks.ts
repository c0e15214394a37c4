/**
 * The tasks the pool sends to worker threads (worker.ts runs them), as plain data: the callers build
 * them, the workers read them, and neither imports the other.
 */
import type { EmitOptions } from "../emit/options.js";
import type { ReadAs } from "../parse/index.js";

export interface ReadPagesTask {
  readonly pages: readonly { file: string; id: string }[];
  readonly readAs: ReadAs;
}

export interface EmitPartsTask {
  /** The variant as `v8.serialize` wrote it, once for all its tasks, and a key naming it. */
  readonly variant: { readonly key: string; readonly serialized: Uint8Array };
  readonly options: EmitOptions;
  readonly select: { readonly declarations: readonly string[]; readonly variantFiles: boolean };
}
