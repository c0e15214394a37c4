/**
 * A fields table's rows as the fields they hold, each cut to the header's width. GFM gives a row the
 * header's width whatever its line holds — cells missing at the end are empty, cells past the end are
 * dropped — and a generator's templates break that in three ways, each read here from the row's text:
 *
 * - **rows run together** on one line (a template that lost its line breaks: `**A** | **string** | … |
 *   [optional] **B** | **int** | …`): `1 + k·(width − 1)` cells whose joints hold the end of one row
 *   and the name of the next; read as k rows;
 * - **an unescaped `|` in the one free-text column** (a description holding a Markdown table): the
 *   extra cells are that column's, when what follows them reads as the columns after it;
 * - **a line break inside a cell** (`[**` at the end of a line, `WinningVersionEnum**](#…)` on the next):
 *   a row that ends inside an open link and the next that closes it are one row.
 *
 * A row read back from its text is parsed again as a one-row table, its positions moved to where its
 * cells are on the page. Anything else with too many cells is an error at the row, as before.
 */
import type { PhrasingContent, Table, TableCell, TableRow } from "mdast";
import type { Point, Position } from "unist";
import type { Columns } from "./columns.js";
import { parseMarkdown } from "./markdown.js";
import type { PageReader } from "./page-context.js";

/** One row of fields: a cell per column (undefined where the row has none), and where it starts. */
export interface FieldRow {
  readonly cells: readonly (TableCell | undefined)[];
  /** The node diagnostics about the row point at (the row, or the start of its name when several share a line). */
  readonly at: TableRow | TableCell | PhrasingContent;
}

/** A cell of a row's text: its Markdown and where it starts in the page. */
interface RawCell {
  readonly text: string;
  readonly offset: number;
}

/** The cells of a row's text, split at unescaped pipes (GFM splits inside code spans too), outer pipes dropped. */
export function splitRow(text: string, offset: number): RawCell[] {
  const cells: RawCell[] = [];
  let start = 0;
  for (let index = 0; index < text.length; index++) {
    const char = text[index];
    if (char === "\\") index++;
    else if (char === "|") {
      cells.push({ text: text.slice(start, index), offset: offset + start });
      start = index + 1;
    }
  }
  cells.push({ text: text.slice(start), offset: offset + start });
  if (text.trimStart().startsWith("|")) cells.shift();
  if (/(?<!\\)\|\s*$/.test(text) && cells.length > 0) cells.pop();
  return cells.map((cell) => {
    const lead = cell.text.length - cell.text.trimStart().length;
    return { text: cell.text.trim(), offset: cell.offset + lead };
  });
}

/** The offset of a line's start, and the line's number (1-based), for an offset in the page. */
function pointAt(text: string, offset: number): Point {
  let line = 1;
  let lineStart = 0;
  for (let index = text.indexOf("\n"); index !== -1 && index < offset; index = text.indexOf("\n", index + 1)) {
    line++;
    lineStart = index + 1;
  }
  return { line, column: offset - lineStart + 1, offset };
}

/** Moves every position under a node by `delta` characters of the page (all on the row's own lines). */
function moveNodes(node: { position?: Position | undefined; children?: unknown }, delta: number, page: string): void {
  if (node.position?.start.offset !== undefined && node.position.end.offset !== undefined) {
    node.position = { start: pointAt(page, node.position.start.offset + delta), end: pointAt(page, node.position.end.offset + delta) };
  }
  if (Array.isArray(node.children)) for (const child of node.children) moveNodes(child as { position?: Position }, delta, page);
}

/** Parses cells as a one-row table and moves each cell's positions to where its text is on the page. */
function reparse(cells: readonly RawCell[], width: number, page: string): (TableCell | undefined)[] | undefined {
  const header = `|${" x |".repeat(width)}\n|${" - |".repeat(width)}\n`;
  let line = "|";
  const starts: number[] = [];
  for (const cell of cells) {
    line += " ";
    starts.push(header.length + line.length);
    line += `${cell.text} |`;
  }
  const table = parseMarkdown(header + line).children[0];
  const row = table?.type === "table" ? table.children[1] : undefined;
  if (row === undefined || row.children.length !== cells.length) return undefined;
  row.children.forEach((cell, index) => moveNodes(cell, cells[index]!.offset - starts[index]!, page));
  return Array.from({ length: width }, (_, index) => row.children[index]);
}

function rowText(row: TableRow, page: string): { text: string; offset: number } | undefined {
  const start = row.position?.start.offset;
  const end = row.position?.end.offset;
  return start === undefined || end === undefined ? undefined : { text: page.slice(start, end), offset: start };
}

/** Whether a cell's Markdown leaves a link's `[` open (unescaped). */
function leavesLinkOpen(text: string): boolean {
  let open = 0;
  for (let index = 0; index < text.length; index++) {
    if (text[index] === "\\") index++;
    else if (text[index] === "[") open++;
    else if (text[index] === "]") open = Math.max(0, open - 1);
  }
  return open > 0;
}

/** A name as generators write it at the start of a row: `**name**`, `` `name` ``, with any markup after it. */
const trailingName = /^(.*?)\s*((?:\*\*[^*|]+\*\*|`[^`|]+`)(?:<sup>.*?<\/sup>)?)$/;

/**
 * Rows run together: after each row's `width − 1` cells comes a joint, its last cell and the next row's
 * name (`[optional] **B**`); the last row may lack its last cell, as GFM lets any row.
 */
function runTogether(cells: readonly RawCell[], width: number): RawCell[][] | undefined {
  if (width < 3) return undefined;
  const rows: RawCell[][] = [];
  let current: RawCell[] = [cells[0]!];
  for (let index = 1; index < cells.length; index++) {
    const cell = cells[index]!;
    if (current.length < width - 1 || index === cells.length - 1) {
      current.push(cell);
      continue;
    }
    const joint = trailingName.exec(cell.text);
    if (joint === null) return undefined;
    const nameOffset = cell.offset + cell.text.length - joint[2]!.length;
    current.push({ text: joint[1]!, offset: cell.offset });
    rows.push(current);
    current = [{ text: joint[2]!, offset: nameOffset }];
  }
  rows.push(current);
  const last = rows[rows.length - 1]!;
  return rows.length > 1 && rows.slice(0, -1).every((row) => row.length === width) && last.length >= width - 1 && last.length <= width ? rows : undefined;
}

/**
 * Too many cells, and the table has one free-text column (`Description`): the extra cells are its own
 * when the cells after it read as their columns (`isCell`), which a description's words rarely do.
 */
function overflowingText(cells: readonly RawCell[], columns: Columns, isCell: (role: string, text: string) => boolean, page: string): RawCell[] | undefined {
  const text = columns.roles.description;
  const width = columns.headers.length;
  if (text === undefined) return undefined;
  const after = width - 1 - text;
  const extra = cells.length - width;
  const tail = cells.slice(cells.length - after);
  const roleAt = (index: number) => Object.entries(columns.roles).find(([, column]) => column === index)?.[0] ?? "";
  if (!tail.every((cell, index) => isCell(roleAt(text + 1 + index), cell.text))) return undefined;
  const merged = cells.slice(text, text + extra + 1);
  const last = merged[merged.length - 1]!;
  // The column's text as written, its pipes escaped so that it stays one cell.
  const written = page.slice(merged[0]!.offset, last.offset + last.text.length).replace(/(?<!\\)\|/g, "\\|");
  return [...cells.slice(0, text), { text: written, offset: merged[0]!.offset }, ...tail];
}

/**
 * The rows of a fields table. `isCell(role, text)` says whether a cell's text can be a cell of the
 * column with that role (a notes cell holds only notes), which decides a row with too many cells.
 */
export function fieldRows(table: Table, columns: Columns, reader: PageReader, isCell: (role: string, text: string) => boolean): FieldRow[] {
  const width = columns.headers.length;
  const rows: FieldRow[] = [];
  const bodyRows = table.children.slice(1);
  for (let index = 0; index < bodyRows.length; index++) {
    const row = bodyRows[index]!;
    const raw = rowText(row, reader.text);
    const cells = raw === undefined ? undefined : splitRow(raw.text, raw.offset);
    if (raw === undefined || cells === undefined || cells.length <= width) {
      const next = bodyRows[index + 1];
      const joined = cells !== undefined && next !== undefined ? brokenCell(cells, next, width, reader.text) : undefined;
      if (joined !== undefined) {
        reader.report("warning", "broken-cell", "expected a row on one line, found a line that leaves a link open and the next line closing it; read as one row", row);
        rows.push({ cells: joined, at: row });
        index++;
        continue;
      }
      rows.push({ cells: Array.from({ length: width }, (_, column) => row.children[column]), at: row });
      continue;
    }
    const together = runTogether(cells, width);
    const parsed = together?.map((part) => reparse(part, width, reader.text));
    if (parsed !== undefined && parsed.every((part) => part !== undefined)) {
      reader.report("warning", "joined-rows", `expected one row on the line, found ${parsed.length} run together (${cells.length} cells for ${width} columns); read as ${parsed.length} rows`, row);
      // A later row starts at its name, inside the line.
      parsed.forEach((part, position) => rows.push({ cells: part!, at: position === 0 ? row : (part![0]?.children[0] ?? part![0] ?? row) }));
      continue;
    }
    const overflow = overflowingText(cells, columns, isCell, reader.text);
    const merged = overflow && reparse(overflow, width, reader.text);
    if (merged !== undefined) {
      const column = columns.headers[columns.roles.description!] ?? "description";
      reader.report("warning", "unescaped-pipe", `expected ${width} cells in the row, found ${cells.length}: an unescaped "|" in the ${column}; the extra cells are read as part of it`, row);
      rows.push({ cells: merged, at: row });
      continue;
    }
    reader.report("error", "bad-row", `expected ${width} cells in the row, found ${cells.length} (an unescaped "|"?); row skipped`, row);
  }
  return rows;
}

/** A row whose last cell leaves a link open, and the next row that closes it: one row, when it fits. */
function brokenCell(cells: readonly RawCell[], next: TableRow, width: number, page: string): (TableCell | undefined)[] | undefined {
  const last = cells[cells.length - 1];
  if (last === undefined || !leavesLinkOpen(last.text)) return undefined;
  const nextRaw = rowText(next, page);
  if (nextRaw === undefined) return undefined;
  const nextCells = splitRow(nextRaw.text, nextRaw.offset);
  const first = nextCells[0];
  if (first === undefined || !/\]\(/.test(first.text) || cells.length + nextCells.length - 1 > width) return undefined;
  const joined = [...cells.slice(0, -1), { text: `${last.text}${first.text}`, offset: last.offset }, ...nextCells.slice(1)];
  return reparse(joined, width, page);
}
