/**
 * The sides of a diff: docs folders in the working tree, or folders at a git revision, each parsed once.
 *
 * Parsing is what a diff spends its time on (remark reads the ~3,400 pages of one corpus language in
 * 5–6 s on one core; comparing two parsed languages takes under 0.2 s). A folder is read the way
 * `generate` reads it (read-variant.ts): pages on worker threads when there are many, and through the
 * incremental page cache when one is given, so a second run parses only the pages that changed. A
 * revision's pages come from git in one batch and are parsed here.
 */
import { basename, resolve } from "node:path";
import type { Dialect, GeneratorFormat, Variant } from "../ir/types.js";
import { parsePages } from "../parse/index.js";
import { readRevisionPages } from "./git-revision.js";
import { readVariant } from "./read-variant.js";

/** One side of a diff. */
export type DocsSide =
  | { readonly kind: "folder"; readonly folder: string; readonly name?: string; readonly dialect?: Dialect; readonly format?: GeneratorFormat }
  /** `folder` as it is at git revision `ref` (read with git; nothing is checked out). */
  | { readonly kind: "revision"; readonly ref: string; readonly folder: string; readonly name?: string; readonly dialect?: Dialect; readonly format?: GeneratorFormat };

/** The name a side gets when none is given: the folder's name, `@ref` for a revision. */
export function defaultSideName(side: DocsSide): string {
  const folderName = basename(resolve(side.folder));
  return side.kind === "folder" ? folderName : `${folderName}@${side.ref}`;
}

/** How a side's files are shown in reports: the folder as given, or `ref:folder`. */
export function sideRoot(side: DocsSide): string {
  return side.kind === "folder" ? side.folder : `${side.ref}:${side.folder}`;
}

export interface ParseSidesOptions {
  /** The page cache folder (see cache.ts) for folder sides; `false` or absent: parse every page. */
  readonly cacheFolder?: string | false;
  /** Called as each side is parsed, with how many are and how many there are. */
  readonly onParsed?: (done: number, total: number) => void;
  /** Told of cache entries found damaged. */
  readonly onWarning?: (message: string) => void;
}

/** Parses each side once; the variants come back in the order of `sides`. */
export async function parseSides(sides: readonly DocsSide[], options: ParseSidesOptions = {}): Promise<Variant[]> {
  let done = 0;
  return Promise.all(
    sides.map(async (side) => {
      const variant = await parseSide(side, options);
      options.onParsed?.(++done, sides.length);
      return variant;
    }),
  );
}

async function parseSide(side: DocsSide, options: ParseSidesOptions): Promise<Variant> {
  const name = side.name ?? defaultSideName(side);
  const given = { ...(side.dialect ? { dialect: side.dialect } : {}), ...(side.format ? { format: side.format } : {}) };
  if (side.kind === "folder") return readVariant(side.folder, { name, ...given, cacheFolder: options.cacheFolder ?? false, ...(options.onWarning ? { onWarning: options.onWarning } : {}) });
  const pages = await readRevisionPages({ ref: side.ref, folder: side.folder });
  return parsePages(name, sideRoot(side), pages, given);
}
