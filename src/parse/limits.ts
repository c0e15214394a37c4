/**
 * The limits modeldoc puts on what one page may hold. Real docs stay far below them (the corpus's
 * deepest type cell nests 6 levels, its widest union has 25 members, its longest cell is 1,700
 * characters, its largest model 160 fields); a page past one gets a diagnostic at its position and the
 * rest of the page, and every other page, is read as usual. They exist so that no input can overflow
 * the stack, exhaust memory or make the emitted code more than tsc can check.
 */

/** Type expressions nested deeper than this (`[][][]…T`, `List<List<…>>`) are not read. */
export const MAX_TYPE_DEPTH = 32;

/** A type cell longer than this many characters is not read. */
export const MAX_TYPE_CELL_LENGTH = 10_000;

/** A union with more members than this (in a cell, or on a `Supported Types` page) is not read. */
export const MAX_UNION_MEMBERS = 500;
