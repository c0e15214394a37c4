/**
 * Which dialect a page is written in, from the page itself: the language of its code blocks,
 * the hosts of its standard-library links, and type notations only one SDK writes.
 * A page with no evidence (a model of plain `*string*` fields reads the same in C# and TypeScript)
 * takes its folder's majority dialect.
 */
import type { Root } from "mdast";
import type { Dialect } from "../ir/types.js";
import { dialectNames, dialects } from "./dialects/index.js";

export interface PageEvidence {
  readonly codeLanguages: readonly string[];
  readonly linkUrls: readonly string[];
  /** Type cells as written in the Markdown source. */
  readonly typeCells: readonly string[];
}

const weights = { codeLanguage: 5, linkHost: 3, typePattern: 1 };

function hostOf(url: string): string {
  const match = /^https?:\/\/([^/?#]+)/i.exec(url);
  return match?.[1]?.toLowerCase() ?? "";
}

/** The best-supported dialect, or undefined when the page gives no evidence either way. */
export function detectDialect(evidence: PageEvidence): Dialect | undefined {
  let best: Dialect | undefined;
  let bestScore = 0;
  for (const name of dialectNames) {
    const spec = dialects[name].evidence;
    let score = 0;
    for (const language of evidence.codeLanguages) if (spec.codeLanguages.includes(language.toLowerCase())) score += weights.codeLanguage;
    for (const url of evidence.linkUrls) if (spec.linkHosts.includes(hostOf(url))) score += weights.linkHost;
    for (const cell of evidence.typeCells) for (const pattern of spec.typePatterns) if (pattern.test(cell)) score += weights.typePattern;
    if (score > bestScore) {
      best = name;
      bestScore = score;
    }
  }
  return best;
}

/** Collects the evidence of one parsed page: code languages, type-cell links and type cells as written. */
export function evidenceOf(text: string, tree: Root): PageEvidence {
  const codeLanguages: string[] = [];
  const linkUrls: string[] = [];
  const typeCells: string[] = [];
  for (const node of tree.children) {
    if (node.type === "code" && node.lang) codeLanguages.push(node.lang);
    if (node.type !== "table") continue;
    for (const row of node.children.slice(1)) {
      const cell = row.children[1];
      if (!cell) continue;
      const start = cell.position?.start.offset ?? 0;
      const end = cell.position?.end.offset ?? 0;
      typeCells.push(text.slice(start, end));
      for (const child of cell.children) if (child.type === "link") linkUrls.push(child.url);
    }
  }
  return { codeLanguages, linkUrls, typeCells };
}
