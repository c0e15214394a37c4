/**
 * Resolution of references across the declarations of a variant.
 *
 * A ref read from a link names a page (`target`, perhaps with an `#anchor`); it stays when a
 * declaration has that id, goes to the page's own declaration when the anchor names none, and to the
 * one page whose path differs only in letter case (reported: the link is broken where paths are case
 * sensitive, GitHub's included), or, when no page is there, to the model the link's text names (reported:
 * the link is broken). A ref written without a link (`*payments.ConnectorConfig*`, a union
 * member label) is looked up by name: among declarations of that name, the one whose area the written
 * namespace names, else the one in the referring declaration's area, else the only one. A link that
 * leads nowhere stays an unresolved ref; a name that names no declaration becomes `unknown`. Both are
 * reported where they were written.
 *
 * A declaration's resolution depends on itself and on the variant's index (every declaration's id, name
 * and area, every page id): a {@link ResolutionMemory} keeps each resolution while the index stays the
 * same, so a watcher resolves again only the declarations of the pages an edit changed.
 */
import { nameIndexOf, sameLists } from "./name-index.js";
import { canonicalTypeName, nameSegments } from "./naming.js";
import type { Declaration, Diagnostic, SourcePosition, TypeExpr } from "./types.js";

export interface Resolution {
  readonly declarations: Declaration[];
  readonly diagnostics: Diagnostic[];
}

interface Index {
  readonly byId: ReadonlySet<string>;
  /** Declaration ids by lower-cased id, for links whose letter case is off. */
  readonly byLowerId: ReadonlyMap<string, readonly string[]>;
  /** Every page read, to tell "no such page" from "a page that declares nothing". */
  readonly pages: ReadonlySet<string>;
  readonly byName: ReadonlyMap<string, readonly Pick<Declaration, "id" | "area">[]>;
}

/** Where a type is being resolved: the declaration it belongs to, the position to report at, and where its diagnostics go. */
interface Site {
  readonly declaration: Declaration;
  readonly source: SourcePosition;
  readonly diagnostics: Diagnostic[];
}

function report(site: Site, code: string, message: string, severity: Diagnostic["severity"] = "warning"): void {
  site.diagnostics.push({ severity, code, message, source: site.source });
}

/** The declaration id a link target denotes, or "" (with a diagnostic) when none. */
function linkedId(target: string, written: string, index: Index, site: Site): string {
  if (index.byId.has(target)) return target;
  const page = target.split("#")[0] ?? target;
  if (page !== target && index.byId.has(page)) return page;
  const folded = index.byLowerId.get(page.toLowerCase());
  if (folded !== undefined && folded.length === 1) {
    report(site, "link-case-mismatch", `expected a link to ${folded[0]} for "${written}", found ${page}, which differs in letter case: broken where paths are case sensitive (GitHub's are)`);
    return folded[0]!;
  }
  const found = index.pages.has(page) ? "a page that declares no model, enum or union" : "no such page";
  // A link that leads nowhere still names its type: the generator may have written the wrong folder.
  const named = index.pages.has(page) ? undefined : namedDeclaration(written, index, site, false);
  if (named !== undefined) {
    report(site, "broken-link", `expected the page ${page} for "${written}", found ${found}; took ${named.id}, the model of that name`);
    return named.id;
  }
  report(site, "unresolved-ref", `expected the page ${page} for "${written}", found ${found}; typed as unknown`);
  return "";
}

/** The declaration a name written without a link denotes (see the module comment), or undefined. */
function namedDeclaration(written: string, index: Index, site: Site, guess = true): Pick<Declaration, "id" | "area"> | undefined {
  const candidates = index.byName.get(canonicalTypeName(written));
  if (candidates === undefined) return undefined;
  if (candidates.length === 1) return candidates[0];
  const qualifiers = new Set(nameSegments(written).slice(0, -1).map((segment) => segment.toLowerCase()));
  const inNamedArea = candidates.filter((candidate) => qualifiers.has(candidate.area.toLowerCase()));
  if (inNamedArea.length === 1) return inNamedArea[0];
  const inOwnArea = candidates.filter((candidate) => candidate.area === site.declaration.area);
  if (inOwnArea.length === 1) return inOwnArea[0];
  if (!guess) return undefined;
  const chosen = candidates[0]!;
  report(site, "ambiguous-ref", `expected one model named "${canonicalTypeName(written)}" for "${written}", found ${candidates.length} (${candidates.map((c) => c.id).join(", ")}); took ${chosen.id}`);
  return chosen;
}

function resolveType(type: TypeExpr, index: Index, site: Site): TypeExpr {
  switch (type.kind) {
    case "ref": {
      if (type.target !== "") {
        const target = linkedId(type.target, type.written, index, site);
        return target === type.target ? type : { ...type, target };
      }
      const named = namedDeclaration(type.written, index, site);
      if (named !== undefined) return { ...type, target: named.id };
      report(site, "unknown-type", `expected a type of the dialect or a model named "${canonicalTypeName(type.written)}" for "${type.written}", found neither; typed as unknown`);
      return { kind: "unknown", written: type.written };
    }
    case "array": {
      const items = resolveType(type.items, index, site);
      return items === type.items ? type : { ...type, items };
    }
    case "map": {
      const values = resolveType(type.values, index, site);
      return values === type.values ? type : { ...type, values };
    }
    case "union": {
      const members = sameOrMapped(type.members, (member) => resolveType(member, index, site));
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
function resolveItems<T extends { readonly type: TypeExpr; readonly source: SourcePosition }>(items: readonly T[], declaration: Declaration, index: Index, diagnostics: Diagnostic[]): readonly T[] {
  return sameOrMapped(items, (item) => {
    const type = resolveType(item.type, index, { declaration, source: item.source, diagnostics });
    return type === item.type ? item : { ...item, type };
  });
}

function resolveDeclaration(declaration: Declaration, index: Index, diagnostics: Diagnostic[]): Declaration {
  switch (declaration.kind) {
    case "model": {
      const fields = resolveItems(declaration.fields, declaration, index, diagnostics);
      return fields === declaration.fields ? declaration : { ...declaration, fields: [...fields] };
    }
    case "union": {
      const members = resolveItems(declaration.members, declaration, index, diagnostics);
      return members === declaration.members ? declaration : { ...declaration, members: [...members] };
    }
    case "enum":
      return declaration;
  }
}

function groupBy<T>(items: readonly T[], key: (item: T, position: number) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const [position, item] of items.entries()) {
    const name = key(item, position);
    const group = groups.get(name);
    if (group === undefined) groups.set(name, [item]);
    else group.push(item);
  }
  return groups;
}

/** The index of a variant: what a declaration's resolution depends on besides the declaration itself. */
function indexOf(declarations: readonly Declaration[], pageIds: Iterable<string>): Index {
  const names = declarations.map(({ id, area }) => ({ id, area }));
  return {
    byId: new Set(declarations.map((declaration) => declaration.id)),
    byLowerId: new Map([...groupBy(declarations, (d) => d.id.toLowerCase())].map(([key, group]) => [key, group.map((d) => d.id)])),
    pages: new Set(pageIds),
    byName: groupBy(names, (_, position) => declarations[position]!.canonicalName),
  };
}

/** A declaration resolved, with what its resolution reported. */
interface Resolved {
  readonly declaration: Declaration;
  readonly diagnostics: readonly Diagnostic[];
}

/**
 * Resolutions kept between runs (a watcher's): each declaration's, by identity, while the variant's
 * index is the one they were made against. Create with {@link newResolutionMemory}.
 */
export interface ResolutionMemory {
  /** What the index below was made from: each declaration's id, name and area, in order, and the page ids. */
  indexedFrom: readonly (readonly string[])[];
  index: Index | undefined;
  resolved: WeakMap<Declaration, Resolved>;
}

export function newResolutionMemory(): ResolutionMemory {
  return { indexedFrom: [], index: undefined, resolved: new WeakMap() };
}

/**
 * Resolves every ref of `declarations` (sorted by id, so every choice is stable) against the variant;
 * `memory` keeps the resolutions for the next call (see {@link ResolutionMemory}).
 */
export function resolveReferences(declarations: readonly Declaration[], pageIds: Iterable<string>, memory?: ResolutionMemory): Resolution {
  let index: Index;
  if (memory === undefined) index = indexOf(declarations, pageIds);
  else {
    const indexedFrom = [...nameIndexOf(declarations), [...pageIds]];
    if (memory.index === undefined || !sameLists(memory.indexedFrom, indexedFrom)) {
      memory.indexedFrom = indexedFrom;
      memory.index = indexOf(declarations, indexedFrom[3]!);
      memory.resolved = new WeakMap();
    }
    index = memory.index;
  }
  const resolvedDeclarations: Declaration[] = [];
  const diagnostics: Diagnostic[] = [];
  for (const declaration of declarations) {
    let resolved = memory?.resolved.get(declaration);
    if (resolved === undefined) {
      const found: Diagnostic[] = [];
      resolved = { declaration: resolveDeclaration(declaration, index, found), diagnostics: found };
      memory?.resolved.set(declaration, resolved);
    }
    resolvedDeclarations.push(resolved.declaration);
    diagnostics.push(...resolved.diagnostics);
  }
  return { declarations: resolvedDeclarations, diagnostics };
}
