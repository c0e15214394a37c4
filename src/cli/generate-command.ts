/** `modeldoc generate [folders…] [--out] [--check]`; the options `modeldoc watch` shares (watch-command.ts). */
import { basename } from "node:path";
import { generateSettings, loadConfig, type GenerateFlags } from "../config/index.js";
import { defaultCacheFolder } from "../pipeline/cache.js";
import type { Conflict } from "../pipeline/output-folder.js";
import { describeHolder, type LockHolder } from "../pipeline/output-lock.js";
import { generate, variantsIn, type GenerateOptions, type GenerateProgress, type GenerateResult, type VariantInput } from "../pipeline/generate.js";
import { terminalText } from "../terminal-text.js";
import { printError, printJson, printLine, printWarning } from "./print.js";
import { formatDiagnostic, reportDiagnostics } from "./report.js";
import { UsageError } from "../errors.js";
import { defaults } from "../options.js";
import { existsSync } from "node:fs";
import { requireDocs, requireExisting, requireNamedFolder } from "./arguments.js";
import { setGeneratePolicy } from "./v8-policy.js";

export interface GenerateCommandFlags extends GenerateFlags {
  readonly config?: string;
  readonly check?: boolean;
  readonly quiet?: boolean;
  /** A machine-readable summary on stdout instead of the line for people. */
  readonly json?: boolean;
  /** `--no-cache`: parse every page afresh. */
  readonly cache?: boolean;
  /** `--merge go,csharp`: one output from these variants (by name). */
  readonly merge?: string;
  /** `--lock-wait <seconds>`: how long to wait for another run writing to the output folder. */
  readonly lockWait?: number;
}

/** Config file + flags + folders → the options of a generate run, and the config file they came from. */
export async function generateOptions(folders: readonly string[], flags: GenerateCommandFlags): Promise<{ options: GenerateOptions; configFile: string | undefined; strict: boolean }> {
  const cwd = process.cwd();
  folders.forEach(requireNamedFolder);
  const { config, folder, file } = await loadConfig(cwd, flags.config);
  const settings = generateSettings(config, folder, folders, flags, cwd);
  let variants: VariantInput[];
  if (settings.variants) {
    for (const variant of settings.variants) await requireDocs(variant.folder);
    variants = [...settings.variants];
  } else {
    if (file === undefined && flags.specs === undefined && !existsSync(settings.specs)) throw new UsageError(firstRunMessage(cwd));
    await requireExisting(settings.specs);
    variants = await variantsIn(settings.specs);
    if (variants.length === 0) throw new UsageError(`expected one folder per variant under ${settings.specs}, found none`);
  }
  const options: GenerateOptions = {
    variants,
    out: settings.out,
    check: flags.check ?? false,
    naming: settings.naming,
    wireNaming: settings.wireNaming,
    layout: settings.layout,
    dates: settings.dates,
    unknownKeys: settings.unknownKeys,
    emit: settings.emit,
    readonly: settings.readonly,
    zod: settings.zod,
    cacheFolder: flags.cache === false ? false : defaultCacheFolder(cwd),
    ...(flags.lockWait !== undefined ? { lockWaitMs: flags.lockWait * 1000 } : {}),
    ...(flags.quiet ? {} : { onLockWait: (holder: LockHolder) => printError(`modeldoc: waiting for ${describeHolder(holder)}, which is writing to ${settings.out}…`) }),
    onWarning: printWarning,
    ...(flags.merge !== undefined ? { merge: mergeList(flags.merge, variants) } : settings.merge ? { merge: mergeList(settings.merge.join(","), variants) } : {}),
  };
  return { options, configFile: file, strict: settings.strict };
}

/** What `generate` says in a folder with no config and no specs/: what to do, not only what is missing. */
function firstRunMessage(cwd: string): string {
  return [
    `nothing to generate: no modeldoc.config.{ts,mts,mjs,js,json} in ${cwd} or above it, and no ${defaults.specs}/ folder of docs folders here. Either:`,
    "  modeldoc init                            find the docs folders below this folder and write modeldoc.config.ts",
    "  modeldoc generate <docs folder>…         generate one variant per folder (e.g. docs/models), into generated/<name>",
    `  mkdir ${defaults.specs} && mv <docs folders> ${defaults.specs}/   one subfolder of ${defaults.specs}/ per variant (the default)`,
  ].join("\n");
}

export function summary(result: GenerateResult, out: string, milliseconds: number) {
  return {
    variants: result.variants.map(({ name }) => name),
    out,
    files: result.variants.reduce((sum, { plan }) => sum + plan.write.length + plan.unchanged, 0),
    written: result.written,
    removed: result.removed,
    stale: result.stale,
    conflicts: result.conflicts,
    pages: result.pages,
    diagnostics: result.diagnostics.map(formatDiagnostic),
    milliseconds: Math.round(milliseconds),
  };
}

const conflictMessages: Record<Conflict["found"], string> = {
  "foreign-file": "error not-modeldoc-file: expected a file written by modeldoc (or none), found a file modeldoc did not write; left untouched",
  "unlisted-file":
    "error not-modeldoc-file: expected a file listed in modeldoc's manifest (or none), found a file with modeldoc's banner that no manifest lists; left untouched (delete it to let modeldoc write it)",
  symlink: "error symlink-in-output: expected a file or folder, found a symbolic link; modeldoc does not write through links, left untouched",
  folder: "error not-modeldoc-file: expected a file, found a folder; left untouched",
};

/** Prints diagnostics and conflicts; true when the run should exit 1. */
export function reportProblems(result: GenerateResult, strict: boolean): boolean {
  const hasErrors = reportDiagnostics(result.diagnostics, strict);
  for (const { path, found } of result.conflicts) printError(`${path}: ${conflictMessages[found]}`);
  return hasErrors || result.conflicts.length > 0;
}

/**
 * One line on a terminal's stderr, rewritten in place as the run goes: each variant under way and its
 * step. The next variant is read while one is written; variants are emitted one at a time, so a
 * variant reaching its emit step means the ones before it are done.
 */
function terminalProgress(): ((progress: GenerateProgress) => void) | undefined {
  if (!process.stderr.isTTY) return undefined;
  const underWay = new Map<string, string>();
  return ({ variant, step, declarations, files }) => {
    const detail = step === "parse" ? "parsing pages" : step === "emit" ? `emitting ${declarations} declarations` : `${step === "write" ? "writing" : "checking"} ${files} files`;
    if (step === "emit") {
      for (const name of underWay.keys()) {
        if (name === variant) break;
        underWay.delete(name);
      }
    }
    underWay.set(variant, `${variant}: ${detail}…`);
    // The line is rewritten in place with escapes of modeldoc's own; the variant names are escaped.
    process.stderr.write(`\r\x1b[2Kmodeldoc: ${terminalText([...underWay.values()].join("; "))}`);
  };
}

export async function generateCommand(folders: readonly string[], flags: GenerateCommandFlags): Promise<number> {
  const { options, strict } = await generateOptions(folders, flags);
  setGeneratePolicy();
  const started = performance.now();
  const progress = flags.quiet || flags.json ? undefined : terminalProgress();
  const result = await generate({ ...options, ...(progress ? { onProgress: progress } : {}) });
  if (progress) process.stderr.write("\r\x1b[2K");
  const failed = reportProblems(result, strict);
  if (flags.json) {
    printJson(summary(result, options.out, performance.now() - started));
    return failed || result.stale.length > 0 ? 1 : 0;
  }
  const names = result.variants.map(({ name }) => name).join(", ");
  if (flags.check) {
    for (const path of result.stale) printError(`${path}: stale (run modeldoc generate)`);
    if (!flags.quiet || result.stale.length > 0) {
      printLine(result.stale.length === 0 ? `modeldoc: ${options.out} is up to date (${names})` : `modeldoc: ${result.stale.length} file(s) missing or stale in ${options.out}`);
    }
    return result.stale.length > 0 || failed ? 1 : 0;
  }
  if (!flags.quiet) {
    const { files } = summary(result, options.out, 0);
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    printLine(
      `modeldoc: ${names} → ${options.out}: ${files} files, ${result.written} written, ${result.removed} removed, ` +
        `${result.pages.parsed} pages parsed, ${result.pages.cached} from cache, ${result.diagnostics.length} diagnostics, ${seconds} s`,
    );
  }
  return failed ? 1 : 0;
}

/** `--merge go,csharp` → the names, each the name of one of the variants (exit 2 otherwise). */
function mergeList(value: string, variants: readonly VariantInput[]): string[] {
  const names = value.split(",").map((name) => name.trim()).filter((name) => name !== "");
  const known = variants.map((variant) => variant.name ?? basename(variant.folder));
  const unknown = names.filter((name) => !known.includes(name));
  if (names.length === 0 || unknown.length > 0) {
    throw new UsageError(`--merge: expected variant names among ${known.join(", ")}, found ${names.length === 0 ? "none" : unknown.join(", ")}`);
  }
  if (new Set(names).size !== names.length) throw new UsageError(`--merge: a variant is listed twice in ${value}`);
  return names;
}
