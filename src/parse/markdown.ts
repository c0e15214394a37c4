/**
 * The one Markdown processor modeldoc uses: unified + remark-parse + remark-gfm (tables are GFM).
 * It is built once and reused for every page; building a processor per page costs more than parsing.
 */
import type { Root } from "mdast";
import remarkGfm from "remark-gfm";
import remarkParse from "remark-parse";
import { unified } from "unified";

const processor = unified().use(remarkParse).use(remarkGfm).freeze();

/** Parses one page into an mdast tree with positions. */
export function parseMarkdown(text: string): Root {
  return processor.parse(text);
}
