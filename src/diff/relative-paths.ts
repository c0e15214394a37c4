/**
 * Reports show the docs' files relative to the working folder (`docs/go/webhook.md`, `../shared/…`), the
 * way GitHub attaches annotations and editors open `file:line`. A side read from git (`main:docs/go/…`)
 * keeps its revision, with the folder made relative too.
 */
import { isAbsolute, relative } from "node:path";
import type { Change, ChangeSource, DiffResult } from "./changes.js";

/** A report's file, relative to `cwd` when it is absolute; `/` separators. */
export function relativeFile(file: string, cwd: string): string {
  const revision = /^([^/\\:]+):(.+)$/.exec(file);
  if (revision !== null && !/^[a-zA-Z]$/.test(revision[1]!)) return `${revision[1]}:${relativeFile(revision[2]!, cwd)}`;
  if (!isAbsolute(file)) return file.replace(/\\/g, "/");
  return (relative(cwd, file) || ".").replace(/\\/g, "/");
}

/** The result with every change's files relative to `cwd`. */
export function relativeSources(result: DiffResult, cwd: string): DiffResult {
  const source = (place: ChangeSource | undefined): ChangeSource | undefined => (place === undefined ? undefined : { ...place, file: relativeFile(place.file, cwd) });
  const changes = result.changes.map((change): Change => {
    const leftSource = source(change.leftSource);
    const rightSource = source(change.rightSource);
    return { ...change, ...(leftSource !== undefined ? { leftSource } : {}), ...(rightSource !== undefined ? { rightSource } : {}) };
  });
  return { ...result, changes };
}

/** A variant root joined with a page path, `/` separators, no `./` noise. */
export function joinRoot(root: string, file: string): string {
  const base = root.replace(/\\/g, "/").replace(/\/+$/, "");
  const rel = file.replace(/\\/g, "/").replace(/^(\.\/)+/, "");
  if (base === "" || base === ".") return rel;
  return `${base}/${rel}`;
}
