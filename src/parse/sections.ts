/** The reader of each kind of declaring section: one dispatch table, as mdast-util-from-markdown keeps its handlers. */
import type { SectionReader } from "./page-context.js";
import type { SectionKind } from "./section-kinds.js";
import { readModel } from "./read-fields.js";
import { readUnion } from "./read-union.js";
import { readEnum } from "./read-values.js";

export const sectionReaders: Readonly<Record<Exclude<SectionKind, "ignored">, SectionReader>> = {
  fields: readModel,
  values: readEnum,
  union: readUnion,
};
