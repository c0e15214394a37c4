/**
 * Emitting a variant for the pipeline: cached parts reused (see `emit-cache.ts`), the rest emitted, on
 * worker threads when there are many declarations to do.
 */
import { serialize } from "node:v8";
import { buildSymbolTable, type NameMemory } from "../emit/common/symbols.js";
import type { PartSelection } from "../emit/layout/layout.js";
import type { OutputFile } from "../emit/output.js";
import { millisecondsPerDeclaration, writtenOutputs } from "../emit/registry.js";
import type { Variant } from "../ir/types.js";
import type { ResolvedEmitOptions } from "../options.js";
import { emitKeys, type EmitKeysMemory } from "../emit/cache-keys.js";
import type { EmitCache } from "./emit-cache.js";
import { runOnPool, threads, useWorkers } from "./pool.js";
import type { EmitPartsTask } from "./tasks.js";

/** A variant's emitted files, by part, as plain data (they cross from worker threads). */
export interface EmittedFileParts {
  readonly variantFiles: OutputFile[];
  readonly declarationFiles: [string, OutputFile[]][];
  /** The time each output's emitter took, in ms, by output (see layout.ts). */
  readonly milliseconds: Record<string, number>;
}

/** Emits the selected parts here, on this thread; `memory`: a watcher's names, kept between its runs. */
export async function emitPartsHere(variant: Variant, options: ResolvedEmitOptions, select: PartSelection, memory?: NameMemory): Promise<EmittedFileParts> {
  // Loaded on first use, and only the emitters of the outputs written (emit/run.ts): a run whose every
  // file comes from the cache does not need them.
  const { emitParts } = await import("../emit/run.js");
  const parts = await emitParts(variant, options, select, memory);
  return { variantFiles: parts.variantFiles, declarationFiles: [...parts.declarationFiles], milliseconds: parts.milliseconds };
}

/**
 * Workers pay off from about half a second of emit work (some 1,500 declarations with every output, as
 * before the emitters' costs were measured in milliseconds): starting them and loading the emitters in
 * each costs a few hundred milliseconds.
 */
const minMillisecondsForWorkers = 500;

/**
 * Declarations per batch of emitted files. Each batch is handed to the writer and let go, so a run holds
 * a few batches of files at once, not the variant's thousands: some 250 declarations are about a
 * thousand files with every output, a few megabytes of text.
 */
const declarationsPerBatch = 250;

/** Batches under way on the workers at once: two per worker keeps each busy while this thread writes. */
const batchesPerWorker = 2;

/** Distinguishes the variants sent to the workers. */
let emitRuns = 0;

/**
 * Emits the parts asked for, a batch at a time, and hands each batch to `take` (awaited) before the
 * next is taken: on worker threads when there is enough work, the workers emitting the next batches
 * while `take` writes this one.
 */
async function emitInBatches(
  variant: Variant,
  options: ResolvedEmitOptions,
  ids: readonly string[],
  variantFiles: boolean,
  memory: NameMemory | undefined,
  take: (batch: EmittedFileParts) => Promise<void>,
): Promise<void> {
  const perDeclaration = millisecondsPerDeclaration(writtenOutputs(options));
  if (!useWorkers(ids.length * perDeclaration, minMillisecondsForWorkers)) {
    // Loaded on first use, and only the emitters of the outputs written (emit/run.ts).
    const { partsEmitter } = await import("../emit/run.js");
    const emit = await partsEmitter(variant, options, new Set(ids), memory);
    for (let start = 0; start < Math.max(ids.length, 1); start += declarationsPerBatch) {
      const parts = emit({ declarations: new Set(ids.slice(start, start + declarationsPerBatch)), variantFiles: variantFiles && start === 0 });
      await take({ variantFiles: parts.variantFiles, declarationFiles: [...parts.declarationFiles], milliseconds: parts.milliseconds });
    }
    return;
  }
  // Every task needs the whole variant (names, and the declarations fixtures embed): it is serialised
  // once into shared memory, which every task's message shares rather than copies, and each worker
  // reads it and makes its emit context once (worker.ts keeps the last ones).
  const bytes = serialize(variant);
  const serialized = new Uint8Array(new SharedArrayBuffer(bytes.length));
  serialized.set(bytes);
  const key = `${variant.name}:${++emitRuns}`;
  const perTask = Math.max(1, Math.min(declarationsPerBatch, Math.ceil(ids.length / (2 * threads()))));
  const starts: number[] = [];
  for (let start = 0; start < Math.max(ids.length, 1); start += perTask) starts.push(start);
  const send = (start: number): Promise<EmittedFileParts> => {
    const select = { declarations: ids.slice(start, start + perTask), variantFiles: variantFiles && start === 0 };
    const task: EmitPartsTask = { variant: { key, serialized }, options, select };
    const result = runOnPool("emitParts", task) as Promise<EmittedFileParts>;
    result.catch(() => {}); // awaited in turn below; this only keeps a failure after an earlier one from counting as unhandled
    return result;
  };
  // Taken in order, with a bounded number under way: a batch's files are held from its arrival until written.
  const queue = starts.slice(0, batchesPerWorker * threads()).map(send);
  let sent = queue.length;
  while (queue.length > 0) {
    const batch = await queue.shift()!;
    if (sent < starts.length) queue.push(send(starts[sent++]!));
    await take(batch);
  }
}

export interface EmitStats {
  /** Declarations emitted in this run, and declarations whose files came from the cache. */
  emitted: number;
  cached: number;
}

/**
 * A variant's files, emitting only what the cache cannot vouch for (see emit-cache.ts). Each batch of
 * files emitted is handed to `take` as it comes (in no particular order of paths), with the time each
 * output's emitter took to make it, and let go once taken; returns the paths of the files the cache
 * vouches are on disk as they would be emitted. `memory`: a watcher's names and keys, kept between its runs.
 */
export async function emitWithCache(
  variant: Variant,
  options: ResolvedEmitOptions,
  cache: EmitCache | undefined,
  stats: EmitStats,
  take: (files: OutputFile[], milliseconds: Record<string, number>) => Promise<void>,
  memory: { readonly names?: NameMemory | undefined; readonly keys?: EmitKeysMemory | undefined } = {},
): Promise<string[]> {
  const keys = emitKeys(variant, options, memory.keys);
  const intact: string[] = [];
  const missing: string[] = [];
  for (const [id, key] of keys.declarations) {
    const cached = cache?.declarationFiles(id, key);
    if (cached) intact.push(...cached);
    else missing.push(id);
  }
  const cachedVariantFiles = cache?.variantFiles(keys.variantKey);
  if (cachedVariantFiles) intact.push(...cachedVariantFiles);
  if (missing.length > 0 || !cachedVariantFiles) {
    // The variant's own files come with the first batch (emitInBatches takes batches in order).
    let first = true;
    await emitInBatches(variant, options, missing, !cachedVariantFiles, memory.names, async (batch) => {
      const files: OutputFile[] = [];
      for (const [id, declarationFiles] of batch.declarationFiles) {
        files.push(...declarationFiles);
        cache?.setDeclaration(id, keys.declarations.get(id)!, declarationFiles);
      }
      if (first && !cachedVariantFiles) {
        files.push(...batch.variantFiles);
        cache?.setVariant(keys.variantKey, batch.variantFiles);
      }
      first = false;
      await take(files, batch.milliseconds);
    });
  }
  // Nothing emitted here (the first run's declarations may all have been emitted on the worker threads):
  // the table of names is made all the same, so that a watcher's next edit finds it (emit/common/symbols.ts).
  if (missing.length === 0 && memory.names !== undefined) buildSymbolTable(variant.declarations, memory.names);
  stats.emitted += missing.length;
  stats.cached += keys.declarations.size - missing.length;
  return intact;
}
