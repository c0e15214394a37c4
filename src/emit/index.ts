/**
 * The TypeScript emitter: one IR variant → the files of its output folder.
 *
 * ```text
 * index.ts             re-exports, plus the `validators` and `fixtures` registries
 * runtime.ts           ValidationIssue, ValidationError, date patterns, helpers
 * types/<name>.ts      interface / type alias per declaration
 * validators/<name>.ts validateX, isX, assertX
 * fixtures/<name>.ts   xFixtures = { minimal, full }
 * ```
 *
 * Output is a pure function of the variant and the options: files come sorted by path, declarations
 * are handled in `id` order, and nothing depends on time, randomness or absolute paths.
 */
import type { Variant } from "../ir/types.js";
import type { FieldNaming } from "../ir/naming.js";
import { computeRanks, fixturesFile } from "./fixtures.js";
import { formatFiles, type UnformattedFile } from "./format.js";
import { indexFile } from "./index-file.js";
import { typesFile } from "./interfaces.js";
import { runtimeFile } from "./runtime.js";
import { buildSymbolTable, compareCodeUnits } from "./symbols.js";
import { validatorsFile } from "./validators.js";

export interface EmitOptions {
  /** How properties are named: `camel` (default), `as-written` or `snake`. */
  naming: FieldNaming;
  /** `string` (default): date and date-time values are ISO 8601 strings; `Date`: Date objects. */
  dates: "string" | "Date";
}

export interface OutputFile {
  /** Relative to the variant's output folder, with `/` separators. */
  path: string;
  contents: string;
}

export const defaultEmitOptions: EmitOptions = { naming: "camel", dates: "string" };

/** The files for one variant, formatted, sorted by path. */
export async function emitVariant(variant: Variant, options: EmitOptions = defaultEmitOptions): Promise<OutputFile[]> {
  const symbols = buildSymbolTable(variant.declarations);
  const ranks = computeRanks(symbols, options.naming);
  const files: UnformattedFile[] = [
    { path: "index.ts", contents: indexFile(variant.name, symbols) },
    { path: "runtime.ts", contents: runtimeFile(variant.name) },
  ];
  for (const symbol of symbols.symbols) {
    files.push(
      { path: `types/${symbol.fileName}.ts`, contents: typesFile(symbol, symbols, options) },
      { path: `validators/${symbol.fileName}.ts`, contents: validatorsFile(symbol, symbols, options) },
      { path: `fixtures/${symbol.fileName}.ts`, contents: fixturesFile(symbol, symbols, ranks, options) },
    );
  }
  files.sort((a, b) => compareCodeUnits(a.path, b.path));
  const formatted = await formatFiles(files);
  return formatted.map(({ path, contents }) => ({ path, contents }));
}
