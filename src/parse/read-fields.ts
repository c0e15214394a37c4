/**
 * A `Fields` section → a model. The table's columns are found by what their headers mean
 * (`columns.ts`); what each field's type cell says of optionality and nullability is combined with the
 * `Required` column by the dialect's rules, and a fact the docs cannot state is left `unstated`.
 */
import type { Table, TableCell, TableRow } from "mdast";
import { toString } from "mdast-util-to-string";
import { canonicalFieldName } from "../ir/naming.js";
import type { Field, ModelDecl } from "../ir/types.js";
import { cellText, isStruckThrough, multilineText } from "./cells.js";
import { isFieldsTable, tableColumns, type Columns } from "./columns.js";
import type { DeclarationHead, PageReader } from "./page-context.js";
import { positionOf, type HeadingNode } from "./page.js";
import { readType, type ReadType } from "./type-reader.js";
import { TypeSyntaxError } from "./type-syntax.js";
import { own } from "./own.js";

/** What a `Required` cell may say, lower-cased. */
const requiredMarks: Readonly<Record<string, boolean>> = {
  ":heavy_check_mark:": true,
  ":white_check_mark:": true,
  "✔️": true,
  "✔": true,
  "✓": true,
  "✅": true,
  yes: true,
  y: true,
  true: true,
  required: true,
  x: true,
  ":heavy_minus_sign:": false,
  "➖": false,
  "-": false,
  "—": false,
  "": false,
  no: false,
  n: false,
  false: false,
  optional: false,
};

/** `N/A` is how the generators say "no description". */
export function descriptionText(cell: TableCell | undefined): string {
  const text = cell ? toString(cell).trim() : "";
  return text === "N/A" ? "" : text;
}

/** `:warning: **DEPRECATED**: …` (written `: warning: ** DEPRECATED **` by some generators), `@deprecated`, or a sentence starting "Deprecated". */
function markedDeprecated(description: string): boolean {
  return /\bDEPRECATED\b|@deprecated\b/.test(description) || /^deprecated\b/i.test(description);
}

/** The table of a `Fields` section, or a diagnostic saying why there is none. */
function fieldsTable(section: HeadingNode, reader: PageReader): Table | undefined {
  const tables = section.content.filter((node): node is Table => node.type === "table");
  for (const extra of tables.slice(1)) {
    reader.report("error", "repeated-table", `expected one table under "${section.title}", found another; it is skipped`, extra);
  }
  if (tables[0] !== undefined) return tables[0];
  // An unclosed code fence swallows everything after it, a table included.
  const fence = section.content.find((node) => node.type === "code" && /^\s*\|.*\|\s*$/m.test(node.value));
  const hint = fence ? ` (the code block at line ${fence.position?.start.line ?? "?"} holds table rows: is a fence left open?)` : "";
  reader.report("error", "missing-fields-table", `expected a \`Field | Type | Required | Description\` table under "${section.title}", found none${hint}`, section.heading);
  return undefined;
}

/** Reads a `Fields` section. */
export function readModel(head: DeclarationHead, section: HeadingNode, _block: HeadingNode, reader: PageReader): ModelDecl {
  const table = fieldsTable(section, reader);
  return { ...head, kind: "model", fields: table ? readFields(table, reader) : [] };
}

/** The fields of a table (none when it is not a fields table at all). */
export function readFields(table: Table, reader: PageReader): Field[] {
  const columns = tableColumns(table);
  if (!isFieldsTable(columns)) {
    reader.report("error", "bad-fields-header", `expected a table header naming a field column (Field or Name) and a Type column, found "${columns.headers.join(" | ")}"`, table.children[0]);
    return [];
  }
  for (const { header, index } of columns.unknown) {
    reader.report("warning", "unknown-column", `expected a column among Field, Type, Required, Description, Example, Default, found "${header}" (column ${index + 1}, skipped)`, table.children[0]?.children[index]);
  }
  const fields: Field[] = [];
  const width = columns.headers.length;
  for (const row of table.children.slice(1)) {
    if (row.children.length !== width) {
      const hint = row.children.length > width ? ' (an unescaped "|"?)' : "";
      reader.report("error", "bad-row", `expected ${width} cells in the row, found ${row.children.length}${hint}; row skipped`, row);
      continue;
    }
    const field = readField(row, columns, reader);
    if (field !== undefined) fields.push(field);
  }
  return fields;
}

function readField(row: TableRow, columns: Columns, reader: PageReader): Field | undefined {
  const { roles } = columns;
  const cell = (index: number | undefined) => (index === undefined ? undefined : row.children[index]);
  const nameCell = cell(roles.name)!;
  const name = nameCell ? cellText(nameCell) : "";
  if (name === "") {
    reader.report("error", "empty-field-name", "expected a field name, found an empty cell; row skipped", nameCell ?? row);
    return undefined;
  }
  const typeCell = cell(roles.type);
  const typeText = typeCell ? reader.sourceOf(typeCell) : "";
  const read = typeCell ? readTypeCell(typeCell, typeText, reader) : undefined;
  const description = descriptionText(cell(roles.description));
  const example = cell(roles.example);
  const defaultCell = cell(roles.default);
  const exampleText = example ? multilineText(example) : "";
  const defaultText = defaultCell ? multilineText(defaultCell) : "";
  const facts = fieldFacts(cell(roles.required), roles.required !== undefined, read, reader);
  const alias = own(reader.spec.fieldAliases, name);
  return {
    name,
    canonicalName: canonicalFieldName(alias ?? name),
    type: read?.type ?? { kind: "unknown", written: typeText },
    typeText,
    ...facts,
    deprecated: isStruckThrough(nameCell) || markedDeprecated(description),
    description,
    ...(exampleText !== "" ? { example: exampleText } : {}),
    ...(defaultText !== "" ? { default: defaultText } : {}),
    source: positionOf(reader.id, row),
  };
}

/** The type cell read, or undefined (with a diagnostic) when it cannot be. */
function readTypeCell(typeCell: TableCell, typeText: string, reader: PageReader): ReadType | undefined {
  const parsed = reader.parsedType(typeCell);
  if (parsed instanceof TypeSyntaxError) {
    reader.report("warning", "bad-type", `cannot read type "${typeText}": ${parsed.message}; typed as unknown`, typeCell);
    return undefined;
  }
  const read = readType(parsed.syntax, reader.spec, reader.id);
  for (const unknown of read.unknownNames) {
    reader.report("warning", "unknown-type", `expected a ${reader.spec.dialect} type or a link to a model page, found "${unknown}" in "${typeText}"; typed as unknown`, typeCell);
  }
  return read;
}

/**
 * Whether the field must be present and may be null, and which of the two the docs leave unsaid. The
 * `Required` column says the first; without one the type's own notation does (`Optional[T]`), when it
 * has a marker. Null is stated by a nullable marker, by a nilable one on a required field, and, in a
 * dialect whose notation is exact about null, by the absence of either.
 */
function fieldFacts(requiredCell: TableCell | undefined, hasColumn: boolean, read: ReadType | undefined, reader: PageReader): Pick<Field, "required" | "nullable" | "unstated" | "weak"> {
  let required: boolean | undefined;
  if (hasColumn) {
    const text = requiredCell ? cellText(requiredCell) : "";
    required = own(requiredMarks, text.toLowerCase());
    if (required === undefined) {
      reader.report("warning", "bad-required", `expected :heavy_check_mark: or :heavy_minus_sign:, found "${text}"; read as optional`, requiredCell);
    }
  } else if (read?.optionalMarker === true) {
    required = false;
  }
  let nullable: boolean | undefined;
  if (read?.nullableMarker === true || (read?.nilableMarker === true && required === true)) nullable = true;
  else if (read !== undefined && reader.spec.nullability === "exact") nullable = false;
  const unstated = [...(required === undefined ? ["required" as const] : []), ...(nullable === undefined ? ["nullable" as const] : [])];
  // A loose mark (C#'s `int?`) says null weakly, unless the notation also says it another way.
  const weak = nullable === true && read?.nullWeak === true && !(read.nilableMarker && required === true) ? { weak: ["nullable" as const] } : {};
  return { required: required ?? false, nullable: nullable ?? false, ...(unstated.length > 0 ? { unstated } : {}), ...weak };
}

