/**
 * modeldoc's programmatic API: the same pipeline the CLI runs.
 *
 *   import { parse, generate, diff } from "modeldoc";
 *   const go = await parse("docs/go");                       // Markdown → IR
 *   await generate({ variants: [{ folder: "docs/go" }], out: "src/generated" });
 *   const result = await diff("docs/go", "docs/csharp");     // drift between two languages
 *
 * Only what is declared here is the API: the options of each entry point hold what a caller sets, none
 * of the watcher's or the tests' hooks (those are the layers' own, below).
 */
import * as reports from "./diff/index.js";
import type { DiffResult } from "./diff/index.js";
import type { Dialect, GeneratorFormat, Variant } from "./ir/types.js";
import { variantStats as statsOf } from "./ir/stats.js";
import { parsePages as parsePagesWith, type PageSource } from "./parse/index.js";
import { diffFolders, type DiffFoldersOptions } from "./pipeline/diff-folders.js";
import { generate as runGenerate, type GenerateOptions, type GenerateResult } from "./pipeline/generate.js";
import { formatPatch as patchOf } from "./pipeline/patch.js";
import { readVariant } from "./pipeline/read-variant.js";

export type * from "./ir/types.js";
export type { PageSource };
export { watch, type WatchOptions, type WatchRun, type Watcher } from "./pipeline/watch.js";
export { closePool } from "./pipeline/pool.js";
export type { GenerateOptions, GenerateProgress, GenerateResult, VariantInput, VariantResult } from "./pipeline/generate.js";
export type { Conflict, FolderPlan } from "./pipeline/output-folder.js";
export type { ReadStats } from "./pipeline/read-variant.js";
export type { EmitStats } from "./pipeline/emit-parts.js";
export { UsageError } from "./errors.js";
export type { EmitOptions } from "./emit/index.js";
export { emitVariant } from "./emit/index.js";
export { diffVariants, type Change, type ChangeKind, type ChangeSeverity, type DiffMode, type DiffResult } from "./diff/index.js";
export { defineConfig, loadConfig, type LoadedConfig, type ModeldocConfig, type OutputKind, type UnknownKeyPolicy, type VariantConfig } from "./config/index.js";
export type { VariantStats } from "./ir/stats.js";
export { canonicalFieldName, canonicalTypeName, type FieldNaming } from "./ir/naming.js";
export { diffAll, diffSides, type DiffFoldersOptions } from "./pipeline/diff-folders.js";
export type { PatchFormatOptions } from "./pipeline/patch.js";
export { mergeVariants, type MergeOptions } from "./merge/merge.js";

/** How {@link parse} reads a docs folder. */
export interface ParseFolderOptions {
  /** The variant's name; default: the folder's name. */
  readonly name?: string;
  /** Read every page in this dialect instead of detecting it. */
  readonly dialect?: Dialect;
  /** Read every page in this generator's format instead of detecting it. */
  readonly format?: GeneratorFormat;
  /** The page cache folder (as `generate` keeps it, `node_modules/.cache/modeldoc`); `false` or absent: read every page. */
  readonly cacheFolder?: string | false;
  /** Told of cache entries found damaged (dropped and rebuilt; the result does not depend on them). */
  readonly onWarning?: (message: string) => void;
}

/**
 * Parses a docs folder (every `*.md` below it) or one page into the IR: the CLI's reader, on worker
 * threads for a large folder, and with the page cache when given a `cacheFolder`. Problems in the docs
 * are the variant's `diagnostics`, never an exception.
 */
export function parse(path: string, options: ParseFolderOptions = {}): Promise<Variant> {
  return readVariant(path, options);
}

/** Parses pages already in memory, on this thread (`root` is the folder their ids are relative to). */
export function parsePages(name: string, root: string, sources: readonly PageSource[], options: { readonly dialect?: Dialect; readonly format?: GeneratorFormat } = {}): Variant {
  return parsePagesWith(name, root, sources, options);
}

/**
 * Generates the TypeScript of each variant into `<out>/<name>` (or of the merged variants into
 * `<out>/merged`), as `modeldoc generate` does: only files modeldoc wrote are overwritten or removed,
 * every write is atomic, and with `check` nothing is written and the stale files are listed. Throws a
 * {@link UsageError} for bad usage (a folder that is not there, an output folder that cannot be used);
 * problems in the docs are the result's `diagnostics`.
 */
export function generate(options: GenerateOptions): Promise<GenerateResult> {
  return runGenerate(options);
}

/**
 * Parses two docs folders and compares their models: `variant` mode for two languages (every
 * difference is drift), `version` mode for an older and a newer version (each change graded by its
 * effect on a client); without `mode`, chosen from the folders' dialects.
 */
export async function diff(leftFolder: string, rightFolder: string, options: DiffFoldersOptions = {}): Promise<DiffResult> {
  return (await diffFolders(leftFolder, rightFolder, options)).result;
}

/** The text report of a diff, grouped by model (`modeldoc diff`); colour only when `color` is true. */
export const formatText: typeof reports.formatText = reports.formatText;
/** The JSON report of a diff: stable, keys in a fixed order (see the README's "What diff reports"). */
export const formatJson: typeof reports.formatJson = reports.formatJson;
/** The Markdown report of a diff: a table for a pull-request comment, most severe first. */
export const formatMarkdown: typeof reports.formatMarkdown = reports.formatMarkdown;
/** GitHub workflow commands (`::error file=…,line=…::`) pointing into the docs, most severe first. */
export const formatGithub: typeof reports.formatGithub = reports.formatGithub;
/** A unified diff of the TypeScript interfaces each side generates, model by model (`--format patch`). */
export const formatPatch: typeof patchOf = patchOf;
/** Counts of a variant: pages, models, enums, unions, fields, unknown types, unresolved refs, diagnostics. */
export const variantStats: typeof statsOf = statsOf;
