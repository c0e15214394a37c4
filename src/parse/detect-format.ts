/**
 * Which generator format a page is laid out in, as evidence for each: the section titles and table
 * header words only that format writes, and text only it writes (OpenAPI Generator's `[[Back to Model
 * list]]` links, swagger-codegen's `## Enum: X` sections). A variant's format is the one its pages'
 * evidence supports best, summed (`assemble.ts`), as its dialect is; a page with no evidence at all is
 * read in the first format of the registry, Speakeasy.
 */
import type { Root } from "mdast";
import { toString } from "mdast-util-to-string";
import type { GeneratorFormat } from "../ir/types.js";
import { formatNames, formats } from "./formats/index.js";
import { sectionTitle } from "./section-kinds.js";

/** Evidence for each format that has some. */
export type FormatEvidence = Readonly<Partial<Record<GeneratorFormat, number>>>;

const weights = { section: 2, header: 2, text: 3 };

/** A page's evidence for each format, from its headings, its tables' header words and its text. */
export function pageFormatEvidence(tree: Root, text: string): FormatEvidence {
  const titles = new Set<string>();
  const headerWords = new Set<string>();
  for (const node of tree.children) {
    if (node.type === "heading") titles.add(sectionTitle(toString(node)));
    if (node.type === "table") for (const cell of node.children[0]?.children ?? []) headerWords.add(toString(cell).toLowerCase().replace(/[^a-z]/g, ""));
  }
  const evidence: Partial<Record<GeneratorFormat, number>> = {};
  for (const name of formatNames) {
    const { sections, headers, text: patterns = [] } = formats[name].evidence;
    let score = 0;
    for (const section of sections) if (titles.has(section)) score += weights.section;
    for (const header of headers) if (headerWords.has(header)) score += weights.header;
    for (const pattern of patterns) if (pattern.test(text)) score += weights.text;
    if (score > 0) evidence[name] = score;
  }
  return evidence;
}

/** The format with the most evidence; ties go to the first in the registry; undefined when there is none. */
export function bestFormat(evidence: FormatEvidence): GeneratorFormat | undefined {
  let best: GeneratorFormat | undefined;
  let bestScore = 0;
  for (const name of formatNames) {
    const score = evidence[name] ?? 0;
    if (score > bestScore) [best, bestScore] = [name, score];
  }
  return best;
}

/** Evidence summed over pages. */
export function sumFormatEvidence(all: Iterable<FormatEvidence>): FormatEvidence {
  const total: Partial<Record<GeneratorFormat, number>> = {};
  for (const evidence of all) for (const [name, score] of Object.entries(evidence) as [GeneratorFormat, number][]) total[name] = (total[name] ?? 0) + score;
  return total;
}
