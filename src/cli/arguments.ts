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

/** A folder argument names its variant after itself: `specs/go/..` would write to `<out>/..`. */
export function requireNamedFolder(folder: string): void {
  const name = basename(folder);
  const problem = folderNameProblem(name);
  if (problem !== undefined) throw new UsageError(`folder argument ${folder}: the variant would be named "${name}", ${problem}`);
}
