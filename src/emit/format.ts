/**
 * Prettier, per file, for the files the emitters could not lay out themselves (see layout.ts). Options
 * are fixed here (no config file is looked up) so the output does not depend on where modeldoc runs.
 * Files are formatted one by one rather than as one big text, since prettier's cost grows faster than
 * linearly with file size, and a few at a time: all at once keeps every file's syntax tree alive
 * together, which measured slower than a small pool.
 */
import type { Options } from "prettier";
import { isLaidOut } from "./layout.js";

/** prettier is loaded on first use: it takes about 200 ms, and most runs need it for few files or none. */
let prettier: Promise<typeof import("prettier")> | undefined;

async function format(text: string, options: Options): Promise<string> {
  prettier ??= import("prettier");
  return (await prettier).format(text, options);
}

const typescriptOptions: Options = {
  // Measured on emitted files: babel-ts formats about twice as fast as the typescript parser, and its
  // output is already stable under the typescript parser.
  parser: "babel-ts",
  printWidth: 100,
  tabWidth: 2,
  useTabs: false,
  semi: true,
  singleQuote: false,
  quoteProps: "as-needed",
  trailingComma: "all",
  bracketSpacing: true,
  arrowParens: "always",
  endOfLine: "lf",
};

/** How many formats run at once. */
const POOL_SIZE = 16;

export interface UnformattedFile {
  readonly path: string;
  readonly contents: string;
}

/**
 * Whether prettier would leave the file as it is: JSON files come from json.ts in their final layout, and
 * the emitters lay out TypeScript as prettier does (layout.ts) where `isLaidOut` can vouch for it. A
 * corpus test checks that prettier changes no file this lets through.
 */
export function needsPrettier(file: UnformattedFile): boolean {
  return !file.path.endsWith(".json") && !isLaidOut(file.contents);
}

/** prettier's text of one TypeScript file. */
async function formatOne(file: UnformattedFile): Promise<string> {
  return format(file.contents, typescriptOptions);
}

/**
 * Prettier's fixed cost per call dominates on small files, so TypeScript files are formatted in batches:
 * joined with a marker comment on its own line, formatted once, and split at the markers. Prettier
 * formats top-level statements independently, so each piece comes out as it would alone (a test checks
 * this on real output); when the markers do not come back one per file, the batch is formatted file by file.
 */
const BATCH_MARKER = "// @modeldoc-batch-split";
const BATCH_CHARACTERS = 12_000;

interface Batch {
  /** Indexes into the file list. */
  readonly indexes: number[];
}

/** Batches of the files at `indexes` (files that need prettier). */
function batchesOf(files: readonly UnformattedFile[], indexes: readonly number[]): Batch[] {
  const batches: Batch[] = [];
  let current: Batch = { indexes: [] };
  let size = 0;
  indexes.forEach((index) => {
    const file = files[index]!;
    if (file.contents.includes(BATCH_MARKER)) {
      batches.push({ indexes: [index] });
      return;
    }
    if (current.indexes.length > 0 && size + file.contents.length > BATCH_CHARACTERS) {
      batches.push(current);
      current = { indexes: [] };
      size = 0;
    }
    current.indexes.push(index);
    size += file.contents.length;
  });
  if (current.indexes.length > 0) batches.push(current);
  return batches;
}

async function formatBatch(files: readonly UnformattedFile[]): Promise<string[]> {
  if (files.length === 1) return [await formatOne(files[0]!)];
  const joined = files.map((file) => file.contents).join(`\n${BATCH_MARKER}\n`);
  const pieces = (await format(joined, typescriptOptions)).split(`${BATCH_MARKER}\n`);
  if (pieces.length !== files.length) return Promise.all(files.map(formatOne));
  return pieces.map((piece) => `${piece.replace(/^\n+/, "").replace(/\n*$/, "")}\n`);
}

/** Each file as prettier formats it; only the files that need prettier go through it. Order is kept. */
export async function formatFiles(files: readonly UnformattedFile[]): Promise<UnformattedFile[]> {
  const formatted: UnformattedFile[] = [...files];
  const pending = files.flatMap((file, index) => (needsPrettier(file) ? [index] : []));
  const batches = batchesOf(files, pending);
  let next = 0;
  const worker = async (): Promise<void> => {
    for (let index = next++; index < batches.length; index = next++) {
      const batch = batches[index]!;
      const texts = await formatBatch(batch.indexes.map((fileIndex) => files[fileIndex]!));
      batch.indexes.forEach((fileIndex, position) => {
        formatted[fileIndex] = { path: files[fileIndex]!.path, contents: texts[position]! };
      });
    }
  };
  await Promise.all(Array.from({ length: Math.min(POOL_SIZE, batches.length) }, worker));
  return formatted;
}

/**
 * Formats files one by one with prettier, with no batching and no skipping (JSON aside): the reference
 * that batching and `needsPrettier` must match.
 */
export async function formatFilesSeparately(files: readonly UnformattedFile[]): Promise<UnformattedFile[]> {
  return Promise.all(
    files.map(async (file) => ({
      path: file.path,
      contents: file.path.endsWith(".json") ? file.contents : await formatOne(file),
    })),
  );
}
