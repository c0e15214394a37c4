/**
 * Importing a config file's code: a TypeScript config (`.ts`, `.mts`) with jiti, as Nuxt, UnoCSS and
 * ESLint's flat config do (its imports of other TypeScript files followed, the TypeScript compiler not
 * loaded); a JavaScript config as it is. Runs on the config's own thread (load-worker.ts), or here under
 * a source runner (load.ts decides).
 */
import { stat } from "node:fs/promises";
import { pathToFileURL } from "node:url";

/** A syntax error of a TypeScript config, placed: in the config (`where` is the file) or in a file it imports. */
export interface ConfigSyntaxError {
  readonly text: string;
  readonly where: string;
  readonly line: number;
  readonly column: number;
}

/** The config module, or what went wrong loading it (a syntax error placed, or any other error's message). */
export type ImportedConfig =
  | { readonly kind: "module"; readonly module: { readonly default?: unknown } }
  | { readonly kind: "syntax-error"; readonly error: ConfigSyntaxError }
  | { readonly kind: "error"; readonly message: string };

/**
 * A TypeScript config and the TypeScript files it imports, through jiti (babel's TypeScript transform,
 * types stripped, no type check). A fresh loader per load: a watcher reloads an edited config and the
 * files it imports.
 */
async function importTypeScript(file: string): Promise<ImportedConfig> {
  const { createJiti } = await import("jiti");
  const jiti = createJiti(pathToFileURL(file).href, { moduleCache: false, interopDefault: false });
  try {
    return { kind: "module", module: (await jiti.import(file)) as { default?: unknown } };
  } catch (error) {
    // babel's message ends with the place, `<file>:<line>:<column>` (column from 0).
    const message = error instanceof Error ? error.message : String(error);
    const place = /^(?:\w*Error: )?([\s\S]*?)\s*\n\s*(\S.*?):(\d+):(\d+)\s*$/.exec(message);
    if (place && /SyntaxError|ParseError|Unexpected|Missing|expected/i.test(message)) {
      const [, text, where, line, column] = place as unknown as [string, string, string, string, string];
      return { kind: "syntax-error", error: { text: text.trim(), where, line: Number(line), column: Number(column) + 1 } };
    }
    return { kind: "error", message };
  }
}

/** Imports a module as it is now: a watcher reloads an edited config, and `import` keeps modules by URL. */
async function importFresh(file: string): Promise<ImportedConfig> {
  try {
    const { mtimeMs, size } = await stat(file);
    return { kind: "module", module: (await import(`${pathToFileURL(file).href}?version=${mtimeMs}-${size}`)) as { default?: unknown } };
  } catch (error) {
    return { kind: "error", message: error instanceof Error ? error.message : String(error) };
  }
}

/** Imports a config file's code. */
export function importConfig(file: string): Promise<ImportedConfig> {
  return file.endsWith(".ts") || file.endsWith(".mts") ? importTypeScript(file) : importFresh(file);
}
