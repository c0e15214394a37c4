// Where the real corpus lives: ../shared/corpus from the repo root (there in CI too).
import { existsSync } from "node:fs";
import { resolve } from "node:path";

export const corpusRoot = resolve(process.env["MODELDOC_CORPUS"] ?? "../shared/corpus");

export const languages = ["go", "csharp", "typescript", "python", "java"] as const;
export type Language = (typeof languages)[number];

/** Every language of the unified-to document, PHP and Ruby too (modeldoc reads those two poorly). */
export const unifiedToLanguages = [...languages, "php", "ruby"] as const;
export type UnifiedToLanguage = (typeof unifiedToLanguages)[number];

export const historyFolders = ["go/2025-02-05", "go/2025-10-23", "csharp/2025-10-23"] as const;

export function languageFolder(language: UnifiedToLanguage): string {
  return resolve(corpusRoot, "unified-to", language);
}

export function historyFolder(folder: (typeof historyFolders)[number]): string {
  return resolve(corpusRoot, "unified-to-history", folder);
}

if (!existsSync(corpusRoot)) {
  throw new Error(`the corpus is missing: expected it at ${corpusRoot} (set MODELDOC_CORPUS to point elsewhere)`);
}
