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
  /** The variant's dialect: the one given, or the majority of the pages. */
  readonly dialect: Dialect;
  /** Every page, each read in a dialect (pages without evidence in `dialect`). */
  readonly results: readonly PageResult[];
}

/**
 * Reads pages in two rounds: each in its detected dialect (or the one given), then the pages that
 * showed no evidence in the majority dialect. `read` may run anywhere (here, on workers, from a cache).
 */
export async function readInDialects<Page extends { id: string }>(
  pages: readonly Page[],
  given: Dialect | undefined,
  read: (pages: readonly Page[], dialect: Dialect | undefined) => Promise<readonly PageResult[]>,
): Promise<{ dialect: Dialect; results: PageResult[] }> {
  const first = await read(pages, given);
  const dialect = given ?? majorityDialect(first);
  const undetected = new Set(first.filter((result) => result.dialect === undefined).map((result) => result.id));
  if (undetected.size === 0) return { dialect, results: [...first] };
  const second = await read(pages.filter((page) => undetected.has(page.id)), dialect);
  return { dialect, results: [...first.filter((result) => result.dialect !== undefined), ...second] };
}

export function assembleVariant(input: AssembleInput): Variant {
  const dialect = input.dialect;
  const results = [...input.results].sort(byId);
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
