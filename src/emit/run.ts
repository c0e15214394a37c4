/**
 * Emitting with only the emitters a run needs: the registry's entries of the outputs written are loaded
 * (each its own module, with ts-morph and prettier behind it), the others never are. The pipeline
 * emits through here; the API's index.ts loads every emitter up front for its synchronous calls.
 */
import type { Variant } from "../ir/types.js";
import { resolveEmitOptions, type EmitOptions } from "../options.js";
import type { NameMemory } from "./common/symbols.js";
import { newEmitContext, type EmitContext, type OutputName } from "./context.js";
import type { DeclarationSymbol } from "./common/symbols.js";
import { layOut, pageFiles, type EmittedParts, type LoadedEmitters, type PartSelection } from "./layout/layout.js";
import type { OutputEmitter, OutputFile } from "./output.js";
import { outputEntry, outputRegistry, writtenOutputs } from "./registry.js";

/** The emitters of the outputs given, each loaded by its registry entry. */
export async function loadEmitters(outputs: ReadonlySet<OutputName>): Promise<LoadedEmitters> {
  const entries = outputRegistry.filter((entry) => outputs.has(entry.name));
  return new Map(await Promise.all(entries.map(async (entry): Promise<[string, OutputEmitter]> => [entry.name, await entry.load()])));
}

/** The context of a run over the variant (see context.ts), with the options resolved. */
export function emitContext(variant: Pick<Variant, "name" | "declarations">, options: EmitOptions = {}, select: PartSelection = {}, memory?: NameMemory): EmitContext {
  const resolved = resolveEmitOptions(options);
  return newEmitContext(variant, resolved, writtenOutputs(resolved), select.declarations, memory);
}

/** The files of a variant, by part, loading the emitters of the outputs written only. */
export async function emitParts(variant: Variant, options: EmitOptions, select: PartSelection = {}, memory?: NameMemory): Promise<EmittedParts> {
  const ctx = emitContext(variant, options, select, memory);
  return layOut(ctx, await loadEmitters(ctx.outputs), select);
}

/** Lays out parts of one variant: every call from the same context, with its emitters loaded. */
export type PartsEmitter = (select: PartSelection) => EmittedParts;

/**
 * One context over the variant (see context.ts) and the emitters of the outputs written, for a caller
 * that emits the variant's parts a batch at a time and lets each batch go once written. `selected`: the
 * declarations any batch will ask for (default: all), so that what is worked out covers only what they
 * reach.
 */
export async function partsEmitter(variant: Variant, options: EmitOptions, selected?: ReadonlySet<string>, memory?: NameMemory): Promise<PartsEmitter> {
  const ctx = emitContext(variant, options, selected === undefined ? {} : { declarations: selected }, memory);
  const emitters = await loadEmitters(ctx.outputs);
  return (select) => layOut(ctx, emitters, select);
}

/** One declaration's files of one output, as the pages layout writes them (`types/webhook.ts`), loading its emitter only. */
export async function declarationFiles(ctx: EmitContext, output: OutputName, symbol: DeclarationSymbol): Promise<OutputFile[]> {
  const entry = outputEntry(output);
  const declaration = (await entry.load()).declaration;
  if (entry.folder === undefined || declaration === undefined) throw new Error(`${output} makes no file per declaration`);
  return pageFiles(ctx, entry.folder, declaration, symbol);
}
