/**
 * A page measured before remark parses it, in one linear pass. remark's parser (micromark) takes time
 * quadratic in the nesting of containers and of inline constructs, and its tree is built by recursion
 * as deep as that nesting; so what makes it slow or overflow the stack is measured here first, and a page
 * past one of the limits of `limits.ts` is not parsed at all. The measures err on the high side (code
 * blocks are measured as text, a table as one paragraph): a page they let through is within the limits
 * as remark reads it.
 */
import { MAX_BLOCK_NESTING, MAX_CODE_SPAN_SCAN, MAX_INLINE_SCAN, MAX_INLINE_NESTING, MAX_PAGE_LENGTH } from "./limits.js";

/** The limits a page is measured against (the named ones in `limits.ts`; tests pass others). */
export interface MarkdownLimits {
  readonly pageLength: number;
  readonly blockNesting: number;
  readonly inlineNesting: number;
  readonly inlineScan: number;
  readonly codeSpanScan: number;
}

export const markdownLimits: MarkdownLimits = {
  pageLength: MAX_PAGE_LENGTH,
  blockNesting: MAX_BLOCK_NESTING,
  inlineNesting: MAX_INLINE_NESTING,
  inlineScan: MAX_INLINE_SCAN,
  codeSpanScan: MAX_CODE_SPAN_SCAN,
};

/** Where a page goes past a limit (1-based line and column), and what was expected and found. */
export interface LimitProblem {
  readonly line: number;
  readonly column: number;
  readonly message: string;
}

const SPACE = 32;
const TAB = 9;
const LINE_FEED = 10;
const CARRIAGE_RETURN = 13;

const count = (value: number) => value.toLocaleString("en");

/** The first limit the page goes past, or undefined when it is within all of them. */
export function scanMarkdown(text: string, limits: MarkdownLimits = markdownLimits): LimitProblem | undefined {
  if (text.length > limits.pageLength) {
    return { line: 1, column: 1, message: `expected a page of at most ${count(limits.pageLength)} characters, found ${count(text.length)}` };
  }
  const found = blockNesting(text, limits) ?? inlineWork(text, limits);
  if (found === undefined) return undefined;
  return { ...positionAt(text, found.offset), message: found.message };
}

interface Found {
  readonly offset: number;
  readonly message: string;
}

/** The end of the line that starts at `start` (before its line ending). */
function lineEnd(text: string, start: number): number {
  for (let index = start; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (code === LINE_FEED || code === CARRIAGE_RETURN) return index;
  }
  return text.length;
}

/** The start of the next line after a line that ends at `end`. */
function nextLine(text: string, end: number): number {
  return text.charCodeAt(end) === CARRIAGE_RETURN && text.charCodeAt(end + 1) === LINE_FEED ? end + 2 : end + 1;
}

const isDigit = (code: number) => code >= 48 && code <= 57;
const isSpaceOrTab = (code: number) => code === SPACE || code === TAB;

/**
 * The length of a container marker at `at` (a block quote's `>`, a list item's `-`, `+`, `*` or `1.`
 * followed by a space or the line's end, a footnote definition's `[^label]:`), or 0.
 */
function markerLength(text: string, at: number, end: number): number {
  const code = text.charCodeAt(at);
  const spaced = (after: number) => after >= end || isSpaceOrTab(text.charCodeAt(after));
  if (code === 62) return 1; // >
  if ((code === 45 || code === 43 || code === 42) && spaced(at + 1)) return 1; // - + *
  if (isDigit(code)) {
    let index = at;
    while (index < end && index - at < 9 && isDigit(text.charCodeAt(index))) index++;
    const after = text.charCodeAt(index);
    return (after === 46 || after === 41) && spaced(index + 1) ? index + 1 - at : 0; // 1. 1)
  }
  if (code === 91 && text.charCodeAt(at + 1) === 94) {
    // [^label]:
    for (let index = at + 2; index < end; index++) {
      const inner = text.charCodeAt(index);
      if (inner === 93) return index > at + 2 && text.charCodeAt(index + 1) === 58 ? index + 2 - at : 0;
      if (isSpaceOrTab(inner) || inner === 91) return 0;
    }
  }
  return 0;
}

/**
 * Containers a line is inside: the markers it starts with, and two columns of indentation a level (a
 * list item nested by indentation sits at least two columns right of its parent's marker).
 */
function blockNesting(text: string, limits: MarkdownLimits): Found | undefined {
  for (let start = 0; start <= text.length; ) {
    const end = lineEnd(text, start);
    let index = start;
    let markers = 0;
    let indent = 0;
    for (;;) {
      let columns = 0;
      while (index < end && isSpaceOrTab(text.charCodeAt(index))) {
        columns += text.charCodeAt(index) === TAB ? 4 : 1;
        index++;
      }
      // The space after a marker belongs to the marker.
      indent += Math.max(0, markers > 0 ? columns - 1 : columns);
      if (index >= end) break;
      const length = markerLength(text, index, end);
      if (length === 0) break;
      markers++;
      if (markers + Math.floor(indent / 2) > limits.blockNesting) {
        return {
          offset: index,
          message: `expected lists, block quotes and footnotes nested at most ${limits.blockNesting} deep, found deeper nesting; page skipped (remark's time grows with the square of the nesting)`,
        };
      }
      index += length;
    }
    if (end >= text.length) break;
    start = nextLine(text, end);
  }
  return undefined;
}

/** Whether the line from `start` to `end` holds only spaces and tabs. */
function isBlank(text: string, start: number, end: number): boolean {
  for (let index = start; index < end; index++) if (!isSpaceOrTab(text.charCodeAt(index))) return false;
  return true;
}

/**
 * Measures each paragraph (a run of lines that are not blank: inline content never spans a blank line),
 * and each line on its own: a table's cells are read one by one, where a code span or an emphasis cannot
 * close on the next row, so what a paragraph's reading pairs up across rows may cost remark more in a cell.
 */
function inlineWork(text: string, limits: MarkdownLimits): Found | undefined {
  let paragraphStart = -1;
  for (let start = 0; start <= text.length; ) {
    const end = lineEnd(text, start);
    const blank = isBlank(text, start, end);
    const line = blank ? undefined : paragraphWork(text, start, end, limits);
    if (line !== undefined) return line;
    if (!blank && paragraphStart < 0) paragraphStart = start;
    if (blank && paragraphStart >= 0) {
      const found = paragraphWork(text, paragraphStart, start, limits);
      if (found !== undefined) return found;
      paragraphStart = -1;
    }
    if (end >= text.length) break;
    start = nextLine(text, end);
  }
  return paragraphStart >= 0 ? paragraphWork(text, paragraphStart, text.length, limits) : undefined;
}

const isWhitespaceAt = (text: string, index: number, start: number, end: number): boolean => {
  if (index < start || index >= end) return true;
  const code = text.charCodeAt(index);
  if (code === SPACE || code === TAB || code === LINE_FEED || code === CARRIAGE_RETURN) return true;
  return code > 127 && /\s/u.test(text[index]!);
};

const isPunctuationAt = (text: string, index: number): boolean => {
  const code = text.charCodeAt(index);
  if (code < 128) return (code >= 33 && code <= 47) || (code >= 58 && code <= 64) || (code >= 91 && code <= 96) || (code >= 123 && code <= 126);
  return /[\p{P}\p{S}]/u.test(text[index]!);
};

/**
 * The code spans of a paragraph (a run of backticks closed by the next run of the same length) and
 * the characters remark scans for the runs that close nothing (each is looked for up to the end).
 */
function codeSpans(text: string, start: number, end: number): { spans: Map<number, number>; scanned: number; firstUnclosed: number } {
  const runs: { at: number; length: number }[] = [];
  for (let index = start; index < end; index++) {
    if (text.charCodeAt(index) !== 96) continue;
    const at = index;
    while (index + 1 < end && text.charCodeAt(index + 1) === 96) index++;
    runs.push({ at, length: index + 1 - at });
  }
  const spans = new Map<number, number>();
  if (runs.length === 0) return { spans, scanned: 0, firstUnclosed: start };
  // The runs of each length, in order; a run closes the first open run of its length before it.
  const byLength = new Map<number, number[]>();
  runs.forEach((run, position) => (byLength.get(run.length) ?? byLength.set(run.length, []).get(run.length)!).push(position));
  const next = new Map<number, number>();
  let scanned = 0;
  let firstUnclosed = -1;
  for (let position = 0; position < runs.length; position++) {
    const run = runs[position]!;
    const list = byLength.get(run.length)!;
    let pointer = next.get(run.length) ?? 0;
    while (pointer < list.length && list[pointer]! <= position) pointer++;
    next.set(run.length, pointer);
    const closing = list[pointer];
    if (closing === undefined) {
      scanned += end - run.at;
      if (firstUnclosed < 0) firstUnclosed = run.at;
      continue;
    }
    const close = runs[closing]!;
    spans.set(run.at, close.at + close.length);
    position = closing; // the runs inside the span are its text
  }
  return { spans, scanned, firstUnclosed };
}

/**
 * Delimiters not yet closed (emphasis openers, or `[`), in order, each with the height of the pairs
 * closed inside it so far: so a closed pair's nesting is that of the pairs it encloses, and an opener
 * that never closes (a lone `*`, a `[` in a table cell) adds no depth.
 */
class OpenDelimiters {
  readonly offsets: number[] = [];
  readonly heights: number[] = [];
  /** The height of the deepest pair closed, and the offset of its opener. */
  deepest = 0;
  deepestAt = -1;

  get size(): number {
    return this.offsets.length;
  }

  push(offset: number): void {
    this.offsets.push(offset);
    this.heights.push(0);
  }

  /** Closes the opener at `position`: the openers above it never will be. */
  close(position: number): void {
    let inner = 0;
    for (let index = position; index < this.heights.length; index++) inner = Math.max(inner, this.heights[index]!);
    const height = inner + 1;
    if (height > this.deepest) [this.deepest, this.deepestAt] = [height, this.offsets[position]!];
    this.offsets.length = position;
    this.heights.length = position;
    if (position > 0) this.heights[position - 1] = Math.max(this.heights[position - 1]!, height);
  }
}

/** One paragraph's inline nesting and matching work (see the limits in `limits.ts`). */
function paragraphWork(text: string, start: number, end: number, limits: MarkdownLimits): Found | undefined {
  const code = codeSpans(text, start, end);
  if (code.scanned > limits.codeSpanScan) {
    return {
      offset: code.firstUnclosed,
      message: `expected backtick runs that close (remark looks for each one's closing run up to the paragraph's end), found ones that cost it over ${count(limits.codeSpanScan)} characters of scanning in this paragraph; page skipped`,
    };
  }
  const brackets = new OpenDelimiters();
  const emphasis = new OpenDelimiters();
  // Per emphasis character, the places of its openers among the emphasis openers.
  const byChar = new Map<number, number[]>([
    [42, []],
    [95, []],
    [126, []],
  ]);
  let steps = 0;
  const tooDeep = (open: OpenDelimiters, what: string): Found | undefined =>
    open.deepest > limits.inlineNesting
      ? {
          offset: open.deepestAt,
          message: `expected ${what} nested at most ${limits.inlineNesting} deep, found ${open.deepest} levels; page skipped (remark's time grows with the square of the nesting)`,
        }
      : undefined;
  for (let index = start; index < end; index++) {
    const character = text.charCodeAt(index);
    if (character === 92) {
      index++; // an escaped character is text
    } else if (character === 96) {
      const spanEnd = code.spans.get(index);
      if (spanEnd !== undefined) index = spanEnd - 1;
      else while (index + 1 < end && text.charCodeAt(index + 1) === 96) index++;
    } else if (character === 91) {
      brackets.push(index);
    } else if (character === 93) {
      if (brackets.size === 0) continue;
      // A link made here deactivates every `[` before it: remark walks them all.
      steps += brackets.size - 1;
      brackets.close(brackets.size - 1);
      const found = tooDeep(brackets, "links, images and brackets");
      if (found !== undefined) return found;
    } else if (character === 42 || character === 95 || character === 126) {
      let runEnd = index + 1;
      while (runEnd < end && text.charCodeAt(runEnd) === character) runEnd++;
      const beforeSpace = isWhitespaceAt(text, index - 1, start, end);
      const afterSpace = isWhitespaceAt(text, runEnd, start, end);
      const beforePunctuation = !beforeSpace && isPunctuationAt(text, index - 1);
      const afterPunctuation = !afterSpace && isPunctuationAt(text, runEnd);
      const left = !afterSpace && (!afterPunctuation || beforeSpace || beforePunctuation);
      const right = !beforeSpace && (!beforePunctuation || afterSpace || afterPunctuation);
      const canOpen = character === 95 ? left && (!right || beforePunctuation) : left;
      const canClose = character === 95 ? right && (!left || afterPunctuation) : right;
      const own = byChar.get(character)!;
      let closed = false;
      if (canClose && own.length > 0) {
        const opener = own[own.length - 1]!;
        steps += emphasis.size - opener - 1; // looked back over the openers above it
        emphasis.close(opener);
        for (const places of byChar.values()) while (places.length > 0 && places[places.length - 1]! >= opener) places.pop();
        closed = true;
        const found = tooDeep(emphasis, "emphasis and strikethrough");
        if (found !== undefined) return found;
      } else if (canClose) {
        steps += emphasis.size; // looked back over every opener, and found none
      }
      if (!closed && canOpen) {
        own.push(emphasis.size);
        emphasis.push(index);
      }
      index = runEnd - 1;
    }
    if (steps > limits.inlineScan) {
      return {
        offset: index,
        message: `expected emphasis delimiters and brackets that pair up (remark looks back over every one not yet closed), found ones that cost it over ${count(limits.inlineScan)} steps in this paragraph; page skipped`,
      };
    }
  }
  return undefined;
}

/** The 1-based line and column of an offset, with line endings as remark counts them (`\n`, `\r\n`, `\r`). */
function positionAt(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let index = 0; index < offset; index++) {
    const code = text.charCodeAt(index);
    if (code === CARRIAGE_RETURN && text.charCodeAt(index + 1) === LINE_FEED) index++;
    if (code === LINE_FEED || code === CARRIAGE_RETURN) {
      line++;
      lineStart = index + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}
