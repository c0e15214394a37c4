// The IR of every corpus folder, parsed once per test run by global-setup.ts and shared through files,
// so that test files running in parallel do not each parse 16,000 pages again.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import type { Variant } from "../../src/ir/types.js";
import { parseFolder } from "../../src/parse/index.js";
import { historyFolder, languageFolder, type UnifiedToLanguage } from "./paths.js";

const cacheFolder = resolve(".tmp/corpus-ir");

export type CorpusName = UnifiedToLanguage | `history/${string}`;

function folderOf(name: CorpusName): string {
  return name.startsWith("history/") ? historyFolder(name.slice("history/".length) as Parameters<typeof historyFolder>[0]) : languageFolder(name as UnifiedToLanguage);
}

function cacheFile(name: CorpusName): string {
  return join(cacheFolder, `${name.replaceAll("/", "__")}.json`);
}

/** Parses a corpus folder and stores its IR for the test files; returns the parse time in seconds. */
export async function parseAndStore(name: CorpusName): Promise<number> {
  const started = performance.now();
  const variant = await parseFolder(folderOf(name));
  const seconds = (performance.now() - started) / 1000;
  mkdirSync(cacheFolder, { recursive: true });
  writeFileSync(cacheFile(name), JSON.stringify(variant));
  return seconds;
}

/** The IR of a corpus folder: from this run's cache, or parsed now when the cache is missing. */
export async function corpusVariant(name: CorpusName): Promise<Variant> {
  const file = cacheFile(name);
  if (existsSync(file)) return JSON.parse(readFileSync(file, "utf8")) as Variant;
  return parseFolder(folderOf(name));
}
