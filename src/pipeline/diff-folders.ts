/** The diff pipeline: two docs folders → two IR variants → the changes between them. */
import { diffVariants, type DiffMode, type DiffResult } from "../diff/index.js";
import type { Variant } from "../ir/types.js";
import { parseFolder, type ParseOptions } from "../parse/index.js";

export interface DiffFoldersOptions {
  /** Default: `variant` when the two folders are in different dialects, `version` when in the same. */
  readonly mode?: DiffMode;
  /** Compare descriptions too (default true). */
  readonly descriptions?: boolean;
  readonly left?: ParseOptions;
  readonly right?: ParseOptions;
}

export interface FoldersDiff {
  readonly left: Variant;
  readonly right: Variant;
  readonly result: DiffResult;
}

export async function diffFolders(leftFolder: string, rightFolder: string, options: DiffFoldersOptions = {}): Promise<FoldersDiff> {
  const [left, right] = await Promise.all([parseFolder(leftFolder, options.left), parseFolder(rightFolder, options.right)]);
  // Two languages are a variant diff; the same language twice is two versions of its docs.
  const mode = options.mode ?? (left.dialect === right.dialect ? "version" : "variant");
  return { left, right, result: diffVariants(left, right, { mode, descriptions: options.descriptions ?? true }) };
}
