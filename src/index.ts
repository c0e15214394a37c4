/**
 * modeldoc's programmatic API: the same pipeline the CLI runs.
 *
 *   import { parse, generate, diff } from "modeldoc";
 *   const go = await parse("docs/go");                       // Markdown → IR
 *   await generate({ variants: [{ folder: "docs/go" }], out: "src/generated" });
 *   const result = await diff("docs/go", "docs/csharp");     // drift between two languages
 */
import type { DiffResult } from "./diff/index.js";
import { diffFolders, type DiffFoldersOptions } from "./pipeline/diff-folders.js";

export type * from "./ir/types.js";
export { parsePages, type PageSource, type ParseOptions } from "./parse/index.js";
/** Parses a docs folder (or one page) into the IR: the CLI's reader, with worker threads and, given a `cacheFolder`, the page cache. */
export { readVariant as parse, type ReadVariantOptions } from "./pipeline/read-variant.js";
export { watch, type WatchOptions, type WatchRun, type Watcher } from "./pipeline/watch.js";
export { closePool } from "./pipeline/pool.js";
export { generate, type GenerateOptions, type GenerateResult, type VariantInput } from "./pipeline/generate.js";
export type { Conflict } from "./pipeline/output-folder.js";
export { UsageError } from "./errors.js";
export type { EmitOptions } from "./emit/index.js";
export { emitVariant } from "./emit/index.js";
export { diffVariants, formatGithub, formatJson, formatMarkdown, formatText, type Change, type ChangeKind, type ChangeSeverity, type DiffMode, type DiffResult } from "./diff/index.js";
export { defineConfig, loadConfig, type ModeldocConfig, type OutputKind, type UnknownKeyPolicy, type VariantConfig } from "./config/index.js";
export { variantStats, type VariantStats } from "./ir/stats.js";
export { canonicalFieldName, canonicalTypeName, type FieldNaming } from "./ir/naming.js";
export { diffAll, diffSides, type DiffFoldersOptions } from "./pipeline/diff-folders.js";
export { formatPatch, type PatchFormatOptions } from "./pipeline/patch.js";
export { mergeVariants, type MergeOptions } from "./merge/merge.js";

/** Parses two docs folders and compares their models. */
export async function diff(leftFolder: string, rightFolder: string, options: DiffFoldersOptions = {}): Promise<DiffResult> {
  return (await diffFolders(leftFolder, rightFolder, options)).result;
}
