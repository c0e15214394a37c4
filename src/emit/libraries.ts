/**
 * The exact versions of the libraries that shape emitted bytes: prettier (its printer lays out every
 * file, and its style changes land in patch releases) and ts-morph (its structures are the
 * declarations). Read from their package.json at run time, without loading either library, so that an
 * upgrade changes the emit cache key (cache-keys.ts) and every file is emitted again.
 */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);

function installedVersion(name: string): string {
  const manifest = JSON.parse(readFileSync(require.resolve(`${name}/package.json`), "utf8")) as { version?: unknown };
  return typeof manifest.version === "string" ? manifest.version : "unknown";
}

let versions: Readonly<Record<string, string>> | undefined;

/** `{ prettier: "3.10.1", "ts-morph": "28.0.0" }`, as installed. */
export function libraryVersions(): Readonly<Record<string, string>> {
  versions ??= { prettier: installedVersion("prettier"), "ts-morph": installedVersion("ts-morph") };
  return versions;
}
