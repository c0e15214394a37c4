/**
 * Which dialect a page is written in, as evidence for each: the language of its code blocks, the
 * hosts of its standard-library links, and how many of its type cells the dialect can read. A cell
 * counts for a dialect when every notation in it is one the dialect writes and every name is one it
 * knows (or a model name), and it counts more the more names it knows; `*string*` speaks for several
 * dialects, `` `*int64` `` for Go alone, `*T.nilable(::String)*` for Ruby alone.
 *
 * A variant's dialect is the one its pages' evidence supports best, summed (`assemble.ts`); a page is
 * read in another only when its own evidence for that one is {@link STRONG_EVIDENCE} ahead.
 */
import type { Dialect } from "../ir/types.js";
import type { DialectSpec } from "./dialects/dialect.js";
import { knowsName } from "./names.js";
import { dialectNames, dialects } from "./dialects/index.js";
import type { Notation, ParsedType, TypeSyntax } from "./type-syntax.js";

/** Evidence for each dialect that has some. */
export type Evidence = Readonly<Partial<Record<Dialect, number>>>;

/** How far ahead a page's own evidence must be to read it in another dialect than its variant's: two code blocks' worth. */
export const STRONG_EVIDENCE = 10;

const weights = { codeLanguage: 5, linkHost: 3, cell: 1 };

function hostOf(url: string): string {
  const match = /^https?:\/\/([^/?#]+)/i.exec(url);
  return match?.[1]?.toLowerCase() ?? "";
}

/** The names of a cell; names inside links to pages of the docs are model names whatever the dialect. */
function namesOf(syntax: TypeSyntax, inPageLink: boolean, out: { name: string; inPageLink: boolean }[]): void {
  switch (syntax.kind) {
    case "name":
      out.push({ name: syntax.name, inPageLink });
      for (const arg of syntax.args) namesOf(arg, inPageLink, out);
      return;
    case "link":
      namesOf(syntax.inner, inPageLink || !/^[a-z][a-z0-9+.-]*:/i.test(syntax.url), out);
      return;
    case "mark":
      namesOf(syntax.inner, inPageLink, out);
      return;
    case "list":
      namesOf(syntax.items, inPageLink, out);
      return;
    case "map":
      namesOf(syntax.key, inPageLink, out);
      namesOf(syntax.value, inPageLink, out);
      return;
    case "union":
      for (const member of syntax.members) namesOf(member, inPageLink, out);
      return;
    case "literal":
    case "wildcard":
      return;
  }
}

/** Links of a cell (for their hosts). */
function linksOf(syntax: TypeSyntax, out: string[]): void {
  if (syntax.kind === "link") out.push(syntax.url);
  if (syntax.kind === "link" || syntax.kind === "mark") linksOf(syntax.inner, out);
  else if (syntax.kind === "name") for (const arg of syntax.args) linksOf(arg, out);
  else if (syntax.kind === "list") linksOf(syntax.items, out);
  else if (syntax.kind === "map") linksOf(syntax.value, out);
  else if (syntax.kind === "union") for (const member of syntax.members) linksOf(member, out);
}

/** How well a dialect reads one cell: 0 when it cannot, else 1 and one more per name it knows. */
function cellScore(notations: ReadonlySet<Notation>, names: readonly { name: string; inPageLink: boolean }[], spec: DialectSpec): number {
  for (const notation of notations) if (!spec.notations.has(notation)) return 0;
  let known = 0;
  for (const { name, inPageLink } of names) {
    if (knowsName(spec, name)) known++;
    else if (!inPageLink && !/\.|::|\\/.test(name) && !/^\p{Lu}/u.test(name)) return 0;
  }
  return weights.cell + known;
}

/** A page's evidence for each dialect, from its code block languages and its parsed type cells. */
export function pageEvidence(codeLanguages: readonly string[], cells: readonly ParsedType[]): Evidence {
  const evidence: Partial<Record<Dialect, number>> = {};
  const add = (dialect: Dialect, amount: number) => {
    if (amount > 0) evidence[dialect] = (evidence[dialect] ?? 0) + amount;
  };
  const hosts: string[] = [];
  const cellNames = cells.map((cell) => {
    const names: { name: string; inPageLink: boolean }[] = [];
    namesOf(cell.syntax, false, names);
    const links: string[] = [];
    linksOf(cell.syntax, links);
    hosts.push(...links.map(hostOf).filter((host) => host !== ""));
    return names;
  });
  for (const dialect of dialectNames) {
    const spec = dialects[dialect];
    for (const language of codeLanguages) if (spec.evidence.codeLanguages.includes(language.toLowerCase())) add(dialect, weights.codeLanguage);
    for (const host of hosts) if (spec.evidence.linkHosts.includes(host)) add(dialect, weights.linkHost);
    cells.forEach((cell, index) => add(dialect, cellScore(cell.notations, cellNames[index]!, spec)));
  }
  return evidence;
}

/** The dialect with the most evidence; ties go to the first in `dialectNames`; undefined when there is none. */
export function bestDialect(evidence: Evidence): Dialect | undefined {
  let best: Dialect | undefined;
  let bestScore = 0;
  for (const dialect of dialectNames) {
    const score = evidence[dialect] ?? 0;
    if (score > bestScore) [best, bestScore] = [dialect, score];
  }
  return best;
}

/** Evidence summed over pages. */
export function sumEvidence(all: Iterable<Evidence>): Evidence {
  const total: Partial<Record<Dialect, number>> = {};
  for (const evidence of all) for (const [dialect, score] of Object.entries(evidence) as [Dialect, number][]) total[dialect] = (total[dialect] ?? 0) + score;
  return total;
}

/** Whether a page's own evidence for `own` is strong enough to read it in `own` rather than in its variant's `dialect`. */
export function stronglyOther(evidence: Evidence, own: Dialect, dialect: Dialect): boolean {
  return (evidence[own] ?? 0) - (evidence[dialect] ?? 0) >= STRONG_EVIDENCE;
}
