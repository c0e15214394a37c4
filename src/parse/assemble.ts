/**
 * Page results → a {@link Variant}. The variant's dialect is decided from the evidence of all its pages
 * (unless one is given); pages read in another dialect without strong evidence of their own are read
 * again in it; facts that need every page (is any enum marked open?) are settled; references are
 * resolved across pages; what is the SDK's rather than the API's is recorded (ir/sdk-shape.ts); everything is sorted, so the result never depends on the order pages were
 * listed or finished in.
 */
import { byPosition } from "../ir/diagnostics.js";
import { resolveReferences } from "../ir/resolve.js";
import { withSdkShape } from "../ir/sdk-shape.js";
import type { Declaration, Diagnostic, Dialect, EnumDecl, Variant } from "../ir/types.js";
import { bestDialect, stronglyOther, sumEvidence } from "./detect.js";
import type { PageResult } from "./read-page.js";

/** The dialect the pages' evidence supports best, summed over all of them (Go when there is none at all). */
export function variantDialect(results: readonly PageResult[]): Dialect {
  return bestDialect(sumEvidence(results.flatMap((result) => (result.evidence ? [result.evidence] : [])))) ?? "go";
}

/** Whether a page read without a given dialect must be read again in the variant's. */
function needsRereading(result: PageResult, dialect: Dialect): boolean {
  if (result.dialect === dialect || !result.dialectSensitive) return false;
  return result.evidence === undefined || !stronglyOther(result.evidence, result.dialect, dialect);
}

function byId(a: { id: string }, b: { id: string }): number {
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

export interface AssembleInput {
  readonly name: string;
  readonly root: string;
  /** The variant's dialect: the one given, or {@link variantDialect} of the pages. */
  readonly dialect: Dialect;
  /** Every page, read. */
  readonly results: readonly PageResult[];
}

/**
 * Reads pages in up to two rounds: each in the dialect given, or else in the one its own evidence
 * supports; then the pages that must be read again in the variant's dialect. `read` may run anywhere
 * (here, on workers, from a cache).
 */
export async function readInDialects<Page extends { id: string }>(
  pages: readonly Page[],
  given: Dialect | undefined,
  read: (pages: readonly Page[], dialect: Dialect | undefined) => Promise<readonly PageResult[]>,
): Promise<{ dialect: Dialect; results: PageResult[] }> {
  const first = await read(pages, given);
  const { dialect, again } = secondRound(first, given);
  if (again.size === 0) return { dialect, results: [...first] };
  return { dialect, results: replaced(first, await read(pages.filter((page) => again.has(page.id)), dialect)) };
}

/** {@link readInDialects} for a reader that runs here and now. */
export function readInDialectsNow<Page extends { id: string }>(
  pages: readonly Page[],
  given: Dialect | undefined,
  read: (pages: readonly Page[], dialect: Dialect | undefined) => readonly PageResult[],
): { dialect: Dialect; results: PageResult[] } {
  const first = read(pages, given);
  const { dialect, again } = secondRound(first, given);
  if (again.size === 0) return { dialect, results: [...first] };
  return { dialect, results: replaced(first, read(pages.filter((page) => again.has(page.id)), dialect)) };
}

/** The variant's dialect and the pages of the first round to read again in it. */
function secondRound(first: readonly PageResult[], given: Dialect | undefined): { dialect: Dialect; again: Set<string> } {
  if (given !== undefined) return { dialect: given, again: new Set() };
  const dialect = variantDialect(first);
  return { dialect, again: new Set(first.filter((result) => needsRereading(result, dialect)).map((result) => result.id)) };
}

function replaced(first: readonly PageResult[], second: readonly PageResult[]): PageResult[] {
  const byId = new Map(second.map((result) => [result.id, result]));
  return first.map((result) => byId.get(result.id) ?? result);
}

/**
 * An enum page with the place for an open-enum marker and none is closed only if the variant's
 * generator marks open enums at all: when no enum of the variant is marked, whether any is open is unstated.
 */
function settleEnums(declarations: readonly Declaration[]): Declaration[] {
  const marksOpenEnums = declarations.some((d) => d.kind === "enum" && d.open && d.unstated === undefined);
  if (marksOpenEnums) return [...declarations];
  return declarations.map((d) => (d.kind === "enum" && !d.open ? ({ ...d, open: true, unstated: ["open"] } satisfies EnumDecl) : d));
}

export function assembleVariant(input: AssembleInput): Variant {
  const results = [...input.results].sort(byId);
  const declarations: Declaration[] = [];
  const diagnostics: Diagnostic[] = [];
  for (const result of results) {
    declarations.push(...result.declarations);
    diagnostics.push(...result.diagnostics);
  }
  declarations.sort(byId);
  const resolved = resolveReferences(settleEnums(declarations), results.map((result) => result.id));
  return {
    name: input.name,
    root: input.root,
    dialect: input.dialect,
    declarations: withSdkShape(resolved.declarations),
    diagnostics: [...diagnostics, ...resolved.diagnostics].sort(byPosition),
  };
}
