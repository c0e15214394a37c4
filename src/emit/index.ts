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
 * wire/<name>.ts         parseX, toJsonX: wire JSON ⇄ TypeScript value (validators; see codec.ts)
 * zod/<name>.ts          zX, a zod 4 schema with the validators' meaning            (zod)
 * schema.json            JSON Schema draft 2020-12, one $defs entry per declaration  (jsonschema)
 * ```
 *
 * With `layout: "single"`, one file per output kind instead (types.ts, validators.ts, fixtures.ts and
 * fixtures.json, zod.ts, wire.ts), with the same declarations (see single.ts).
 *
 * Output is a pure function of the variant and the options: files come sorted by path, declarations
 * are handled in `id` order, and nothing depends on time, randomness or absolute paths. Each file is made
 * from its own declaration and the shared symbol table only.
 */
import type { Declaration, TypeExpr, Variant } from "../ir/types.js";
import type { Block } from "./code/source-file.js";
import { computeRanks, fixtureFiles, fixtureParts, type Ranks } from "./fixtures.js";
import { indexFile } from "./index-file.js";
import { typesFile, typesParts } from "./interfaces.js";
import { jsonSchemaFile } from "./jsonschema.js";
import { runtimeFile } from "./runtime.js";
import { buildSymbolTable, compareCodeUnits, type DeclarationSymbol, type SymbolTable } from "./symbols.js";
import { defaultEmitOptions, resolveOutputKinds, type EmitOptions, type OutputFile, type OutputKind, type UnknownKeyPolicy } from "./options.js";
import { singleFile, singleFixturesJson } from "./single.js";
import { validatorsFile, validatorsParts } from "./validators.js";
import { zodFile, zodParts } from "./zod.js";
import { codecFile, codecParts, needsCodec, type CodecOptions } from "./codec.js";

export {
  defaultEmitOptions,
  defaultOutputKinds,
  outputKinds,
  resolveOutputKinds,
  type EmitOptions,
  type OutputFile,
  type OutputKind,
  type UnknownKeyPolicy,
} from "./options.js";

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

/** The files of a variant, by part, each in its final bytes (TypeScript in prettier's layout, see code/). */
export function emitVariantParts(variant: Variant, options: EmitOptions = defaultEmitOptions, select: PartSelection = {}): EmittedParts {
  const kinds = resolveOutputKinds(options.emit);
  const unknownKeys = options.unknownKeys ?? "allow";
  const symbols = buildSymbolTable(variant.declarations);
  const variantFiles: OutputFile[] = [];
  if (select.variantFiles !== false) {
    const withCodec = kinds.has("validators") && needsCodec(options);
    const index = indexFile(variant.name, symbols, kinds, withCodec, options.layout === "single");
    if (kinds.has("interfaces")) variantFiles.push({ path: "index.ts", contents: index });
    if (kinds.has("validators") || kinds.has("zod")) variantFiles.push({ path: "runtime.ts", contents: runtimeFile(variant.name) });
    if (kinds.has("jsonschema")) {
      variantFiles.push({ path: "schema.json", contents: jsonSchemaFile(variant.name, symbols, { naming: options.naming, unknownKeys }) });
    }
  }
  const only = options.layout === "single" ? undefined : select.declarations;
  const selected = only === undefined ? undefined : symbols.symbols.filter((symbol) => only.has(symbol.decl.id));
  const ranks = kinds.has("fixtures") ? computeRanks(symbols, options.naming, selected) : undefined;
  const validatorOptions = { naming: options.naming, dates: options.dates, unknownKeys };
  const codec = kinds.has("validators") && needsCodec(options) ? { naming: options.naming, wireNaming: options.wireNaming ?? options.naming, dates: options.dates } : undefined;
  const declarationFiles = new Map<string, OutputFile[]>();
  if (options.layout === "single") {
    if (select.variantFiles !== false) variantFiles.push(...singleLayoutFiles(variant.name, symbols, kinds, { ...options, unknownKeys }, codec, ranks));
    return { variantFiles, declarationFiles };
  }
  for (const symbol of symbols.symbols) {
    if (select.declarations && !select.declarations.has(symbol.decl.id)) continue;
    const files: OutputFile[] = [];
    if (kinds.has("interfaces")) {
      files.push({ path: `types/${symbol.fileName}.ts`, contents: typesFile(symbol, symbols, options) });
    }
    if (kinds.has("validators")) {
      files.push({ path: `validators/${symbol.fileName}.ts`, contents: validatorsFile(symbol, symbols, validatorOptions) });
    }
    if (codec !== undefined) {
      files.push({ path: `wire/${symbol.fileName}.ts`, contents: codecFile(symbol, symbols, codec) });
    }
    if (kinds.has("zod")) {
      files.push({ path: `zod/${symbol.fileName}.ts`, contents: zodFile(symbol, symbols, validatorOptions) });
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

/** The files of the single layout: one per output kind, each the declarations in `id` order (see single.ts). */
function singleLayoutFiles(
  variantName: string,
  symbols: SymbolTable,
  kinds: ReadonlySet<OutputKind>,
  options: EmitOptions & { unknownKeys: UnknownKeyPolicy },
  codec: CodecOptions | undefined,
  ranks: Ranks | undefined,
): OutputFile[] {
  const files: OutputFile[] = [];
  const all = symbols.symbols;
  const prefix = (symbol: DeclarationSymbol): string => symbol.fixturesName.slice(0, -"Fixtures".length);
  const add = (folder: string, parts: (symbol: DeclarationSymbol) => Block[]): void => {
    files.push({ path: `${folder}.ts`, contents: singleFile(variantName, folder, all.map(parts)) });
  };
  const validatorOptions = { naming: options.naming, dates: options.dates, unknownKeys: options.unknownKeys };
  if (kinds.has("interfaces")) add("types", (symbol) => typesParts(symbol, symbols, options));
  if (kinds.has("validators")) add("validators", (symbol) => validatorsParts(symbol, symbols, { ...validatorOptions, localPrefix: prefix(symbol) }));
  if (codec !== undefined) add("wire", (symbol) => codecParts(symbol, symbols, codec, prefix(symbol)));
  if (kinds.has("zod")) add("zod", (symbol) => zodParts(symbol, symbols, validatorOptions));
  if (ranks !== undefined) {
    const fixtures = all.map((symbol) => [symbol, fixtureParts(symbol, symbols, ranks, options)] as const);
    files.push({ path: "fixtures.ts", contents: singleFile(variantName, "fixtures", fixtures.map(([, parts]) => parts.blocks)) });
    files.push({ path: "fixtures.json", contents: singleFixturesJson(variantName, fixtures.map(([symbol, parts]) => [symbol, parts.json])) });
  }
  return files;
}

/** The files for one variant, sorted by path. */
export function emitVariantFiles(variant: Variant, options: EmitOptions = defaultEmitOptions): OutputFile[] {
  const { variantFiles, declarationFiles } = emitVariantParts(variant, options);
  const files = [...variantFiles, ...[...declarationFiles.values()].flat()];
  files.sort((a, b) => compareCodeUnits(a.path, b.path));
  return files;
}

/** The files for one variant, sorted by path (the API's asynchronous form of {@link emitVariantFiles}). */
export async function emitVariant(variant: Variant, options: EmitOptions = defaultEmitOptions): Promise<OutputFile[]> {
  return emitVariantFiles(variant, options);
}

/**
 * The models and unions no finite value can have (a cycle of required, non-null fields: `A { self: A }`).
 * Their fixtures hold `null` where the cycle would go, which their own validators reject; the pipeline
 * reports each of them, so that a fixture that cannot exist is never taken for one that does.
 */
export function declarationsWithoutFiniteValue(variant: Variant, naming: EmitOptions["naming"]): Declaration[] {
  // Almost every variant has no cycle of required references at all: that is quick to rule out, and the
  // ranks (a fixed point over the whole variant) are worked out only when there is one.
  if (!hasRequiredCycle(variant.declarations)) return [];
  const ranks = computeRanks(buildSymbolTable(variant.declarations), naming);
  return variant.declarations.filter((declaration) => declaration.kind !== "enum" && !ranks.has(declaration.id));
}

/** The declarations a value of `type` must contain (refs, through unions: a member may be the one taken). */
function mustContain(type: TypeExpr, into: string[]): string[] {
  const pending = [type];
  for (let next = pending.pop(); next !== undefined; next = pending.pop()) {
    if (next.kind === "ref") into.push(next.target);
    else if (next.kind === "union") pending.push(...next.members);
  }
  return into;
}

/** Whether required, non-null fields and union members lead from some declaration back to itself. */
function hasRequiredCycle(declarations: readonly Declaration[]): boolean {
  const edges = new Map<string, string[]>();
  for (const declaration of declarations) {
    const targets: string[] = [];
    if (declaration.kind === "model") {
      for (const field of declaration.fields) if (field.required && !field.nullable) mustContain(field.type, targets);
    } else if (declaration.kind === "union") {
      for (const member of declaration.members) mustContain(member.type, targets);
    }
    if (targets.length !== 0) edges.set(declaration.id, targets);
  }
  // Depth-first, without recursion: 1 = on the current path, 2 = done.
  const state = new Map<string, 1 | 2>();
  for (const start of edges.keys()) {
    if (state.has(start)) continue;
    const stack: [id: string, next: number][] = [[start, 0]];
    state.set(start, 1);
    while (stack.length !== 0) {
      const top = stack[stack.length - 1]!;
      const target = edges.get(top[0])?.[top[1]++];
      if (target === undefined) {
        state.set(top[0], 2);
        stack.pop();
      } else if (state.get(target) === 1) {
        return true;
      } else if (!state.has(target) && edges.has(target)) {
        state.set(target, 1);
        stack.push([target, 0]);
      }
    }
  }
  return false;
}
