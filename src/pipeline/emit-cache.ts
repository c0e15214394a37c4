/**
 * Incremental emission: each declaration is keyed by everything its files are made from, as the
 * emitter says (emit/cache-keys.ts: the declaration, what it reaches through references, the names of
 * all declarations, the options, the emitter's code and the versions of prettier and ts-morph).
 *
 * The cache holds no file contents. It remembers, per declaration, its key and the hashes of the files
 * it made, and, per output file, the hash, size and mtime it had on disk when modeldoc last wrote or
 * checked it. A declaration whose key is unchanged and whose files are still on disk as recorded needs
 * nothing: not emitted, not read, not written. Any other is emitted again and its files compared.
 * A watcher's session trusts the records it made or checked itself, without looking at the disk again.
 */
import { statSync } from "node:fs";
import { join } from "node:path";
import type { OutputFile } from "../emit/output.js";
import { hashText } from "../ir/fingerprint.js";
import { loadCacheFile, storeCacheFile, type CacheSession } from "./cache.js";

interface Entry {
  readonly key: string;
  /** The files it made: path and content hash. */
  readonly files: readonly (readonly [path: string, hash: string])[];
}

/** A file as modeldoc last wrote or checked it: content hash, size in bytes, mtime in ms. */
type DiskStamp = readonly [hash: string, size: number, mtimeMs: number];

/** The layout of the cache file; a file of another layout is ignored. */
const FORMAT = 2;

interface EmitCacheFile {
  readonly format: typeof FORMAT;
  readonly variantFiles?: Entry;
  readonly declarations: Record<string, Entry>;
  /** By path relative to the output folder. */
  readonly disk: Record<string, DiskStamp>;
}

export interface EmitCache {
  /** The paths of a declaration's files, when its key is unchanged and they are on disk as recorded. */
  declarationFiles(id: string, key: string): readonly string[] | undefined;
  variantFiles(key: string): readonly string[] | undefined;
  setDeclaration(id: string, key: string, files: readonly OutputFile[]): void;
  setVariant(key: string, files: readonly OutputFile[]): void;
  /** Records files now on disk with these contents (written or checked by this run). */
  recordDisk(files: readonly OutputFile[]): void;
  /** Every output file this run recorded on disk: path, size, mtime. */
  diskStamps(): (readonly [path: string, size: number, mtimeMs: number])[];
  save(): Promise<void>;
}

/** Content hashes of the files emitted in this process, so a file written later is not hashed again. */
const contentHashes = new WeakMap<OutputFile, string>();

function contentHash(file: OutputFile): string {
  let hash = contentHashes.get(file);
  if (hash === undefined) {
    hash = hashText(file.contents);
    contentHashes.set(file, hash);
  }
  return hash;
}

function entryOf(key: string, files: readonly OutputFile[]): Entry {
  return { key, files: files.map((file) => [file.path, contentHash(file)] as const) };
}

/** The emit cache file of an output folder. */
export function emitCacheFile(cacheFolder: string, outputFolder: string): string {
  return join(cacheFolder, `emit-${hashText(outputFolder).slice(0, 16)}.json`);
}

export async function openEmitCache(cacheFolder: string, outputFolder: string, session?: CacheSession): Promise<EmitCache> {
  const file = emitCacheFile(cacheFolder, outputFolder);
  const loaded = (await loadCacheFile(file, session)) as EmitCacheFile | undefined;
  const previous: EmitCacheFile = loaded?.format === FORMAT ? loaded : { format: FORMAT, declarations: {}, disk: {} };
  const next: { format: typeof FORMAT; variantFiles?: Entry; declarations: Record<string, Entry>; disk: Record<string, DiskStamp> } = {
    format: FORMAT,
    declarations: {},
    disk: {},
  };
  let changed = false;
  /** Whether every file of an entry is on disk as recorded; the stamps are carried to the next file. */
  const intact = (entry: Entry): boolean => {
    for (const [path, hash] of entry.files) {
      const stamp = previous.disk[path];
      if (stamp === undefined || stamp[0] !== hash) return false;
      if (session?.checkedOutputs.has(stamp)) continue;
      const stats = statSync(join(outputFolder, path), { throwIfNoEntry: false });
      if (stats === undefined || stats.size !== stamp[1] || stats.mtimeMs !== stamp[2]) return false;
    }
    for (const [path] of entry.files) {
      const stamp = previous.disk[path]!;
      next.disk[path] = stamp;
      session?.checkedOutputs.add(stamp);
    }
    return true;
  };
  const reuse = (entry: Entry | undefined, key: string): readonly string[] | undefined =>
    entry?.key === key && intact(entry) ? entry.files.map(([path]) => path) : undefined;
  return {
    declarationFiles(id, key) {
      const entry = previous.declarations[id];
      const paths = reuse(entry, key);
      if (paths !== undefined) next.declarations[id] = entry!;
      return paths;
    },
    variantFiles(key) {
      const paths = reuse(previous.variantFiles, key);
      if (paths !== undefined) next.variantFiles = previous.variantFiles!;
      return paths;
    },
    setDeclaration(id, key, files) {
      changed = true;
      next.declarations[id] = entryOf(key, files);
    },
    setVariant(key, files) {
      changed = true;
      next.variantFiles = entryOf(key, files);
    },
    recordDisk(files) {
      for (const output of files) {
        const stats = statSync(join(outputFolder, output.path), { throwIfNoEntry: false });
        if (stats === undefined) continue;
        changed = true;
        const stamp: DiskStamp = [contentHash(output), stats.size, stats.mtimeMs];
        next.disk[output.path] = stamp;
        session?.checkedOutputs.add(stamp);
      }
    },
    diskStamps() {
      return Object.entries(next.disk).map(([path, [, size, mtimeMs]]) => [path, size, mtimeMs] as const);
    },
    async save() {
      const sameDeclarations = Object.keys(next.declarations).length === Object.keys(previous.declarations).length;
      if (!changed && previous === loaded && sameDeclarations && Object.keys(next.disk).length === Object.keys(previous.disk).length) return;
      await storeCacheFile(file, next, session);
    },
  };
}
