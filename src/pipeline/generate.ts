/**
 * The generate pipeline: docs folders → IR variants → emitted files → output folders.
 * The CLI and the programmatic API both call {@link generate}.
 */
import { lockWaitMilliseconds, orDefault, resolveEmitOptions, type EmitOptions, type ResolvedEmitOptions } from "../options.js";
import { readdir, stat } from "node:fs/promises";
import { basename, join, resolve } from "node:path";
import { UsageError } from "../errors.js";
import { folderNameProblem } from "../folder-name.js";
import type { Diagnostic, Dialect, GeneratorFormat, Variant } from "../ir/types.js";
import type { PageResult, ReadAs } from "../parse/index.js";
import { markCacheFilesUsed, pageCacheFile, pruneCacheFolder, type CacheSession } from "./cache.js";
import { emitCacheFile, openEmitCache } from "./emit-cache.js";
import { emitWithCache, type EmitStats } from "./emit-parts.js";
import { readVariant, type ReadStats } from "./read-variant.js";
import { displayPath, manifestName, openOutputFolder, type Conflict, type FolderPlan } from "./output-folder.js";
import { lockOutputFolder, type LockHolder } from "./output-lock.js";
import { checkOutputRoot } from "./output-root.js";
import { recordRun, runKey, stampOf, unchangedRun } from "./unchanged.js";
import { emitDiagnostics, withEmitDiagnostics } from "./emit-diagnostics.js";
import { variantMemory, type WatchMemory } from "./watch-memory.js";
import { compareCodeUnits } from "../code-units.js";

export interface VariantInput {
  /** The docs folder. */
  readonly folder: string;
  /** Default: the folder's name. */
  readonly name?: string;
  /** Read every page in this dialect; default: the one the folder's pages support best. */
  readonly dialect?: Dialect;
  /** Read every page in this generator format; default: the one the folder's pages support best. */
  readonly format?: GeneratorFormat;
}

/** The settings a variant input gives its pages' reading. */
function givenReading(input: VariantInput): ReadAs {
  return { ...(input.dialect ? { dialect: input.dialect } : {}), ...(input.format ? { format: input.format } : {}) };
}

/** What {@link generate} is asked to do: the variants, the output folder, the emit options. */
export interface GenerateOptions extends EmitOptions {
  /** The docs folders, one variant each; each is written to `<out>/<name>`. */
  readonly variants: readonly VariantInput[];
  /** Each variant is written to `<out>/<variant name>`. */
  readonly out: string;
  /** Compare only: write nothing, report what is missing or stale. */
  readonly check?: boolean;
  /** The incremental cache folder (see `cache.ts`); `false` or absent: parse every page. */
  readonly cacheFolder?: string | false;
  /** Told as each variant goes through each step (the CLI shows it on a terminal). */
  readonly onProgress?: (progress: GenerateProgress) => void;
  /**
   * `--merge`: these variants (by name, in this order) are merged into one output, `<out>/<mergeName>`,
   * instead of one output each (see merge/merge.ts).
   */
  readonly merge?: readonly string[];
  /** The merged output's name (default `merged`). */
  readonly mergeName?: string;
  /**
   * How long to wait for another run writing to `out` to finish (see output-lock.ts); default 60 s,
   * 0 fails at once. A `check` writes nothing and takes no lock.
   */
  readonly lockWaitMs?: number;
  /** Told once when the run waits for another run's lock. */
  readonly onLockWait?: (holder: LockHolder) => void;
  /**
   * Told of what the run has to say of things other than the docs: cache entries found damaged (they
   * are dropped and rebuilt; the result does not depend on them).
   */
  readonly onWarning?: (message: string) => void;
}

/** What the watcher (watch.ts) adds to a run; not part of the API. */
export interface InternalGenerateOptions extends GenerateOptions {
  /** A watcher's in-memory copy of the cache files (see `cache.ts`). */
  readonly cacheSession?: CacheSession;
  /** Watch mode: each variant's memory of its pages' last good versions, by variant name. */
  readonly lastGood?: Map<string, Map<string, PageResult>>;
  /** Watch mode: pages known unchanged since the last run (see `ReadVariantOptions.unchanged`). */
  readonly unchangedPages?: (file: string) => boolean;
  /** Watch mode: what each variant's last run worked out (see watch-memory.ts). */
  readonly memory?: WatchMemory;
}

export interface GenerateProgress {
  readonly variant: string;
  readonly step: "parse" | "emit" | "write" | "check";
  /** With `emit`: the declarations to emit (some may come from the cache). */
  readonly declarations?: number;
  /** With `write` and `check`: the files found to differ from what is on disk so far (told as they are written). */
  readonly files?: number;
}

export interface VariantResult {
  /** The variant's name: its output folder is `<out>/<name>`. */
  readonly name: string;
  /**
   * The variant read; undefined when its docs and its output folder were as the last run left them, so
   * that nothing was read (see unchanged.ts).
   */
  readonly variant: Variant | undefined;
  readonly plan: FolderPlan;
  /** The variant's diagnostics, with `file` relative to the working directory. */
  readonly diagnostics: readonly Diagnostic[];
}

/**
 * Where a run's time went, in ms (`npm run bench` shows them). They overlap and do not add up to the run:
 * the next variant is read while one is written, and files are written while the worker threads emit.
 */
export interface RunPhases {
  /** Reading and parsing the pages into variants (wall clock; the pages on worker threads when many). */
  readonly parse: number;
  /** The time each output's emitter took, summed over the threads, by output (`index` for `index.ts`). */
  readonly emit: Readonly<Record<string, number>>;
  /** Comparing the emitted files with the disk, writing them, removing what is left over, the manifest (wall clock). */
  readonly write: number;
}

export interface GenerateResult {
  readonly variants: readonly VariantResult[];
  /** Every diagnostic of every variant, with `file` relative to the working directory. */
  readonly diagnostics: readonly Diagnostic[];
  /** Files that --check found missing, stale or left over (paths relative to the working directory). */
  readonly stale: readonly string[];
  /** Paths in the way that modeldoc did not write and would not touch (paths relative to the working directory). */
  readonly conflicts: readonly Conflict[];
  readonly written: number;
  readonly removed: number;
  /** Pages parsed in this run and pages taken from the cache. */
  readonly pages: ReadStats;
  /** Declarations emitted in this run and declarations whose files came from the cache. */
  readonly declarations: EmitStats;
  /** Where the run's time went. */
  readonly phases: RunPhases;
}

/** The variants of a specs folder: each subfolder is one. */
export async function variantsIn(specs: string): Promise<VariantInput[]> {
  if (!(await stat(specs)).isDirectory()) throw new UsageError(`specs folder ${specs}: expected a folder of variant folders, found a file`);
  const entries = await readdir(specs, { withFileTypes: true });
  return entries
    .filter((entry) => entry.isDirectory() && !entry.name.startsWith("."))
    .map((entry) => ({ folder: join(specs, entry.name), name: entry.name }))
    .sort((a, b) => compareCodeUnits(a.name, b.name));
}

/** Diagnostics with paths a person can click: the variant's folder joined with the page path. */
export function locatedDiagnostics(variant: Variant): Diagnostic[] {
  return variant.diagnostics.map((diagnostic) => ({
    ...diagnostic,
    source: { ...diagnostic.source, file: displayPath(variant.root, diagnostic.source.file) },
  }));
}

/** The names of the output folders a run writes, each checked (a {@link UsageError} for bad usage). */
function outputNames(options: InternalGenerateOptions): string[] {
  const names = options.variants.map((input) => input.name ?? basename(input.folder));
  const repeated = names.find((name, index) => names.indexOf(name) !== index);
  if (repeated !== undefined) throw new UsageError(`two variants are named "${repeated}"; give one of them another name`);
  if (options.merge !== undefined) {
    const unknown = options.merge.filter((name) => !names.includes(name));
    if (options.merge.length === 0 || unknown.length > 0) {
      throw new UsageError(`--merge: expected names of variants among ${names.join(", ")}, found ${unknown.length > 0 ? unknown.join(", ") : "none"}`);
    }
  }
  const written = options.merge !== undefined ? [orDefault("mergeName", options.mergeName)] : names;
  for (const name of written) {
    const problem = folderNameProblem(name);
    if (problem !== undefined) throw new UsageError(`variant name "${name}": ${problem}`);
  }
  return names;
}

export async function generate(options: InternalGenerateOptions): Promise<GenerateResult> {
  const names = outputNames(options);
  checkOutputRoot(options.out, options.variants.map((input) => input.folder));
  const emitOptions = resolveEmitOptions(options);
  const lock = options.check
    ? undefined
    : await lockOutputFolder(options.out, { waitMs: lockWaitMilliseconds(options.lockWaitMs), ...(options.onLockWait ? { onWait: options.onLockWait } : {}) });
  try {
    const result = options.merge !== undefined ? await generateMerged(options, options.merge, emitOptions) : await generateVariants(options, names, emitOptions);
    // A watcher keeps its cache files in memory (they are not marked used on disk each run): it does not prune.
    if (options.cacheFolder && options.cacheSession === undefined) await pruneCacheFolder(options.cacheFolder);
    return result;
  } finally {
    lock?.release();
  }
}

/** Long enough for a cold run of a large folder (the corpus's largest takes about 25 s here) to finish. */

async function generateVariants(options: InternalGenerateOptions, names: readonly string[], emitOptions: ResolvedEmitOptions): Promise<GenerateResult> {
  const run = newRunState(options, emitOptions);
  const results: VariantResult[] = [];
  // One variant ahead: the next one is read (its pages parsed on the workers) while this one is
  // emitted and written, so the workers do not wait while this thread writes thousands of files.
  const read = (index: number): Promise<Reading> | undefined => {
    const input = options.variants[index];
    if (input === undefined) return undefined;
    const reading = readUnlessUnchanged(input, names[index]!, run);
    reading.catch(() => {}); // awaited below; this only keeps an early failure from counting as unhandled
    return reading;
  };
  let next = read(0);
  for (let index = 0; next !== undefined; index++) {
    const reading = await next;
    next = read(index + 1);
    results.push("unchanged" in reading ? reading.unchanged : await writeVariant(reading.variant, run, reading.key));
  }
  return summarise(results, results.flatMap(({ diagnostics }) => diagnostics), run);
}

/** What one generate run shares across its variants. */
interface RunState {
  readonly options: InternalGenerateOptions;
  readonly emitOptions: ResolvedEmitOptions;
  readonly pages: ReadStats;
  readonly declarations: EmitStats;
  readonly phases: { parse: number; emit: Record<string, number>; write: number };
}

function newRunState(options: InternalGenerateOptions, emitOptions: ResolvedEmitOptions): RunState {
  return { options, emitOptions, pages: { parsed: 0, cached: 0 }, declarations: { emitted: 0, cached: 0 }, phases: { parse: 0, emit: {}, write: 0 } };
}

/** A variant read, with the key of what it was read from; or the record of a last run nothing has changed since. */
type Reading = { readonly variant: Variant; readonly key: RunKey | undefined } | { readonly unchanged: VariantResult };

type RunKey = Awaited<ReturnType<typeof runKey>>;

/**
 * The shortcut of a warm run (unchanged.ts): when the docs and the output folder are as the last run
 * left them, nothing is read. Not for a watcher, which keeps its own memory of pages and outputs.
 */
async function readUnlessUnchanged(input: VariantInput, name: string, run: RunState): Promise<Reading> {
  const { options } = run;
  const cacheFolder = options.cacheFolder ?? false;
  const shortcut = cacheFolder !== false && options.cacheSession === undefined && options.lastGood === undefined;
  const key = shortcut ? await runKey(input.folder, givenReading(input), run.emitOptions) : undefined;
  const folder = join(options.out, name);
  const last = key === undefined ? undefined : await unchangedRun(cacheFolder as string, resolve(folder), key.key, options.onWarning);
  if (last === undefined) return { variant: await readInput(input, name, run), key };
  // Not read this time, but what the next change will need.
  await markCacheFilesUsed([pageCacheFile(cacheFolder as string, input.folder, givenReading(input)), emitCacheFile(cacheFolder as string, resolve(folder))]);
  run.pages.cached += last.pages;
  run.declarations.cached += last.declarations;
  options.onProgress?.({ variant: name, step: options.check ? "check" : "write", files: 0 });
  const plan: FolderPlan = { folder, write: [], remove: [], conflicts: [], unchanged: last.files.length };
  const diagnostics = last.diagnostics.map((diagnostic) => ({ ...diagnostic, source: { ...diagnostic.source, file: displayPath(input.folder, diagnostic.source.file) } }));
  return { unchanged: { name, variant: undefined, plan, diagnostics } };
}

/** Reads one variant's docs through the run's cache (and, in watch mode, its memory of good pages). */
async function readInput(input: VariantInput, name: string, run: RunState): Promise<Variant> {
  const { options } = run;
  const lastGood = options.lastGood && (options.lastGood.get(name) ?? options.lastGood.set(name, new Map()).get(name));
  options.onProgress?.({ variant: name, step: "parse" });
  const started = performance.now();
  const variant = await readVariant(
    input.folder,
    {
      name,
      cacheFolder: options.cacheFolder ?? false,
      ...(options.cacheSession ? { cacheSession: options.cacheSession } : {}),
      ...(lastGood ? { lastGood } : {}),
      ...(options.unchangedPages ? { unchanged: options.unchangedPages } : {}),
      ...(options.memory ? { memory: variantMemory(options.memory, name) } : {}),
      ...givenReading(input),
      ...(options.onWarning ? { onWarning: options.onWarning } : {}),
    },
    run.pages,
  );
  run.phases.parse += performance.now() - started;
  return variant;
}

/**
 * Emits a variant into `<out>/<name>`, writing each batch of files as it is emitted (or, checking, only
 * comparing it). A run that leaves the folder as it should be, made from what `key` says, is recorded
 * for the next one.
 */
async function writeVariant(read: Variant, run: RunState, key?: RunKey): Promise<VariantResult> {
  const { options } = run;
  const memory = options.memory && variantMemory(options.memory, read.name);
  const variant = withEmitDiagnostics(read, run.emitOptions, memory);
  options.onProgress?.({ variant: variant.name, step: "emit", declarations: variant.declarations.length });
  const folder = join(options.out, variant.name);
  const cacheFolder = options.cacheFolder ?? false;
  const cache = cacheFolder === false ? undefined : await openEmitCache(cacheFolder, resolve(folder), options.cacheSession, options.onWarning);
  const step = options.check ? "check" : "write";
  let plan: FolderPlan;
  const writing = async <T>(work: Promise<T>): Promise<T> => {
    const started = performance.now();
    const done = await work;
    run.phases.write += performance.now() - started;
    return done;
  };
  try {
    const output = await writing(openOutputFolder(folder, { check: options.check === true, memory: options.check ? undefined : memory?.output }));
    let differ = 0;
    const intact = await emitWithCache(
      variant,
      run.emitOptions,
      cache,
      run.declarations,
      async (files, milliseconds) => {
        for (const [name, ms] of Object.entries(milliseconds)) run.phases.emit[name] = (run.phases.emit[name] ?? 0) + ms;
        const outcome = await writing(output.add(files));
        if (!options.check) cache?.recordDisk(outcome.differ);
        cache?.recordDisk(outcome.same);
        differ += outcome.differ.length;
        options.onProgress?.({ variant: variant.name, step, files: differ });
      },
      { names: memory?.names, keys: memory?.emitKeys },
    );
    plan = await writing(output.finish(intact));
  } catch (error) {
    // What was written before the failure is on disk and listed in the manifest: the cache keeps it, so the
    // next run does not emit it again. Saving must not hide the failure.
    await cache?.save().catch(() => {});
    throw error;
  }
  options.onProgress?.({ variant: variant.name, step, files: plan.write.length });
  await cache?.save();
  const diagnostics = locatedDiagnostics(variant);
  const complete = !options.check || (plan.write.length === 0 && plan.remove.length === 0);
  if (cache !== undefined && key !== undefined && complete && plan.conflicts.length === 0) {
    const manifest = stampOf(resolve(folder), manifestName);
    if (manifest !== undefined) {
      const record = { key: key.key, name: variant.name, dialect: variant.dialect, pages: key.pages, declarations: variant.declarations.length, diagnostics: variant.diagnostics };
      await recordRun(cacheFolder as string, resolve(folder), { ...record, files: [...cache.diskStamps(), manifest] });
    }
  }
  return { name: variant.name, variant, plan, diagnostics };
}

function summarise(results: readonly VariantResult[], diagnostics: Diagnostic[], run: RunState): GenerateResult {
  const { check } = run.options;
  const shown = (plan: FolderPlan, paths: readonly string[]) => paths.map((path) => displayPath(plan.folder, path));
  return {
    variants: results,
    diagnostics,
    stale: check ? results.flatMap(({ plan }) => shown(plan, [...plan.write, ...plan.remove])).sort() : [],
    conflicts: results.flatMap(({ plan }) => plan.conflicts.map((conflict) => ({ ...conflict, path: displayPath(plan.folder, conflict.path) }))),
    written: check ? 0 : results.reduce((sum, { plan }) => sum + plan.write.length, 0),
    removed: check ? 0 : results.reduce((sum, { plan }) => sum + plan.remove.length, 0),
    pages: run.pages,
    declarations: run.declarations,
    phases: run.phases,
  };
}

/** `--merge`: the listed variants read, merged (merge/merge.ts) and emitted as one, to `<out>/<mergeName>`. */
async function generateMerged(options: InternalGenerateOptions, merge: readonly string[], emitOptions: ResolvedEmitOptions): Promise<GenerateResult> {
  const inputs = new Map(options.variants.map((input) => [input.name ?? basename(input.folder), input] as const));
  const run = newRunState(options, emitOptions);
  const read: Variant[] = [];
  for (const name of merge) read.push(await readInput(inputs.get(name) as VariantInput, name, run));
  // Loaded here: a run without --merge does not load the merge and the matching beneath it.
  const { mergeVariants } = await import("../merge/merge.js");
  const merged = mergeVariants(read, { name: orDefault("mergeName", options.mergeName) });
  const result = await writeVariant(merged, run);
  const diagnostics = [...read.flatMap(locatedDiagnostics), ...locatedDiagnostics({ ...merged, diagnostics: emitDiagnostics(merged, run.emitOptions) })];
  return summarise([{ ...result, diagnostics }], diagnostics, run);
}
