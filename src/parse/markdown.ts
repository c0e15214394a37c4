/**
 * The one Markdown processor modeldoc uses: unified + remark-parse + remark-gfm (tables are GFM).
 * It is built once and reused for every page; building a processor per page costs more than parsing.
 * A page is measured first (markdown-scan.ts): one past the limits of `limits.ts` is not given to remark.
 */
import type { Root } from "mdast";
import remarkGfm from "remark-gfm";
import remarkParse from "remark-parse";
import { unified } from "unified";
import { markdownLimits, scanMarkdown, type LimitProblem, type MarkdownLimits } from "./markdown-scan.js";

const processor = unified().use(remarkParse).use(remarkGfm).freeze();

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
