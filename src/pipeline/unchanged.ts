/**
 * The warm run's shortcut. A variant whose docs folder holds the same pages as when its output was last
 * written, each with the size and mtime it had then, read with the same settings by the same modeldoc,
 * and whose output folder is file for file as that run left it, needs nothing: no cache file loaded, no
 * page read, no declaration emitted. Any difference — a page touched, a file edited or deleted by hand,
 * an option, an upgrade — takes the full path, which is always right; this only spares it when nothing
 * could have changed. The record of the last run (one small file per output folder, in the cache folder)
 * holds what the run reported: its counts and its diagnostics.
 */
import { createHash } from "node:crypto";
import { statSync } from "node:fs";
import { join } from "node:path";
import { emitterFingerprint } from "../emit/cache-keys.js";
import type { EmitOptions } from "../emit/options.js";
import type { Diagnostic, Dialect } from "../ir/types.js";
import { hashText } from "../ir/fingerprint.js";
import { codeFingerprint, loadCacheFile, storeCacheFile } from "./cache.js";
import { listDocsPages } from "./docs-pages.js";
import type { ReadAs } from "../parse/index.js";

/** The layout of a record; a record of another layout is ignored. */
const FORMAT = 1;

/** A file on disk as a run left it: path (relative to its folder), size in bytes, mtime in ms. */
export type FileStamp = readonly [path: string, size: number, mtimeMs: number];

export interface LastRun {
  readonly format: typeof FORMAT;
  /** What the run was made from (see {@link runKey}). */
  readonly key: string;
  /** The variant's name and dialect, as the run read it. */
  readonly name: string;
  readonly dialect: Dialect;
  /** Pages read and declarations emitted (or taken from the cache) by the run. */
  readonly pages: number;
  readonly declarations: number;
  /** The variant's diagnostics, as the run reported them (page paths relative to the docs folder). */
  readonly diagnostics: readonly Diagnostic[];
  /** Every file of the output folder the run wrote or found as it wanted, the manifest included. */
  readonly files: readonly FileStamp[];
}

let modeldocCode: string | undefined;

/**
 * A key for everything a variant's output is made from that can be known without reading a page: the
 * docs folder, every page's path, size and mtime, the dialect and format settings, the emit options, and modeldoc's
 * own code (parser, pipeline, emitter and the library versions it is keyed by).
 */
export async function runKey(folder: string, given: ReadAs, options: EmitOptions): Promise<{ key: string; pages: number }> {
  modeldocCode ??= `${codeFingerprint(["../parse", "../parse/dialects", "../parse/formats", "../ir", "../pipeline"])}:${emitterFingerprint()}`;
  const { root, pages, skippedLinks } = await listDocsPages(folder);
  const hash = createHash("sha1").update(JSON.stringify({ root, dialect: given.dialect ?? "auto", format: given.format ?? "auto", options, code: modeldocCode, links: skippedLinks.length }));
  for (const page of pages) {
    const info = statSync(page.file);
    hash.update(`\n${page.id}\0${info.size}\0${info.mtimeMs}`);
  }
  return { key: hash.digest("hex"), pages: pages.length };
}

function recordFile(cacheFolder: string, outputFolder: string): string {
  return join(cacheFolder, `run-${hashText(outputFolder).slice(0, 16)}.json`);
}

/** Whether every file is on disk with the size and mtime recorded. */
function intact(outputFolder: string, files: readonly FileStamp[]): boolean {
  for (const [path, size, mtimeMs] of files) {
    const info = statSync(join(outputFolder, path), { throwIfNoEntry: false });
    if (info === undefined || !info.isFile() || info.size !== size || info.mtimeMs !== mtimeMs) return false;
  }
  return true;
}

/** The last run into `outputFolder`, when it was made from what `key` says and its files are as it left them. */
export async function unchangedRun(cacheFolder: string, outputFolder: string, key: string): Promise<LastRun | undefined> {
  const record = (await loadCacheFile(recordFile(cacheFolder, outputFolder), undefined)) as LastRun | undefined;
  if (record?.format !== FORMAT || record.key !== key) return undefined;
  return intact(outputFolder, record.files) ? record : undefined;
}

/** Records a run into `outputFolder` with the stamps of its files as it left them. */
export async function recordRun(cacheFolder: string, outputFolder: string, run: Omit<LastRun, "format">): Promise<void> {
  await storeCacheFile(recordFile(cacheFolder, outputFolder), { format: FORMAT, ...run } satisfies LastRun, undefined);
}

/** A file's stamp as it is now, or undefined when it is not there. */
export function stampOf(outputFolder: string, path: string): FileStamp | undefined {
  const info = statSync(join(outputFolder, path), { throwIfNoEntry: false });
  return info === undefined ? undefined : [path, info.size, info.mtimeMs];
}
