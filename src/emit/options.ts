/**
 * The emitter's options, its output kinds and what emitting each costs, apart from the emitters
 * themselves: the pipeline reads them without loading ts-morph (see pipeline/emit-parts.ts).
 */
import {
  datesOption,
  defaultOutputKinds,
  namingOption,
  outputKindOption,
  type DateRepresentation,
  type FieldNaming,
  type Layout,
  type OutputKind,
  type UnknownKeyPolicy,
} from "../options.js";

export type { OutputKind, UnknownKeyPolicy };
export { defaultOutputKinds };

export const outputKinds: readonly OutputKind[] = outputKindOption.values;

export interface EmitOptions {
  /** How properties are named: `camel` (default), `as-written` or `snake`. */
  naming: FieldNaming;
  /**
   * How the API's JSON spells keys (default: as `naming`). When it differs from `naming`, or dates are
   * `Date`, `wire/<name>.ts` holds `parseX` (JSON → the TypeScript value) and `toJsonX` (back), and the
   * JSON fixtures are in the wire form. Validators, schemas and zod check the TypeScript form.
   */
  wireNaming?: FieldNaming;
  /** `pages` (default): a file per declaration and output kind; `single`: one file per output kind (see single.ts). */
  layout?: Layout;
  /** `string` (default): date and date-time values are ISO 8601 strings; `Date`: Date objects. */
  dates: DateRepresentation;
  /**
   * What validators do with keys a model does not list: `allow` (default), `reject` (an issue per
   * key) or `strip` (`validateX` and `assertX` delete them from a valid value, in place). The JSON
   * Schema says `additionalProperties: false` for `reject`.
   */
  unknownKeys?: UnknownKeyPolicy;
  /**
   * Which outputs to write (default: interfaces, validators, fixtures). Validators, fixtures and zod
   * schemas are typed against the interfaces, so asking for any writes the interfaces too; zod schemas
   * use runtime.ts's date checks, so it is written with them.
   */
  emit?: readonly OutputKind[];
}

export interface OutputFile {
  /** Relative to the variant's output folder, with `/` separators. */
  path: string;
  contents: string;
}

export const defaultEmitOptions: EmitOptions = { naming: namingOption.default!, dates: datesOption.default! };

/**
 * What emitting one declaration costs, by output kind, in milliseconds on one thread (the least of
 * eight runs on the Go corpus, this machine): the pipeline weighs it against starting worker threads.
 * `jsonschema` is one file per variant, emitted apart from the declarations; `zod` is an estimate (about half a
 * validators module's work), not yet measured.
 */
export const emitMilliseconds: Readonly<Record<OutputKind, number>> = { interfaces: 0.05, validators: 0.17, fixtures: 0.11, jsonschema: 0, zod: 0.08 };

/** The kinds to write: as asked, plus the interfaces when validators, fixtures or zod schemas are asked for. */
export function resolveOutputKinds(emit: readonly OutputKind[] | undefined): ReadonlySet<OutputKind> {
  const kinds = new Set<OutputKind>(emit ?? defaultOutputKinds);
  if (kinds.has("validators") || kinds.has("fixtures") || kinds.has("zod")) kinds.add("interfaces");
  return kinds;
}

