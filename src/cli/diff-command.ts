/**
 * `modeldoc diff <left> <right> [more…]` and `modeldoc diff --base <ref> <folder>`.
 *
 * Each side is a docs folder, or a folder at a git revision written `<ref>:<folder>` (read with git, no
 * checkout). `--base <ref>` compares `<folder>` at `<ref>` (left, older) with the working tree (right).
 * Known changes are dropped by fingerprint or check id (`--ignore <file>`, default `.modeldocignore` when
 * present); the config's `diff.severity` regrades them by check id or kind. More than two sides: every pair
 * is compared (the five languages of one SDK: ten pairs), each side parsed once, and reported as their
 * parity; the exit code fails when any pair trips the policy. The reports are written by diff-output.ts.
 */
import { relative, resolve } from "node:path";
import { loadConfig } from "../config/index.js";
import { existsSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { applySeverities, changeFails, defaultFailOn, failsOn, parseIgnoreFile, relativeSources, type DiffMode, type DiffResult, type FailOn, type SeverityOverrides } from "../diff/index.js";
import { chosen, diffFormatOption } from "../options.js";
import { writeReports, type ComparedPair } from "./diff-output.js";
import type { FormatTarget } from "./format-targets.js";
import { defaultCacheFolder } from "../pipeline/cache.js";
import { diffAll, diffSides, type DiffFoldersOptions } from "../pipeline/diff-folders.js";
import { locatedDiagnostics } from "../pipeline/generate.js";
import { GitRevisionError, parseRevisionArgument } from "../pipeline/git-revision.js";
import type { DocsSide } from "../pipeline/parse-sides.js";
import type { Variant } from "../ir/types.js";
import { reportDiagnostics } from "./report.js";
import { printWarning } from "./print.js";
import { UsageError } from "../errors.js";
import { requireDocs } from "./arguments.js";
import { progressLine } from "./progress.js";

export interface DiffFlags {
  /** The config's `diff.severity`: severities by check id or kind. */
  readonly severity?: SeverityOverrides;
  /** `--format`, repeatable; default: text on stdout. */
  readonly format?: readonly FormatTarget[];
  readonly mode?: DiffMode;
  readonly failOn?: FailOn;
  readonly descriptions: boolean;
  readonly base?: string;
  readonly ignore?: string;
  /** `--no-cache`: parse every page afresh. */
  readonly cache?: boolean;
}

/** The ignore file read when `--ignore` is not given, if it exists in the working directory. */
export const DEFAULT_IGNORE_FILE = ".modeldocignore";

async function sideOf(argument: string): Promise<DocsSide> {
  const revision = await parseRevisionArgument(argument);
  if (revision !== undefined) return { kind: "revision", ...revision };
  await requireDocs(argument);
  return { kind: "folder", folder: argument };
}

/** Bad lines of an ignore file quoted in the message; the rest are counted. */
const problemsShown = 10;

async function ignoreList(flags: DiffFlags): Promise<ReadonlySet<string> | undefined> {
  const file = flags.ignore ?? (existsSync(DEFAULT_IGNORE_FILE) ? DEFAULT_IGNORE_FILE : undefined);
  if (file === undefined) return undefined;
  let bytes: Buffer;
  try {
    bytes = await readFile(file);
  } catch {
    throw new UsageError(`cannot read the ignore file ${file}`);
  }
  // A file of fingerprints is text: anything else (an image, an archive named by mistake) is not
  // quoted back line by line.
  let text: string;
  try {
    if (bytes.includes(0)) throw new Error("NUL byte");
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    throw new UsageError(`ignore file ${file}: expected a text file of fingerprints and check ids, found binary data`);
  }
  const { fingerprints, checks, problems } = parseIgnoreFile(text);
  if (problems.length > 0) {
    const shown = problems.slice(0, problemsShown).map((problem) => `${file}:${problem.line}: ${problem.message}`);
    const more = problems.length - shown.length;
    throw new UsageError([...shown, ...(more > 0 ? [`… and ${more} more lines that are not fingerprints or check ids`] : [])].join("\n"));
  }
  return new Set<string>([...fingerprints, ...checks]);
}

/** The config file's `diff` keys, under the flags: a flag given on the command line wins. */
async function withConfig(flags: DiffFlags & { readonly config?: string }): Promise<DiffFlags> {
  const { config, folder } = await loadConfig(process.cwd(), flags.config);
  const fromConfig = config.diff ?? {};
  const ignore = flags.ignore ?? (fromConfig.ignore !== undefined ? relative(process.cwd(), resolve(folder, fromConfig.ignore)) : undefined);
  const failOn = flags.failOn ?? fromConfig.failOn;
  return {
    ...flags,
    descriptions: flags.descriptions && (fromConfig.descriptions ?? true),
    ...(ignore !== undefined ? { ignore } : {}),
    ...(failOn !== undefined ? { failOn } : {}),
    ...(fromConfig.severity !== undefined ? { severity: fromConfig.severity } : {}),
  };
}

export async function diffCommand(arguments_: readonly string[], commandFlags: DiffFlags & { readonly config?: string }): Promise<number> {
  const flags = await withConfig(commandFlags);
  let sides: DocsSide[];
  if (flags.base !== undefined) {
    if (arguments_.length !== 1) throw new UsageError(`--base compares one folder with itself at a revision: expected one folder, found ${arguments_.length} (${arguments_.join(", ")})`);
    const folder = arguments_[0] as string;
    await requireDocs(folder);
    sides = [
      { kind: "revision", ref: flags.base, folder },
      { kind: "folder", folder },
    ];
  } else {
    if (arguments_.length < 2) throw new UsageError(`expected two sides to compare (or --base <ref> and one folder), found one (${arguments_[0] ?? ""})`);
    sides = await Promise.all(arguments_.map(sideOf));
  }
  const ignore = await ignoreList(flags);
  const progress = progressLine(process.stderr);
  const options: DiffFoldersOptions = {
    onProgress: progress.report,
    ...(flags.mode ? { mode: flags.mode } : {}),
    descriptions: flags.descriptions,
    ...(ignore !== undefined ? { ignore } : {}),
    cacheFolder: flags.cache === false ? false : defaultCacheFolder(process.cwd()),
    onWarning: printWarning,
  };

  let pairs: ComparedPair[];
  let variants: readonly Variant[];
  try {
    if (sides.length === 2) {
      const [leftSide, rightSide] = sides as [DocsSide, DocsSide];
      const { left, right, result } = await diffSides(leftSide, rightSide, options);
      variants = [left, right];
      pairs = [{ left, right, sides: [0, 1], result, onDisk: { left: leftSide.kind === "folder", right: rightSide.kind === "folder" } }];
    } else {
      const all = await diffAll(sides, options);
      variants = all.variants;
      const indexes = pairIndexes(sides.length);
      pairs = all.pairs.map((pair, index) => {
        const [i, j] = indexes[index] as [number, number];
        return { ...pair, sides: [i, j] as const, onDisk: { left: sides[i]?.kind === "folder", right: sides[j]?.kind === "folder" } };
      });
    }
  } catch (error) {
    if (error instanceof GitRevisionError) throw new UsageError(error.message);
    throw error;
  } finally {
    progress.clear();
  }
  reportDiagnostics(variants.flatMap(locatedDiagnostics));
  const cwd = process.cwd();
  pairs = pairs.map((pair) => ({ ...pair, result: applySeverities(relativeSources(pair.result, cwd), flags.severity) }));
  const policy = (result: DiffResult): FailOn => flags.failOn ?? defaultFailOn(result.mode);
  await writeReports(flags.format ?? [{ format: chosen(diffFormatOption, undefined) }], {
    variants,
    pairs,
    descriptions: flags.descriptions,
    fails: (result, change) => changeFails(change, policy(result)),
    cwd,
    ...(process.env["GITHUB_STEP_SUMMARY"] !== undefined ? { jobSummary: process.env["GITHUB_STEP_SUMMARY"] } : {}),
  });
  const fails = pairs.some((pair) => failsOn(pair.result, policy(pair.result)));
  return fails ? 1 : 0;
}

/** The (i, j) of each pair, in the order diffAll lists pairs. */
function pairIndexes(count: number): Array<[number, number]> {
  const indexes: Array<[number, number]> = [];
  for (let i = 0; i < count; i++) for (let j = i + 1; j < count; j++) indexes.push([i, j]);
  return indexes;
}
