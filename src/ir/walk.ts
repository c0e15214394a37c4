/** Walking type expressions: the one place that knows which type kinds contain other types. */
import type { Declaration, TypeExpr } from "./types.js";

/** The types directly inside a type (array items, map values, union members). */
export function childTypes(type: TypeExpr): readonly TypeExpr[] {
  switch (type.kind) {
    case "array":
      return [type.items];
    case "map":
      return [type.values];
    case "union":
      return type.members;
    default:
      return [];
  }
}

/** Calls `visit` on a type and every type inside it, outermost first. */
export function visitType(type: TypeExpr, visit: (type: TypeExpr) => void): void {
  visit(type);
  for (const child of childTypes(type)) visitType(child, visit);
}

/** The top-level types a declaration uses: its fields' or its members' (none for an enum). */
export function declarationTypes(declaration: Declaration): readonly TypeExpr[] {
  switch (declaration.kind) {
    case "model":
      return declaration.fields.map((field) => field.type);
    case "union":
      return declaration.members.map((member) => member.type);
    case "enum":
      return [];
  }
}

/** The ids of the declarations a declaration refers to, as written (a repeated one repeated; unresolved refs left out). */
export function referencedIds(declaration: Declaration): string[] {
  const ids: string[] = [];
  for (const type of declarationTypes(declaration)) {
    visitType(type, (inner) => {
      if (inner.kind === "ref" && inner.target !== "") ids.push(inner.target);
    });
  }
  return ids;
}
