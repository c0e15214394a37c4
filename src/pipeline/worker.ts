/**
 * The worker-thread side of the pool: each task is a batch of independent work (pages to read, or
 * declarations to emit) and returns plain data. Loaded by tinypool from `dist/pipeline/worker.js`.
 */
import { deserialize } from "node:v8";
import type { Variant } from "../ir/types.js";
import { emitPartsHere } from "./emit-parts.js";
import { readPagesHere } from "../parse/index.js";
import type { EmitPartsTask, ReadPagesTask } from "./tasks.js";

export async function readPages(task: ReadPagesTask) {
  return readPagesHere(task.pages, task.readAs);
}

/** The last variant this worker read: the next task is most often another part of it. */
let lastVariant: { key: string; variant: Variant } | undefined;

export async function emitParts(task: EmitPartsTask) {
  if (lastVariant?.key !== task.variant.key) lastVariant = { key: task.variant.key, variant: deserialize(task.variant.serialized) as Variant };
  const { declarations, variantFiles } = task.select;
  return emitPartsHere(lastVariant.variant, task.options, { declarations: new Set(declarations), variantFiles });
}
