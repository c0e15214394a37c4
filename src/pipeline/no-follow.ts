/**
 * Looking at paths inside the output folder without following symbolic links: a link there may point
 * anywhere, so modeldoc neither reads, writes, replaces nor deletes through one (see output-folder.ts).
 */
import { closeSync, constants, fstatSync, lstatSync, openSync, readFileSync } from "node:fs";
import { join } from "node:path";

/** What stands at a path. */
export type Found =
  | { readonly kind: "file"; readonly text: string }
  | { readonly kind: "missing" }
  | { readonly kind: "symlink" }
  | { readonly kind: "folder" };

const missing: Found = { kind: "missing" };
const symlink: Found = { kind: "symlink" };
const folder: Found = { kind: "folder" };

/** Where the platform has no O_NOFOLLOW (Windows), each read asks lstat first. */
const noFollow = constants.O_NOFOLLOW as number | undefined;

/**
 * The text of the file at `path`, or what stands there instead. One open per file, as a plain read
 * costs: O_NOFOLLOW makes the open itself fail on a link.
 */
export function readWithoutFollowing(path: string): Found {
  let descriptor: number;
  try {
    if (noFollow === undefined && lstatSync(path).isSymbolicLink()) return symlink;
    descriptor = openSync(path, constants.O_RDONLY | (noFollow ?? 0));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "ENOENT" || code === "ENOTDIR") return missing;
    if (code === "ELOOP") return symlink;
    throw error;
  }
  try {
    return fstatSync(descriptor).isDirectory() ? folder : { kind: "file", text: readFileSync(descriptor, "utf8") };
  } finally {
    closeSync(descriptor);
  }
}

/**
 * Finds symbolic links among the folders on the way from `root` to a path inside it; each folder is
 * asked once. `root` itself is a link when `linkAbove` answers "".
 */
export function linkFinder(root: string): { linkAbove(path: string): string | undefined } {
  const isLink = new Map<string, boolean>();
  const folderIsLink = (relative: string): boolean => {
    let known = isLink.get(relative);
    if (known === undefined) {
      try {
        known = lstatSync(join(root, relative)).isSymbolicLink();
      } catch {
        known = false; // not there (yet): nothing to follow
      }
      isLink.set(relative, known);
    }
    return known;
  };
  /** The answer for each folder asked about (an output folder's thousands of files are in a few folders). */
  const answers = new Map<string, string | undefined>();
  return {
    /** The first folder on the way to `path` (relative, `/`-separated) that is a link, relative to `root`. */
    linkAbove(path: string): string | undefined {
      const parent = path.slice(0, Math.max(0, path.lastIndexOf("/")));
      if (answers.has(parent)) return answers.get(parent);
      const segments = parent === "" ? [] : parent.split("/");
      let found: string | undefined;
      for (let depth = 0; depth <= segments.length && found === undefined; depth++) {
        const relative = segments.slice(0, depth).join("/");
        if (folderIsLink(relative)) found = relative;
      }
      answers.set(parent, found);
      return found;
    },
  };
}
