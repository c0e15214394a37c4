/**
 * Finding and loading the config file. A TypeScript config (`.ts`, `.mts`) is loaded with jiti, as Nuxt,
 * UnoCSS and ESLint's flat config do: its imports of other TypeScript files are followed, and the
 * TypeScript compiler is not loaded. A JavaScript config is imported as it is; a JSON one parsed.
 */
import { existsSync } from "node:fs";
import { readFile, stat } from "node:fs/promises";
import { dirname, join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { ConfigError, validateConfig, type ModeldocConfig } from "./config.js";
import { jsonErrorOffset, lineAndColumn } from "./json-error.js";

export const configNames = ["modeldoc.config.ts", "modeldoc.config.mts", "modeldoc.config.mjs", "modeldoc.config.js", "modeldoc.config.json"];

export interface LoadedConfig {
  /** The config file, or undefined when there is none (all defaults). */
  readonly file: string | undefined;
  /** The folder relative paths in the config are resolved against. */
  readonly folder: string;
  readonly config: ModeldocConfig;
}

/** The nearest config file from `start` up to the file system root. */
export function findConfig(start: string): string | undefined {
  for (let folder = resolve(start); ; folder = dirname(folder)) {
    for (const name of configNames) {
      const candidate = join(folder, name);
      if (existsSync(candidate)) return candidate;
    }
    if (dirname(folder) === folder) return undefined;
  }
}

/**
 * A TypeScript config and the TypeScript files it imports, through jiti (babel's TypeScript transform,
 * types stripped, no type check). A fresh loader per load: a watcher reloads an edited config and the
 * files it imports.
 */
async function importTypeScript(file: string): Promise<unknown> {
  const { createJiti } = await import("jiti");
  const jiti = createJiti(pathToFileURL(file).href, { moduleCache: false, interopDefault: false });
  try {
    return await jiti.import(file);
  } catch (error) {
    // babel's message ends with the place, `<file>:<line>:<column>` (column from 0).
    const message = error instanceof Error ? error.message : String(error);
    const place = /^(?:\w*Error: )?([\s\S]*?)\s*\n\s*(\S.*?):(\d+):(\d+)\s*$/.exec(message);
    if (place && /SyntaxError|ParseError|Unexpected|Missing|expected/i.test(message)) {
      const [, text, where, line, column] = place as unknown as [string, string, string, string, string];
      const position = { line: Number(line), column: Number(column) + 1 };
      if (resolve(where) === resolve(file)) throw new ConfigError(file, "(file)", `expected TypeScript, found a syntax error: ${text.trim()}`, position);
      throw new ConfigError(file, "(file)", `could not be loaded: ${where}:${position.line}:${position.column}: expected TypeScript, found a syntax error: ${text.trim()}`);
    }
    throw error;
  }
}

/** Imports a module as it is now: a watcher reloads an edited config, and `import` keeps modules by URL. */
async function importFresh(file: string): Promise<unknown> {
  const { mtimeMs, size } = await stat(file);
  return import(`${pathToFileURL(file).href}?version=${mtimeMs}-${size}`);
}

async function readConfigModule(file: string): Promise<unknown> {
  if (file.endsWith(".json")) {
    // Editors on Windows save JSON with a byte order mark; JSON.parse does not skip it.
    const text = (await readFile(file, "utf8")).replace(/^\uFEFF/, "");
    try {
      return JSON.parse(text);
    } catch (error) {
      const position = lineAndColumn(text, jsonErrorOffset(text) ?? text.length);
      throw new ConfigError(file, "(file)", `expected JSON, found a syntax error: ${(error as Error).message}`, position);
    }
  }
  try {
    const module = (file.endsWith(".ts") || file.endsWith(".mts") ? await importTypeScript(file) : await importFresh(file)) as { default?: unknown };
    if (module.default === undefined) throw new ConfigError(file, "(file)", "expected `export default defineConfig({ … })`, found no default export");
    return module.default;
  } catch (error) {
    if (error instanceof ConfigError) throw error;
    throw new ConfigError(file, "(file)", `could not be loaded: ${(error as Error).message}`);
  }
}

/** Loads the config named by `explicit`, or the nearest one from `cwd`; none found means defaults. */
export async function loadConfig(cwd: string, explicit?: string): Promise<LoadedConfig> {
  const file = explicit ? resolve(cwd, explicit) : findConfig(cwd);
  if (file === undefined) return { file: undefined, folder: resolve(cwd), config: {} };
  if (!existsSync(file)) throw new ConfigError(file, "(file)", "no such config file");
  const module = await readConfigModule(file);
  try {
    return { file, folder: dirname(file), config: validateConfig(module, file) };
  } catch (error) {
    // A .js config can hand over anything, a getter that throws included.
    if (error instanceof ConfigError) throw error;
    throw new ConfigError(file, "(file)", `could not be read: ${(error as Error).message}`);
  }
}
