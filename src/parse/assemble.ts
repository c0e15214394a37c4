/**
 * Page results → a {@link Variant}: pages without dialect evidence read in the folder's majority
 * dialect, references resolved across pages, everything sorted so that the result never depends on
 * the order pages were listed or finished in.
 */
import { resolveReferences } from "../ir/resolve.js";
import type { Declaration, Diagnostic, Dialect, Variant } from "../ir/types.js";
import type { PageResult } from "./read-page.js";

/** The dialect most pages were read in (ties go to the alphabetically first, so the choice is stable). */
export function majorityDialect(results: readonly PageResult[]): Dialect {
  const counts = new Map<Dialect, number>();
  for (const result of results) if (result.dialect) counts.set(result.dialect, (counts.get(result.dialect) ?? 0) + 1);
  let best: Dialect = "go";
  let bestCount = 0;
  for (const [dialect, count] of [...counts].sort(([a], [b]) => a.localeCompare(b))) {
    if (count > bestCount) [best, bestCount] = [dialect, count];
  }
  return best;
}

function byPosition(a: Diagnostic, b: Diagnostic): number {
  return a.source.file.localeCompare(b.source.file) || a.source.line - b.source.line || a.source.column - b.source.column || a.code.localeCompare(b.code);
}

function byId(a: { id: string }, b: { id: string }): number {
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

export interface AssembleInput {
  readonly name: string;
  readonly root: string;
  readonly results: readonly PageResult[];
  /** Given when every page was read in one dialect on purpose. */
  readonly dialect?: Dialect | undefined;
  /** Reads a page that had no dialect evidence in the majority dialect. */
  readonly reread: (id: string, dialect: Dialect) => PageResult;
}

export function assembleVariant(input: AssembleInput): Variant {
  const dialect = input.dialect ?? majorityDialect(input.results);
  const results = input.results.map((result) => (result.dialect === undefined ? input.reread(result.id, dialect) : result));
  results.sort(byId);
  const declarations: Declaration[] = [];
  const diagnostics: Diagnostic[] = [];
  for (const result of results) {
    if (result.declaration) declarations.push(result.declaration);
    diagnostics.push(...result.diagnostics);
  }
  const resolved = resolveReferences(declarations, results.map((result) => result.id));
  return {
    name: input.name,
    root: input.root,
    dialect,
    declarations: resolved.declarations,
    diagnostics: [...diagnostics, ...resolved.diagnostics].sort(byPosition),
  };
}
