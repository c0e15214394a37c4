/**
 * The worker-thread side of the pool: each task is a batch of independent work (pages to read, or
 * declarations to emit) and returns plain data. Loaded by tinypool from `dist/pipeline/worker.js`.
 */
import type { EmitOptions } from "../emit/index.js";
import type { Dialect, Variant } from "../ir/types.js";
import { emitPartsHere } from "./emit-parts.js";
import { readPagesHere } from "../parse/index.js";

export interface ReadPagesTask {
  readonly pages: readonly { file: string; id: string }[];
  readonly dialect: Dialect | undefined;
}

export async function readPages(task: ReadPagesTask) {
  return readPagesHere(task.pages, task.dialect);
}

export interface EmitPartsTask {
  readonly variant: Variant;
  readonly options: EmitOptions;
  readonly select: { readonly declarations: readonly string[]; readonly variantFiles: boolean };
}

export async function emitParts(task: EmitPartsTask) {
  return emitPartsHere(task.variant, task.options, { declarations: new Set(task.select.declarations), variantFiles: task.select.variantFiles });
}
