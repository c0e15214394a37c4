/** Checks on the command line's paths that fail early, naming the argument (exit code 2). */
import { stat } from "node:fs/promises";
import { basename } from "node:path";
import { UsageError } from "../errors.js";
import { folderNameProblem } from "../folder-name.js";
import { terminalText } from "../terminal-text.js";

/** Fails early, with the path, when a docs folder does not exist. */
export async function requireExisting(path: string): Promise<void> {
  try {
    await stat(path);
  } catch {
    throw new UsageError(`no such file or folder: ${terminalText(path)}`);
  }
}

/**
 * A docs folder or page given on the command line: an existing folder, or a `*.md` file (a `.txt`,
 * `.json` or image given by mistake would read as a page with no title, and a diff of it as every model
 * removed).
 */
export async function requireDocs(path: string): Promise<void> {
  let info;
  try {
    info = await stat(path);
  } catch {
    throw new UsageError(`no such file or folder: ${terminalText(path)}`);
  }
  if (!info.isDirectory() && !path.toLowerCase().endsWith(".md")) {
    throw new UsageError(`${terminalText(path)}: expected a docs folder or a Markdown page (*.md), found ${info.isFile() ? "a file of another kind" : "neither a file nor a folder"}`);
  }
}

/** A folder argument names its variant after itself: `specs/go/..` would write to `<out>/..`. */
export function requireNamedFolder(folder: string): void {
  const name = basename(folder);
  const problem = folderNameProblem(name);
  if (problem !== undefined) throw new UsageError(`folder argument ${folder}: the variant would be named "${name}", ${problem}`);
}
