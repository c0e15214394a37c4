/**
 * The `## Values` section of an enum page: a `Name | Value` table (Go, C#, Python, Java) or a code
 * block holding a literal union (TypeScript: `"a" | "b" | Unrecognized<string>`).
 */
import type { Code, Table } from "mdast";
import type { EnumValue } from "../ir/types.js";
import { cellText } from "./cells.js";
import type { PageReader } from "./page-reader.js";
import type { Section } from "./page.js";
import { positionOf } from "./page.js";
import { parseTypeSyntax, TypeSyntaxError, type TypeSyntax } from "./type-syntax.js";

export interface ReadValues {
  readonly values: EnumValue[];
  /** The values section itself admits other values (`Unrecognized<string>`). */
  readonly open: boolean;
}

/** Integer enums are written without quotes; they are numbers only when every value is one. */
function typedValues(values: EnumValue[]): EnumValue[] {
  const numeric = values.length > 0 && values.every((value) => typeof value.value === "number" || /^-?\d+(\.\d+)?$/.test(value.value));
  return numeric ? values.map((value) => ({ ...value, value: Number(value.value) })) : values;
}

function fromTable(table: Table, reader: PageReader): EnumValue[] {
  const header = table.children[0]?.children.map(cellText) ?? [];
  const valueColumn = header.findIndex((cell) => cell.toLowerCase() === "value");
  const nameColumn = header.findIndex((cell) => cell.toLowerCase() === "name");
  if (valueColumn < 0) {
    reader.report("error", "bad-values-header", `expected a table header "Name | Value", found "${header.join(" | ")}"`, table.children[0]);
    return [];
  }
  const values: EnumValue[] = [];
  for (const row of table.children.slice(1)) {
    if (row.children.length !== header.length) {
      reader.report("error", "bad-row", `expected ${header.length} cells in the row, found ${row.children.length}`, row);
      continue;
    }
    const name = nameColumn >= 0 ? cellText(row.children[nameColumn]!) : "";
    values.push({ name, value: cellText(row.children[valueColumn]!), source: positionOf(reader.id, row) });
  }
  return typedValues(values);
}

function fromCode(code: Code, reader: PageReader): ReadValues {
  let syntax: TypeSyntax;
  try {
    syntax = parseTypeSyntax([{ kind: "text", text: code.value }]);
  } catch (error) {
    if (!(error instanceof TypeSyntaxError)) throw error;
    reader.report("error", "bad-values", `cannot read the enum values: ${error.message}`, code);
    return { values: [], open: false };
  }
  const members = syntax.kind === "union" ? syntax.members : [syntax];
  const values: EnumValue[] = [];
  let open = false;
  for (const member of members) {
    if (member.kind === "literal" && (typeof member.value === "string" || typeof member.value === "number")) {
      values.push({ name: "", value: member.value, source: positionOf(reader.id, code) });
    } else if (member.kind === "name" && member.name === "Unrecognized") {
      open = true;
    } else {
      reader.report("error", "bad-values", "expected string or number literals separated by |, found another type", code);
    }
  }
  return { values, open };
}

export function readEnumValues(section: Section, reader: PageReader): ReadValues {
  for (const node of section.nodes) {
    if (node.type === "table") return { values: fromTable(node, reader), open: false };
    if (node.type === "code") return fromCode(node, reader);
  }
  reader.report("error", "missing-values", "expected a `Name | Value` table or a code block of literals under `## Values`, found neither", section.heading);
  return { values: [], open: false };
}
