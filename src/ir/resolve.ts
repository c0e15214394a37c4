/**
 * Resolution of references across the pages of a variant.
 *
 * A ref read from a link already names a page (`target`); it stays when that page exists. A ref
 * without a link (TypeScript's `*shared.X*`, union member labels) is looked up by canonical name.
 * Whatever cannot be found is reported where it was written.
 */
import { canonicalTypeName } from "./naming.js";
import type { Declaration, Diagnostic, SourcePosition, TypeExpr } from "./types.js";

export interface Resolution {
  readonly declarations: Declaration[];
  readonly diagnostics: Diagnostic[];
}

interface Index {
  /** Pages that declare something: the only valid targets. */
  readonly ids: ReadonlySet<string>;
  /** Every page read, to tell "no such page" from "a page that declares nothing". */
  readonly pages: ReadonlySet<string>;
  readonly byName: ReadonlyMap<string, string>;
  readonly diagnostics: Diagnostic[];
}

function resolveType(type: TypeExpr, index: Index, source: SourcePosition): TypeExpr {
  switch (type.kind) {
    case "ref": {
      if (type.target !== "" && index.ids.has(type.target)) return type;
      const byName = type.target === "" ? index.byName.get(canonicalTypeName(type.written)) : undefined;
      if (byName !== undefined) return { ...type, target: byName };
      const where = type.target === "" ? `a page titled "${canonicalTypeName(type.written)}"` : `the page ${type.target}`;
      index.diagnostics.push({
        severity: "error",
        code: "unresolved-ref",
        message: `expected ${where} for "${type.written}", found ${index.pages.has(type.target) ? "a page that declares no model, enum or union" : "no such page"}`,
        source,
      });
      return { ...type, target: "" };
    }
    case "array": {
      const items = resolveType(type.items, index, source);
      return items === type.items ? type : { ...type, items };
    }
    case "map": {
      const values = resolveType(type.values, index, source);
      return values === type.values ? type : { ...type, values };
    }
    case "union": {
      const members = sameOrMapped(type.members, (member) => resolveType(member, index, source));
      return members === type.members ? type : { ...type, members };
    }
    default:
      return type;
  }
}

/**
 * `items` mapped, or `items` itself when the mapping changed none of them. Declarations whose refs all
 * resolve stay the same objects, so what is remembered of them (ir/fingerprint.ts) still holds next run.
 */
function sameOrMapped<T>(items: readonly T[], map: (item: T) => T): readonly T[] {
  const mapped = items.map(map);
  return mapped.every((item, position) => item === items[position]) ? items : mapped;
}

/** Items with a type (fields, union members), their types resolved; the same array when none changed. */
function resolveItems<T extends { readonly type: TypeExpr; readonly source: SourcePosition }>(items: readonly T[], index: Index): readonly T[] {
  return sameOrMapped(items, (item) => {
    const type = resolveType(item.type, index, item.source);
    return type === item.type ? item : { ...item, type };
  });
}

function resolveDeclaration(declaration: Declaration, index: Index): Declaration {
  switch (declaration.kind) {
    case "model": {
      const fields = resolveItems(declaration.fields, index);
      return fields === declaration.fields ? declaration : { ...declaration, fields: [...fields] };
    }
    case "union": {
      const members = resolveItems(declaration.members, index);
      return members === declaration.members ? declaration : { ...declaration, members: [...members] };
    }
    case "enum":
      return declaration;
  }
}

/**
 * Resolves every ref of `declarations` (sorted by id) against the pages of the variant.
 * Name look-up takes the first page by id when two pages share a title, so the result is stable.
 */
export function resolveReferences(declarations: readonly Declaration[], pageIds: Iterable<string>): Resolution {
  const byName = new Map<string, string>();
  for (const declaration of declarations) {
    if (!byName.has(declaration.canonicalName)) byName.set(declaration.canonicalName, declaration.id);
  }
  const ids = new Set(declarations.map((declaration) => declaration.id));
  const index: Index = { ids, pages: new Set(pageIds), byName, diagnostics: [] };
  return { declarations: declarations.map((declaration) => resolveDeclaration(declaration, index)), diagnostics: index.diagnostics };
}
