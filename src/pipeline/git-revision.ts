/**
 * A docs folder as it was at a git revision, read with git itself: `git ls-tree -z` lists the pages with
 * their object ids and one `git cat-file --batch` reads them all by id. No path travels in a
 * line-delimited form, so a file name holding a newline (or any control character) is read as itself.
 * Nothing is checked out; the user's working tree and index are never touched.
 */
import { spawn } from "node:child_process";
import { realpath, stat } from "node:fs/promises";
import { dirname, relative, resolve, sep } from "node:path";
import { decodePage, type PageSource } from "../parse/index.js";
import { terminalText } from "../terminal-text.js";

/** A folder at a revision: `main:docs/go` on the command line. */
export interface RevisionFolder {
  /** As given (`main`, `HEAD~3`, a sha). */
  readonly ref: string;
  /** The folder as given, relative to the working directory. */
  readonly folder: string;
}

/**
 * Why a revision could not be read: not a repository, an unknown revision, a folder missing at it. Paths
 * in its message have their control characters escaped (a name may hold a newline).
 */
export class GitRevisionError extends Error {}

interface RunResult {
  readonly code: number;
  readonly stdout: Buffer;
  readonly stderr: string;
}

function run(cwd: string, args: readonly string[], input?: string): Promise<RunResult> {
  return new Promise((resolvePromise, reject) => {
    // GIT_OPTIONAL_LOCKS=0: reading must not even refresh the index of the user's repository.
    const child = spawn("git", [...args], { cwd, env: { ...process.env, GIT_OPTIONAL_LOCKS: "0" }, stdio: ["pipe", "pipe", "pipe"] });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on("data", (chunk: Buffer) => out.push(chunk));
    child.stderr.on("data", (chunk: Buffer) => err.push(chunk));
    child.on("error", (error) => reject(new GitRevisionError(`could not run git: ${error.message}`)));
    child.on("close", (code) => resolvePromise({ code: code ?? 1, stdout: Buffer.concat(out), stderr: Buffer.concat(err).toString("utf8").trim() }));
    child.stdin.on("error", () => undefined);
    child.stdin.end(input ?? "");
  });
}

/** The nearest existing folder at or above `path` (the folder may exist only at the revision). */
async function existingAncestor(path: string): Promise<string> {
  let current = resolve(path);
  for (;;) {
    try {
      if ((await stat(current)).isDirectory()) return current;
    } catch {
      // keep climbing
    }
    const parent = dirname(current);
    if (parent === current) return current;
    current = parent;
  }
}

/**
 * Splits `ref:folder` when the argument is not an existing path and looks like one; otherwise undefined.
 * `HEAD~2:docs/go`, `main:specs/csharp`, `v1.2.0:.`.
 */
export async function parseRevisionArgument(argument: string): Promise<RevisionFolder | undefined> {
  try {
    await stat(argument);
    return undefined; // an existing path is a folder, even with a colon in its name
  } catch {
    // not a path
  }
  const match = /^([^:\s]+):([\s\S]*)$/.exec(argument);
  if (match === null || /^[A-Za-z]$/.test(match[1] as string)) return undefined; // `C:\docs` is a Windows path
  return { ref: match[1] as string, folder: match[2] === "" ? "." : (match[2] as string) };
}

/** Reads every `*.md` page of `folder` as it is at `ref`. Page ids are relative to the folder, `/`-separated. */
export async function readRevisionPages(revision: RevisionFolder): Promise<PageSource[]> {
  const absolute = resolve(revision.folder);
  const cwd = await existingAncestor(absolute);
  const top = await run(cwd, ["rev-parse", "--show-toplevel"]);
  if (top.code !== 0) throw new GitRevisionError(`${terminalText(revision.folder)} is not inside a git repository (${top.stderr || "git rev-parse failed"})`);
  const root = top.stdout.toString("utf8").trim();
  const verify = await run(root, ["rev-parse", "--verify", "--quiet", "--end-of-options", `${revision.ref}^{commit}`]);
  if (verify.code !== 0) throw new GitRevisionError(`unknown git revision "${terminalText(revision.ref)}"`);
  const commit = verify.stdout.toString("utf8").trim();

  // The folder's path inside the repository (git wants `/` and no leading `./`).
  const inside = relative(await realpath(root), await realPath(absolute)).split(sep).join("/");
  if (inside.startsWith("..")) throw new GitRevisionError(`${terminalText(revision.folder)} is outside the repository at ${root}`);
  const prefix = inside === "" ? "" : `${inside}/`;
  const listing = await run(root, ["ls-tree", "-r", "-z", "--full-tree", commit, "--", inside === "" ? "." : inside]);
  if (listing.code !== 0) throw new GitRevisionError(`git ls-tree failed for ${revision.ref}:${terminalText(inside)}: ${listing.stderr}`);
  const blobs = listBlobs(listing.stdout).filter(
    ({ mode, path }) => mode !== "120000" && path.endsWith(".md") && path.startsWith(prefix) && !path.split("/").includes("node_modules"),
  );
  if (blobs.length === 0) throw new GitRevisionError(`no *.md pages under ${inside === "" ? "the repository root" : terminalText(inside)} at ${revision.ref}`);

  const batch = await run(root, ["cat-file", "--batch"], blobs.map(({ object }) => `${object}\n`).join(""));
  if (batch.code !== 0) throw new GitRevisionError(`git cat-file failed: ${batch.stderr}`);
  return readBatch(batch.stdout, blobs).map(({ path, bytes }) => decodePage(path.slice(prefix.length), bytes));
}

/** A file of a tree: its mode, its object id and its path. */
interface Blob {
  readonly mode: string;
  readonly object: string;
  readonly path: string;
}

/** Parses `git ls-tree -z` output: `<mode> <type> <object>\t<path>\0` per entry; blobs only (no submodules). */
function listBlobs(output: Buffer): Blob[] {
  const blobs: Blob[] = [];
  for (const entry of output.toString("utf8").split("\0")) {
    const tab = entry.indexOf("\t");
    if (tab < 0) continue;
    const [mode, type, object] = entry.slice(0, tab).split(" ");
    if (type === "blob" && mode !== undefined && object !== undefined && /^[0-9a-f]+$/.test(object)) blobs.push({ mode, object, path: entry.slice(tab + 1) });
  }
  return blobs;
}

/** Parses `git cat-file --batch` output: `<object> blob <size>\n<bytes>\n` per object, in request order. */
function readBatch(output: Buffer, blobs: readonly Blob[]): Array<{ path: string; bytes: Buffer }> {
  const pages: Array<{ path: string; bytes: Buffer }> = [];
  let offset = 0;
  for (const { path, object } of blobs) {
    const newline = output.indexOf(0x0a, offset);
    if (newline < 0) throw new GitRevisionError(`git cat-file ended early, before ${terminalText(path)}`);
    const header = output.toString("utf8", offset, newline);
    const parts = header.split(" ");
    if (parts[0] !== object || parts[1] !== "blob" || parts.length !== 3) throw new GitRevisionError(`git cat-file: expected the blob of ${terminalText(path)}, found "${header}"`);
    const size = Number(parts[2]);
    const start = newline + 1;
    pages.push({ path, bytes: output.subarray(start, start + size) });
    offset = start + size + 1;
  }
  return pages;
}

async function realPath(path: string): Promise<string> {
  // A folder missing from the working tree: resolve its nearest existing ancestor and re-append the rest.
  const ancestor = await existingAncestor(path);
  const rest = relative(ancestor, path);
  return resolve(await realpath(ancestor), rest);
}
