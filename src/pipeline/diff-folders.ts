/**
 * The diff pipeline: two sides (docs folders, or folders at a git revision) → two IR variants → the
 * changes between them, with known drift dropped by fingerprint. {@link diffAll} diffs every pair of
 * several sides, parsing each side once.
 */
import { applyIgnore, diffVariants, type DiffMode, type DiffResult } from "../diff/index.js";
import type { Variant } from "../ir/types.js";
import type { ParseOptions } from "../parse/index.js";
import { parseSides, type DocsSide, type ParseSidesOptions } from "./parse-sides.js";

export interface DiffFoldersOptions {
  /**
   * Default: `version` when the two sides are in the same dialect or one is a git revision of the other
   * (`--base`), `variant` when they are in different dialects.
   */
  readonly mode?: DiffMode;
  /** Compare descriptions too (default true). */
  readonly descriptions?: boolean;
  /** Fingerprints of known changes to leave out (an ignore file's contents). */
  readonly ignore?: ReadonlySet<string>;
  /** How to read the left folder: its variant name and dialect (default: the folder's name, detected). */
  readonly left?: Pick<ParseOptions, "name" | "dialect">;
  /** How to read the right folder. */
  readonly right?: Pick<ParseOptions, "name" | "dialect">;
  /** The page cache folder for folder sides (see cache.ts); `false` or absent: parse every page. */
  readonly cacheFolder?: string | false;
  /** Told of cache entries found damaged (dropped and rebuilt; the result does not depend on them). */
  readonly onWarning?: (message: string) => void;
  /** Called as the run goes: each side parsed, each pair compared (`modeldoc diff`'s progress line). */
  readonly onProgress?: (progress: DiffProgress) => void;
}

/** How far a diff has got: `done` of `total` sides parsed, or pairs compared. */
export interface DiffProgress {
  readonly phase: "parse" | "compare";
  readonly done: number;
  readonly total: number;
}

export interface FoldersDiff {
  readonly left: Variant;
  readonly right: Variant;
  readonly result: DiffResult;
}

/** Two docs folders in the working tree. */
export async function diffFolders(leftFolder: string, rightFolder: string, options: DiffFoldersOptions = {}): Promise<FoldersDiff> {
  return diffSides(
    { kind: "folder", folder: leftFolder, ...options.left },
    { kind: "folder", folder: rightFolder, ...options.right },
    options,
  );
}

/** Two sides, each a folder or a folder at a git revision. */
export async function diffSides(leftSide: DocsSide, rightSide: DocsSide, options: DiffFoldersOptions = {}): Promise<FoldersDiff> {
  const [parsedLeft, parsedRight] = (await parseSides([leftSide, rightSide], parseOptions(options))) as [Variant, Variant];
  const [left, right] = distinctNames(parsedLeft, parsedRight, leftSide, rightSide);
  const sameTree = leftSide.kind !== rightSide.kind && samePlace(leftSide.folder, rightSide.folder);
  const { mode, reason } = chooseMode(left, right, options.mode, sameTree);
  return { left, right, result: finish(diffVariants(left, right, { mode, descriptions: options.descriptions ?? true }), reason, options) };
}

export interface PairDiff extends FoldersDiff {
  /** Milliseconds spent comparing (parsing excluded). */
  readonly milliseconds: number;
}

export interface AllPairs {
  readonly variants: readonly Variant[];
  /** Every pair (i < j) in the order the sides were given: (0,1), (0,2), … (1,2), … */
  readonly pairs: readonly PairDiff[];
  /** Milliseconds spent parsing all sides. */
  readonly parseMilliseconds: number;
}

/** Every pair of several sides (the five languages of one SDK, say); each side is parsed once. */
export async function diffAll(sides: readonly DocsSide[], options: DiffFoldersOptions = {}): Promise<AllPairs> {
  const started = performance.now();
  const variants = await parseSides(sides, parseOptions(options));
  const parseMilliseconds = performance.now() - started;
  return { variants, pairs: diffAllVariants(variants, options), parseMilliseconds };
}

/** Every pair of variants already parsed. */
export function diffAllVariants(variants: readonly Variant[], options: DiffFoldersOptions = {}): PairDiff[] {
  const pairs: PairDiff[] = [];
  for (let i = 0; i < variants.length; i++) {
    for (let j = i + 1; j < variants.length; j++) {
      const left = variants[i] as Variant;
      const right = variants[j] as Variant;
      const started = performance.now();
      const { mode, reason } = chooseMode(left, right, options.mode, false);
      const result = finish(diffVariants(left, right, { mode, descriptions: options.descriptions ?? true }), reason, options);
      pairs.push({ left, right, result, milliseconds: performance.now() - started });
      options.onProgress?.({ phase: "compare", done: pairs.length, total: (variants.length * (variants.length - 1)) / 2 });
    }
  }
  return pairs;
}

/**
 * The mode and why: asked for; two versions of one folder (`--base`); two languages (different dialects);
 * or two versions of one language's docs (same dialect).
 */
export function chooseMode(left: Variant, right: Variant, asked: DiffMode | undefined, sameTree: boolean): { mode: DiffMode; reason: string } {
  if (asked !== undefined) return { mode: asked, reason: `--mode ${asked}` };
  if (sameTree) return { mode: "version", reason: "the same folder at two revisions" };
  if (left.dialect !== right.dialect) return { mode: "variant", reason: `different dialects (${left.dialect}, ${right.dialect}); --mode version to compare them as versions` };
  if (left.format !== right.format) return { mode: "variant", reason: `different generators (${left.format}, ${right.format}); --mode version to compare them as versions` };
  return { mode: "version", reason: `both sides are ${left.dialect} docs; --mode variant to compare them as languages` };
}

function finish(result: DiffResult, reason: string, options: DiffFoldersOptions): DiffResult {
  const withReason: DiffResult = { ...result, modeReason: reason };
  return options.ignore === undefined ? withReason : applyIgnore(withReason, options.ignore);
}

function parseOptions(options: DiffFoldersOptions): ParseSidesOptions {
  const progress = options.onProgress;
  return {
    ...(options.cacheFolder === undefined ? {} : { cacheFolder: options.cacheFolder }),
    ...(options.onWarning ? { onWarning: options.onWarning } : {}),
    ...(progress !== undefined ? { onParsed: (done: number, total: number) => progress({ phase: "parse", done, total }) } : {}),
  };
}

function samePlace(a: string, b: string): boolean {
  const norm = (path: string) => path.replace(/\\/g, "/").replace(/\/+$/, "").replace(/^\.\//, "") || ".";
  return norm(a) === norm(b);
}

/**
 * Two sides named alike (`unified-to-history/go/2025-10-23` and `…/csharp/2025-10-23` are both
 * `2025-10-23`) are named by their last two path segments instead, so reports tell them apart.
 */
function distinctNames(left: Variant, right: Variant, leftSide: DocsSide, rightSide: DocsSide): [Variant, Variant] {
  if (left.name !== right.name || leftSide.name !== undefined || rightSide.name !== undefined) return [left, right];
  const twoSegments = (variant: Variant, side: DocsSide) => {
    const segments = side.folder.replace(/\\/g, "/").split("/").filter((segment) => segment !== "" && segment !== ".");
    const name = segments.slice(-2).join("/");
    return name === "" ? variant.name : side.kind === "revision" ? `${name}@${side.ref}` : name;
  };
  const leftName = twoSegments(left, leftSide);
  const rightName = twoSegments(right, rightSide);
  if (leftName === rightName) return [left, right];
  return [
    { ...left, name: leftName },
    { ...right, name: rightName },
  ];
}
