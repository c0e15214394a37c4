/**
 * Page results → a {@link Variant}. The variant's dialect, format and requiredness marks are decided
 * from the evidence of all its pages (unless given); pages read otherwise (in another format, in another
 * dialect without strong evidence of their own, with other marks where a mark's absence counted) are
 * read again; facts that need every page (is any enum marked open?) are settled; references are
 * resolved across pages; what is the SDK's rather than the API's is recorded (ir/sdk-shape.ts); everything is sorted, so the result never depends on the order pages were
 * listed or finished in.
 */
import { byPosition } from "../ir/diagnostics.js";
import { newResolutionMemory, resolveReferences, type ResolutionMemory } from "../ir/resolve.js";
import { newSdkShapeMemory, withSdkShape, type SdkShapeMemory } from "../ir/sdk-shape.js";
import type { Declaration, Diagnostic, Dialect, EnumDecl, GeneratorFormat, Variant } from "../ir/types.js";
import { bestDialect, stronglyOther, sumEvidence } from "./detect.js";
import { bestFormat, sumFormatEvidence } from "./detect-format.js";
import { fallbackDialect } from "./dialects/index.js";
import { fallbackFormat } from "./formats/index.js";
import type { PageResult, ReadAs } from "./read-page.js";
import { compareCodeUnits } from "../code-units.js";

/** The dialect the pages' evidence supports best, summed over all of them (Go when there is none at all). */
export function variantDialect(results: readonly PageResult[]): Dialect {
  return bestDialect(sumEvidence(results.flatMap((result) => (result.evidence ? [result.evidence] : [])))) ?? fallbackDialect;
}

/** The format the pages' evidence supports best, summed over all of them (Speakeasy when there is none at all). */
export function variantFormat(results: readonly PageResult[]): GeneratorFormat {
  return bestFormat(sumFormatEvidence(results.flatMap((result) => (result.formatEvidence ? [result.formatEvidence] : [])))) ?? fallbackFormat;
}

/** The requiredness marks whose absence speaks that any page of the variant uses. */
function variantMarks(results: readonly PageResult[]): string[] {
  return [...new Set(results.flatMap((result) => result.marksSeen))].sort();
}

/** How the variant reads its pages: every setting decided. */
export interface VariantReading {
  readonly dialect: Dialect;
  readonly format: GeneratorFormat;
  readonly marks: readonly string[];
}

/** Whether a page read in the first round must be read again as the variant reads. */
function needsRereading(result: PageResult, reading: VariantReading): boolean {
  if (result.format !== reading.format) return true;
  if (result.marksConsulted && result.marksUsed.join() !== reading.marks.join()) return true;
  if (result.dialect === reading.dialect || !result.dialectSensitive) return false;
  return result.evidence === undefined || !stronglyOther(result.evidence, result.dialect, reading.dialect);
}

function byId(a: { id: string }, b: { id: string }): number {
  return compareCodeUnits(a.id, b.id);
}

export interface AssembleInput {
  readonly name: string;
  readonly root: string;
  /** How the variant's pages were read: the settings given, or the ones the pages' evidence supports. */
  readonly reading: VariantReading;
  /** Every page, read. */
  readonly results: readonly PageResult[];
}

/** Reads pages in one call: here and now, on workers, from a cache. */
export type ReadMany<Page> = (pages: readonly Page[], readAs: ReadAs) => Promise<readonly PageResult[]>;

/**
 * Reads pages in up to two rounds: each as given, the rest of its settings decided by its own evidence;
 * then, once the variant's dialect, format and marks are decided from all of them, the pages whose
 * reading depended on a setting that came out otherwise. `read` may run anywhere (here, on workers, from a cache).
 */
export async function readInRounds<Page extends { id: string }>(pages: readonly Page[], given: ReadAs, read: ReadMany<Page>, memory?: AssemblyMemory): Promise<{ reading: VariantReading; results: PageResult[] }> {
  const first = await read(pages, given);
  const { reading, again } = secondRound(first, given, memory);
  if (again.size === 0) return { reading, results: [...first] };
  return { reading, results: replaced(first, await read(pages.filter((page) => again.has(page.id)), reading)) };
}

/** {@link readInRounds} for a reader that runs here and now. */
export function readInRoundsNow<Page extends { id: string }>(pages: readonly Page[], given: ReadAs, read: (pages: readonly Page[], readAs: ReadAs) => readonly PageResult[]): { reading: VariantReading; results: PageResult[] } {
  const first = read(pages, given);
  const { reading, again } = secondRound(first, given);
  if (again.size === 0) return { reading, results: [...first] };
  return { reading, results: replaced(first, read(pages.filter((page) => again.has(page.id)), reading)) };
}

/** The variant's reading and the pages of the first round to read again in it. */
function secondRound(first: readonly PageResult[], given: ReadAs, memory?: AssemblyMemory): { reading: VariantReading; again: Set<string> } {
  const key = JSON.stringify(given);
  const known = memory?.reading;
  const reading: VariantReading =
    known !== undefined && known.given === key && sameEvidence(known.results, first)
      ? known.reading
      : {
          dialect: given.dialect ?? variantDialect(first),
          format: given.format ?? variantFormat(first),
          marks: given.marks ?? variantMarks(first),
        };
  if (memory !== undefined) memory.reading = { given: key, results: first, reading };
  return { reading, again: new Set(first.filter((result) => needsRereading(result, reading)).map((result) => result.id)) };
}

/** Whether two first rounds give the same evidence of the variant's reading, page by page (the same results, mostly). */
function sameEvidence(a: readonly PageResult[], b: readonly PageResult[]): boolean {
  const evidence = ({ id, evidence, formatEvidence, marksSeen }: PageResult) => JSON.stringify([id, evidence, formatEvidence, marksSeen]);
  return a.length === b.length && a.every((result, index) => result === b[index] || evidence(result) === evidence(b[index]!));
}

function replaced(first: readonly PageResult[], second: readonly PageResult[]): PageResult[] {
  const byId = new Map(second.map((result) => [result.id, result]));
  return first.map((result) => byId.get(result.id) ?? result);
}

/**
 * An enum page with the place for an open-enum marker and none is closed only if the variant's
 * generator marks open enums at all: when no enum of the variant is marked, whether any is open is unstated.
 */
function settleEnums(declarations: readonly Declaration[], memory: AssemblyMemory | undefined): Declaration[] {
  const marksOpenEnums = declarations.some((d) => d.kind === "enum" && d.open && d.unstated === undefined);
  if (marksOpenEnums) return [...declarations];
  if (memory !== undefined && memory.openEnumsUnmarked === undefined) memory.openEnumsUnmarked = new WeakMap();
  return declarations.map((d) => {
    if (d.kind !== "enum" || d.open) return d;
    let settled = memory?.openEnumsUnmarked?.get(d);
    if (settled === undefined) {
      settled = { ...d, open: true, unstated: ["open"] } satisfies EnumDecl;
      memory?.openEnumsUnmarked?.set(d, settled);
    }
    return settled;
  });
}

/**
 * What assembling a variant keeps for the next assembly of the same variant (a watcher's): each step's
 * results by the declarations they were made from, so that an edit costs about the pages it changed.
 * Each step is a pure function of what it keeps its results by; create with {@link newAssemblyMemory}.
 */
export interface AssemblyMemory {
  /** The last first round's results, the settings given and the reading they gave: the same while every page's evidence is. */
  reading: { readonly given: string; readonly results: readonly PageResult[]; readonly reading: VariantReading } | undefined;
  /** Closed enums settled as open (see settleEnums), by the enum read. */
  openEnumsUnmarked: WeakMap<EnumDecl, EnumDecl> | undefined;
  readonly resolution: ResolutionMemory;
  readonly sdkShape: SdkShapeMemory;
}

export function newAssemblyMemory(): AssemblyMemory {
  return { reading: undefined, openEnumsUnmarked: undefined, resolution: newResolutionMemory(), sdkShape: newSdkShapeMemory() };
}

export function assembleVariant(input: AssembleInput, memory?: AssemblyMemory): Variant {
  const results = [...input.results].sort(byId);
  const declarations: Declaration[] = [];
  const diagnostics: Diagnostic[] = [];
  for (const result of results) {
    declarations.push(...result.declarations);
    diagnostics.push(...result.diagnostics);
  }
  declarations.sort(byId);
  const resolved = resolveReferences(settleEnums(declarations, memory), results.map((result) => result.id), memory?.resolution);
  return {
    name: input.name,
    root: input.root,
    dialect: input.reading.dialect,
    format: input.reading.format,
    declarations: withSdkShape(resolved.declarations, memory?.sdkShape),
    diagnostics: [...diagnostics, ...resolved.diagnostics].sort(byPosition),
  };
}
