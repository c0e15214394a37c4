/**
 * A `Values` section → an enum: a `Name | Value` table (Go, C#, Python, Java, PHP, Ruby) or a code
 * block holding a literal union (TypeScript: `"a" | "b" | Unrecognized<string>`).
 *
 * Whether the enum is open: an `Unrecognized<…>` member (or row), an "Open enum" comment in the example
 * code or "open enum" in the description says it is. A page that has the place for such a marker (example code, or values written as code)
 * and no marker is read as closed, and `assemble.ts` keeps that only when the variant marks some enum
 * open (otherwise its generator may just not mark them); a page without the place leaves it unstated.
 */
import type { Code, List, Table } from "mdast";
import type { EnumDecl, EnumValue } from "../ir/types.js";
import { cellText } from "./cells.js";
import { codeIn, type DeclarationHead, type PageReader } from "./page-context.js";
import { positionOf, type HeadingNode } from "./page.js";
import { parseTypeSyntax, TypeSyntaxError, type TypeSyntax } from "./type-syntax.js";

interface ReadValues {
  readonly values: EnumValue[];
  /** The values section itself admits other values (`Unrecognized<string>`). */
  readonly open: boolean;
  /** The values were written as code, where an `Unrecognized<…>` marker would be. */
  readonly markerPlace: boolean;
}

/** A value as written: a quoted literal (`"notAvailable"`, swagger-codegen) is its text, and a string whatever it holds. */
interface Written {
  readonly text: string;
  readonly quoted: boolean;
}

function written(text: string): Written {
  const quoted = /^"(?:[^"\\]|\\.)*"$|^'[^']*'$/.exec(text.trim());
  if (quoted === null) return { text, quoted: false };
  const inner = quoted[0];
  if (inner.startsWith('"')) {
    try {
      return { text: JSON.parse(inner) as string, quoted: true };
    } catch {
      // an escape JSON does not know: the characters between the quotes
    }
  }
  return { text: inner.slice(1, -1), quoted: true };
}

/** Integer enums are written without quotes; they are numbers only when every value is an unquoted one. */
function typedValues(values: readonly (EnumValue & { quoted: boolean })[]): EnumValue[] {
  const plain = values.map(({ quoted: _quoted, ...value }) => value);
  const numeric = values.length > 0 && values.every((value) => !value.quoted && value.unstated === undefined && (typeof value.value === "number" || /^-?\d+(\.\d+)?$/.test(value.value)));
  return numeric ? plain.map((value) => ({ ...value, value: Number(value.value) })) : plain;
}

function fromTable(table: Table, reader: PageReader): { values: EnumValue[]; open: boolean } {
  const header = table.children[0]?.children.map(cellText) ?? [];
  const valueColumn = header.findIndex((cell) => cell.toLowerCase() === "value");
  const nameColumn = header.findIndex((cell) => cell.toLowerCase() === "name");
  if (valueColumn < 0 && nameColumn < 0) {
    reader.report("error", "bad-values-header", `expected a table header "Name | Value" (or "Name" alone), found "${header.join(" | ")}"`, table.children[0]);
    return { values: [], open: false };
  }
  // A table of names alone (APIMatic's enumerations) says what the constants are called, not what they send.
  const namesOnly = valueColumn < 0;
  const values: (EnumValue & { quoted: boolean })[] = [];
  let open = false;
  for (const row of table.children.slice(1)) {
    if (row.children.length > header.length) {
      reader.report("error", "bad-row", `expected ${header.length} cells in the row, found ${row.children.length}; row skipped`, row);
      continue;
    }
    const valueCell = row.children[namesOnly ? nameColumn : valueColumn];
    if (valueCell === undefined) {
      reader.report("error", "bad-row", `expected a value in column ${(namesOnly ? nameColumn : valueColumn) + 1}, found none; row skipped`, row);
      continue;
    }
    const name = nameColumn >= 0 && row.children[nameColumn] ? cellText(row.children[nameColumn]) : "";
    const value = written(cellText(valueCell));
    // `| - | \`Unrecognized<string>\` |`: a row that says the enum is open, not a value.
    if (isOpenMarker(value.text)) {
      open = true;
      continue;
    }
    values.push({ name, value: value.text, quoted: value.quoted, ...(namesOnly ? { unstated: ["value" as const] } : {}), source: positionOf(reader.id, row) });
  }
  return { values: typedValues(values), open };
}

/** A list of values (OpenAPI Generator: ``* `ALL` (value: `"all"`)``), by the format's pattern. */
function fromList(list: List, reader: PageReader): EnumValue[] | undefined {
  const pattern = reader.format.listedValues?.item;
  if (pattern === undefined) return undefined;
  const values: (EnumValue & { quoted: boolean })[] = [];
  for (const item of list.children) {
    const match = pattern.exec(reader.sourceOf(item).replace(/^[*+-]\s+/, ""));
    if (match === null) {
      reader.report("error", "bad-value", `expected a list item naming a constant and its value (\`NAME\` (value: \`"value"\`)), found "${reader.sourceOf(item)}"; skipped`, item);
      continue;
    }
    const value = written(match[2]!);
    values.push({ name: match[1]!, value: value.text, quoted: value.quoted, source: positionOf(reader.id, item) });
  }
  return typedValues(values);
}

/** `Unrecognized<string>`: how TypeScript SDKs write that an enum takes values it does not list. */
function isOpenMarker(text: string): boolean {
  return /^Unrecognized<.*>$/.test(text.trim());
}

function fromCode(code: Code, reader: PageReader): ReadValues {
  let syntax: TypeSyntax;
  try {
    syntax = parseTypeSyntax([{ kind: "text", text: code.value }]).syntax;
  } catch (error) {
    if (!(error instanceof TypeSyntaxError)) throw error;
    reader.report("error", "bad-values", `cannot read the enum values: ${error.message}`, code);
    return { values: [], open: false, markerPlace: true };
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
      reader.report("error", "bad-values", "expected string or number literals separated by |, found another type (skipped)", code);
    }
  }
  return { values, open, markerPlace: true };
}

function readValues(section: HeadingNode, reader: PageReader): ReadValues {
  for (const node of section.content) {
    if (node.type === "table") return { ...fromTable(node, reader), markerPlace: false };
    if (node.type === "code") return fromCode(node, reader);
    const listed = node.type === "list" ? fromList(node, reader) : undefined;
    if (listed !== undefined) return { values: listed, open: false, markerPlace: false };
  }
  reader.report("error", "missing-values", "expected a `Name | Value` table or a code block of literals under `## Values`, found neither", section.heading);
  return { values: [], open: false, markerPlace: false };
}

/** The example code of the block the enum is documented in. */
function exampleCode(block: HeadingNode, reader: PageReader): string | undefined {
  const examples = block.children.filter((child) => reader.sectionKind(child.title) === "ignored");
  const code = examples.map((example) => codeIn(example.nodes)).join("\n");
  return code.trim() === "" ? undefined : code;
}

/** Reads a `Values` section. */
export function readEnum(head: DeclarationHead, section: HeadingNode, block: HeadingNode, reader: PageReader): EnumDecl {
  const read = readValues(section, reader);
  const example = exampleCode(block, reader);
  // The marker is in the example code ("// Open enum: …"), or in the description ("This is an open enum.").
  const marked = read.open || /Open enum|Unrecognized</.test(example ?? "") || /\bopen enum\b/i.test(head.description);
  const markerPlace = read.markerPlace || example !== undefined;
  if (marked) return { ...head, kind: "enum", values: read.values, open: true };
  if (markerPlace) return { ...head, kind: "enum", values: read.values, open: false };
  return { ...head, kind: "enum", values: read.values, open: true, unstated: ["open"] };
}
