/**
 * Writing generated files safely.
 *
 * - Nothing is written outside the output folder: every path is checked after resolution, and no
 *   symbolic link inside the folder is written through, replaced, or followed to delete (no-follow.ts).
 * - A file is modeldoc's when the folder's manifest lists it and it is one the emitter recognises as
 *   its own (its banner, see emit/banner.ts); only such files are overwritten or deleted. A file without the banner
 *   (hand-written, or a generated file a person took over) or that no manifest lists is left alone.
 * - Files are compared and written as they are emitted, a batch at a time (openOutputFolder), so a run
 *   holds a batch of files, not its thousands.
 * - The manifest, with the writing log beside it while a run writes, lists every file modeldoc may have
 *   written at any moment: before a batch writes a file the manifest does not list, its path is appended
 *   to the log (`.modeldoc-writing`), and only once all the new files are in place and the old ones
 *   removed is the manifest of the new output written and the log removed. A log found at the start of
 *   a run is a killed run's, and its paths count as listed. (Appending keeps a first run's bookkeeping
 *   linear: a manifest rewritten per batch took 5.6 s of a one-thread run of 20,000 pages, 80,000 files.)
 * - Files whose bytes are unchanged are not rewritten (their mtime stays, watchers stay quiet).
 * - Each write goes to a temporary file renamed into place, so an interrupted run leaves every
 *   file either old or new, never half written.
 */
import { closeSync, constants, existsSync, lstatSync, mkdirSync, openSync, writeSync } from "node:fs";
import { rename, rm, writeFile } from "node:fs/promises";
import { basename, dirname, isAbsolute, join, relative, resolve, sep } from "node:path";
import { glob } from "tinyglobby";

import { isGeneratedText } from "../emit/banner.js";
import type { OutputFile } from "../emit/output.js";
import { UsageError } from "../errors.js";
import { linkFinder, readWithoutFollowing } from "./no-follow.js";
import type { OutputMemory } from "./output-memory.js";
import { compareCodeUnits } from "../code-units.js";

export type { OutputFile };

export const manifestName = ".modeldoc-manifest.json";

/** A path in the way of the output, left untouched; `found` says what stands there. */
export interface Conflict {
  readonly path: string;
  /**
   * `foreign-file`: a file modeldoc did not write (no banner); `unlisted-file`: a file with modeldoc's
   * banner that the manifest does not list; `symlink`: a symbolic link (to a file or a folder); `folder`.
   */
  readonly found: "foreign-file" | "unlisted-file" | "symlink" | "folder";
}

/** What a run did to an output folder (or, checking, would do). */
export interface FolderPlan {
  readonly folder: string;
  /** Paths of the files written because they were missing or their bytes differed (checking: that differ), sorted. */
  readonly write: readonly string[];
  /** Files modeldoc wrote before that the new output no longer has. */
  readonly remove: readonly string[];
  /** Paths in the way that are not modeldoc's to write: the run refuses to touch them. */
  readonly conflicts: readonly Conflict[];
  /** Files already as they should be: read and found so, or vouched for by the cache. */
  readonly unchanged: number;
}

/** A relative path of plain names (`types/webhook.ts`): inside any folder, no resolving needed. */
const plainRelativePath = /^[A-Za-z0-9_@+-][A-Za-z0-9_.@+-]*(?:\/[A-Za-z0-9_@+-][A-Za-z0-9_.@+-]*)*$/;

function isInside(folder: string, path: string): boolean {
  // Every emitted path is plain; a manifest lists thousands of them, and resolving each costs a watcher's run.
  if (plainRelativePath.test(path)) return true;
  const rel = relative(resolve(folder), resolve(folder, path));
  return !(path === "" || isAbsolute(path) || rel === "" || rel.startsWith("..") || isAbsolute(rel));
}

/** The path inside `folder`, or an error when a relative path would leave it. */
export function insideFolder(folder: string, path: string): string {
  if (!isInside(folder, path)) throw new Error(`refusing to write "${path}": it is outside the output folder ${folder}`);
  return resolve(folder, path);
}

/**
 * Whether a path from a manifest or a writing log can be modeldoc's: entries that would lead outside the
 * folder, or that hold a control character (a NUL makes every file system call throw; modeldoc never
 * writes such a name), are not: a hand-edited or damaged list.
 */
function isListable(folder: string, file: unknown): file is string {
  return typeof file === "string" && !/[\u0000-\u001f\u007f]/.test(file) && isInside(folder, file) && file !== manifestName && file !== writingMarker;
}

/** The manifest's text and list (see {@link isListable}). */
function readManifest(folder: string): { readonly text: string | undefined; readonly files: string[] } {
  const found = readWithoutFollowing(join(folder, manifestName));
  if (found.kind === "symlink" || found.kind === "folder") {
    throw new UsageError(`${displayPath(folder, manifestName)}: expected modeldoc's manifest, found a ${found.kind === "symlink" ? "symbolic link" : "folder"}`);
  }
  if (found.kind === "missing") return { text: undefined, files: [] };
  try {
    const parsed = JSON.parse(found.text) as { files?: unknown };
    const files = Array.isArray(parsed.files) ? (parsed.files as unknown[]) : [];
    return { text: found.text, files: files.filter((file) => isListable(folder, file)) };
  } catch {
    return { text: found.text, files: [] };
  }
}

/**
 * The paths a killed run's writing log lists: one JSON string per line. A line cut short by the kill is
 * left out: its paths were appended before their files were written, and writing had not begun.
 */
function readWritingLog(folder: string): string[] {
  const found = readWithoutFollowing(join(folder, writingMarker));
  if (found.kind !== "file") return [];
  const paths: string[] = [];
  for (const line of found.text.split("\n")) {
    try {
      const path: unknown = JSON.parse(line);
      if (isListable(folder, path)) paths.push(path);
    } catch {
      // a torn or foreign line
    }
  }
  return paths;
}

function manifestFile(paths: readonly string[]): OutputFile {
  const list = [...paths].sort();
  return { path: manifestName, contents: `${JSON.stringify({ generator: "modeldoc", files: list }, null, 2)}\n` };
}

/** A batch of files compared with the disk: those that differ (written unless checking), and those found as they should be. */
export interface BatchOutcome {
  readonly differ: readonly OutputFile[];
  readonly same: readonly OutputFile[];
}

/** An output folder being written, a batch of files at a time (see {@link openOutputFolder}). */
export interface OutputFolder {
  /** Compares a batch of emitted files with the disk and, unless checking, writes those that differ. */
  add(files: readonly OutputFile[]): Promise<BatchOutcome>;
  /**
   * Once every file is added: lists `intact` (paths the caller knows are on disk as they should be, the
   * emit cache's word: counted and listed, not read), removes the files modeldoc no longer writes and
   * writes the manifest, unless checking. Returns what was done.
   */
  finish(intact: readonly string[]): Promise<FolderPlan>;
}

/**
 * Opens `folder` for a run's output: each batch of files {@link OutputFolder.add}ed is compared with what
 * is there and written at once (`check`: only compared), and {@link OutputFolder.finish} removes what is
 * left over and writes the manifest. Reads synchronously on purpose: a run reads thousands of small
 * files, and one await per file leaves the thread idle between reads (measured: over a second for the
 * Go corpus's 13,700 outputs).
 */
export async function openOutputFolder(folder: string, { check, memory }: { readonly check: boolean; readonly memory?: OutputMemory | undefined }): Promise<OutputFolder> {
  const links = linkFinder(folder);
  if (links.linkAbove(manifestName) === "") {
    throw new UsageError(`output folder ${folder}: expected a folder, found a symbolic link; modeldoc does not write through links`);
  }
  const marker = join(folder, writingMarker);
  // A log left standing: the last run was killed mid-write. Its temporary files are swept up, and the
  // paths it had set out to write count as listed (and carry into this run's log, should it be killed too).
  const killedRunLog = existsSync(marker) ? readWritingLog(folder) : undefined;
  // A watcher's last run wrote or read the manifest: while it is the same file, its list is not read again.
  const remembered = killedRunLog === undefined && memory?.manifest !== undefined && sameStamp(manifestStamp(folder), memory.manifest.stamp) ? memory.manifest : undefined;
  const manifestBefore = remembered ?? readManifest(folder);
  const previous: ReadonlySet<string> = remembered?.files ?? new Set([...manifestBefore.files, ...(killedRunLog ?? [])]);
  if (!check && killedRunLog !== undefined) {
    const leftovers = await glob(temporaryPattern, { cwd: folder, dot: true, absolute: true, followSymbolicLinks: false });
    for (const leftover of leftovers) await rm(leftover, { force: true });
  }
  const written: string[] = [];
  const conflicts = new Map<string, Conflict["found"]>();
  /** Every emitted path that is modeldoc's to write, in the order added. */
  const emitted: string[] = [];
  /** The paths this run appended to its log: with `previous`, what is listed. */
  const appended = new Set<string>();
  let markerStanding = false;
  const appendToLog = (paths: readonly string[]) => {
    if (paths.length === 0) return;
    const descriptor = openSync(marker, appendNoFollow);
    try {
      writeSync(descriptor, paths.map((path) => `${JSON.stringify(path)}\n`).join(""));
    } finally {
      closeSync(descriptor);
    }
  };
  let sameCount = 0;
  // A file in a folder that does not exist is missing: asked once per folder, not by a failed read per
  // file (a failed read throws, which costs about 20 µs; a first run has thousands of them).
  const folders = new Map<string, boolean>();
  const folderExists = (path: string) => folders.get(path) ?? folders.set(path, existsSync(path)).get(path)!;
  const compare = (file: OutputFile): "differ" | "same" | "conflict" => {
    const link = links.linkAbove(file.path);
    if (link !== undefined) {
      conflicts.set(link, "symlink"); // once for the link, not for every file behind it
      return "conflict";
    }
    const target = insideFolder(folder, file.path);
    const found = folderExists(dirname(target)) ? readWithoutFollowing(target) : { kind: "missing" as const };
    if (found.kind === "missing") return "differ";
    if (found.kind !== "file") {
      conflicts.set(file.path, found.kind);
      return "conflict";
    }
    if (found.text === file.contents) return "same";
    if (file.path === manifestName || (previous.has(file.path) && isGeneratedText(found.text))) return "differ";
    conflicts.set(file.path, isGeneratedText(found.text) ? "unlisted-file" : "foreign-file");
    return "conflict";
  };
  const startWriting = () => {
    if (markerStanding) return;
    mkdirSync(folder, { recursive: true });
    closeSync(openSync(marker, createNoFollow));
    markerStanding = true;
    if (killedRunLog !== undefined) {
      const inManifest = new Set(manifestBefore.files);
      appendToLog(killedRunLog.filter((path) => !inManifest.has(path)));
    }
  };
  return {
    async add(files) {
      const differ: OutputFile[] = [];
      const same: OutputFile[] = [];
      for (const file of files) {
        const found = compare(file);
        if (found === "conflict") continue;
        emitted.push(file.path);
        (found === "same" ? same : differ).push(file);
      }
      sameCount += same.length;
      if (differ.length === 0) return { differ, same };
      written.push(...differ.map((file) => file.path));
      if (check) return { differ, same };
      startWriting();
      // Every file written is listed before it is written: a run killed at any point leaves no file of modeldoc's unlisted.
      const unlisted = differ.filter((file) => !previous.has(file.path) && !appended.has(file.path)).map((file) => file.path);
      appendToLog(unlisted);
      for (const path of unlisted) appended.add(path);
      await writeAll(folder, differ);
      return { differ, same };
    },
    async finish(intact) {
      // The manifest claims what is modeldoc's after this run: never a file it had to leave alone.
      const wanted = new Set(emitted);
      for (const path of intact) if (!conflicts.has(path) && links.linkAbove(path) === undefined) wanted.add(path);
      // The manifest a watcher's last run wrote, when it lists these files, is this one.
      const unchangedList = remembered !== undefined && wanted.size === previous.size && everyIn(wanted, previous);
      const manifest = unchangedList ? { path: manifestName, contents: remembered.text } : manifestFile([...wanted]);
      // The manifest is written only here, so the one the run found is the one on disk.
      const manifestDiffers = manifestBefore.text !== manifest.contents;
      // A listed file modeldoc no longer writes is removed only if it still carries the banner: one taken over
      // by a person, or named by a forged manifest, is not modeldoc's to remove (nor to count as removed).
      const remove: string[] = [];
      for (const path of previous) if (!wanted.has(path) && !conflicts.has(path) && isOwnFile(links, folder, path)) remove.push(path);
      remove.sort();
      const write = manifestDiffers ? [...written, manifestName] : written;
      if (!check) {
        if (write.length > 0 || remove.length > 0) {
          startWriting();
          for (const path of remove) await rm(insideFolder(folder, path));
          // The new manifest comes last, once the files it lists are in place and the others gone.
          if (manifestDiffers) await writeAll(folder, [manifest]);
        }
        await rm(marker, { force: true });
        if (memory !== undefined) {
          const stamp = manifestStamp(folder);
          memory.manifest = stamp === undefined ? undefined : { text: manifest.contents, files: wanted, stamp };
        }
      }
      return {
        folder,
        write: write.sort(),
        remove,
        conflicts: [...conflicts].map(([path, found]) => ({ path, found })).sort((a, b) => compareCodeUnits(a.path, b.path)),
        unchanged: sameCount + intact.length,
      };
    },
  };
}

/** The manifest file's size and mtime, or undefined when there is none (or something else stands there). */
function manifestStamp(folder: string): readonly [size: number, mtimeMs: number] | undefined {
  const info = lstatSync(join(folder, manifestName), { throwIfNoEntry: false });
  return info?.isFile() === true ? [info.size, info.mtimeMs] : undefined;
}

function sameStamp(a: readonly [number, number] | undefined, b: readonly [number, number]): boolean {
  return a !== undefined && a[0] === b[0] && a[1] === b[1];
}

function everyIn(items: ReadonlySet<string>, set: ReadonlySet<string>): boolean {
  for (const item of items) if (!set.has(item)) return false;
  return true;
}

/** Whether `path` (relative) is a file with modeldoc's banner, reached through no link. */
function isOwnFile(links: ReturnType<typeof linkFinder>, folder: string, path: string): boolean {
  if (links.linkAbove(path) !== undefined) return false;
  const found = readWithoutFollowing(insideFolder(folder, path));
  return found.kind === "file" && isGeneratedText(found.text);
}

let temporaryCounter = 0;

/** Temporary files are named so that no one else's file matches, and a later run can sweep up after a killed one. */
const temporaryPattern = "**/.modeldoc-*.tmp";

/** Writes `contents` to a temporary file beside `path`, then renames it into place. */
async function writeAtomically(path: string, contents: string): Promise<void> {
  const temporary = join(dirname(path), `.modeldoc-${process.pid}-${temporaryCounter++}-${basename(path)}.tmp`);
  // "wx": a new file, never a link planted at the temporary name; the rename replaces what is at
  // `path` (a link included) without following it.
  await writeFile(temporary, contents, { encoding: "utf8", flag: "wx" });
  await rename(temporary, path);
}

/**
 * Files written at once. One write at a time, awaited, leaves the thread idle between files (measured:
 * 11 s for the Go corpus's 13,700 outputs); synchronous writes wait on the disk one by one. With 32 in
 * flight, libuv's threads keep the disk busy: 13,700 files in 0.6–1.3 s where synchronous writes took 1–2 s.
 */
const writesAtOnce = 32;

async function writeAll(folder: string, files: readonly OutputFile[]): Promise<void> {
  // The plan left out paths behind links; one appearing since then is not written through either.
  const links = linkFinder(folder);
  const linked = files.find((file) => links.linkAbove(file.path) !== undefined);
  if (linked) throw new UsageError(`${displayPath(folder, linked.path)}: a symbolic link appeared on its way while modeldoc was writing; not written`);
  const targets = files.map((file) => insideFolder(folder, file.path));
  for (const parent of new Set(targets.map((target) => dirname(target)))) mkdirSync(parent, { recursive: true });
  let next = 0;
  let failure: { error: unknown } | undefined;
  const lane = async () => {
    // After a failure the other lanes stop taking files, and the run ends only once none is in flight.
    while (next < files.length && failure === undefined) {
      const index = next++;
      try {
        await writeAtomically(targets[index]!, files[index]!.contents);
      } catch (error) {
        failure ??= { error };
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(writesAtOnce, files.length) }, lane));
  if (failure) throw failure.error;
}

/**
 * A file that stands in the folder while a run writes to it, and logs the paths the run sets out to write
 * that the manifest does not list. Finding it at the start of a run means the last one was killed
 * mid-write: only then is the folder swept for temporary files (walking a folder of thousands of files
 * costs tens of milliseconds, too much for every run), and its paths are read.
 */
const writingMarker = ".modeldoc-writing";

const noFollow = (constants.O_NOFOLLOW as number | undefined) ?? 0;

/** Creates or truncates a file, and fails (ELOOP) rather than write through a link planted in its place. */
const createNoFollow = constants.O_WRONLY | constants.O_CREAT | constants.O_TRUNC | noFollow;

/** Appends to a file that exists, and fails rather than write through a link planted in its place. */
const appendNoFollow = constants.O_WRONLY | constants.O_APPEND | noFollow;

/** `a/b/c.ts` with the platform's separator, for messages. */
export function displayPath(folder: string, path: string): string {
  return join(folder, ...path.split("/")).split(sep).join("/");
}
