/**
 * A config file's code, loaded on a thread of its own (load.ts starts it): whatever the code does, it
 * cannot end modeldoc's process (`process.exit` here ends this thread only), and what it leaves running
 * (a timer, a server) ends with the thread once its settings are posted back.
 */
import { parentPort, workerData } from "node:worker_threads";
import { ConfigError, validateConfig } from "./config.js";
import { importConfig, type ImportedConfig } from "./import-config.js";

/**
 * What the thread posts back: the config's default export, checked here (so it is plain data, and a bad
 * key is named as it would be on the main thread), or what went wrong.
 */
export type LoadedOnThread =
  | Exclude<ImportedConfig, { kind: "module" }>
  | { readonly kind: "settings"; readonly hasDefault: boolean; readonly value: unknown }
  | { readonly kind: "invalid"; readonly key: string; readonly reason: string };

const { file } = workerData as { file: string };
/** The module's default export, checked. */
function settingsOf(imported: ImportedConfig): LoadedOnThread {
  if (imported.kind !== "module") return imported;
  const value = imported.module.default;
  if (value === undefined) return { kind: "settings", hasDefault: false, value };
  try {
    validateConfig(value, file);
  } catch (error) {
    if (error instanceof ConfigError) return { kind: "invalid", key: error.key, reason: error.reason };
    // A .js config can hand over anything, a getter that throws included.
    return { kind: "invalid", key: "(file)", reason: `could not be read: ${error instanceof Error ? error.message : String(error)}` };
  }
  return { kind: "settings", hasDefault: true, value };
}

const answer = settingsOf(await importConfig(file));
try {
  parentPort!.postMessage(answer);
} catch (error) {
  parentPort!.postMessage({ kind: "error", message: `its default export is not plain data (${error instanceof Error ? error.message : String(error)})` } satisfies LoadedOnThread);
}
