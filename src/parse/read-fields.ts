/** The `## Fields` table of a model page → IR fields. */
import type { Table, TableCell } from "mdast";
import { toString } from "mdast-util-to-string";
import { canonicalFieldName } from "../ir/naming.js";
import type { Field } from "../ir/types.js";
import { cellSegments, cellText } from "./cells.js";
import type { PageReader } from "./page-reader.js";
import { positionOf } from "./page.js";
import { readType } from "./type-reader.js";
import { parseTypeSyntax, TypeSyntaxError } from "./type-syntax.js";

const expectedHeader = ["Field", "Type", "Required", "Description"];

const requiredMarks: Readonly<Record<string, boolean>> = {
  ":heavy_check_mark:": true,
  ":heavy_minus_sign:": false,
  "✔️": true,
  "➖": false,
};

/** `N/A` is how the generators say "no description". */
export function descriptionText(cell: TableCell | undefined): string {
  const text = cell ? toString(cell).trim() : "";
  return text === "N/A" ? "" : text;
}

function isDeprecated(description: string): boolean {
  return /:warning:\s*\*{0,2}DEPRECATED|@deprecated|^deprecated\b/i.test(description);
}

/** Finds the columns by header name, so a page that reorders them still reads right. */
function columnIndexes(table: Table, reader: PageReader): number[] | undefined {
  const header = table.children[0]?.children.map(cellText) ?? [];
  const indexes = expectedHeader.map((name) => header.findIndex((cell) => cell.toLowerCase() === name.toLowerCase()));
  if (indexes.slice(0, 3).some((index) => index < 0)) {
    reader.report("error", "bad-fields-header", `expected a table header "${expectedHeader.join(" | ")}", found "${header.join(" | ")}"`, table.children[0]);
    return undefined;
  }
  return indexes;
}

/** The fields of the table, or undefined when it is not a fields table at all (wrong header). */
export function readFields(table: Table, reader: PageReader): Field[] | undefined {
  const indexes = columnIndexes(table, reader);
  if (!indexes) return undefined;
  const [nameColumn, typeColumn, requiredColumn, descriptionColumn] = indexes as [number, number, number, number];
  const fields: Field[] = [];
  for (const row of table.children.slice(1)) {
    const width = table.children[0]!.children.length;
    if (row.children.length !== width) {
      const hint = row.children.length > width ? ' (an unescaped "|"?)' : "";
      reader.report("error", "bad-row", `expected ${width} cells in the row, found ${row.children.length}${hint}`, row);
      continue;
    }
    const nameCell = row.children[nameColumn]!;
    const typeCell = row.children[typeColumn]!;
    const requiredCell = row.children[requiredColumn]!;
    const name = cellText(nameCell);
    if (name === "") {
      reader.report("error", "empty-field-name", "expected a field name, found an empty cell", nameCell);
      continue;
    }
    const requiredText = cellText(requiredCell);
    const required = requiredMarks[requiredText];
    if (required === undefined) {
      reader.report("error", "bad-required", `expected :heavy_check_mark: or :heavy_minus_sign:, found "${requiredText}"`, requiredCell);
    }
    const description = descriptionText(descriptionColumn >= 0 ? row.children[descriptionColumn] : undefined);
    const typeText = reader.sourceOf(typeCell);
    let field: Field = {
      name,
      canonicalName: canonicalFieldName(name),
      type: { kind: "unknown", written: typeText },
      typeText,
      required: required ?? false,
      nullable: false,
      deprecated: isDeprecated(description),
      description,
      source: positionOf(reader.id, row),
    };
    try {
      const read = readType(parseTypeSyntax(cellSegments(typeCell)), reader.spec, reader.id);
      for (const unknown of read.unknownNames) {
        reader.report("error", "unknown-type", `expected a ${reader.spec.dialect} type or a link to a model page, found "${unknown}" in "${typeText}"`, typeCell);
      }
      field = { ...field, type: read.type, nullable: read.nullableMarker };
    } catch (error) {
      if (!(error instanceof TypeSyntaxError)) throw error;
      reader.report("error", "bad-type", `cannot read type "${typeText}": ${error.message}`, typeCell);
    }
    fields.push(field);
  }
  return fields;
}
