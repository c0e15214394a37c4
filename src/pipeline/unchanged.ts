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
import { codeFingerprint } from "../code-identity.js";
import { emitterFingerprint } from "../emit/cache-keys.js";
import type { ResolvedEmitOptions } from "../options.js";
import type { Diagnostic, Dialect } from "../ir/types.js";
import { hashText } from "../ir/fingerprint.js";
import { DamageReport, entryChecksum, isRecord, loadCacheFile, storeCacheFile } from "./cache.js";
import { listDocsPages } from "./docs-pages.js";
import { readAsKey, type ReadAs } from "../parse/index.js";

/** The layout of a record; a record of another layout is ignored. */
const FORMAT = 2;

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
  /** {@link entryChecksum} of the record's JSON without this field: a record that does not match it is not used. */
  readonly sum: string;
}

let modeldocCode: string | undefined;

/**
 * A key for everything a variant's output is made from that can be known without reading a page: the
 * docs folder, every page's path, size and mtime, the dialect and format settings, the emit options, and modeldoc's
 * own code (parser, pipeline, emitter and the library versions it is keyed by).
 */
export async function runKey(folder: string, given: ReadAs, options: ResolvedEmitOptions): Promise<{ key: string; pages: number }> {
  modeldocCode ??= `${codeFingerprint(["parse", "ir", "pipeline"])}:${emitterFingerprint()}`;
  const { root, pages, skippedLinks } = await listDocsPages(folder);
  const hash = createHash("sha1").update(JSON.stringify({ root, reading: readAsKey(given), options, code: modeldocCode, links: skippedLinks.length }));
  for (const page of pages) {
    // A page gone since it was listed (deleted or renamed mid-run) is part of the key as gone.
    const info = statSync(page.file, { throwIfNoEntry: false });
    hash.update(`\n${page.id}\0${info?.size ?? "gone"}\0${info?.mtimeMs ?? ""}`);
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

/** The record's checksum: of its JSON without the checksum, keys in the order {@link recordRun} writes them. */
function recordChecksum(record: Omit<LastRun, "sum">): string {
  return entryChecksum(JSON.stringify(record));
}

/** Whether a parsed record has the shape of a {@link LastRun} and its checksum holds. */
function isSound(record: Record<string, unknown>): record is Record<string, unknown> & LastRun {
  const { sum, ...rest } = record;
  return (
    typeof record["key"] === "string" &&
    typeof record["name"] === "string" &&
    typeof record["dialect"] === "string" &&
    typeof record["pages"] === "number" &&
    typeof record["declarations"] === "number" &&
    Array.isArray(record["diagnostics"]) &&
    Array.isArray(record["files"]) &&
    record["files"].every((file) => Array.isArray(file) && file.length === 3 && typeof file[0] === "string" && typeof file[1] === "number" && typeof file[2] === "number") &&
    sum === recordChecksum(rest as Omit<LastRun, "sum">)
  );
}

/**
 * The last run into `outputFolder`, when it was made from what `key` says and its files are as it left
 * them. A record that fails its shape or checksum is not used (the run takes the full path), with a warning.
 */
export async function unchangedRun(cacheFolder: string, outputFolder: string, key: string, warn?: (message: string) => void): Promise<LastRun | undefined> {
  const file = recordFile(cacheFolder, outputFolder);
  const loaded = await loadCacheFile(file, undefined);
  if (loaded.kind === "missing") return undefined;
  const damage = new DamageReport(file, "the run made in full", warn);
  const record = loaded.kind === "value" ? loaded.value : undefined;
  if (loaded.kind === "damaged") damage.damagedFile(loaded.reason);
  else if (!isRecord(record)) damage.damagedFile("JSON of another shape");
  else if (record["format"] === FORMAT && !isSound(record)) damage.damagedEntry("the record of the last run");
  damage.tell();
  if (!isRecord(record) || record["format"] !== FORMAT || !isSound(record) || record.key !== key) return undefined;
  return intact(outputFolder, record.files) ? record : undefined;
}

/** Records a run into `outputFolder` with the stamps of its files as it left them. */
export async function recordRun(cacheFolder: string, outputFolder: string, run: Omit<LastRun, "format" | "sum">): Promise<void> {
  const record: Omit<LastRun, "sum"> = { format: FORMAT, ...run };
  await storeCacheFile(recordFile(cacheFolder, outputFolder), { ...record, sum: recordChecksum(record) } satisfies LastRun, undefined);
}

/** A file's stamp as it is now, or undefined when it is not there. */
export function stampOf(outputFolder: string, path: string): FileStamp | undefined {
  const info = statSync(join(outputFolder, path), { throwIfNoEntry: false });
  return info === undefined ? undefined : [path, info.size, info.mtimeMs];
}
