/**
 * A `Fields` section → a model. The table's columns are found by what their headers mean in the page's
 * format (`columns.ts`), its rows by what its lines hold (`table-rows.ts`); what each field's type cell
 * says of optionality and nullability is combined with the `Required` column or the format's marks
 * (`field-marks.ts`) by the dialect's rules, and a fact the docs cannot state is left `unstated`.
 */
import type { PhrasingContent, Table, TableCell } from "mdast";
import { toString } from "mdast-util-to-string";
import { canonicalFieldName } from "../ir/naming.js";
import type { Field, ModelDecl, TypeExpr, UnionDecl } from "../ir/types.js";
import { cellText, isStruckThrough, multilineText, nameCellText } from "./cells.js";
import { isFieldsTable, tableColumns, type ColumnRole, type Columns } from "./columns.js";
import type { DeclarationHead, PageReader } from "./page-context.js";
import { positionOf, type HeadingNode } from "./page.js";
import { parseMarkdown } from "./markdown.js";
import { fieldRows, type FieldRow } from "./table-rows.js";
import { readType, type ReadType } from "./type-reader.js";
import { TypeSyntaxError } from "./type-syntax.js";
import { own } from "./own.js";
import { rowMarks, type RowMarks } from "./field-marks.js";

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

/** A description's text without the format's marks in it (APIMatic's `**Default**: \`true\`` at its end). */
function withoutMarks(cell: TableCell | undefined, reader: PageReader): string {
  const source = cell === undefined ? "" : reader.sourceOf(cell);
  const rest = reader.format.marks.filter((mark) => mark.where === "description").reduce((text, mark) => text.replace(mark.pattern, ""), source);
  const paragraph = parseMarkdown(rest).children[0];
  return paragraph === undefined ? "" : descriptionText({ type: "tableCell", children: "children" in paragraph ? (paragraph.children as PhrasingContent[]) : [] });
}

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

/** Reads a `Fields` section (a model; or, where the format's empty table says nothing, a type of no documented members). */
export function readModel(head: DeclarationHead, section: HeadingNode, _block: HeadingNode, reader: PageReader): ModelDecl | UnionDecl {
  const table = fieldsTable(section, reader);
  if (table !== undefined && table.children.length === 1 && reader.format.emptyTable === "unstated") {
    reader.report("warning", "undocumented-type", `expected rows in the table of "${head.name}", found none: the generator writes an enum or a free-form type so; read as a type with no documented members`, table);
    return { ...head, kind: "union", members: [], unstated: ["members"] };
  }
  return { ...head, kind: "model", fields: table ? readFields(table, reader) : [] };
}

/** The columns a format reads, as the unknown-column message lists them. */
const roleNames: Readonly<Record<ColumnRole, string>> = {
  name: "Field",
  type: "Type",
  required: "Required",
  description: "Description",
  example: "Example",
  default: "Default",
  notes: "Notes",
  tags: "Tags",
  ignored: "",
};

/** The fields of a table (none when it is not a fields table at all). */
export function readFields(table: Table, reader: PageReader): Field[] {
  const columns = tableColumns(table, reader.format.columns);
  if (!isFieldsTable(columns)) {
    reader.report("error", "bad-fields-header", `expected a table header naming a field column (Field or Name) and a Type column, found "${columns.headers.join(" | ")}"`, table.children[0]);
    return [];
  }
  for (const { header, index } of columns.unknown) {
    const known = [...new Set(["name", "type", "required", "description", "example", "default", ...Object.values(reader.format.columns)] as ColumnRole[])].map((role) => roleNames[role]).filter(Boolean);
    reader.report("warning", "unknown-column", `expected a column among ${known.join(", ")}, found "${header}" (column ${index + 1}, skipped)`, table.children[0]?.children[index]);
  }
  const fields: Field[] = [];
  for (const row of fieldRows(table, columns, reader, (role, text) => cellFits(role, text, reader))) {
    const field = readField(row, columns, reader);
    if (field !== undefined) fields.push(field);
  }
  return fields;
}

/** Whether a cell's text can be one of a column of this role (a notes cell holds only the format's notes). */
function cellFits(role: string, text: string, reader: PageReader): boolean {
  if (role === "notes" || role === "tags") {
    const where = role;
    const rest = reader.format.marks.filter((mark) => mark.where === where).reduce((left, mark) => left.replace(new RegExp(mark.pattern.source, mark.pattern.flags.replace("g", "") + "g"), ""), text);
    return /^[\s,]*$/.test(rest);
  }
  if (role === "required") return own(requiredMarks, text.toLowerCase().replace(/[*`]/g, "").trim()) !== undefined;
  return role === "description" || role === "example" || role === "default" || role === "ignored";
}

/** A field name as written: letters, digits and the punctuation names carry, never a link or a sentence. */
function looksLikeName(name: string): boolean {
  return !/\]\(|\s{2,}|\|/.test(name) && name.length <= 200;
}

function readField(row: FieldRow, columns: Columns, reader: PageReader): Field | undefined {
  const { roles } = columns;
  const cell = (index: number | undefined) => (index === undefined ? undefined : row.cells[index]);
  const nameCell = cell(roles.name);
  const name = nameCell ? nameCellText(nameCell) : "";
  if (name === "") {
    reader.report("error", "empty-field-name", "expected a field name, found an empty cell; row skipped", nameCell ?? row.at);
    return undefined;
  }
  if (!looksLikeName(name) || (nameCell !== undefined && hasLink(nameCell))) {
    reader.report("error", "bad-field-name", `expected a field name, found "${name}"; row skipped`, nameCell ?? row.at);
    return undefined;
  }
  const typeCell = cell(roles.type);
  const typeText = typeCell ? reader.sourceOf(typeCell) : "";
  const read = typeCell ? readTypeCell(typeCell, typeText, reader) : undefined;
  const descriptionCell = cell(roles.description);
  const example = cell(roles.example);
  const defaultCell = cell(roles.default);
  const exampleText = example ? multilineText(example) : "";
  const marks = rowMarks(
    { name: nameCell ? reader.sourceOf(nameCell) : "", notes: textOf(cell(roles.notes)), tags: textOf(cell(roles.tags)), description: descriptionCell ? reader.sourceOf(descriptionCell) : undefined },
    reader.format,
    reader.marks,
  );
  const description = marks.inDescription ? withoutMarks(descriptionCell, reader) : descriptionText(descriptionCell);
  const defaultText = defaultCell ? multilineText(defaultCell) : (marks.default ?? "");
  const facts = fieldFacts(row, cell(roles.required), roles.required !== undefined, marks, read, reader);
  const type = inlineEnum(read?.type, description, reader) ?? read?.type ?? { kind: "unknown", written: typeText };
  const alias = own(reader.spec.fieldAliases, name);
  if (typeCell === undefined || typeText === "") {
    reader.report("warning", "missing-type", `expected a type for "${name}", found an empty cell; typed as unknown`, typeCell ?? row.at);
  }
  return {
    name,
    canonicalName: canonicalFieldName(alias ?? name),
    type,
    typeText,
    ...facts,
    deprecated: (nameCell !== undefined && isStruckThrough(nameCell)) || markedDeprecated(description),
    description,
    ...(exampleText !== "" ? { example: exampleText } : {}),
    ...(defaultText !== "" ? { default: defaultText } : {}),
    ...(marks.readOnly ? { readOnly: true as const } : {}),
    source: positionOf(reader.id, row.at),
  };
}

/**
 * A type the format declares inline, its values listed in the description (`(enum: a, b)`): a name with
 * no link, which no page documents, is read as the union of those values.
 */
function inlineEnum(type: TypeExpr | undefined, description: string, reader: PageReader): TypeExpr | undefined {
  const pattern = reader.format.inlineEnumValues;
  const listed = pattern === undefined ? undefined : pattern.exec(description)?.[1];
  if (listed === undefined || type?.kind !== "ref" || type.target !== "") return undefined;
  const values = listed.split(",").map((value) => value.trim()).filter(Boolean);
  return values.length === 0 ? undefined : { kind: "union", members: values.map((value) => ({ kind: "literal", value })) };
}

/** Whether a cell holds a link: a name never does, a line of links after a table does (`[[Back to Model list]](…)`). */
function hasLink(cell: TableCell): boolean {
  const visit = (nodes: readonly PhrasingContent[]): boolean => nodes.some((node) => node.type === "link" || node.type === "linkReference" || ("children" in node && visit(node.children as PhrasingContent[])));
  return visit(cell.children);
}

function textOf(cell: TableCell | undefined): string | undefined {
  return cell === undefined ? undefined : cellText(cell);
}

/** The type cell read, or undefined (with a diagnostic) when it cannot be. */
function readTypeCell(typeCell: TableCell, typeText: string, reader: PageReader): ReadType | undefined {
  if (typeText === "") return undefined;
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
 * `Required` column says the first; else the format's marks (`[optional]`, `Required`, or a mark's
 * absence where the variant uses it); else the type's own notation does (`Optional[T]`), when it has a
 * marker. Null is stated by a nullable marker, by a nilable one on a required field, and, in a dialect
 * whose notation is exact about null, by the absence of either.
 */
function fieldFacts(row: FieldRow, requiredCell: TableCell | undefined, hasColumn: boolean, marks: RowMarks, read: ReadType | undefined, reader: PageReader): Pick<Field, "required" | "nullable" | "unstated" | "weak"> {
  let required: boolean | undefined;
  if (hasColumn && requiredCell === undefined) {
    reader.report("warning", "bad-required", "expected :heavy_check_mark: or :heavy_minus_sign:, found no cell; left unstated", row.at);
  } else if (hasColumn) {
    const text = cellText(requiredCell!);
    required = own(requiredMarks, text.toLowerCase());
    if (required === undefined) {
      reader.report("warning", "bad-required", `expected :heavy_check_mark: or :heavy_minus_sign:, found "${text}"; left unstated`, requiredCell);
    }
  } else if (marks.required !== undefined) {
    required = marks.required;
  } else if (!marks.decided && read?.optionalMarker === true) {
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
