/**
 * The worker-thread side of the pool: each task is a batch of independent work (pages to read, or
 * declarations to emit) and returns plain data. Loaded by tinypool from `dist/pipeline/worker.js`.
 */
import type { Dialect } from "../ir/types.js";
import { readPagesHere } from "../parse/index.js";

export interface ReadPagesTask {
  readonly pages: readonly { file: string; id: string }[];
  readonly dialect: Dialect | undefined;
}

export async function readPages(task: ReadPagesTask) {
  return readPagesHere(task.pages, task.dialect);
}
