import { isAbsolute, relative, sep } from "node:path";

/** Whether `path` is `folder` or inside it (both absolute and resolved: real paths, where links matter). */
export function isWithin(path: string, folder: string): boolean {
  const rel = relative(folder, path);
  return !(rel === ".." || rel.startsWith(`..${sep}`) || isAbsolute(rel));
}
