/**
 * How a name in a type cell is looked up in a dialect's tables. A name is known as written; else
 * without the dialect's constructor notation (Ruby's `Crystalline::Boolean.new` is `Crystalline::Boolean`);
 * else, when it is namespaced, by its last segment: a standard-library name written with its namespace
 * (`typing.Optional`, `System.String`, `Crystalline::Array`). The last segment is not tried for a plain
 * name a link points to a page for: `[Models::Components::Boolean](boolean.md)` is the docs' own model.
 */
import type { TypeExpr } from "../ir/types.js";
import type { DialectSpec, GenericRule } from "./dialects/dialect.js";

function keyIn<T>(table: Readonly<Record<string, T>>, name: string, spec: DialectSpec, lastSegment: boolean): T | undefined {
  if (Object.hasOwn(table, name)) return table[name];
  const suffix = spec.constructorSuffix;
  const bare = suffix !== undefined && name.endsWith(suffix) ? name.slice(0, -suffix.length) : name;
  if (bare !== name && Object.hasOwn(table, bare)) return table[bare];
  if (!lastSegment) return undefined;
  const segments = bare.split(/\.|::|\\/);
  const last = segments[segments.length - 1];
  return segments.length > 1 && last !== undefined && Object.hasOwn(table, last) ? table[last] : undefined;
}

/** The rule of a generic name (`List`, `T::Array`, `Crystalline::Nilable.new`). */
export function genericRule(spec: DialectSpec, name: string): GenericRule | undefined {
  return keyIn(spec.generics, name, spec, true);
}

/** What a plain name means in the dialect; `linkedToPage`: a link points to a page of the docs for it. */
export function namedType(spec: DialectSpec, name: string, linkedToPage = false): TypeExpr | undefined {
  return keyIn(spec.names, name, spec, !linkedToPage);
}

/** Whether the dialect knows a name at all, as a type or as a generic. */
export function knowsName(spec: DialectSpec, name: string): boolean {
  return namedType(spec, name) !== undefined || genericRule(spec, name) !== undefined;
}
