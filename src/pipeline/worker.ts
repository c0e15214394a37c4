/**
 * The worker-thread side of the pool: each task is a batch of independent work (pages to read, or
 * declarations to emit) and returns plain data. Loaded by tinypool from `dist/pipeline/worker.js`.
 */
import { deserialize } from "node:v8";
import type { Variant } from "../ir/types.js";
import { emitPartsHere } from "./emit-parts.js";
import { readPageFile, type PageResult } from "../parse/index.js";
import { ProgressSlot, type EmitPartsTask, type ReadPagesTask } from "./tasks.js";

/** Reads a batch of pages, saying in shared memory which page is under way and since when (see pool.ts). */
export async function readPages(task: ReadPagesTask): Promise<PageResult[]> {
  const progress = new Int32Array(task.progress);
  return task.pages.map((page, index) =>
    readPageFile(page, task.readAs, (length) => {
      if (length === undefined) {
        Atomics.store(progress, ProgressSlot.startedAt, Date.now() - task.epoch);
        Atomics.store(progress, ProgressSlot.length, 0);
        Atomics.store(progress, ProgressSlot.started, index + 1);
      } else {
        Atomics.store(progress, ProgressSlot.length, length);
      }
    }),
  );
}

/** The last variant this worker read: the next task is most often another part of it. */
let lastVariant: { key: string; variant: Variant } | undefined;

export async function emitParts(task: EmitPartsTask) {
  if (lastVariant?.key !== task.variant.key) lastVariant = { key: task.variant.key, variant: deserialize(task.variant.serialized) as Variant };
  const { declarations, variantFiles } = task.select;
  return emitPartsHere(lastVariant.variant, task.options, { declarations: new Set(declarations), variantFiles });
}
