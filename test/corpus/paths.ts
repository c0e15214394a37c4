// Where the real corpus lives: ../shared/corpus from the repo root (there in CI too).
import { existsSync } from "node:fs";
import { resolve } from "node:path";

export const corpusRoot = resolve(process.env["MODELDOC_CORPUS"] ?? "../shared/corpus");

/** unified-to: one API document, one day, seven SDKs (unified-to/MANIFEST.md). */
export const languages = ["go", "csharp", "typescript", "python", "java", "php", "ruby"] as const;
export type Language = (typeof languages)[number];

/** formance: a second API, six SDKs from four documents; java and python share one (formance/MANIFEST.md). */
export const formanceLanguages = ["go", "java", "python", "typescript", "csharp", "php"] as const;
export type FormanceLanguage = (typeof formanceLanguages)[number];

export const historyFolders = ["go/2025-02-05", "go/2025-10-23", "csharp/2025-10-23"] as const;
export type HistoryFolder = (typeof historyFolders)[number];

/**
 * generators: OpenAPI Generator, swagger-codegen and APIMatic docs of six APIs (generators/MANIFEST.md),
 * by their path under generators/ (`openapi-generator/conekta/python`).
 */
export const generatorFolders = [
  "openapi-generator/vrchat/go",
  "openapi-generator/vrchat/java",
  "openapi-generator/vrchat/python",
  "openapi-generator/vrchat/rust",
  "openapi-generator/vrchat/dart",
  "openapi-generator/conekta/csharp",
  "openapi-generator/conekta/dart",
  "openapi-generator/conekta/go",
  "openapi-generator/conekta/php",
  "openapi-generator/conekta/python",
  "openapi-generator/conekta/ruby",
  "openapi-generator/conekta/typescript",
  "openapi-generator/dropbox-sign/csharp",
  "openapi-generator/dropbox-sign/php",
  "openapi-generator/dropbox-sign/python",
  "openapi-generator/dropbox-sign/ruby",
  "openapi-generator/dropbox-sign/typescript",
  "swagger-codegen/sendinblue/go",
  "swagger-codegen/sendinblue/java",
  "swagger-codegen/sendinblue/php",
  "swagger-codegen/sendinblue/python",
  "apimatic/maxio/csharp",
  "apimatic/maxio/python",
  "apimatic/maxio/ruby",
  "apimatic/maxio/typescript",
  "apimatic/splitit/java",
  "apimatic/splitit/php",
  "apimatic/splitit/typescript",
] as const;
export type GeneratorFolder = (typeof generatorFolders)[number];

/** A corpus folder: a unified-to language by its bare name, the others by their family. */
export type CorpusName = Language | `formance/${FormanceLanguage}` | `history/${HistoryFolder}` | `generators/${GeneratorFolder}`;

export const corpusNames: readonly CorpusName[] = [
  ...languages,
  ...formanceLanguages.map((language) => `formance/${language}` as const),
  ...historyFolders.map((folder) => `history/${folder}` as const),
  ...generatorFolders.map((folder) => `generators/${folder}` as const),
];

export function languageFolder(language: Language): string {
  return resolve(corpusRoot, "unified-to", language);
}

export function historyFolder(folder: HistoryFolder): string {
  return resolve(corpusRoot, "unified-to-history", folder);
}

export function corpusFolder(name: CorpusName): string {
  if (name.startsWith("history/")) return historyFolder(name.slice("history/".length) as HistoryFolder);
  if (name.startsWith("generators/")) return resolve(corpusRoot, name);
  if (name.startsWith("formance/")) return resolve(corpusRoot, "formance", name.slice("formance/".length));
  return languageFolder(name as Language);
}

if (!existsSync(corpusRoot)) {
  throw new Error(`the corpus is missing: expected it at ${corpusRoot} (set MODELDOC_CORPUS to point elsewhere)`);
}
