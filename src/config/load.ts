/**
 * Finding and loading the config file. A TypeScript or JavaScript config's code runs on a thread of its
 * own (import-config.ts, load-worker.ts), so that nothing it does can end or hold up modeldoc's process;
 * a JSON one is parsed here.
 */
import { existsSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { dirname, join, resolve } from "node:path";
import { Worker } from "node:worker_threads";
import { ConfigError, validateConfig, type ModeldocConfig } from "./config.js";
import { importConfig } from "./import-config.js";
import { jsonErrorOffset, lineAndColumn } from "./json-error.js";
import type { LoadedOnThread } from "./load-worker.js";

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

/** How long a config file's code may take to give its settings. */
export const CONFIG_LOAD_TIMEOUT_MS = 30_000;

/** Under a source runner (the tests) there is no compiled thread module: the config loads here. */
const compiled = import.meta.url.endsWith(".js");

/**
 * A config's code, loaded on a thread of its own (load-worker.ts): it cannot end the process (a config
 * that calls `process.exit`, at once or from a timer, is a usage error, never a run that ends with exit 0
 * having done nothing), what it leaves running ends with the thread, and it has a bounded time.
 */
function loadOnThread(file: string): Promise<LoadedOnThread> {
  return new Promise((resolvePromise, reject) => {
    const worker = new Worker(new URL("./load-worker.js", import.meta.url), { workerData: { file } });
    let settled = false;
    const settle = (outcome: () => void) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      void worker.terminate();
      outcome();
    };
    const timer = setTimeout(
      () => settle(() => reject(new ConfigError(file, "(file)", `expected a config that gives its settings, found one still loading after ${CONFIG_LOAD_TIMEOUT_MS / 1000} s`))),
      CONFIG_LOAD_TIMEOUT_MS,
    );
    worker.once("message", (answer: LoadedOnThread) => settle(() => resolvePromise(answer)));
    worker.once("error", (error) => settle(() => resolvePromise({ kind: "error", message: error.message })));
    worker.once("exit", (code) =>
      settle(() => reject(new ConfigError(file, "(file)", `expected a config that gives its settings, found one that stopped before it gave them (exit code ${code}: a process.exit, or a top-level await that never settles)`))),
    );
  });
}

/** The same under a source runner: here, with `process.exit` made to throw while the config loads. */
async function loadHere(file: string): Promise<LoadedOnThread> {
  const exit = process.exit;
  let exitCode: number | string | null | undefined;
  process.exit = ((code?: number | string | null) => {
    exitCode = code ?? 0;
    throw new Error("process.exit");
  }) as typeof process.exit;
  try {
    const imported = await importConfig(file);
    if (exitCode !== undefined) throw new ConfigError(file, "(file)", `expected a config that gives its settings, found one that stopped before it gave them (exit code ${exitCode}: a process.exit)`);
    return imported.kind === "module" ? { kind: "settings", hasDefault: imported.module.default !== undefined, value: imported.module.default } : imported;
  } finally {
    process.exit = exit;
  }
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
  const loaded = await (compiled ? loadOnThread(file) : loadHere(file));
  if (loaded.kind === "syntax-error") {
    const { text, where, line, column } = loaded.error;
    if (resolve(where) === resolve(file)) throw new ConfigError(file, "(file)", `expected TypeScript, found a syntax error: ${text}`, { line, column });
    throw new ConfigError(file, "(file)", `could not be loaded: ${where}:${line}:${column}: expected TypeScript, found a syntax error: ${text}`);
  }
  if (loaded.kind === "error") throw new ConfigError(file, "(file)", `could not be loaded: ${loaded.message}`);
  if (loaded.kind === "invalid") throw new ConfigError(file, loaded.key, loaded.reason);
  if (!loaded.hasDefault) throw new ConfigError(file, "(file)", "expected `export default defineConfig({ … })`, found no default export");
  return loaded.value;
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
