import type { Dialect, GeneratorFormat } from "../../ir/types.js";
import { formats } from "../formats/index.js";
import { csharp } from "./csharp.js";
import { dart } from "./dart.js";
import { type DialectSpec, patchDialect } from "./dialect.js";
import { go } from "./go.js";
import { java } from "./java.js";
import { kotlin } from "./kotlin.js";
import { php } from "./php.js";
import { python } from "./python.js";
import { ruby } from "./ruby.js";
import { rust } from "./rust.js";
import { typescript } from "./typescript.js";

export type { DialectPatch, DialectSpec, GenericRule, MarkRule } from "./dialect.js";

/** Every dialect modeldoc reads, in a fixed order (ties in detection go to the first). */
export const dialects: Readonly<Record<Dialect, DialectSpec>> = { go, csharp, typescript, python, java, php, ruby, rust, dart, kotlin };

export const dialectNames = Object.keys(dialects) as Dialect[];

/** The dialect a page, or a variant, with no evidence of any is read in: the registry's first. */
export const fallbackDialect: Dialect = "go";

export function isDialect(name: string): name is Dialect {
  return Object.hasOwn(dialects, name);
}

/** Each dialect as each format reads it (`formats/format.ts`: a format's own meaning of a dialect's names and marks). */
const asFormatted: Readonly<Record<GeneratorFormat, Readonly<Record<Dialect, DialectSpec>>>> = Object.fromEntries(
  Object.entries(formats).map(([name, format]) => [
    name,
    Object.fromEntries(dialectNames.map((dialect) => [dialect, patchDialect(dialects[dialect], format.dialects?.[dialect], format.nullability)])),
  ]),
) as Record<GeneratorFormat, Record<Dialect, DialectSpec>>;

/** A dialect as a generator format writes it. */
export function dialectIn(dialect: Dialect, format: GeneratorFormat): DialectSpec {
  return asFormatted[format][dialect];
}
