/**
 * The TypeScript emitter: one IR variant → the files of its output folder.
 *
 * ```text
 * index.ts               re-exports, plus the `validators` and `fixtures` registries
 * runtime.ts             ValidationIssue, ValidationError, date checks, helpers      (validators)
 * types/<name>.ts        interface / type alias per declaration                      (interfaces)
 * validators/<name>.ts   validateX, isX, assertX                                     (validators)
 * fixtures/<name>.ts     xFixtures = { minimal, full }, typed against the interfaces (fixtures)
 * fixtures/<name>.json   the same fixtures as JSON (dates as strings, bytes base64)  (fixtures)
 * schema.json            JSON Schema draft 2020-12, one $defs entry per declaration  (jsonschema)
 * ```
 *
 * Output is a pure function of the variant and the options: files come sorted by path, declarations
 * are handled in `id` order, and nothing depends on time, randomness or absolute paths. Each file is made
 * from its own declaration and the shared symbol table only.
 */
import type { Variant } from "../ir/types.js";
import type { FieldNaming } from "../ir/naming.js";
import { computeRanks, fixtureFiles } from "./fixtures.js";
import { formatFiles, type UnformattedFile } from "./format.js";
import { indexFile } from "./index-file.js";
import { typesFile } from "./interfaces.js";
import { jsonSchemaFile } from "./jsonschema.js";
import { runtimeFile } from "./runtime.js";
import { buildSymbolTable, compareCodeUnits } from "./symbols.js";
import { validatorsFile, type UnknownKeyPolicy } from "./validators.js";

export type { UnknownKeyPolicy } from "./validators.js";

/** What a variant's folder can hold. */
export type OutputKind = "interfaces" | "validators" | "fixtures" | "jsonschema";

export const outputKinds: readonly OutputKind[] = ["interfaces", "validators", "fixtures", "jsonschema"];

/** What `emit` is when not given: everything but the JSON Schema. */
export const defaultOutputKinds: readonly OutputKind[] = ["interfaces", "validators", "fixtures"];

export interface EmitOptions {
  /** How properties are named: `camel` (default), `as-written` or `snake`. */
  naming: FieldNaming;
  /** `string` (default): date and date-time values are ISO 8601 strings; `Date`: Date objects. */
  dates: "string" | "Date";
  /**
   * What validators do with keys a model does not list: `allow` (default), `reject` (an issue per
   * key) or `strip` (`validateX` and `assertX` delete them from a valid value, in place). The JSON
   * Schema says `additionalProperties: false` for `reject`.
   */
  unknownKeys?: UnknownKeyPolicy;
  /**
   * Which outputs to write (default: interfaces, validators, fixtures). Validators and fixtures are
   * typed against the interfaces, so asking for either writes the interfaces too.
   */
  emit?: readonly OutputKind[];
}

export interface OutputFile {
  /** Relative to the variant's output folder, with `/` separators. */
  path: string;
  contents: string;
}

export const defaultEmitOptions: EmitOptions = { naming: "camel", dates: "string" };

/** The kinds to write: as asked, plus the interfaces when validators or fixtures are asked for. */
export function resolveOutputKinds(emit: readonly OutputKind[] | undefined): ReadonlySet<OutputKind> {
  const kinds = new Set<OutputKind>(emit ?? defaultOutputKinds);
  if (kinds.has("validators") || kinds.has("fixtures")) kinds.add("interfaces");
  return kinds;
}

/** A variant's files, split by what they come from: the variant as a whole, or one declaration. */
export interface EmittedParts {
  /** `index.ts`, `runtime.ts`, `schema.json`: they depend on every declaration. */
  readonly variantFiles: OutputFile[];
  /** Each declaration's `types/`, `validators/` and `fixtures/` files, by declaration id. */
  readonly declarationFiles: Map<string, OutputFile[]>;
}

/** Which parts to emit: the incremental pipeline asks only for what changed. */
export interface PartSelection {
  /** Declaration ids; default: all. */
  readonly declarations?: ReadonlySet<string>;
  /** Default: true. */
  readonly variantFiles?: boolean;
}

/**
 * The files of a variant, unformatted, by part. TypeScript files are printed but not yet run through
 * prettier (their meaning is final; only layout changes); JSON files are final.
 */
export function emitVariantParts(variant: Variant, options: EmitOptions = defaultEmitOptions, select: PartSelection = {}): EmittedParts {
  const kinds = resolveOutputKinds(options.emit);
  const unknownKeys = options.unknownKeys ?? "allow";
  const symbols = buildSymbolTable(variant.declarations);
  const variantFiles: OutputFile[] = [];
  if (select.variantFiles !== false) {
    if (kinds.has("interfaces")) variantFiles.push({ path: "index.ts", contents: indexFile(variant.name, symbols, kinds) });
    if (kinds.has("validators")) variantFiles.push({ path: "runtime.ts", contents: runtimeFile(variant.name) });
    if (kinds.has("jsonschema")) {
      variantFiles.push({ path: "schema.json", contents: jsonSchemaFile(variant.name, symbols, { naming: options.naming, unknownKeys }) });
    }
  }
  const ranks = kinds.has("fixtures") ? computeRanks(symbols, options.naming) : undefined;
  const validatorOptions = { naming: options.naming, dates: options.dates, unknownKeys };
  const declarationFiles = new Map<string, OutputFile[]>();
  for (const symbol of symbols.symbols) {
    if (select.declarations && !select.declarations.has(symbol.decl.id)) continue;
    const files: OutputFile[] = [];
    if (kinds.has("interfaces")) {
      files.push({ path: `types/${symbol.fileName}.ts`, contents: typesFile(symbol, symbols, options) });
    }
    if (kinds.has("validators")) {
      files.push({ path: `validators/${symbol.fileName}.ts`, contents: validatorsFile(symbol, symbols, validatorOptions) });
    }
    if (ranks !== undefined) {
      const fixtures = fixtureFiles(symbol, symbols, ranks, options);
      files.push(
        { path: `fixtures/${symbol.fileName}.ts`, contents: fixtures.module },
        { path: `fixtures/${symbol.fileName}.json`, contents: fixtures.json },
      );
    }
    declarationFiles.set(symbol.decl.id, files);
  }
  return { variantFiles, declarationFiles };
}

/** The files for one variant before formatting, sorted by path. */
export function emitVariantUnformatted(variant: Variant, options: EmitOptions = defaultEmitOptions): OutputFile[] {
  const { variantFiles, declarationFiles } = emitVariantParts(variant, options);
  const files = [...variantFiles, ...[...declarationFiles.values()].flat()];
  files.sort((a, b) => compareCodeUnits(a.path, b.path));
  return files;
}

/** The files for one variant, formatted, sorted by path. */
export async function emitVariant(variant: Variant, options: EmitOptions = defaultEmitOptions): Promise<OutputFile[]> {
  const files: UnformattedFile[] = emitVariantUnformatted(variant, options);
  const formatted = await formatFiles(files);
  return formatted.map(({ path, contents }) => ({ path, contents }));
}
