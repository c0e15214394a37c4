/**
 * The one context of an emitter run: the options resolved (src/options.ts), the outputs written, the
 * names every file agrees on (common/symbols.ts) and the view of the IR (view.ts). Every emitter reads
 * what it needs from here; nothing is worked out twice in a run, and nothing is kept between runs but
 * what the caller keeps (a watcher's {@link NameMemory}).
 */
import type { Variant } from "../ir/types.js";
import type { OutputKind, ResolvedEmitOptions } from "../options.js";
import { buildSymbolTable, type DeclarationSymbol, type NameMemory, type SymbolTable } from "./common/symbols.js";
import { newIRView, type IRView } from "./view.js";

/**
 * The outputs of the registry (registry.ts): the kinds a user asks for (`emit`), and two that come with
 * them: `wire` (parseX and toJsonX, when the JSON is spelled otherwise than the TypeScript) and `runtime`
 * (runtime.ts, the helpers the validators and schemas share).
 */
export type OutputName = OutputKind | "wire" | "runtime";

export interface EmitContext {
  readonly variantName: string;
  readonly options: ResolvedEmitOptions;
  /** The outputs this run writes: those asked for, what they require, and what they imply (registry.ts). */
  readonly outputs: ReadonlySet<OutputName>;
  readonly symbols: SymbolTable;
  readonly view: IRView;
  /**
   * The name of a module-level local of a declaration's part: as it is (`knownKeys`) in a file of its
   * own, prefixed with the declaration's name (`webhookKnownKeys`) in the single layout's shared files.
   */
  readonly local: (symbol: DeclarationSymbol) => (name: string) => string;
}

/** `knownKeys`, or `webhookKnownKeys` after the prefix `webhook`. */
export function prefixed(prefix: string): (name: string) => string {
  return (local) => (prefix === "" ? local : prefix + local.charAt(0).toUpperCase() + local.slice(1));
}

const unprefixed = prefixed("");

/**
 * The context of a run over a variant. `selected`: the declarations whose files are made (all when
 * absent), so that what is worked out for them (the fixtures' ranks) covers only what they reach.
 */
export function newEmitContext(
  variant: Pick<Variant, "name" | "declarations">,
  options: ResolvedEmitOptions,
  outputs: ReadonlySet<OutputName>,
  selected?: ReadonlySet<string>,
  memory?: NameMemory,
): EmitContext {
  const symbols = buildSymbolTable(variant.declarations, memory);
  const single = options.layout === "single";
  const only = single || selected === undefined ? undefined : symbols.symbols.filter((symbol) => selected.has(symbol.decl.id));
  return {
    variantName: variant.name,
    options,
    outputs,
    symbols,
    view: newIRView(symbols, options, only),
    local: single ? (symbol) => prefixed(symbol.fixturesName.slice(0, -"Fixtures".length)) : () => unprefixed,
  };
}
