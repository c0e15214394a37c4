/**
 * The contract between an output kind and the rest of the emitter. Each output (interfaces, validators,
 * fixtures, …) is one folder of `src/emit` with two modules: `entry.ts`, what the registry knows of it
 * (plain data: what it requires, its folder, what `index.ts` re-exports of it, its cost), which loads
 * neither ts-morph nor prettier; and `emitter.ts`, which makes its code, loaded by the entry's `load`
 * only when the output is written (hey-api's plugins and quicktype's target languages work this way).
 */
import type { ResolvedEmitOptions } from "../options.js";
import type { Block } from "./code/source-file.js";
import type { TypeNode } from "./code/syntax.js";
import type { JsonValue } from "./common/json.js";
import type { DeclarationSymbol } from "./common/symbols.js";
import type { EmitContext, OutputName } from "./context.js";

export type { OutputName };

export interface OutputFile {
  /** Relative to the variant's output folder, with `/` separators. */
  path: string;
  contents: string;
}

/** What an output makes of one declaration: its module's blocks (its imports first), and a JSON document beside it. */
export interface DeclarationPart {
  readonly blocks: readonly Block[];
  /** `fixtures/<name>.json` beside `fixtures/<name>.ts` (in the single layout, one entry of `fixtures.json`). */
  readonly json?: JsonValue;
}

/** The code of an output, loaded when it is written (see {@link OutputEntry.load}). */
export interface OutputEmitter {
  /** Its module of one declaration: `<folder>/<name>.ts`, or that declaration's part of `<folder>.ts` in the single layout. */
  readonly declaration?: (symbol: DeclarationSymbol, ctx: EmitContext) => DeclarationPart;
  /** Its files of the variant as a whole (`runtime.ts`, `schema.json`), the same in both layouts. */
  readonly variantFiles?: (ctx: EmitContext) => OutputFile[];
}

/** A group of names `index.ts` re-exports from one of an output's modules. */
export interface IndexExport {
  readonly names: readonly string[];
  readonly typeOnly?: boolean;
}

/**
 * A registry of `index.ts` (`validators`, `schemas`, `fixtures`): an object keyed by type name, and its
 * interface, one member per declaration.
 */
export interface IndexRegistry {
  /** `validators`; its interface is the name capitalised (`Validators`). */
  readonly name: string;
  /** The JSDoc of the interface and of the object. */
  readonly typeDoc: string;
  readonly doc: string;
  /** The type of a member, from the declaration's type (`ModelValidator<Webhook>`). */
  readonly member: (type: TypeNode) => TypeNode;
  /** The value of an entry: a name the output's module of the declaration exports. */
  readonly value: (symbol: DeclarationSymbol) => string;
}

/** What `index.ts` holds of an output. */
export interface IndexPart {
  /** Names re-exported from `runtime.ts` when the output is written. */
  readonly runtimeTypes?: readonly string[];
  readonly runtimeValues?: readonly string[];
  /** Names re-exported from the output's module of each declaration. */
  readonly exports?: (symbol: DeclarationSymbol, ctx: EmitContext) => readonly IndexExport[];
  /** Registries keyed by type name, and the runtime types their interfaces use. */
  readonly registries?: readonly IndexRegistry[];
  readonly registryRuntimeTypes?: readonly string[];
}

/** One output of the registry (registry.ts). Plain data, cheap to load: the code is behind `load`. */
export interface OutputEntry {
  readonly name: OutputName;
  /**
   * The folder of its per-declaration modules (`types` → `types/<name>.ts`; `types.ts` in the single
   * layout); none for an output of variant-wide files only.
   */
  readonly folder?: string;
  /** Its declarations' parts carry JSON too: `<folder>/<name>.json` beside each module (`<folder>.json` in the single layout). */
  readonly json?: true;
  /** The outputs it needs written beside it (its modules import theirs). */
  readonly requires: readonly OutputName[];
  /**
   * For an output nobody asks for by name (`wire`, `runtime`): whether it is written, given the outputs
   * asked for (with what they require) and the options. `runtime` is written when an output requires it.
   */
  readonly implied?: (written: ReadonlySet<OutputName>, options: ResolvedEmitOptions) => boolean;
  /** Its variant files hold every declaration (`schema.json`), not only their names: their cache key covers them all. */
  readonly variantFilesHoldDeclarations?: true;
  /** What `index.ts` re-exports of it (written with the interfaces). */
  readonly index?: IndexPart;
  /**
   * What emitting one declaration costs, in milliseconds on one thread (the least of eight runs on the Go
   * corpus, this machine): the pipeline weighs the sum over the outputs written against starting workers.
   */
  readonly millisecondsPerDeclaration: number;
  /** Its code: the emitter module, loaded on first use. */
  readonly load: () => Promise<OutputEmitter>;
}
