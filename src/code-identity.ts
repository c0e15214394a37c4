/**
 * modeldoc's own code as part of a cache key: a build with another parser or emitter is another cache.
 * The page cache, the run record and the emit keys each hash some of the same folders (the parser and
 * the IR in all three), so each folder is hashed once per process and the keys are made of those hashes.
 */
import { createHash } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { compareCodeUnits } from "./code-units.js";

const folderHashes = new Map<string, string>();

/** Feeds `hash` the built modules of `folder` and of every folder below it, by relative path and content. */
function hashModules(folder: string, hash: ReturnType<typeof createHash>, prefix: string): void {
  for (const entry of readdirSync(folder, { withFileTypes: true }).sort((a, b) => compareCodeUnits(a.name, b.name))) {
    if (entry.isDirectory()) hashModules(join(folder, entry.name), hash, `${prefix}${entry.name}/`);
    else if (/\.(js|ts)$/.test(entry.name) && !entry.name.endsWith(".d.ts")) {
      const content = readFileSync(join(folder, entry.name));
      hash.update(`${prefix}${entry.name}\0${content.length}\0`).update(content);
    }
  }
}

/** A hash of the modules of one folder (a `file:` URL), every level below it included; once per process. */
function folderHash(folder: URL): string {
  let known = folderHashes.get(folder.href);
  if (known === undefined) {
    const hash = createHash("sha1");
    hashModules(fileURLToPath(folder), hash, "");
    known = hash.digest("hex");
    folderHashes.set(folder.href, known);
  }
  return known;
}

/**
 * A hash of some folders of modeldoc's code as built (`"parse"`, `"ir"`…: folders of `src/`, each with
 * every level below it). `root`: where those folders are; modeldoc's own by default (the tests give others).
 */
export function codeFingerprint(folders: readonly string[], root: URL = new URL(".", import.meta.url)): string {
  const hash = createHash("sha1");
  for (const folder of folders) hash.update(`${folder}\0${folderHash(new URL(`./${folder}/`, root))}\0`);
  return hash.digest("hex").slice(0, 16);
}
