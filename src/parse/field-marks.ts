/**
 * What a row's marks say of its field, by the format's list (`formats/format.ts` `FieldMark`): a mark in
 * the notes (`[optional]`, `[readonly]`, `[default to X]`), in the tags (`Required`), or on the name
 * (`<sup>*_required_</sup>`). A requiredness mark that the variant uses speaks by its absence too: where
 * OpenAPI Generator writes `[optional]`, a field without it is required. Where the variant uses two such
 * marks of opposite meaning, a row with neither says nothing.
 */
import type { FieldMark, FormatSpec } from "./formats/index.js";
import type { MarkUse } from "./page-context.js";

export interface RowMarks {
  /** What the marks say of requiredness: by a mark on the row, or by an in-use mark's absence; undefined when nothing. */
  readonly required: boolean | undefined;
  /** Whether the variant writes requiredness marks at all (then a type's wrapper does not decide it). */
  readonly decided: boolean;
  readonly readOnly: boolean;
  /** A default value a mark gives (a format's "no default" placeholder is none). */
  readonly default: string | undefined;
  /** Whether a mark was found in the description (then the description's text is read without it). */
  readonly inDescription: boolean;
}

/** A row's cells, as text: the name and description cells as written (their markup is where marks are), notes and tags flattened. */
export interface MarkedCells {
  readonly name: string;
  readonly notes: string | undefined;
  readonly tags: string | undefined;
  readonly description?: string | undefined;
}

function cellOf(cells: MarkedCells, mark: FieldMark): string | undefined {
  return cells[mark.where];
}

/** The ids of the marks whose absence can speak, that a row's cells carry. */
export function absenceMarksIn(cells: Omit<MarkedCells, "description">, format: FormatSpec): string[] {
  return format.marks.filter((mark) => mark.absenceSays !== undefined && mark.pattern.test(cellOf(cells, mark) ?? "")).map((mark) => mark.id);
}

export function rowMarks(cells: MarkedCells, format: FormatSpec, use: MarkUse): RowMarks {
  let required: boolean | undefined;
  let readOnly = false;
  let defaultValue: string | undefined;
  let inDescription = false;
  const absent: FieldMark[] = [];
  for (const mark of format.marks) {
    const text = cellOf(cells, mark);
    const match = text === undefined ? null : mark.pattern.exec(text);
    if (match === null) {
      if (mark.absenceSays !== undefined && use.inUse.has(mark.id)) absent.push(mark);
      continue;
    }
    if (mark.where === "description") inDescription = true;
    if (mark.says === "required") required = true;
    else if (mark.says === "optional") required ??= false;
    else if (mark.says === "read-only") readOnly = true;
    else if (mark.says === "default") {
      const value = (match[1] ?? "").trim();
      if (value !== "" && !(format.noDefault ?? []).includes(value)) defaultValue = value;
    }
  }
  if (required === undefined && format.marks.some((mark) => mark.absenceSays !== undefined)) {
    use.consulted = true;
    const sayings = new Set(absent.map((mark) => mark.absenceSays));
    if (sayings.size === 1) required = absent[0]!.absenceSays;
  }
  return { required, decided: use.inUse.size > 0, readOnly, default: defaultValue, inDescription };
}
