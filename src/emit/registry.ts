/**
 * The registry of output kinds: one entry per output, each in its own folder (see output.ts). Both
 * layouts, `index.ts`, the pipeline's cost estimate and the API read this list; a new output is a folder
 * with an `entry.ts` and an `emitter.ts`, and one line here. The order is the order of the re-exports
 * in `index.ts`. This module loads no emitter: each entry's `load` does, when its output is written.
 */
import { outputKindOption, type OutputKind, type ResolvedEmitOptions } from "../options.js";
import type { OutputName } from "./context.js";
import { fixturesOutput } from "./fixtures/entry.js";
import { interfacesOutput } from "./interfaces/entry.js";
import { jsonSchemaOutput } from "./jsonschema/entry.js";
import { openApiOutput } from "./openapi/entry.js";
import type { OutputEntry } from "./output.js";
import { runtimeOutput } from "./runtime/entry.js";
import { validatorsOutput } from "./validators/entry.js";
import { wireOutput } from "./wire/entry.js";
import { zodOutput } from "./zod/entry.js";

export const outputRegistry: readonly OutputEntry[] = [
  interfacesOutput,
  validatorsOutput,
  fixturesOutput,
  wireOutput,
  zodOutput,
  jsonSchemaOutput,
  openApiOutput,
  runtimeOutput,
];

/** The kinds a user can ask for (`--emit`, the config's `emit`), each an entry of the registry. */
export const outputKinds: readonly OutputKind[] = outputKindOption.values;

const byName = new Map(outputRegistry.map((entry) => [entry.name, entry]));

/** The registry's entry of an output. */
export function outputEntry(name: OutputName): OutputEntry {
  const entry = byName.get(name);
  if (entry === undefined) throw new Error(`no output named ${name} in the registry`);
  return entry;
}

/**
 * The outputs a run writes, in registry order: those asked for (`emit`), every output they require,
 * and the outputs their options imply (`wire` beside the validators when the JSON is spelled otherwise).
 */
export function writtenOutputs(options: ResolvedEmitOptions): ReadonlySet<OutputName> {
  const written = new Set<OutputName>();
  const add = (name: OutputName): void => {
    if (written.has(name)) return;
    written.add(name);
    for (const required of outputEntry(name).requires) add(required);
  };
  for (const kind of options.emit) add(kind);
  for (let grew = true; grew;) {
    grew = false;
    for (const entry of outputRegistry) {
      if (!written.has(entry.name) && entry.implied?.(written, options) === true) {
        add(entry.name);
        grew = true;
      }
    }
  }
  return new Set(outputRegistry.filter((entry) => written.has(entry.name)).map((entry) => entry.name));
}

/** What emitting one declaration costs with these outputs, in milliseconds (see {@link OutputEntry.millisecondsPerDeclaration}). */
export function millisecondsPerDeclaration(outputs: ReadonlySet<OutputName>): number {
  let sum = 0;
  for (const name of outputs) sum += outputEntry(name).millisecondsPerDeclaration;
  return sum;
}
