/**
 * What a watcher keeps of each variant between its runs, so that an edit to one page costs about that
 * page and what depends on it, not the whole variant. Every piece is the memory of one step, kept by what
 * the step's result was made from (declarations by identity, or the text of what else it read) and used
 * only while that is unchanged: a run with a memory writes the same bytes as one without.
 */
import { newEmitKeysMemory, type EmitKeysMemory } from "../emit/cache-keys.js";
import { newNameMemory, type NameMemory } from "../emit/common/symbols.js";
import type { Declaration, Diagnostic } from "../ir/types.js";
import { newAssemblyMemory, type AssemblyMemory } from "../parse/index.js";
import type { DocsPages } from "./docs-pages.js";
import { newOutputMemory, type OutputMemory } from "./output-memory.js";

export interface VariantMemory {
  /** The variant's pages as last listed; dropped when a page may have come or gone (see {@link forgetListings}). */
  listing: DocsPages | undefined;
  readonly assembly: AssemblyMemory;
  readonly emitKeys: EmitKeysMemory;
  /** The emitter's names: the variant's symbol table is kept while its declarations' ids, names and areas are the same. */
  readonly names: NameMemory;
  /** What emitting says of each model's docs (a field renamed for a collision), by declaration and naming. */
  readonly namingCollisions: WeakMap<Declaration, { readonly naming: string; readonly diagnostics: readonly Diagnostic[] }>;
  /** What a value of each declaration must contain (fixtures/ranks.ts), by declaration. */
  readonly requiredTargets: WeakMap<Declaration, readonly string[]>;
  /** The output folder as the last run left it. */
  readonly output: OutputMemory;
}

/** A watcher's memory: one {@link VariantMemory} per variant (and merged output) name. */
export interface WatchMemory {
  readonly variants: Map<string, VariantMemory>;
}

export function newWatchMemory(): WatchMemory {
  return { variants: new Map() };
}

export function variantMemory(memory: WatchMemory, name: string): VariantMemory {
  let found = memory.variants.get(name);
  if (found === undefined) {
    found = { listing: undefined, assembly: newAssemblyMemory(), emitKeys: newEmitKeysMemory(), names: newNameMemory(), namingCollisions: new WeakMap(), requiredTargets: new WeakMap(), output: newOutputMemory() };
    memory.variants.set(name, found);
  }
  return found;
}

/** Pages were added or removed (or may have been): every variant's pages are listed again. */
export function forgetListings(memory: WatchMemory): void {
  for (const variant of memory.variants.values()) variant.listing = undefined;
}
