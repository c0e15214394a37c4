/**
 * Descriptions compared as text, not as notation. Generators write one API description in several ways:
 * HTML entities once or twice encoded (`&#x60;groupId&#x60;`, `\&quot;Joe\&quot;`, swagger-codegen and
 * OpenAPI Generator), inline Markdown or HTML (`` `code` ``, `**bold**`, `<a href="…">text</a>`), line
 * breaks and runs of spaces, `N/A` or `-` for no description at all, a literal in the language's quotes
 * (`'not_null'`, `"not_null"`). {@link descriptionText} reads a
 * description the way a person does: the text is parsed as Markdown (mdast), character references and
 * escapes decoded and inline markup dropped, again while a level of encoding is left (at most
 * {@link DECODE_LEVELS}), then whitespace collapsed.
 *
 * A generator's boilerplate is set apart by {@link generatorBoilerplate}: a sentence one side writes in
 * many descriptions and the other side never writes is the generator's, not the API's (APIMatic's "This
 * is a container for one-of cases."), and is left out of both sides' text before they are compared.
 */
import { fromMarkdown } from "mdast-util-from-markdown";
import type { Nodes } from "mdast";

/** Levels of encoding undone at most (`&amp;quot;` is two). */
const DECODE_LEVELS = 3;

/** Characters of Markdown, HTML or an entity, and line breaks (a list, a second paragraph): text without them is read as it is. */
const MARKUP = /[&\\`*_<>[\]~#|\n]/;

/** Text that says there is no description. */
const PLACEHOLDER = /^(n\/a|none|null|-+|—|–|\.)$/i;

/** Whitespace collapsed and trimmed; a placeholder is no description. */
export function collapseWhitespace(text: string): string {
  const collapsed = text.replace(/\s+/g, " ").trim();
  return PLACEHOLDER.test(collapsed) ? "" : collapsed;
}

/** A literal quoted as a language quotes strings: `'not_null'` (TypeScript, Ruby) is `"not_null"` (Python, C#). */
function sameQuotes(text: string): string {
  return text.replace(/(^|[^\p{L}\p{N}])'([^'\s]+)'(?=$|[^\p{L}\p{N}])/gu, '$1"$2"');
}

/** Memo of {@link descriptionText} for text that held markup: descriptions repeat across models and pairs. Bounded. */
const memo = new Map<string, string>();
const MEMO_LIMIT = 20_000;

/** The text of a Markdown tree as a reader sees it: blocks and line breaks apart by a space, HTML left out. */
function plainText(node: Nodes): string {
  if (node.type === "html") return "";
  // A literal in code is quoted as its language quotes strings (`"not_null"` in Python, `'not_null'` in TypeScript).
  if (node.type === "inlineCode") return node.value.replace(/^(["'])(.*)\1$/s, "$2");
  if ("value" in node) return node.value;
  if (node.type === "break" || node.type === "thematicBreak") return " ";
  if (!("children" in node)) return "";
  const inner = (node.children as Nodes[]).map(plainText);
  return phrasing.has(node.type) ? inner.join("") : inner.join(" ");
}
const phrasing = new Set(["emphasis", "strong", "delete", "link", "linkReference", "paragraph", "heading", "tableCell"]);

/** A description as text: entities decoded, inline Markdown and HTML dropped, whitespace collapsed (see the module comment). */
export function descriptionText(text: string): string {
  // Plain prose is already what a reader sees.
  if (!MARKUP.test(text)) return sameQuotes(collapseWhitespace(text));
  const cached = memo.get(text);
  if (cached !== undefined) return cached;
  let current = text;
  for (let level = 0; level < DECODE_LEVELS && MARKUP.test(current); level++) {
    const next = plainText(fromMarkdown(current));
    if (next === current) break;
    current = next;
  }
  const result = sameQuotes(collapseWhitespace(current));
  if (memo.size >= MEMO_LIMIT) memo.clear();
  memo.set(text, result);
  return result;
}

/** The sentences of a text (split after `.`, `!` or `?` followed by a space). */
export function sentences(text: string): string[] {
  return text
    .split(/(?<=[.!?])\s+/)
    .map((sentence) => sentence.trim())
    .filter((sentence) => sentence !== "");
}

/** Descriptions a sentence must recur in, on one side, to be taken for its generator's boilerplate. */
export const BOILERPLATE_MIN = 5;

/** How many descriptions of one side each sentence occurs in. */
export function sentenceCounts(descriptions: Iterable<string>): Map<string, number> {
  const counts = new Map<string, number>();
  for (const text of descriptions) for (const sentence of new Set(sentences(descriptionText(text)))) counts.set(sentence, (counts.get(sentence) ?? 0) + 1);
  return counts;
}

/**
 * The sentences that are one side's generator boilerplate: written in at least {@link BOILERPLATE_MIN} of
 * its descriptions and in none of the other side's.
 */
export function generatorBoilerplate(own: ReadonlyMap<string, number>, other: ReadonlyMap<string, number>): Set<string> {
  return new Set([...own].filter(([sentence, count]) => count >= BOILERPLATE_MIN && !other.has(sentence)).map(([sentence]) => sentence));
}

/** A description as text without the given boilerplate sentences. */
export function withoutBoilerplate(text: string, boilerplate: ReadonlySet<string>): string {
  const plain = descriptionText(text);
  if (boilerplate.size === 0) return plain;
  return sentences(plain)
    .filter((sentence) => !boilerplate.has(sentence))
    .join(" ");
}
