// The IR of every corpus folder, parsed once per test run by global-setup.ts and shared through files,
// so that test files running in parallel do not each parse 23,000 pages again.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { basename, join, resolve } from "node:path";
import type { Variant } from "../../src/ir/types.js";
import { parseFolder } from "../../src/parse/index.js";
import { corpusFolder, type CorpusName } from "./paths.js";

export type { CorpusName } from "./paths.js";

const cacheFolder = resolve(".tmp/corpus-ir");

function cacheFile(name: CorpusName): string {
  return join(cacheFolder, `${name.replaceAll("/", "__")}.json`);
}

/** A corpus folder's variant name: its language (`formance/java` → `java`, `history/go/2025-10-23` → `2025-10-23`). */
function variantName(name: CorpusName): string {
  return basename(corpusFolder(name));
}

/** Parses a corpus folder and stores its IR for the test files; returns the parse time in seconds. */
export async function parseAndStore(name: CorpusName): Promise<number> {
  const started = performance.now();
  const variant = await parseFolder(corpusFolder(name), { name: variantName(name) });
  const seconds = (performance.now() - started) / 1000;
  mkdirSync(cacheFolder, { recursive: true });
  writeFileSync(cacheFile(name), JSON.stringify(variant));
  return seconds;
}

/** The IR of a corpus folder: from this run's cache, or parsed now when the cache is missing. */
export async function corpusVariant(name: CorpusName): Promise<Variant> {
  const file = cacheFile(name);
  if (existsSync(file)) return JSON.parse(readFileSync(file, "utf8")) as Variant;
  return parseFolder(corpusFolder(name), { name: variantName(name) });
}
