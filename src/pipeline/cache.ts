/**
 * The incremental cache, under `node_modules/.cache/modeldoc` (the place build tools share):
 * what each page read to, keyed by a hash of its text, so an unchanged page is never parsed again.
 * Entries also depend on modeldoc's own code: a build with another parser is another cache.
 */
import { mkdir, readdir, readFile, rename, rm, stat, utimes, writeFile } from "node:fs/promises";
import { dirname, join, resolve } from "node:path";
import { codeFingerprint } from "../code-identity.js";
import { declarationFingerprint, declarationShape, hashText, rememberFingerprint, rememberShape } from "../ir/fingerprint.js";
import { readAsKey, type PageResult, type ReadAs } from "../parse/index.js";

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
  /** The values this session stored as cache files: every entry in them was made or checked by it. */
  readonly stored: WeakSet<object>;
}

export function createCacheSession(): CacheSession {
  return { files: new Map(), dirty: new Set(), checkedOutputs: new WeakSet(), stored: new WeakSet() };
}

async function writeJson(file: string, value: unknown): Promise<void> {
  await mkdir(dirname(file), { recursive: true });
  const temporary = `${file}.${process.pid}.${++saves}.tmp`;
  await writeFile(temporary, JSON.stringify(value));
  await rename(temporary, file);
}

/** What a cache file holds: its parsed JSON, nothing (no file), or text that is not JSON. */
export type CacheFileContent = { readonly kind: "value"; readonly value: unknown } | { readonly kind: "missing" } | { readonly kind: "damaged"; readonly reason: string };

const missingFile: CacheFileContent = { kind: "missing" };

/**
 * A cache file's content: from the session when it has it, else from disk. Loading a file from disk
 * marks it used: its mtime is the time of its last use, which {@link pruneCacheFolder} goes by.
 */
export async function loadCacheFile(file: string, session: CacheSession | undefined): Promise<CacheFileContent> {
  if (session?.files.has(file)) {
    const value = session.files.get(file);
    return value === undefined ? missingFile : { kind: "value", value };
  }
  let content: CacheFileContent;
  try {
    const text = await readFile(file, "utf8");
    try {
      content = { kind: "value", value: JSON.parse(text) as unknown };
    } catch (error) {
      content = { kind: "damaged", reason: `not JSON (${(error as Error).message})` };
    }
    const now = new Date();
    await utimes(file, now, now).catch(() => {}); // a read-only cache is still a cache
  } catch {
    content = missingFile;
  }
  session?.files.set(file, content.kind === "value" ? content.value : undefined);
  return content;
}

/**
 * A checksum of a cache entry's parts: an entry is used only when its checksum holds, so one edited,
 * cut short or mixed up with another is dropped and rebuilt, never believed. It guards against damage
 * and hand edits, not against someone who recomputes it (who could as well edit modeldoc).
 */
export function entryChecksum(...parts: readonly (string | number)[]): string {
  return hashText(parts.join("\0")).slice(0, 16);
}

/** A plain object (parsed JSON), not null, not an array. */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/**
 * Entries a run found damaged in one cache file: told to `warn` once, when the file is saved, naming
 * the first few. A damaged entry is a hint lost, never an error of the run: what it would have saved is
 * done again, and the run's result does not depend on it.
 */
export class DamageReport {
  private readonly entries: string[] = [];
  private whole: string | undefined;

  constructor(
    private readonly file: string,
    private readonly what: string,
    private readonly warn: ((message: string) => void) | undefined,
  ) {}

  /** The whole file could not be used. */
  damagedFile(reason: string): void {
    this.whole = reason;
  }

  damagedEntry(name: string): void {
    this.entries.push(name);
  }

  tell(): void {
    if (this.whole !== undefined) this.warn?.(`cache file ${this.file}: expected a cache file modeldoc wrote, found ${this.whole}; ignored, rebuilt`);
    if (this.entries.length === 0) return;
    const named = this.entries.slice(0, 3).join(", ");
    const more = this.entries.length > 3 ? ` and ${this.entries.length - 3} more` : "";
    this.warn?.(`cache file ${this.file}: ${this.entries.length} entries failed their checksum or shape (${named}${more}); dropped, ${this.what} again`);
    this.entries.length = 0;
    this.whole = undefined;
  }
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
    if (typeof value === "object" && value !== null) session.stored.add(value);
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

/** A page's entry as the cache file holds it. */
interface PageEntry {
  readonly hash: string;
  /** The page on disk when `hash` was taken: while its size and mtime stay, its text is not read again. */
  readonly stamp?: PageStamp;
  /**
   * The page's result and the fingerprints of its declarations (see ir/fingerprint.ts), as JSON text:
   * checked, and parsed, only when the page is looked up.
   */
  readonly json: string;
  /** {@link entryChecksum} of the page's id and the fields above. */
  readonly sum: string;
}

/** What an entry's JSON holds. */
interface PageContent {
  readonly result: PageResult;
  /** Each declaration's fingerprint and shape (ir/fingerprint.ts), in order. */
  readonly declarations: readonly string[];
  readonly shapes: readonly string[];
}

/** The layout of a page cache file; one of another layout (an older modeldoc's) is ignored. */
const PAGES_FORMAT = 3;

interface CacheFile {
  readonly format: typeof PAGES_FORMAT;
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
  /** Writes what this run used (entries of pages no longer there are dropped), and tells of damaged entries. */
  save(): Promise<void>;
}

/** The default cache folder for a working directory. */
export function defaultCacheFolder(cwd: string): string {
  return resolve(cwd, "node_modules", ".cache", "modeldoc");
}

/** The page cache file of a docs folder read with one set of settings (a page's reading depends on them). */
export function pageCacheFile(cacheFolder: string, docsFolder: string, readAs: ReadAs): string {
  return join(cacheFolder, `pages-${hashText(`${resolve(docsFolder)}|${readAsKey(readAs)}`).slice(0, 16)}.json`);
}

/**
 * Marks cache files used without loading them (a run that needed nothing from them still depends on
 * them being there next time), so {@link pruneCacheFolder} keeps them.
 */
export async function markCacheFilesUsed(files: readonly string[]): Promise<void> {
  const now = new Date();
  for (const file of files) await utimes(file, now, now).catch(() => {});
}

function pageEntry(id: string, hash: string, stamp: PageStamp | undefined, json: string): PageEntry {
  return { hash, ...(stamp ? { stamp } : {}), json, sum: entryChecksum(id, hash, stamp?.[0] ?? "", stamp?.[1] ?? "", json) };
}

/** Entries made or checked by this process, and what their JSON holds: trusted without another look (a watcher's session). */
const checkedPages = new WeakMap<PageEntry, PageContent>();

/** The entry's content when its shape and checksum hold, else undefined. */
function checkedContent(id: string, entry: unknown): PageContent | undefined {
  if (!isRecord(entry)) return undefined;
  const known = checkedPages.get(entry as unknown as PageEntry);
  if (known !== undefined) return known;
  const { hash, stamp, json, sum } = entry;
  if (typeof hash !== "string" || typeof json !== "string" || typeof sum !== "string") return undefined;
  if (stamp !== undefined && !(Array.isArray(stamp) && stamp.length === 2 && stamp.every((part) => typeof part === "number"))) return undefined;
  if (pageEntry(id, hash, stamp as PageStamp | undefined, json).sum !== sum) return undefined;
  let content: unknown;
  try {
    content = JSON.parse(json);
  } catch {
    return undefined;
  }
  if (!isPageContent(id, content)) return undefined;
  checkedPages.set(entry as unknown as PageEntry, content);
  return content;
}

/** The shape of a page's content (its checksum already holds: this is what a reader relies on). */
function isPageContent(id: string, content: unknown): content is PageContent {
  if (!isRecord(content) || !isRecord(content["result"]) || !Array.isArray(content["declarations"]) || !Array.isArray(content["shapes"])) return false;
  const result = content["result"];
  return (
    result["id"] === id &&
    typeof result["dialect"] === "string" &&
    typeof result["format"] === "string" &&
    typeof result["dialectSensitive"] === "boolean" &&
    Array.isArray(result["marksSeen"]) &&
    Array.isArray(result["marksUsed"]) &&
    typeof result["marksConsulted"] === "boolean" &&
    Array.isArray(result["declarations"]) &&
    Array.isArray(result["diagnostics"]) &&
    (result["evidence"] === undefined || isRecord(result["evidence"])) &&
    content["declarations"].length === result["declarations"].length &&
    content["declarations"].every((fingerprint) => typeof fingerprint === "string") &&
    content["shapes"].length === result["declarations"].length &&
    content["shapes"].every((shape) => typeof shape === "string")
  );
}

/**
 * Opens the page cache of one variant (see {@link pageCacheFile}). Every entry is checked (its shape and
 * its checksum) before it is used; one that fails is dropped and the page read again, with a warning.
 */
export async function openPageCache(file: string, session?: CacheSession, warn?: (message: string) => void): Promise<PageCache> {
  const code = (fingerprint ??= codeFingerprint(["parse", "ir"]));
  const damage = new DamageReport(file, "the page read", warn);
  const loaded = await loadCacheFile(file, session);
  let previous: Record<string, unknown> = {};
  if (loaded.kind === "damaged") damage.damagedFile(loaded.reason);
  else if (loaded.kind === "value") {
    const stored = loaded.value;
    if (!isRecord(stored) || !isRecord(stored["pages"]) || typeof stored["code"] !== "string") damage.damagedFile("JSON of another shape");
    // Another build of modeldoc, or an older layout: start afresh, quietly.
    else if (stored["code"] === code && stored["format"] === PAGES_FORMAT) previous = stored["pages"];
  }
  const damaged = new Set<string>();
  /** The entry of a page, checked once; a damaged one is reported once and treated as absent. */
  const checked = (id: string): { entry: PageEntry; content: PageContent } | undefined => {
    if (!Object.hasOwn(previous, id) || damaged.has(id)) return undefined;
    const entry = previous[id];
    const content = checkedContent(id, entry);
    if (content === undefined) {
      damaged.add(id);
      damage.damagedEntry(id);
      return undefined;
    }
    return { entry: entry as PageEntry, content };
  };
  const used: Record<string, PageEntry> = {};
  let changed = false;
  return {
    get(id, hash) {
      const found = checked(id);
      if (found?.entry.hash !== hash) return undefined;
      used[id] = found.entry;
      const { result, declarations, shapes } = found.content;
      result.declarations.forEach((declaration, index) => {
        rememberFingerprint(declaration, declarations[index]!);
        rememberShape(declaration, shapes[index]!);
      });
      return result;
    },
    lastHash(id) {
      return checked(id)?.entry.hash;
    },
    hashIfStamped(id, stamp) {
      const entry = checked(id)?.entry;
      return entry?.stamp !== undefined && entry.stamp[0] === stamp[0] && entry.stamp[1] === stamp[1] ? entry.hash : undefined;
    },
    set(id, hash, result, stamp) {
      changed = true;
      const content: PageContent = { result, declarations: result.declarations.map(declarationFingerprint), shapes: result.declarations.map(declarationShape) };
      const entry = pageEntry(id, hash, stamp, JSON.stringify(content));
      checkedPages.set(entry, content);
      used[id] = entry;
    },
    stamp(id, stamp) {
      const entry = used[id];
      if (entry === undefined || (entry.stamp?.[0] === stamp[0] && entry.stamp[1] === stamp[1])) return;
      changed = true;
      const stamped = pageEntry(id, entry.hash, stamp, entry.json);
      checkedPages.set(stamped, checkedPages.get(entry)!);
      used[id] = stamped;
    },
    async save() {
      damage.tell();
      // Nothing new and nothing gone: the file on disk already says this.
      if (!changed && damaged.size === 0 && Object.keys(used).length === Object.keys(previous).length) return;
      await storeCacheFile(file, { format: PAGES_FORMAT, code, pages: used } satisfies CacheFile, session);
    },
  };
}
