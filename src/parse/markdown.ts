/**
 * The one Markdown processor modeldoc uses: unified + remark-parse with GitHub's Markdown, composed from
 * the packages remark-gfm composes (micromark-extension-gfm for the syntax, mdast-util-gfm-* for the
 * tree), less one step. GFM finds autolink literals (a bare `https://…`, `www.…` or e-mail address) in two
 * places: micromark's tokenizer marks those it can tell while tokenizing, and a transform then searches
 * every text node of the tree for the rest, turning the address into a link around the same text. That
 * search is a seventh of remark's time (the unified-to Go pages, parsed in a process of their own, four
 * times each way: 5.70–7.09 s with remark-gfm, 4.73–5.57 s without it), and the links it adds are to web
 * and mail addresses, which modeldoc never follows: the link targets it follows are pages of the docs.
 * So the search is left out: every text reads the same (test/parse/markdown.test.ts), and the IR of
 * every corpus folder is identical.
 * The processor is built once and reused for every page; building one per page costs more than parsing.
 * A page is measured first (markdown-scan.ts): one past the limits of `limits.ts` is not given to remark.
 */
import type { Root } from "mdast";
import type { Extension as FromMarkdownExtension } from "mdast-util-from-markdown";
import { gfmAutolinkLiteralFromMarkdown } from "mdast-util-gfm-autolink-literal";
import { gfmFootnoteFromMarkdown } from "mdast-util-gfm-footnote";
import { gfmStrikethroughFromMarkdown } from "mdast-util-gfm-strikethrough";
import { gfmTableFromMarkdown } from "mdast-util-gfm-table";
import { gfmTaskListItemFromMarkdown } from "mdast-util-gfm-task-list-item";
import { gfm } from "micromark-extension-gfm";
import remarkParse from "remark-parse";
import { unified, type Processor } from "unified";
import { markdownLimits, scanMarkdown, type LimitProblem, type MarkdownLimits } from "./markdown-scan.js";

/** GFM's autolink literals as the tokenizer marks them, without the search of every text node after the parse. */
function autolinkLiteralsAsTokenized(): FromMarkdownExtension {
  const { transforms: _search, ...handlers } = gfmAutolinkLiteralFromMarkdown();
  return handlers;
}

/** GitHub's Markdown, added to remark-parse as remark-gfm adds it, less the autolink search. */
function githubMarkdown(this: Processor): void {
  const data = this.data();
  (data.micromarkExtensions ??= []).push(gfm());
  (data.fromMarkdownExtensions ??= []).push([autolinkLiteralsAsTokenized(), gfmFootnoteFromMarkdown(), gfmStrikethroughFromMarkdown(), gfmTableFromMarkdown(), gfmTaskListItemFromMarkdown()]);
}

const processor = unified().use(remarkParse).use(githubMarkdown).freeze();

/** A page past one of the Markdown limits: where, and which. */
export class MarkdownLimitError extends Error {
  constructor(readonly problem: LimitProblem) {
    super(problem.message);
  }
}

/** Parses one page into an mdast tree with positions; a {@link MarkdownLimitError} for a page past the limits. */
export function parseMarkdown(text: string, limits: MarkdownLimits = markdownLimits): Root {
  const problem = scanMarkdown(text, limits);
  if (problem !== undefined) throw new MarkdownLimitError(problem);
  return processor.parse(text);
}
