/**
 * The pages of a docs folder, listed without leaving it. Symbolic links are never followed: one that
 * leads outside the folder could bring in any file (a secret, a system folder to crawl for minutes),
 * and one that leads inside would bring in pages already read where they are. A link that could hold
 * pages (named `*.md`, or to a folder) and leads outside, or nowhere, gets a warning naming it.
 */
import { readdirSync, readlinkSync, realpathSync, statSync } from "node:fs";
import { stat } from "node:fs/promises";
import { dirname, join, relative, resolve, sep } from "node:path";
import { glob } from "tinyglobby";
import type { Diagnostic } from "../ir/types.js";
import { UsageError } from "../errors.js";
import { terminalText } from "../terminal-text.js";
import { isWithin } from "./within.js";
import { compareCodeUnits } from "../code-units.js";

export interface DocsPages {
  /** The folder the page ids are relative to (absolute). */
  readonly root: string;
  /** Absolute paths and page ids (`/`-separated, relative to `root`). */
  readonly pages: { file: string; id: string }[];
  /** A warning for each link left out that could have held pages. */
  readonly skippedLinks: Diagnostic[];
}

/** Left out of the listing, as before links were looked at: dot files and folders, and node_modules. */
const isLeftOut = (name: string) => name.startsWith(".") || name === "node_modules";

const toId = (root: string, path: string) => relative(root, path).split(sep).join("/");

/** The warning for the link at `path` that leads to `target` outside the root, or to nothing. */
function skippedLink(root: string, path: string, target: string | undefined): Diagnostic {
  const to = target ?? `${resolve(dirname(path), readlinkSync(path))}, which does not exist`;
  return {
    severity: "warning",
    code: target === undefined ? "broken-symlink" : "symlink-outside-root",
    message: `expected a page or folder inside the docs folder, found a symbolic link to ${to}; not followed`,
    source: { file: toId(root, path), line: 1, column: 1 },
  };
}

/** Warnings for the links in one folder that lead outside `realRoot` (or nowhere) and could hold pages. */
function linksLeaving(folder: string, root: string, realRoot: string): Diagnostic[] {
  const warnings: Diagnostic[] = [];
  let entries;
  try {
    entries = readdirSync(folder, { withFileTypes: true });
  } catch {
    return warnings; // a folder deleted or renamed since it was listed: its pages are reported as they are read
  }
  for (const entry of entries) {
    if (!entry.isSymbolicLink() || isLeftOut(entry.name)) continue;
    const path = join(folder, entry.name);
    let target: string;
    try {
      target = realpathSync(path);
    } catch {
      if (entry.name.endsWith(".md")) warnings.push(skippedLink(root, path, undefined));
      continue;
    }
    if (isWithin(target, realRoot)) continue; // its pages are read where they are
    if (entry.name.endsWith(".md") || statSync(target).isDirectory()) warnings.push(skippedLink(root, path, target));
  }
  return warnings;
}

/** The `*.md` pages of a folder (or the one page a path names: a link named on purpose is read). */
export async function listDocsPages(folder: string): Promise<DocsPages> {
  const absolute = resolve(folder);
  // The API's callers get what the CLI's get: a missing folder is bad usage, not a crash.
  const info = await stat(absolute).catch((error: NodeJS.ErrnoException) => {
    if (error.code === "ENOENT" || error.code === "ENOTDIR") throw new UsageError(`no such docs folder or page: ${terminalText(folder)}`);
    throw error;
  });
  if (!info.isDirectory()) return { root: dirname(absolute), pages: [{ file: absolute, id: toId(dirname(absolute), absolute) }], skippedLinks: [] };
  // One walk lists the pages and the folders; links are not entered, nor listed.
  const entries = await glob(["**/*.md", "**/"], { cwd: absolute, onlyFiles: false, followSymbolicLinks: false, ignore: ["**/node_modules/**"] });
  // With folders asked for, tinyglobby lists every file too: only the pages are pages.
  const files = entries.filter((entry) => entry.endsWith(".md")).map((entry) => join(absolute, entry));
  const folders = [absolute, ...entries.filter((entry) => entry.endsWith("/")).map((entry) => join(absolute, entry))];
  const realRoot = realpathSync(absolute);
  const skippedLinks = folders.flatMap((inner) => linksLeaving(inner, absolute, realRoot)).sort((a, b) => compareCodeUnits(a.source.file, b.source.file));
  return { root: absolute, pages: files.sort().map((file) => ({ file, id: toId(absolute, file) })), skippedLinks };
}
