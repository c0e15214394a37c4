/**
 * The two layouts of an output folder, both read off the registry (registry.ts):
 *
 * - `pages` (default): each output with a folder writes a module per declaration, `<folder>/<name>.ts`
 *   (and `<folder>/<name>.json` beside it when the output makes JSON: the fixtures);
 * - `single`: one file per output, `<folder>.ts` (and `<folder>.json`), the declarations' parts in `id`
 *   order (single.ts).
 *
 * Either way `index.ts` (with the interfaces) and each output's variant-wide files (`runtime.ts`,
 * `schema.json`) come beside them.
 */
import { pageBanner } from "../banner.js";
import { sourceFileText } from "../code/source-file.js";
import { jsonText } from "../common/json.js";
import { type DeclarationSymbol } from "../common/symbols.js";
import { compareCodeUnits } from "../../code-units.js";
import type { EmitContext } from "../context.js";
import type { OutputEmitter, OutputFile } from "../output.js";
import { outputRegistry } from "../registry.js";
import { indexFile } from "./index-module.js";
import { singleFile, singleJson } from "./single.js";

/** A variant's files, split by what they come from: the variant as a whole, or one declaration. */
export interface EmittedParts {
  /** `index.ts`, `runtime.ts`, `schema.json`, and in the single layout every file: they depend on every declaration. */
  readonly variantFiles: OutputFile[];
  /** Each declaration's files (`types/`, `validators/`, …), by declaration id. */
  readonly declarationFiles: Map<string, OutputFile[]>;
  /** The time each output's emitter took to make these files, in ms, by output (`index` for `index.ts`). */
  readonly milliseconds: Record<string, number>;
}

/** Which parts to emit: the incremental pipeline asks only for what changed. */
export interface PartSelection {
  /** Declaration ids; default: all. */
  readonly declarations?: ReadonlySet<string>;
  /** Default: true. */
  readonly variantFiles?: boolean;
}

/** The emitters of the outputs written, by name (each entry's `load`). */
export type LoadedEmitters = ReadonlyMap<string, OutputEmitter>;

/** The files of a variant, by part, each in its final bytes. */
export function layOut(ctx: EmitContext, emitters: LoadedEmitters, select: PartSelection = {}): EmittedParts {
  const outputs = outputRegistry.filter((entry) => ctx.outputs.has(entry.name));
  const emitterOf = (name: string): OutputEmitter => {
    const emitter = emitters.get(name);
    if (emitter === undefined) throw new Error(`the emitter of ${name} is not loaded`);
    return emitter;
  };
  const variantFiles: OutputFile[] = [];
  const declarationFiles = new Map<string, OutputFile[]>();
  // Where the time goes, by output (the bench's phases): a clock read per declaration and output.
  const milliseconds: Record<string, number> = {};
  const timed = <T>(output: string, make: () => T): T => {
    const started = performance.now();
    const made = make();
    milliseconds[output] = (milliseconds[output] ?? 0) + performance.now() - started;
    return made;
  };
  const withVariantFiles = select.variantFiles !== false;
  if (withVariantFiles) {
    if (ctx.outputs.has("interfaces")) variantFiles.push({ path: "index.ts", contents: timed("index", () => indexFile(ctx, outputs)) });
    for (const entry of outputs) variantFiles.push(...timed(entry.name, () => emitterOf(entry.name).variantFiles?.(ctx) ?? []));
  }
  const perDeclaration = outputs.flatMap((entry) => {
    const declaration = emitterOf(entry.name).declaration;
    return entry.folder === undefined || declaration === undefined ? [] : [{ name: entry.name, folder: entry.folder, json: entry.json === true, declaration }];
  });
  if (ctx.options.layout === "single") {
    if (!withVariantFiles) return { variantFiles, declarationFiles, milliseconds };
    const all = ctx.symbols.symbols;
    for (const { name, folder, json, declaration } of perDeclaration) {
      timed(name, () => {
        const parts = all.map((symbol) => [symbol, declaration(symbol, ctx)] as const);
        variantFiles.push({ path: `${folder}.ts`, contents: singleFile(ctx.variantName, folder, parts.map(([, part]) => part.blocks)) });
        if (json) variantFiles.push({ path: `${folder}.json`, contents: singleJson(ctx.variantName, parts.map(([symbol, part]) => [symbol, part.json ?? null])) });
      });
    }
    return { variantFiles, declarationFiles, milliseconds };
  }
  // A batch's declarations looked up by id, in the table's (id) order: a run of many batches does not walk
  // the whole table for each (measured: 1.7 s of 20,000 pages' run, in 80 batches).
  const selected =
    select.declarations === undefined
      ? ctx.symbols.symbols
      : [...select.declarations].flatMap((id) => ctx.symbols.byId.get(id) ?? []).sort((a, b) => compareCodeUnits(a.decl.id, b.decl.id));
  for (const symbol of selected) {
    declarationFiles.set(symbol.decl.id, perDeclaration.flatMap(({ name, folder, declaration }) => timed(name, () => pageFiles(ctx, folder, declaration, symbol))));
  }
  return { variantFiles, declarationFiles, milliseconds };
}

/** A declaration's files of one output in the pages layout: `<folder>/<name>.ts`, and `<folder>/<name>.json` when it makes JSON. */
export function pageFiles(ctx: EmitContext, folder: string, declaration: NonNullable<OutputEmitter["declaration"]>, symbol: DeclarationSymbol): OutputFile[] {
  const part = declaration(symbol, ctx);
  const module = { path: `${folder}/${symbol.fileName}.ts`, contents: sourceFileText(pageBanner([symbol.decl.id]), part.blocks) };
  return part.json === undefined ? [module] : [module, { path: `${folder}/${symbol.fileName}.json`, contents: jsonText(part.json) }];
}
