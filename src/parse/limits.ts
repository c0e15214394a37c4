/**
 * The limits modeldoc puts on what one page may hold. Real docs stay far below them (the corpus's
 * deepest type cell nests 6 levels, its widest union has 25 members, its longest cell is 1,700
 * characters, its largest model 160 fields, its deepest list 4 levels); a page past one gets a
 * diagnostic at its position and is read no further (or, for a type cell, the rest of the page is read
 * as usual), and every other page is read as usual. They exist so that no input can overflow the stack,
 * exhaust memory, hold up a run or make the emitted code more than tsc can check.
 *
 * The Markdown limits are measured before remark parses the page (markdown-scan.ts): remark's parser
 * takes time quadratic in the nesting of containers and of inline constructs, and recursion as deep as
 * that nesting, so a 6 KB list nested 3,000 deep overflows the stack and 80 KB of nested emphasis takes
 * a minute. Within these limits its time is linear in the page's length.
 */

/** Type expressions nested deeper than this (`[][][]…T`, `List<List<…>>`) are not read. */
export const MAX_TYPE_DEPTH = 32;

/** A type cell longer than this many characters is not read. */
export const MAX_TYPE_CELL_LENGTH = 10_000;

/** A union with more members than this (in a cell, or on a `Supported Types` page) is not read. */
export const MAX_UNION_MEMBERS = 500;

/**
 * A page longer than this many characters is not read: remark holds about 150 bytes of memory per
 * character of a page (3 GB for the bench's largest page, 20 MB).
 */
export const MAX_PAGE_LENGTH = 32 * 1024 * 1024;

/**
 * Containers nested deeper than this on one line are not read: list items, block quotes and footnote
 * definitions (`- - - x`, `> > x`, or a list indented two more columns a level).
 */
export const MAX_BLOCK_NESTING = 32;

/**
 * Inline constructs nested deeper than this in one paragraph are not read: emphasis, strong emphasis and
 * strikethrough (`*a _b ~~c … c~~ b_ a*`), and brackets: links and images (`[[[…]]]`, `![![…]]`).
 */
export const MAX_INLINE_NESTING = 32;

/**
 * The work remark does to pair up delimiters in one paragraph: each closing `*`, `_` or `~` looks back
 * over the emphasis openers not yet closed, and each link made walks back over every `[` before it.
 * Past this many steps the page is not read.
 */
export const MAX_INLINE_SCAN = 2_000_000;

/**
 * The work remark does on code spans in one paragraph: an opening run of backticks with no closing run
 * of its length is looked for up to the paragraph's end. Past this many characters the page is not read.
 */
export const MAX_CODE_SPAN_SCAN = 20_000_000;

/**
 * The last line of defence: the wall-clock time a page may take on a worker thread, where a page that
 * runs over can be stopped (its worker is ended, the page gets a diagnostic, and the other pages of its
 * batch are read again on another worker). A base, and more per megabyte of text. Within the other
 * limits remark's time is linear in the page; its costliest kind, a table of one-character cells, took
 * 160–180 s a megabyte on a machine shared with other work (two cores, load 10), a Speakeasy fields table
 * 30 s. A page still being read after its budget is stuck, not slow.
 */
export const PAGE_BUDGET_MS = 60_000;
export const PAGE_BUDGET_MS_PER_MB = 300_000;

/** The wall-clock budget of a page of `length` characters (see {@link PAGE_BUDGET_MS}). */
export function pageBudgetMs(length: number): number {
  return PAGE_BUDGET_MS + Math.ceil((length / 1_000_000) * PAGE_BUDGET_MS_PER_MB);
}
