/**
 * Incremental emission: each declaration is keyed by everything its files are made from, as the
 * emitter says (emit/cache-keys.ts: the declaration, what it reaches through references, the names of
 * all declarations, the options, the emitter's code and the versions of prettier and ts-morph).
 *
 * The cache holds no file contents. It remembers, per declaration, its key and the hashes of the files
 * it made, and, per output file, the hash, size and mtime it had on disk when modeldoc last wrote or
 * checked it. A declaration whose key is unchanged and whose files are still on disk as recorded needs
 * nothing: not emitted, not read, not written. Any other is emitted again and its files compared.
 * A watcher's session trusts the records it made or checked itself, without looking at the disk again,
 * and updates the cache file it stored in place (see carriedEmitCache).
 */
import { statSync } from "node:fs";
import { join } from "node:path";
import type { OutputFile } from "../emit/output.js";
import { hashText } from "../ir/fingerprint.js";
import { DamageReport, entryChecksum, isRecord, loadCacheFile, storeCacheFile, type CacheSession } from "./cache.js";

interface Entry {
  readonly key: string;
  /** The files it made: path and content hash. */
  readonly files: readonly (readonly [path: string, hash: string])[];
  /** {@link entryChecksum} of the declaration's id (or the variant's files) and the fields above. */
  readonly sum: string;
}

/** A file as modeldoc last wrote or checked it: content hash, size in bytes, mtime in ms, and the checksum of its path and these. */
type DiskStamp = readonly [hash: string, size: number, mtimeMs: number, sum: string];

/** The layout of the cache file; a file of another layout is ignored. */
const FORMAT = 3;

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
  /** Writes the cache file, and tells of damaged entries. */
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

/** The name the variant's own files go by in checksums (no declaration id starts with a NUL). */
const variantFilesName = "\0variant";

function entryOf(name: string, key: string, files: readonly OutputFile[]): Entry {
  const pairs = files.map((file) => [file.path, contentHash(file)] as const);
  return { key, files: pairs, sum: entryChecksum(name, key, ...pairs.flat()) };
}

function diskStamp(path: string, hash: string, size: number, mtimeMs: number): DiskStamp {
  return [hash, size, mtimeMs, entryChecksum(path, hash, size, mtimeMs)];
}

/** Entries and stamps made or checked by this process: trusted without another look (a watcher's session). */
const checked = new WeakSet<object>();

/**
 * The stamps of the files now on disk with these contents (a file gone since is left out), each trusted by
 * this process and by the watcher's session, if any: what both emit caches record after a write or check.
 */
function stampsOnDisk(outputFolder: string, files: readonly OutputFile[], session: CacheSession | undefined): [path: string, stamp: DiskStamp][] {
  const stamps: [string, DiskStamp][] = [];
  for (const output of files) {
    const stats = statSync(join(outputFolder, output.path), { throwIfNoEntry: false });
    if (stats === undefined) continue;
    const stamp = diskStamp(output.path, contentHash(output), stats.size, stats.mtimeMs);
    checked.add(stamp);
    session?.checkedOutputs.add(stamp);
    stamps.push([output.path, stamp]);
  }
  return stamps;
}

/** The entry when its shape and checksum hold, else undefined. */
function checkedEntry(name: string, value: unknown): Entry | undefined {
  if (!isRecord(value)) return undefined;
  if (checked.has(value)) return value as unknown as Entry;
  const { key, files, sum } = value;
  if (typeof key !== "string" || typeof sum !== "string" || !Array.isArray(files)) return undefined;
  if (!files.every((pair) => Array.isArray(pair) && pair.length === 2 && typeof pair[0] === "string" && typeof pair[1] === "string")) return undefined;
  if (entryChecksum(name, key, ...(files as string[][]).flat()) !== sum) return undefined;
  checked.add(value);
  return value as unknown as Entry;
}

/** The stamp when its shape and checksum hold, else undefined. */
function checkedStamp(path: string, value: unknown): DiskStamp | undefined {
  if (!Array.isArray(value)) return undefined;
  if (checked.has(value)) return value as unknown as DiskStamp;
  const [hash, size, mtimeMs, sum] = value as unknown[];
  if (value.length !== 4 || typeof hash !== "string" || typeof size !== "number" || typeof mtimeMs !== "number" || typeof sum !== "string") return undefined;
  if (diskStamp(path, hash, size, mtimeMs)[3] !== sum) return undefined;
  checked.add(value);
  return value as unknown as DiskStamp;
}

/** The cache file as a run builds it. */
interface MutableCacheFile {
  format: typeof FORMAT;
  variantFiles?: Entry;
  declarations: Record<string, Entry>;
  disk: Record<string, DiskStamp>;
}

/** The emit cache file of an output folder. */
export function emitCacheFile(cacheFolder: string, outputFolder: string): string {
  return join(cacheFolder, `emit-${hashText(outputFolder).slice(0, 16)}.json`);
}

/**
 * Opens the emit cache of an output folder. Every entry and stamp is checked (its shape and its
 * checksum) before it is used; one that fails is dropped and its declaration emitted again, with a warning.
 */
export async function openEmitCache(cacheFolder: string, outputFolder: string, session?: CacheSession, warn?: (message: string) => void): Promise<EmitCache> {
  const file = emitCacheFile(cacheFolder, outputFolder);
  const damage = new DamageReport(file, "emitted", warn);
  const loaded = await loadCacheFile(file, session);
  if (session !== undefined && loaded.kind === "value" && isRecord(loaded.value) && session.stored.has(loaded.value) && loaded.value["format"] === FORMAT) {
    return carriedEmitCache(file, outputFolder, loaded.value as unknown as MutableCacheFile, session);
  }
  let previous: { variantFiles?: unknown; declarations: Record<string, unknown>; disk: Record<string, unknown> } = { declarations: {}, disk: {} };
  /** Whether the file on disk is of this layout (else it is rewritten even when nothing changed). */
  let current = false;
  if (loaded.kind === "damaged") damage.damagedFile(loaded.reason);
  else if (loaded.kind === "value") {
    const stored = loaded.value;
    if (!isRecord(stored) || !isRecord(stored["declarations"]) || !isRecord(stored["disk"])) damage.damagedFile("JSON of another shape");
    else if (stored["format"] === FORMAT) {
      previous = { variantFiles: stored["variantFiles"], declarations: stored["declarations"], disk: stored["disk"] };
      current = true;
    }
  }
  const next: MutableCacheFile = {
    format: FORMAT,
    declarations: {},
    disk: {},
  };
  let changed = false;
  let damaged = 0;
  const entryOrDamage = (name: string, value: unknown): Entry | undefined => {
    if (value === undefined) return undefined;
    const entry = checkedEntry(name, value);
    if (entry === undefined) {
      damaged++;
      damage.damagedEntry(name === variantFilesName ? "the variant's files" : name);
    }
    return entry;
  };
  /** Whether every file of an entry is on disk as recorded; the stamps are carried to the next file. */
  const intact = (entry: Entry): boolean => {
    const stamps: DiskStamp[] = [];
    for (const [path, hash] of entry.files) {
      const stored = Object.hasOwn(previous.disk, path) ? previous.disk[path] : undefined;
      const stamp = stored === undefined ? undefined : checkedStamp(path, stored);
      if (stored !== undefined && stamp === undefined) {
        damaged++;
        damage.damagedEntry(path);
      }
      if (stamp === undefined || stamp[0] !== hash) return false;
      stamps.push(stamp);
      if (session?.checkedOutputs.has(stamp)) continue;
      const stats = statSync(join(outputFolder, path), { throwIfNoEntry: false });
      if (stats === undefined || stats.size !== stamp[1] || stats.mtimeMs !== stamp[2]) return false;
    }
    entry.files.forEach(([path], index) => {
      next.disk[path] = stamps[index]!;
      session?.checkedOutputs.add(stamps[index]!);
    });
    return true;
  };
  const reuse = (entry: Entry | undefined, key: string): readonly string[] | undefined =>
    entry?.key === key && intact(entry) ? entry.files.map(([path]) => path) : undefined;
  return {
    declarationFiles(id, key) {
      const entry = entryOrDamage(id, Object.hasOwn(previous.declarations, id) ? previous.declarations[id] : undefined);
      const paths = reuse(entry, key);
      if (paths !== undefined) next.declarations[id] = entry!;
      return paths;
    },
    variantFiles(key) {
      const entry = entryOrDamage(variantFilesName, previous.variantFiles);
      const paths = reuse(entry, key);
      if (paths !== undefined) next.variantFiles = entry!;
      return paths;
    },
    setDeclaration(id, key, files) {
      changed = true;
      next.declarations[id] = entryOf(id, key, files);
      checked.add(next.declarations[id]);
    },
    setVariant(key, files) {
      changed = true;
      next.variantFiles = entryOf(variantFilesName, key, files);
      checked.add(next.variantFiles);
    },
    recordDisk(files) {
      for (const [path, stamp] of stampsOnDisk(outputFolder, files, session)) {
        changed = true;
        next.disk[path] = stamp;
      }
    },
    diskStamps() {
      return Object.entries(next.disk).map(([path, [, size, mtimeMs]]) => [path, size, mtimeMs] as const);
    },
    async save() {
      damage.tell();
      const sameDeclarations = Object.keys(next.declarations).length === Object.keys(previous.declarations).length;
      if (!changed && damaged === 0 && current && sameDeclarations && Object.keys(next.disk).length === Object.keys(previous.disk).length) return;
      await storeCacheFile(file, next, session);
    },
  };
}

/**
 * The emit cache of a watcher's later runs: the file its last run stored, every entry and stamp in it
 * made or checked by this session, is updated in place instead of copied entry by entry (thousands a
 * run). An entry is used while its key holds and its files' stamps are the ones this session recorded;
 * at the end, the entries no declaration asked for and the stamps of the files only they or replaced
 * entries held are dropped, as a fresh copy would have left them out.
 */
function carriedEmitCache(file: string, outputFolder: string, cache: MutableCacheFile, session: CacheSession): EmitCache {
  const seen = new Set<string>();
  let variantSeen = false;
  /** Files of entries replaced or dropped, and the files recorded on disk by this run. */
  const released: string[] = [];
  const recorded = new Set<string>();
  let changed = false;
  const holds = (entry: Entry | undefined, key: string): readonly string[] | undefined => {
    if (entry?.key !== key) return undefined;
    for (const [path, hash] of entry.files) {
      const stamp = Object.hasOwn(cache.disk, path) ? cache.disk[path] : undefined;
      if (stamp === undefined || stamp[0] !== hash || !session.checkedOutputs.has(stamp)) return undefined;
    }
    return entry.files.map(([path]) => path);
  };
  const replace = (entry: Entry | undefined): void => {
    if (entry !== undefined) for (const [path] of entry.files) released.push(path);
  };
  return {
    declarationFiles(id, key) {
      const paths = holds(Object.hasOwn(cache.declarations, id) ? cache.declarations[id] : undefined, key);
      if (paths !== undefined) seen.add(id);
      return paths;
    },
    variantFiles(key) {
      const paths = holds(cache.variantFiles, key);
      if (paths !== undefined) variantSeen = true;
      return paths;
    },
    setDeclaration(id, key, files) {
      changed = true;
      if (Object.hasOwn(cache.declarations, id)) replace(cache.declarations[id]);
      cache.declarations[id] = entryOf(id, key, files);
      checked.add(cache.declarations[id]);
      seen.add(id);
    },
    setVariant(key, files) {
      changed = true;
      replace(cache.variantFiles);
      cache.variantFiles = entryOf(variantFilesName, key, files);
      checked.add(cache.variantFiles);
      variantSeen = true;
    },
    recordDisk(files) {
      for (const [path, stamp] of stampsOnDisk(outputFolder, files, session)) {
        changed = true;
        cache.disk[path] = stamp;
        recorded.add(path);
      }
    },
    diskStamps() {
      return Object.entries(cache.disk).map(([path, [, size, mtimeMs]]) => [path, size, mtimeMs] as const);
    },
    async save() {
      for (const id of Object.keys(cache.declarations)) {
        if (seen.has(id)) continue;
        replace(cache.declarations[id]);
        delete cache.declarations[id];
        changed = true;
      }
      if (!variantSeen && cache.variantFiles !== undefined) {
        replace(cache.variantFiles);
        delete cache.variantFiles;
        changed = true;
      }
      const dropped = new Set<string>();
      for (const path of released) {
        if (recorded.has(path) || dropped.has(path)) continue;
        dropped.add(path);
        delete cache.disk[path];
        changed = true;
      }
      if (changed) await storeCacheFile(file, cache, session);
    },
  };
}
