/**
 * Emitting a variant for the pipeline: cached parts reused (see `emit-cache.ts`), the rest emitted, on
 * worker threads when there are many declarations to do.
 */
import { serialize } from "node:v8";
import type { NameMemory } from "../emit/common/symbols.js";
import type { PartSelection } from "../emit/layout/layout.js";
import type { OutputFile } from "../emit/output.js";
import { millisecondsPerDeclaration, writtenOutputs } from "../emit/registry.js";
import type { Variant } from "../ir/types.js";
import type { ResolvedEmitOptions } from "../options.js";
import { emitKeys } from "../emit/cache-keys.js";
import type { EmitCache } from "./emit-cache.js";
import { runOnPool, threads, useWorkers } from "./pool.js";
import type { EmitPartsTask } from "./tasks.js";

/** A variant's emitted files, by part, as plain data (they cross from worker threads). */
export interface EmittedFileParts {
  readonly variantFiles: OutputFile[];
  readonly declarationFiles: [string, OutputFile[]][];
}

/** Emits the selected parts here, on this thread; `memory`: a watcher's names, kept between its runs. */
export async function emitPartsHere(variant: Variant, options: ResolvedEmitOptions, select: PartSelection, memory?: NameMemory): Promise<EmittedFileParts> {
  // Loaded on first use, and only the emitters of the outputs written (emit/run.ts): a run whose every
  // file comes from the cache does not need them.
  const { emitParts } = await import("../emit/run.js");
  const parts = await emitParts(variant, options, select, memory);
  return { variantFiles: parts.variantFiles, declarationFiles: [...parts.declarationFiles] };
}

/**
 * Workers pay off from about half a second of emit work (some 1,500 declarations with every output, as
 * before the emitters' costs were measured in milliseconds): starting them and loading the emitters in
 * each costs a few hundred milliseconds.
 */
const minMillisecondsForWorkers = 500;

/** Distinguishes the variants sent to the workers. */
let emitRuns = 0;

async function emitParts(variant: Variant, options: ResolvedEmitOptions, ids: readonly string[], variantFiles: boolean, memory: NameMemory | undefined): Promise<EmittedFileParts> {
  const perDeclaration = millisecondsPerDeclaration(writtenOutputs(options));
  if (!useWorkers(ids.length * perDeclaration, minMillisecondsForWorkers)) return emitPartsHere(variant, options, { declarations: new Set(ids), variantFiles }, memory);
  // Every task needs the whole variant (names, and the declarations fixtures embed), and copying it
  // to a worker costs about 90 ms for the Go corpus: it is serialised once, each worker reads it once
  // (worker.ts keeps the last one), and there are two tasks per worker, enough to balance the load.
  const serialized = serialize(variant);
  const key = `${variant.name}:${++emitRuns}`;
  const perTask = Math.ceil(ids.length / (2 * threads()));
  const tasks: Promise<EmittedFileParts>[] = [];
  for (let start = 0; start < ids.length; start += perTask) {
    const select = { declarations: ids.slice(start, start + perTask), variantFiles: variantFiles && start === 0 };
    const task: EmitPartsTask = { variant: { key, serialized }, options, select };
    tasks.push(runOnPool("emitParts", task) as Promise<EmittedFileParts>);
  }
  const results = await Promise.all(tasks);
  return { variantFiles: results.flatMap((result) => result.variantFiles), declarationFiles: results.flatMap((result) => result.declarationFiles) };
}

export interface EmitStats {
  /** Declarations emitted in this run, and declarations whose files came from the cache. */
  emitted: number;
  cached: number;
}

/** What a variant's emission gives the writer. */
export interface EmittedFiles {
  /** Files emitted in this run, formatted, sorted by path: to compare with the disk and write. */
  readonly files: OutputFile[];
  /** Paths of files the cache vouches are on disk as they would be emitted: nothing to do. */
  readonly intact: string[];
}

/** A variant's files, emitting only what the cache cannot vouch for (see emit-cache.ts). */
export async function emitWithCache(variant: Variant, options: ResolvedEmitOptions, cache: EmitCache | undefined, stats: EmitStats, memory?: NameMemory): Promise<EmittedFiles> {
  const keys = emitKeys(variant, options);
  const intact: string[] = [];
  const missing: string[] = [];
  for (const [id, key] of keys.declarations) {
    const cached = cache?.declarationFiles(id, key);
    if (cached) intact.push(...cached);
    else missing.push(id);
  }
  const cachedVariantFiles = cache?.variantFiles(keys.variantKey);
  if (cachedVariantFiles) intact.push(...cachedVariantFiles);
  const files: OutputFile[] = [];
  if (missing.length > 0 || !cachedVariantFiles) {
    const emitted = await emitParts(variant, options, missing, !cachedVariantFiles, memory);
    for (const [id, declarationFiles] of emitted.declarationFiles) {
      files.push(...declarationFiles);
      cache?.setDeclaration(id, keys.declarations.get(id)!, declarationFiles);
    }
    if (!cachedVariantFiles) {
      files.push(...emitted.variantFiles);
      cache?.setVariant(keys.variantKey, emitted.variantFiles);
    }
  }
  stats.emitted += missing.length;
  stats.cached += keys.declarations.size - missing.length;
  return { files: files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0)), intact };
}
