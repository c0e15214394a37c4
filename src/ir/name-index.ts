/**
 * What the names of a variant are made from: each declaration's id, name and area, in order. Reference
 * resolution (resolve.ts) and the emitter's symbol table depend on the declarations through these alone,
 * so a watcher keeps their results while these stay the same.
 */
import type { Declaration } from "./types.js";

/** The declarations' ids, names and areas, as three lists in the declarations' order. */
export function nameIndexOf(declarations: readonly Declaration[]): string[][] {
  return [declarations.map(({ id }) => id), declarations.map(({ canonicalName }) => canonicalName), declarations.map(({ area }) => area)];
}

/** Whether two lists of lists hold the same strings in the same order. */
export function sameLists(a: readonly (readonly string[])[], b: readonly (readonly string[])[]): boolean {
  return a.length === b.length && a.every((list, index) => list.length === b[index]!.length && list.every((item, position) => item === b[index]![position]));
}
