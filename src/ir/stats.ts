/** Counts over a variant, as `modeldoc parse --stats` prints them. */
import type { TypeExpr, Variant } from "./types.js";
import { visitType } from "./walk.js";

export interface VariantStats {
  /** Pages that declare something. */
  readonly pages: number;
  readonly models: number;
  readonly enums: number;
  readonly unions: number;
  readonly fields: number;
  /** Type expressions modeldoc could not read. */
  readonly unknownTypes: number;
  /** References to pages that do not exist or declare nothing. */
  readonly unresolvedRefs: number;
  readonly diagnostics: number;
}

function countType(type: TypeExpr, counts: { unknownTypes: number; unresolvedRefs: number }): void {
  visitType(type, (inner) => {
    if (inner.kind === "unknown") counts.unknownTypes++;
    if (inner.kind === "ref" && inner.target === "") counts.unresolvedRefs++;
  });
}

export function variantStats(variant: Variant): VariantStats {
  const counts = { unknownTypes: 0, unresolvedRefs: 0 };
  let models = 0;
  let enums = 0;
  let unions = 0;
  let fields = 0;
  for (const declaration of variant.declarations) {
    if (declaration.kind === "model") {
      models++;
      fields += declaration.fields.length;
      for (const field of declaration.fields) countType(field.type, counts);
    } else if (declaration.kind === "enum") {
      enums++;
    } else {
      unions++;
      for (const member of declaration.members) countType(member.type, counts);
    }
  }
  return { pages: variant.declarations.length, models, enums, unions, fields, ...counts, diagnostics: variant.diagnostics.length };
}
