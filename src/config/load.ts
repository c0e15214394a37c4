/**
 * Finding and loading the config file. TypeScript configs are transpiled with the TypeScript that
 * ts-morph bundles and imported from a temporary module beside the config (as Vite does), so that
 * the config's own relative imports resolve; the temporary file is removed right after.
 */
import { createHash } from "node:crypto";
import { existsSync } from "node:fs";
import { readFile, rm, stat, writeFile } from "node:fs/promises";
import { dirname, join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { ConfigError, validateConfig, type ModeldocConfig } from "./config.js";

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

async function importTypeScript(file: string): Promise<unknown> {
  const { ts } = await import("ts-morph");
  const source = await readFile(file, "utf8");
  const transpiled = ts.transpileModule(source, {
    fileName: file,
    reportDiagnostics: true,
    compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022, verbatimModuleSyntax: false },
  });
  // transpileModule emits its best guess for any text at all: junk would run as a config, or fail
  // with a message that points nowhere. A syntax error stops here, at its line and column.
  const syntaxError = transpiled.diagnostics?.find((diagnostic) => diagnostic.category === ts.DiagnosticCategory.Error);
  if (syntaxError) {
    const { line, character } = syntaxError.file?.getLineAndCharacterOfPosition(syntaxError.start ?? 0) ?? { line: 0, character: 0 };
    const message = ts.flattenDiagnosticMessageText(syntaxError.messageText, " ");
    throw new ConfigError(file, "(file)", `expected TypeScript, found a syntax error: ${message}`, { line: line + 1, column: character + 1 });
  }
  const output = transpiled.outputText;
  const temporary = `${file}.${createHash("sha1").update(output).digest("hex").slice(0, 8)}.${process.pid}.mjs`;
  await writeFile(temporary, output);
  try {
    return await import(pathToFileURL(temporary).href);
  } finally {
    await rm(temporary, { force: true });
  }
}

/** Imports a module as it is now: a watcher reloads an edited config, and `import` keeps modules by URL. */
async function importFresh(file: string): Promise<unknown> {
  const { mtimeMs, size } = await stat(file);
  return import(`${pathToFileURL(file).href}?version=${mtimeMs}-${size}`);
}

async function readConfigModule(file: string): Promise<unknown> {
  if (file.endsWith(".json")) {
    const text = await readFile(file, "utf8");
    try {
      return JSON.parse(text);
    } catch (error) {
      throw new ConfigError(file, "(file)", `expected JSON, found a syntax error: ${(error as Error).message}`);
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
