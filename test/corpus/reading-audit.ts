// The reading audit (issue 21): an independent, line-based reading of every field table of a docs page —
// no remark, no code of src/parse — that counts each table's rows and the requiredness each row marks.
// `reading-audit.test.ts` holds the IR to it: every row is a field or an error at its position, and every
// field whose row marks its requiredness says the same. It is the check that catches a silently lost row.
//
// What it reads, by the GFM table rules and the generators' conventions, and nothing else:
// - a table is a line holding a `|` followed by a delimiter line (`--- | ---`) with as many cells; its
//   rows run to the first blank line or the start of another block (heading, fence, quote);
// - a field table's header names a field (`Name`, `Field`, `Property`) and a `Type`, and it is not the
//   `#### Parameters` table of a documented method;
// - cells split at unescaped pipes (GFM splits inside code spans too); a row line holding whole rows run
//   together (a generator template that lost its line breaks) counts as each of them, a row with more
//   cells than that has pipes in its description, and a row line that leaves a link's `[` open goes on
//   on the next line (a template that broke a line inside a cell);
// - requiredness marks: a `Required` column (✔/➖, yes/no), APIMatic's `Tags` (`Required`/`Optional`),
//   Dropbox Sign's `<sup>*_required_</sup>` on the name (where a folder uses it, a name without it is
//   optional), and OpenAPI Generator's and swagger-codegen's `Notes` (`[optional]`; a row without it is
//   required, as their templates write it).

import { readFileSync } from "node:fs";
import { glob } from "tinyglobby";
import type { Field, Variant } from "../../src/ir/types.js";

/** One row of a field table. */
export interface AuditRow {
  /** 1-based line of the row. */
  readonly line: number;
  /** What the row marks: true (required), false (optional), undefined (no mark). */
  readonly required: boolean | undefined;
  /** The row's first cell, as written (for messages). */
  readonly name: string;
}

export interface AuditTable {
  /** 1-based line of the header. */
  readonly line: number;
  readonly header: readonly string[];
  readonly rows: readonly AuditRow[];
}

/** How a folder marks requiredness in a `Notes` table: by `[optional]`, or by a `required` mark on the name. */
export type NotesConvention = "optional-note" | "required-sup";

const fence = /^ {0,3}(`{3,}|~{3,})/;
const heading = /^ {0,3}#{1,6}(\s|$)/;
const quote = /^ {0,3}>/;
const delimiterCell = /^\s*:?-+:?\s*$/;

/** Cells of a table line: split at unescaped pipes, the outer pipes dropped. */
export function splitCells(line: string): string[] {
  const cells: string[] = [];
  let current = "";
  for (let index = 0; index < line.length; index++) {
    const char = line[index]!;
    if (char === "\\" && index + 1 < line.length) {
      current += char + line[index + 1]!;
      index++;
    } else if (char === "|") {
      cells.push(current);
      current = "";
    } else {
      current += char;
    }
  }
  cells.push(current);
  const trimmed = line.trim();
  if (trimmed.startsWith("|")) cells.shift();
  if (trimmed.endsWith("|") && !trimmed.endsWith("\\|") && cells.length > 0) cells.pop();
  return cells.map((cell) => cell.trim());
}

function isDelimiter(line: string): boolean {
  if (!line.includes("-")) return false;
  const cells = splitCells(line);
  return cells.length > 0 && cells.every((cell) => delimiterCell.test(cell));
}

/** A header cell's meaning: lower-case letters only. */
function word(cell: string): string {
  return cell.toLowerCase().replace(/[^a-z]/g, "");
}

const nameWords = new Set(["name", "field", "fieldname", "property", "propertyname", "parameter", "key", "attribute"]);
const typeWords = new Set(["type", "datatype", "fieldtype"]);

function isFieldHeader(header: readonly string[]): boolean {
  const words = header.map(word);
  return words.some((w) => nameWords.has(w)) && words.some((w) => typeWords.has(w));
}

const requiredYes = new Set([":heavy_check_mark:", ":white_check_mark:", "✔️", "✔", "✓", "✅", "yes", "y", "true", "required", "x"]);
const requiredNo = new Set([":heavy_minus_sign:", "➖", "-", "—", "", "no", "n", "false", "optional"]);

function supRequired(nameCell: string): boolean {
  return /<sup>[^<]*required[^<]*<\/sup>/i.test(nameCell);
}

/** The mark of one row (its cells already split to the header's width). */
function rowMark(cells: readonly string[], header: readonly string[], convention: NotesConvention): boolean | undefined {
  const words = header.map(word);
  const column = (name: string) => words.indexOf(name);
  const required = column("required");
  if (required >= 0) {
    const text = (cells[required] ?? "").toLowerCase().replace(/[*`]/g, "").trim();
    if (requiredYes.has(text)) return true;
    if (requiredNo.has(text)) return false;
    return undefined;
  }
  const tags = column("tags");
  if (tags >= 0) {
    const text = cells[tags] ?? "";
    if (/\brequired\b/i.test(text)) return true;
    if (/\boptional\b/i.test(text)) return false;
    return undefined;
  }
  const notes = column("notes");
  if (convention === "required-sup") return supRequired(cells[0] ?? "");
  if (notes >= 0) return !/\[optional\]/i.test(cells[notes] ?? "");
  return undefined;
}

/**
 * The rows one line holds. One, or several when whole rows run together (a template that lost its line
 * breaks): after each row's `width − 1` cells a joint cell holds the row's last cell and the next row's
 * name (`[optional] **B**`), and the last row may lack its last cell. A line with too many cells that is
 * not that holds one row whose description has an unescaped pipe: its last cells are the columns after
 * the description.
 */
function rowsOfLine(cells: readonly string[], header: readonly string[]): string[][] {
  const width = header.length;
  if (cells.length <= width) return [[...cells]];
  const rows: string[][] = [];
  let current: string[] = [cells[0]!];
  let together = width >= 3;
  for (let index = 1; index < cells.length && together; index++) {
    const cell = cells[index]!;
    if (current.length < width - 1 || index === cells.length - 1) {
      current.push(cell);
      continue;
    }
    const split = /^(.*?)\s*((?:\*\*[^*|]+\*\*|`[^`|]+`)(?:<sup>.*?<\/sup>)?)$/.exec(cell);
    if (split === null) together = false;
    else {
      current.push(split[1]!);
      rows.push(current);
      current = [split[2]!];
    }
  }
  rows.push(current);
  const last = rows[rows.length - 1]!;
  if (together && rows.length > 1 && rows.slice(0, -1).every((row) => row.length === width) && last.length >= width - 1) return rows;
  const description = header.map(word).indexOf("description");
  if (description < 0) return [[...cells]];
  const after = width - 1 - description;
  return [[...cells.slice(0, description), cells.slice(description, cells.length - after).join("|"), ...cells.slice(cells.length - after)]];
}

/** Whether a line leaves a link's `[` open: a generator broke the line inside a cell, and the next line goes on with it. */
function leavesLinkOpen(line: string): boolean {
  let open = 0;
  for (let index = 0; index < line.length; index++) {
    if (line[index] === "\\") index++;
    else if (line[index] === "[") open++;
    else if (line[index] === "]") open = Math.max(0, open - 1);
  }
  return open > 0;
}

/** Every field table of a page, line by line. */
export function auditPage(text: string, convention: NotesConvention): AuditTable[] {
  const lines = text.split(/\r\n|\r|\n/);
  const tables: AuditTable[] = [];
  let inFence: string | undefined;
  let lastHeading = "";
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index]!;
    const fenceMatch = fence.exec(line);
    if (inFence !== undefined) {
      if (fenceMatch && fenceMatch[1]![0] === inFence[0] && fenceMatch[1]!.length >= inFence.length && line.trim() === fenceMatch[1]) inFence = undefined;
      continue;
    }
    if (fenceMatch) {
      inFence = fenceMatch[1]!;
      continue;
    }
    if (heading.test(line)) lastHeading = line.replace(/^ {0,3}#+\s*/, "").replace(/\s#+\s*$/, "").trim();
    const next = lines[index + 1];
    if (!line.includes("|") || next === undefined || !isDelimiter(next)) continue;
    const header = splitCells(line);
    if (splitCells(next).length !== header.length) continue;
    const rows: AuditRow[] = [];
    const fieldTable = isFieldHeader(header) && !/^parameters$/i.test(lastHeading);
    let end = index + 2;
    for (; end < lines.length; end++) {
      let row = lines[end]!;
      if (row.trim() === "" || heading.test(row) || fence.test(row) || quote.test(row)) break;
      if (!fieldTable) continue;
      const line = end + 1;
      const next = lines[end + 1];
      if (leavesLinkOpen(row) && next !== undefined && /^[^|]*\]\(/.test(next)) {
        row = `${row}${next}`;
        end++;
      }
      for (const cells of rowsOfLine(splitCells(row), header)) {
        rows.push({ line, required: rowMark(cells, header, convention), name: cells[0] ?? "" });
      }
    }
    if (fieldTable) tables.push({ line: index + 1, header, rows });
    index = end - 1;
  }
  return tables;
}

/** A folder's convention: `required-sup` when any page marks a name `<sup>…required…</sup>`. */
export function folderConvention(texts: Iterable<string>): NotesConvention {
  for (const text of texts) if (/<sup>[^<\n]*required[^<\n]*<\/sup>/i.test(text)) return "required-sup";
  return "optional-note";
}

export interface AuditFigures {
  readonly pages: number;
  readonly tables: number;
  readonly rows: number;
  /** Rows read as fields. */
  readonly fields: number;
  /** Rows reported as errors at their line. */
  readonly errors: number;
  /** Rows neither read nor reported: silently lost. */
  readonly lost: number;
  /** Fields and errors beyond a line's rows (a row read twice, or split wrongly). */
  readonly extra: number;
  /** Rows that mark their requiredness. */
  readonly marked: number;
  /** Marked rows whose field does not state the same requiredness. */
  readonly disagreeing: number;
  /** Fields of the IR on no audited row: read from a table the audit does not take for a field table. */
  readonly unaudited: number;
  /** The first few problems, for the failure message. */
  readonly samples: readonly string[];
}

function key(file: string, line: number): string {
  return `${file}:${line}`;
}

/** Holds a variant's IR to the audit of its folder's pages. */
export async function auditFolder(folder: string, variant: Variant): Promise<AuditFigures> {
  const files = (await glob("**/*.md", { cwd: folder, ignore: ["**/node_modules/**"] })).sort();
  const texts = new Map(files.map((file) => [file, readFileSync(`${folder}/${file}`, "utf8")]));
  const convention = folderConvention(texts.values());
  const fieldsAt = new Map<string, Field[]>();
  for (const declaration of variant.declarations) {
    if (declaration.kind !== "model") continue;
    for (const field of declaration.fields) {
      const at = key(field.source.file, field.source.line);
      fieldsAt.set(at, [...(fieldsAt.get(at) ?? []), field]);
    }
  }
  const errorsAt = new Map<string, number>();
  for (const diagnostic of variant.diagnostics) {
    if (diagnostic.severity !== "error") continue;
    const at = key(diagnostic.source.file, diagnostic.source.line);
    errorsAt.set(at, (errorsAt.get(at) ?? 0) + 1);
  }
  const figures = { pages: files.length, tables: 0, rows: 0, fields: 0, errors: 0, lost: 0, extra: 0, marked: 0, disagreeing: 0, unaudited: 0 };
  const samples: string[] = [];
  const audited = new Set<string>();
  for (const [file, text] of texts) {
    const tables: AuditTable[] = auditPage(text, convention);
    figures.tables += tables.length;
    for (const table of tables) {
      const byLine = new Map<number, typeof table.rows>();
      for (const row of table.rows) byLine.set(row.line, [...(byLine.get(row.line) ?? []), row]);
      for (const [line, rows] of byLine) {
        const at = key(file, line);
        audited.add(at);
        const fields = fieldsAt.get(at) ?? [];
        const errors = errorsAt.get(at) ?? 0;
        figures.rows += rows.length;
        figures.fields += Math.min(fields.length, rows.length);
        figures.errors += Math.min(errors, Math.max(0, rows.length - fields.length));
        const accounted = fields.length + errors;
        if (accounted < rows.length) {
          figures.lost += rows.length - accounted;
          if (samples.length < 12) samples.push(`${at}: ${rows.length} row(s) (${rows.map((row) => row.name).join(", ")}), ${fields.length} field(s), ${errors} error(s)`);
        } else if (fields.length > rows.length) {
          figures.extra += fields.length - rows.length;
          if (samples.length < 12) samples.push(`${at}: ${rows.length} row(s), ${fields.length} fields`);
        }
        rows.forEach((row, index) => {
          if (row.required === undefined) return;
          figures.marked++;
          const field = fields[index];
          if (field === undefined) return;
          const stated = !(field.unstated ?? []).includes("required");
          if (!stated || field.required !== row.required) {
            figures.disagreeing++;
            if (samples.length < 12) samples.push(`${at}: ${row.name} marked ${row.required ? "required" : "optional"}, read ${stated ? (field.required ? "required" : "optional") : "unstated"}`);
          }
        });
      }
    }
  }
  for (const [at, fields] of fieldsAt) if (!audited.has(at)) figures.unaudited += fields.length;
  return { ...figures, samples };
}

