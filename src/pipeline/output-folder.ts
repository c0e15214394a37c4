/**
 * Writing generated files safely.
 *
 * - Nothing is written outside the output folder: every path is checked after resolution.
 * - A file is modeldoc's when the emitter recognises it as its own (its banner, see emit/banner.ts); only
 *   such files are overwritten, and only those the folder's manifest lists are deleted. A file without
 *   the banner (hand-written, or a generated file a person took over) is never overwritten or deleted.
 * - Files whose bytes are unchanged are not rewritten (their mtime stays, watchers stay quiet).
 * - Each write goes to a temporary file renamed into place, so an interrupted run leaves every
 *   file either old or new, never half written.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { rename, rm, writeFile } from "node:fs/promises";
import { basename, dirname, isAbsolute, join, relative, resolve, sep } from "node:path";
import { glob } from "tinyglobby";

import { isGeneratedText } from "../emit/banner.js";
import type { OutputFile } from "../emit/options.js";

export type { OutputFile };

export const manifestName = ".modeldoc-manifest.json";

export interface FolderPlan {
  readonly folder: string;
  /** Files to write because they are missing or their bytes differ. */
  readonly write: readonly OutputFile[];
  /** Files modeldoc wrote before that the new output no longer has. */
  readonly remove: readonly string[];
  /** Files in the way that modeldoc did not write: the run refuses to touch them. */
  readonly conflicts: readonly string[];
  /** Files read and found as they should be. */
  readonly same: readonly OutputFile[];
  /** Files already as they should be: read and found so, or vouched for by the cache. */
  readonly unchanged: number;
}

/** The path inside `folder`, or an error when a relative path would leave it. */
export function insideFolder(folder: string, path: string): string {
  const target = resolve(folder, path);
  const rel = relative(resolve(folder), target);
  if (path === "" || isAbsolute(path) || rel === "" || rel.startsWith("..") || isAbsolute(rel)) {
    throw new Error(`refusing to write "${path}": it is outside the output folder ${folder}`);
  }
  return target;
}

/**
 * Synchronous on purpose: a plan reads thousands of small files, and one await per file leaves the
 * thread idle between reads (measured: over a second for the Go corpus's 13,700 outputs).
 */
async function readIfExists(path: string): Promise<string | undefined> {
  try {
    return readFileSync(path, "utf8");
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return undefined;
    throw error;
  }
}

async function readManifest(folder: string): Promise<string[]> {
  const text = await readIfExists(join(folder, manifestName));
  if (text === undefined) return [];
  try {
    const parsed = JSON.parse(text) as { files?: unknown };
    return Array.isArray(parsed.files) ? parsed.files.filter((file): file is string => typeof file === "string") : [];
  } catch {
    return [];
  }
}

function manifestFile(paths: readonly string[]): OutputFile {
  const list = [...paths].sort();
  return { path: manifestName, contents: `${JSON.stringify({ generator: "modeldoc", files: list }, null, 2)}\n` };
}

/**
 * Compares what should be in `folder` with what is there. Reads only. `files` are read and compared;
 * `intact` are paths the caller knows are on disk as they should be (the emit cache's word), counted
 * and listed in the manifest but not read.
 */
export async function planFolder(folder: string, files: readonly OutputFile[], intact: readonly string[] = []): Promise<FolderPlan> {
  const previous = new Set(await readManifest(folder));
  const all = [...files, manifestFile([...files.map((file) => file.path), ...intact])];
  const wanted = new Set([...all.map((file) => file.path), ...intact]);
  const write: OutputFile[] = [];
  const same: OutputFile[] = [];
  const conflicts: string[] = [];
  // A file in a folder that does not exist is missing: asked once per folder, not by a failed read per
  // file (a failed read throws, which costs about 20 µs; a first run has thousands of them).
  const folders = new Map<string, boolean>();
  const folderExists = (path: string) => folders.get(path) ?? folders.set(path, existsSync(path)).get(path)!;
  for (const file of all) {
    const target = insideFolder(folder, file.path);
    const existing = folderExists(dirname(target)) ? await readIfExists(target) : undefined;
    if (existing === file.contents) same.push(file);
    else if (existing === undefined || isGeneratedText(existing) || file.path === manifestName) write.push(file);
    else conflicts.push(file.path);
  }
  const remove = [...previous].filter((path) => !wanted.has(path)).sort();
  return { folder, write, remove, conflicts, same, unchanged: same.length + intact.length };
}

let temporaryCounter = 0;

/** Temporary files are named so that no one else's file matches, and a later run can sweep up after a killed one. */
const temporaryPattern = "**/.modeldoc-*.tmp";

/** Writes `contents` to a temporary file beside `path`, then renames it into place. */
async function writeAtomically(path: string, contents: string): Promise<void> {
  const temporary = join(dirname(path), `.modeldoc-${process.pid}-${temporaryCounter++}-${basename(path)}.tmp`);
  await writeFile(temporary, contents, "utf8");
  await rename(temporary, path);
}

/**
 * Files written at once. One write at a time, awaited, leaves the thread idle between files (measured:
 * 11 s for the Go corpus's 13,700 outputs); synchronous writes wait on the disk one by one. With 32 in
 * flight, libuv's threads keep the disk busy: 13,700 files in 0.6–1.3 s where synchronous writes took 1–2 s.
 */
const writesAtOnce = 32;

async function writeAll(folder: string, files: readonly OutputFile[]): Promise<void> {
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
 * A file that stands in the folder while a run writes to it. Finding it at the start of a run means the
 * last one was killed mid-write: only then is the folder swept for temporary files (walking a folder of
 * thousands of files costs tens of milliseconds, too much for every run).
 */
const writingMarker = ".modeldoc-writing";

/** Carries out a plan. Conflicting files are left alone (the caller reports them). */
export async function applyPlan(plan: FolderPlan): Promise<void> {
  const marker = join(plan.folder, writingMarker);
  if (existsSync(marker)) {
    for (const leftover of await glob(temporaryPattern, { cwd: plan.folder, dot: true, absolute: true })) await rm(leftover, { force: true });
  }
  if (plan.write.length === 0 && plan.remove.length === 0) {
    await rm(marker, { force: true });
    return;
  }
  mkdirSync(plan.folder, { recursive: true });
  writeFileSync(marker, "");
  // The manifest last, once every file it lists is in place.
  await writeAll(plan.folder, plan.write.filter((file) => file.path !== manifestName));
  await writeAll(plan.folder, plan.write.filter((file) => file.path === manifestName));
  for (const path of plan.remove) {
    const target = insideFolder(plan.folder, path);
    const existing = await readIfExists(target);
    // A listed file that no longer carries the banner was taken over by a person: keep it.
    if (existing !== undefined && isGeneratedText(existing)) await rm(target);
  }
  await rm(marker, { force: true });
}

/** `a/b/c.ts` with the platform's separator, for messages. */
export function displayPath(folder: string, path: string): string {
  return join(folder, ...path.split("/")).split(sep).join("/");
}
