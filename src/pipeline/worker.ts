/**
 * The worker-thread side of the pool: each task is a batch of independent work (pages to read, or
 * declarations to emit) and returns plain data. Loaded by tinypool from `dist/pipeline/worker.js`.
 */
import { deserialize } from "node:v8";
import type { Variant } from "../ir/types.js";
import type { PartsEmitter } from "../emit/run.js";
import type { EmittedFileParts } from "./emit-parts.js";
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

/**
 * The last variant this worker read, and its emitter: the next task is most often another batch of it,
 * and the context (names, the view) is made once for all of them.
 */
let lastVariant: { key: string; emit: Promise<PartsEmitter> } | undefined;

export async function emitParts(task: EmitPartsTask): Promise<EmittedFileParts> {
  if (lastVariant?.key !== task.variant.key) {
    const variant = deserialize(task.variant.serialized) as Variant;
    // Loaded on first use, and only the emitters of the outputs written (emit/run.ts).
    lastVariant = { key: task.variant.key, emit: import("../emit/run.js").then(({ partsEmitter }) => partsEmitter(variant, task.options)) };
  }
  const { declarations, variantFiles } = task.select;
  const parts = (await lastVariant.emit)({ declarations: new Set(declarations), variantFiles });
  return { variantFiles: parts.variantFiles, declarationFiles: [...parts.declarationFiles], milliseconds: parts.milliseconds };
}
