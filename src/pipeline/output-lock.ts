/**
 * One generate run per output folder at a time: a lock file, `<out>/.modeldoc-lock`, created with
 * O_EXCL and naming the process that holds it. A second run waits (a bounded time) for it to go, and
 * takes over the lock of a process that is no longer running (killed, say) at once.
 *
 * Our own module rather than proper-lockfile: that one judges a lock stale when its holder has not
 * touched it for a while, from a timer; a generate run keeps its thread busy for seconds at a time
 * (parsing, planning thousands of files synchronously), so a live run could lose its lock, and a killed
 * one would hold up the next run for the whole stale period. Whether the holder's process is alive is
 * what matters, and the operating system answers that.
 */
import { closeSync, linkSync, mkdirSync, openSync, readFileSync, rmdirSync, statSync, unlinkSync, writeFileSync, writeSync } from "node:fs";
import { randomUUID } from "node:crypto";
import { hostname } from "node:os";
import { join } from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { UsageError } from "../errors.js";

export const lockName = ".modeldoc-lock";

/** Who holds a lock: written into the lock file as JSON. */
export interface LockHolder {
  readonly pid: number;
  readonly host: string;
  /** ISO time the lock was taken. */
  readonly since: string;
  /** Tells this holding apart from another by the same process. */
  readonly token: string;
}

export interface OutputLock {
  /** Removes the lock, if it is still this run's. */
  release(): void;
}

export interface LockOptions {
  /** How long to wait for another run to finish; 0: fail at once. */
  readonly waitMs: number;
  /** Told once, when the run starts waiting. */
  readonly onWait?: (holder: LockHolder) => void;
}

/** How often a waiting run looks at the lock again. */
const pollMs = 200;
/**
 * A lock file appears whole (see {@link createLock}); one that does not parse holds no live process,
 * unless a file system without hard links made it be written in place and it is younger than this.
 */
const unreadableGraceMs = 2_000;

function readHolder(path: string): LockHolder | "gone" | "unreadable" {
  let text: string;
  try {
    text = readFileSync(path, "utf8");
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return "gone";
    throw error;
  }
  try {
    const holder = JSON.parse(text) as Partial<LockHolder>;
    if (typeof holder.pid === "number" && typeof holder.host === "string" && typeof holder.token === "string") return holder as LockHolder;
  } catch {
    // not JSON (yet)
  }
  return "unreadable";
}

/** Whether the process holding the lock may still be running (one on another machine is assumed to be). */
function isRunning(holder: LockHolder): boolean {
  if (holder.host !== hostname()) return true;
  try {
    process.kill(holder.pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM"; // running, as another user
  }
}

function ageMs(path: string): number {
  try {
    return Date.now() - statSync(path).mtimeMs;
  } catch {
    return 0;
  }
}

/**
 * Removes a dead holder's lock. Several waiting runs may find it dead at once: they take turns through
 * a second, short-lived lock (a folder), and each removes the lock only if it still names the dead
 * holder, so no run removes a lock another has just taken.
 */
function takeOver(path: string, dead: LockHolder | "unreadable"): void {
  const turn = `${path}.takeover`;
  try {
    mkdirSync(turn);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
    // Held for microseconds; one this old was left by a process killed in between.
    if (ageMs(turn) > unreadableGraceMs) rmdirSync(turn);
    return;
  }
  try {
    const now = readHolder(path);
    const same = dead === "unreadable" ? now === "unreadable" : typeof now === "object" && now.token === dead.token;
    if (same) unlinkSync(path);
  } finally {
    rmdirSync(turn);
  }
}

/** Error codes of a file system that cannot make a hard link (FAT, some network and FUSE mounts). */
const noHardLinks = new Set(["EPERM", "ENOTSUP", "EOPNOTSUPP", "ENOSYS", "EXDEV"]);

/**
 * Creates the lock file naming `mine`; false when one is there. It is written whole to a file of its own
 * and linked into place (link fails when the name is taken, as O_EXCL does, and follows no link planted
 * there), so no run ever sees it half written, and a full disk fails before it exists. Where the file
 * system has no hard links, it is created with O_EXCL and written, and removed again if the write fails.
 */
function createLock(path: string, mine: LockHolder): boolean {
  const text = `${JSON.stringify(mine)}\n`;
  const temporary = `${path}.${process.pid}.${mine.token}.tmp`;
  try {
    writeFileSync(temporary, text, { flag: "wx" });
    linkSync(temporary, path);
    return true;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? "";
    if (code === "EEXIST") return false;
    if (!noHardLinks.has(code)) throw error;
    return createInPlace(path, text);
  } finally {
    try {
      unlinkSync(temporary);
    } catch {
      // not made (a full disk), or already gone
    }
  }
}

function createInPlace(path: string, text: string): boolean {
  let descriptor: number;
  try {
    descriptor = openSync(path, "wx");
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "EEXIST") return false;
    throw error;
  }
  try {
    writeSync(descriptor, text);
  } catch (error) {
    closeSync(descriptor);
    unlinkSync(path);
    throw error;
  }
  closeSync(descriptor);
  return true;
}

/** `process 123 on build-7, since 2025-…`, for messages. */
export function describeHolder(holder: LockHolder): string {
  return `process ${holder.pid} on ${holder.host}, since ${holder.since}`;
}

/** Takes the output folder's lock, waiting for another run to finish; a {@link UsageError} if it does not in time. */
export async function lockOutputFolder(out: string, options: LockOptions): Promise<OutputLock> {
  mkdirSync(out, { recursive: true });
  const path = join(out, lockName);
  const mine: LockHolder = { pid: process.pid, host: hostname(), since: new Date().toISOString(), token: randomUUID() };
  const deadline = Date.now() + options.waitMs;
  let told = false;
  for (;;) {
    if (createLock(path, mine)) return { release: () => release(path, mine) };
    const holder = readHolder(path);
    if (holder === "gone") continue;
    if (holder === "unreadable" ? ageMs(path) > unreadableGraceMs : !isRunning(holder)) {
      takeOver(path, holder);
      continue;
    }
    const remaining = deadline - Date.now();
    if (remaining <= 0) {
      const who = holder === "unreadable" ? "another modeldoc run" : `another modeldoc run (${describeHolder(holder)})`;
      throw new UsageError(
        `output folder ${out} is in use by ${who}; waited ${Math.round(options.waitMs / 1000)} s. If no modeldoc run is writing there, delete ${path}`,
      );
    }
    if (!told && holder !== "unreadable") options.onWait?.(holder);
    told = true;
    await sleep(Math.min(pollMs, remaining));
  }
}

function release(path: string, mine: LockHolder): void {
  const holder = readHolder(path);
  if (typeof holder === "object" && holder.token === mine.token) unlinkSync(path);
}
