/**
 * Which output folders a generate run may write to. Everything it writes stays under `out` (see
 * output-folder.ts), so `out` itself must not be a place where that does harm: the file system's root,
 * the home folder, or a folder that is or holds one of the docs folders being read.
 */
import { realpathSync, statSync } from "node:fs";
import { homedir } from "node:os";
import { basename, dirname, join, resolve } from "node:path";
import { UsageError } from "../errors.js";
import { terminalText } from "../terminal-text.js";
import { isWithin } from "./within.js";

/** The real path of `path`, whose last segments may not exist yet (symlinks above them resolved). */
function realPathOf(path: string, what: string): string {
  const missing: string[] = [];
  let existing = resolve(path);
  for (;;) {
    try {
      const real = realpathSync(existing);
      if (!statSync(real).isDirectory()) {
        const where = missing.length === 0 ? "a file" : `a file at ${existing}`;
        throw new UsageError(`${what} ${path}: expected a folder, found ${where}`);
      }
      return join(real, ...missing.reverse());
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "ENOENT" || dirname(existing) === existing) throw error;
      missing.push(basename(existing));
      existing = dirname(existing);
    }
  }
}

/** A docs folder's root: the folder, or the folder of the one page it names. */
function docsRootOf(folder: string): string {
  let real: string;
  try {
    real = realpathSync(folder);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "ENOENT" || code === "ENOTDIR") throw new UsageError(`no such docs folder or page: ${terminalText(folder)}`);
    throw error;
  }
  return statSync(real).isDirectory() ? real : dirname(real);
}

/** Throws a {@link UsageError} when `out` is no place to write generated files in. */
export function checkOutputRoot(out: string, docsFolders: readonly string[]): void {
  const real = realPathOf(out, "output folder");
  if (dirname(real) === real) throw new UsageError(`output folder ${out}: expected an output folder that is not the file system's root`);
  if (real === realPathOf(homedir(), "home folder")) throw new UsageError(`output folder ${out}: expected an output folder that is not the home folder`);
  for (const folder of docsFolders) {
    const root = docsRootOf(folder);
    if (isWithin(root, real)) {
      const how = root === real ? "it is" : "it holds";
      throw new UsageError(`output folder ${out}: expected an output folder outside the docs folders, found ${how} the docs folder ${folder}`);
    }
  }
}
