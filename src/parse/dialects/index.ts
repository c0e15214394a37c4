import type { Dialect } from "../../ir/types.js";
import { csharp } from "./csharp.js";
import type { DialectSpec } from "./dialect.js";
import { go } from "./go.js";
import { java } from "./java.js";
import { php } from "./php.js";
import { python } from "./python.js";
import { ruby } from "./ruby.js";
import { typescript } from "./typescript.js";

export type { DialectSpec, GenericRule, MarkRule } from "./dialect.js";

/** Every dialect modeldoc reads, in a fixed order (ties in detection go to the first). */
export const dialects: Readonly<Record<Dialect, DialectSpec>> = { go, csharp, typescript, python, java, php, ruby };

export const dialectNames = Object.keys(dialects) as Dialect[];

export function isDialect(name: string): name is Dialect {
  return Object.hasOwn(dialects, name);
}
