// Every file under a folder with its text, by path relative to the folder with `/` separators.
import { readFileSync, readdirSync } from "node:fs";
import { join, relative } from "node:path";

export function filesUnder(folder: string): Map<string, string> {
  const files = new Map<string, string>();
  const visit = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) visit(path);
      else files.set(relative(folder, path).split("\\").join("/"), readFileSync(path, "utf8"));
    }
  };
  visit(folder);
  return files;
}
