/**
 * The TypeScript emitter: one IR variant → the files of its output folder.
 *
 * ```text
 * index.ts               re-exports, plus the `validators`, `schemas` and `fixtures` registries
 * runtime.ts             ValidationIssue, ValidationError, date checks, helpers      (runtime/)
 * types/<name>.ts        interface / type alias per declaration                      (interfaces/)
 * validators/<name>.ts   validateX, isX, assertX, stripX, XSchema                    (validators/)
 * fixtures/<name>.ts     xFixtures = { minimal, full } and makeX(overrides?)         (fixtures/)
 * fixtures/<name>.json   the same fixtures as JSON (the wire form)                   (fixtures/)
 * wire/<name>.ts         parseX, toJsonX, XWireSchema: wire JSON ⇄ TypeScript value  (wire/)
 * zod/<name>.ts, zod.ts  zX (and zXWire, zXCodec), zod 4 schemas                     (zod/)
 * schema.json            JSON Schema draft 2020-12 of the TypeScript form            (jsonschema/)
 * wire-schema.json       the same of the wire form, when it spells keys otherwise    (jsonschema/)
 * openapi.json           OpenAPI 3.1, the models in the wire form                    (openapi/)
 * ```
 *
 * Each output is an entry of the registry (registry.ts) in a folder of its own; the options are resolved
 * once (src/options.ts) into one context per run (context.ts), and both layouts (layout/) read the
 * registry. With `layout: "single"`, one file per output instead (types.ts, validators.ts, …).
 *
 * Output is a pure function of the variant and the options: files come sorted by path, declarations
 * are handled in `id` order, and nothing depends on time, randomness or absolute paths.
 *
 * This module loads every output's emitter (the API's synchronous {@link emitVariantFiles} needs them);
 * the pipeline loads only those of the outputs it writes (run.ts).
 */
import type { Variant } from "../ir/types.js";
import type { EmitOptions } from "../options.js";
import { type NameMemory } from "./common/symbols.js";
import { compareCodeUnits } from "../code-units.js";
import { layOut, type EmittedParts, type LoadedEmitters, type PartSelection } from "./layout/layout.js";
import type { OutputFile } from "./output.js";
import { outputRegistry } from "./registry.js";
import { emitContext, loadEmitters } from "./run.js";

export type { EmitOptions } from "../options.js";
export type { OutputKind, UnknownKeyPolicy } from "../options.js";
export type { EmittedParts, PartSelection } from "./layout/layout.js";
export type { OutputFile } from "./output.js";
export { declarationsWithoutFiniteValue } from "./fixtures/ranks.js";

export { emitContext, emitParts, loadEmitters } from "./run.js";

const everyEmitter: LoadedEmitters = await loadEmitters(new Set(outputRegistry.map((entry) => entry.name)));

/** The files of a variant, by part, each in its final bytes (TypeScript in prettier's layout, see code/). */
export function emitVariantParts(variant: Variant, options: EmitOptions = {}, select: PartSelection = {}, memory?: NameMemory): EmittedParts {
  return layOut(emitContext(variant, options, select, memory), everyEmitter, select);
}

/** The files for one variant, sorted by path. */
export function emitVariantFiles(variant: Variant, options: EmitOptions = {}): OutputFile[] {
  const { variantFiles, declarationFiles } = emitVariantParts(variant, options);
  const files = [...variantFiles, ...[...declarationFiles.values()].flat()];
  files.sort((a, b) => compareCodeUnits(a.path, b.path));
  return files;
}

/** The files for one variant, sorted by path (the API's asynchronous form of {@link emitVariantFiles}). */
export async function emitVariant(variant: Variant, options: EmitOptions = {}): Promise<OutputFile[]> {
  return emitVariantFiles(variant, options);
}
