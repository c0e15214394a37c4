/**
 * The incremental cache, under `node_modules/.cache/modeldoc` (the place build tools share):
 * what each page read to, keyed by a hash of its text, so an unchanged page is never parsed again.
 * Entries also depend on modeldoc's own code: a build with another parser is another cache.
 */
import { createHash } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import { mkdir, readdir, readFile, rename, rm, stat, utimes, writeFile } from "node:fs/promises";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { declarationFingerprint, hashText, rememberFingerprint } from "../ir/fingerprint.js";
import type { PageResult, ReadAs } from "../parse/index.js";

/** A hash of some of modeldoc's own code, as built (folders relative to this one). */
export function codeFingerprint(folders: readonly string[]): string {
  const hash = createHash("sha1");
  const here = dirname(fileURLToPath(import.meta.url));
  for (const folder of folders) {
    const path = resolve(here, folder);
    for (const name of readdirSync(path).sort()) {
      if (/\.(js|ts)$/.test(name) && !name.endsWith(".d.ts")) hash.update(name).update(readFileSync(join(path, name)));
    }
  }
  return hash.digest("hex").slice(0, 16);
}

/**
 * A long-running process's memory of the cache files (the watcher's): loaded once, kept as objects,
 * and written back when the session is flushed instead of after every run.
 */
export interface CacheSession {
  readonly files: Map<string, unknown>;
  readonly dirty: Set<string>;
  /**
   * Records of output files this session wrote or checked on disk (see emit-cache.ts): trusted without
   * another look, so a watcher's run does not stat every output after each edit.
   */
  readonly checkedOutputs: WeakSet<object>;
}

export function createCacheSession(): CacheSession {
  return { files: new Map(), dirty: new Set(), checkedOutputs: new WeakSet() };
}

async function writeJson(file: string, value: unknown): Promise<void> {
  await mkdir(dirname(file), { recursive: true });
  const temporary = `${file}.${process.pid}.${++saves}.tmp`;
  await writeFile(temporary, JSON.stringify(value));
  await rename(temporary, file);
}

/**
 * A cache file's content: from the session when it has it, else from disk (undefined when missing or
 * unreadable). Loading a file from disk marks it used: its mtime is the time of its last use, which
 * {@link pruneCacheFolder} goes by.
 */
export async function loadCacheFile(file: string, session: CacheSession | undefined): Promise<unknown> {
  if (session?.files.has(file)) return session.files.get(file);
  let value: unknown;
  try {
    value = JSON.parse(await readFile(file, "utf8"));
    const now = new Date();
    await utimes(file, now, now).catch(() => {}); // a read-only cache is still a cache
  } catch {
    value = undefined;
  }
  session?.files.set(file, value);
  return value;
}

/** How long a cache file may go unused before a run deletes it (webpack's cache keeps 60 days). */
export const cacheMaxAgeDays = 30;
/** modeldoc's cache files, and the temporary files of saves; nothing else in the folder is touched. */
const cacheFileName = /^(?:pages|emit|run)-[0-9a-f]{16}\.json(?<temporary>\.\d+\.\d+\.tmp)?$/;
const dayMs = 24 * 60 * 60 * 1000;

/**
 * Deletes the cache files no run has used for {@link cacheMaxAgeDays} (a docs or output folder that
 * is gone, a setting no longer used), and temporary files a killed save left more than an hour ago.
 * Without this the cache grows by a file for every output folder ever generated.
 */
export async function pruneCacheFolder(cacheFolder: string): Promise<void> {
  let names: string[];
  try {
    names = await readdir(cacheFolder);
  } catch {
    return;
  }
  const now = Date.now();
  for (const name of names.sort()) {
    const match = cacheFileName.exec(name);
    if (match === null) continue;
    const path = join(cacheFolder, name);
    const info = await stat(path).catch(() => undefined);
    const maxAgeMs = match.groups?.["temporary"] ? dayMs / 24 : cacheMaxAgeDays * dayMs;
    if (info === undefined || !info.isFile() || now - info.mtimeMs <= maxAgeMs) continue;
    await rm(path, { force: true });
  }
}

/** Stores a cache file: into the session (written when it is flushed), or straight to disk. */
export async function storeCacheFile(file: string, value: unknown, session: CacheSession | undefined): Promise<void> {
  if (session) {
    session.files.set(file, value);
    session.dirty.add(file);
  } else {
    await writeJson(file, value);
  }
}

/** Writes the session's changed cache files to disk. */
export async function flushCacheSession(session: CacheSession): Promise<void> {
  for (const file of [...session.dirty].sort()) await writeJson(file, session.files.get(file));
  session.dirty.clear();
}

let fingerprint: string | undefined;
/** Distinguishes the temporary files of saves running at once in one process. */
let saves = 0;

/** A page as it was on disk when its hash was taken: size in bytes, mtime in ms. */
export type PageStamp = readonly [size: number, mtimeMs: number];

interface PageEntry {
  readonly hash: string;
  /** The page on disk when `hash` was taken: while its size and mtime stay, its text is not read again. */
  readonly stamp?: PageStamp;
  readonly result: PageResult;
  /** The fingerprints of `result.declarations`, in order (see ir/fingerprint.ts). */
  readonly declarations?: readonly string[];
}

interface CacheFile {
  readonly code: string;
  readonly pages: Record<string, PageEntry>;
}

export interface PageCache {
  /** The cached result of a page whose text hashes to `hash`. */
  get(id: string, hash: string): PageResult | undefined;
  /** The hash of the text the cache last saw for a page. */
  lastHash(id: string): string | undefined;
  /** That hash, when the page on disk still has the size and mtime it had then (make's rule, webpack's too). */
  hashIfStamped(id: string, stamp: PageStamp): string | undefined;
  set(id: string, hash: string, result: PageResult, stamp?: PageStamp): void;
  /** Records the page's stamp with its hit (a page whose text is the same under a new mtime). */
  stamp(id: string, stamp: PageStamp): void;
  /** Writes what this run used (entries of pages no longer there are dropped). */
  save(): Promise<void>;
}

/** The default cache folder for a working directory. */
export function defaultCacheFolder(cwd: string): string {
  return resolve(cwd, "node_modules", ".cache", "modeldoc");
}

/** The page cache file of a docs folder read with one set of settings (a page's reading depends on them). */
export function pageCacheFile(cacheFolder: string, docsFolder: string, readAs: ReadAs): string {
  const settings = `${readAs.dialect ?? "auto"}|${readAs.format ?? "auto"}|${readAs.marks?.join(",") ?? "auto"}`;
  return join(cacheFolder, `pages-${hashText(`${resolve(docsFolder)}|${settings}`).slice(0, 16)}.json`);
}

/**
 * Marks cache files used without loading them (a run that needed nothing from them still depends on
 * them being there next time), so {@link pruneCacheFolder} keeps them.
 */
export async function markCacheFilesUsed(files: readonly string[]): Promise<void> {
  const now = new Date();
  for (const file of files) await utimes(file, now, now).catch(() => {});
}

/** Opens the page cache of one variant (see {@link pageCacheFile}). */
export async function openPageCache(file: string, session?: CacheSession): Promise<PageCache> {
  const code = (fingerprint ??= codeFingerprint(["../parse", "../parse/dialects", "../parse/formats", "../ir"]));
  const stored = (await loadCacheFile(file, session)) as CacheFile | undefined;
  const previous: Record<string, PageEntry> = stored?.code === code ? stored.pages : {};
  for (const entry of Object.values(previous)) {
    entry.result.declarations.forEach((declaration, index) => {
      const fingerprint = entry.declarations?.[index];
      if (fingerprint !== undefined) rememberFingerprint(declaration, fingerprint);
    });
  }
  const used: Record<string, PageEntry> = {};
  let changed = false;
  return {
    get(id, hash) {
      const entry = previous[id];
      if (entry?.hash !== hash) return undefined;
      used[id] = entry;
      return entry.result;
    },
    lastHash(id) {
      return previous[id]?.hash;
    },
    hashIfStamped(id, stamp) {
      const entry = previous[id];
      return entry?.stamp !== undefined && entry.stamp[0] === stamp[0] && entry.stamp[1] === stamp[1] ? entry.hash : undefined;
    },
    set(id, hash, result, stamp) {
      changed = true;
      used[id] = { hash, ...(stamp ? { stamp } : {}), result, declarations: result.declarations.map(declarationFingerprint) };
    },
    stamp(id, stamp) {
      const entry = used[id];
      if (entry === undefined || (entry.stamp?.[0] === stamp[0] && entry.stamp[1] === stamp[1])) return;
      changed = true;
      used[id] = { ...entry, stamp };
    },
    async save() {
      // Nothing new and nothing gone: the file on disk already says this.
      if (!changed && Object.keys(used).length === Object.keys(previous).length) return;
      await storeCacheFile(file, { code, pages: used } satisfies CacheFile, session);
    },
  };
}
