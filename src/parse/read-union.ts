/**
 * A union section → a union: APIMatic's `## Cases` with a table whose `Type` column holds a member a
 * row, or Speakeasy's `## Supported Types` with one `### ` heading per member. Each generator says the
 * member's type differently under a heading, and the first of these that says it is read:
 * - the example code, where the dialect says where it writes the type (`unionMemberCode`): Go's
 *   constructor argument (`shared.CreateXStr(string{…})`) under an empty or label heading, PHP's
 *   `@var array<string, mixed>` under a heading that says only `array`;
 * - the heading, when it is the type in backticks (``### `str` ``: Python, TypeScript, PHP);
 * - the heading as a label (C#: `### Str`, `### MapOfAny`, `### UcMetadata1`).
 */
import type { Heading, Table, TableCell } from "mdast";
import type { TypeExpr, UnionDecl, UnionMember } from "../ir/types.js";
import { cellText } from "./cells.js";
import { tableColumns } from "./columns.js";
import { MAX_UNION_MEMBERS } from "./limits.js";
import { codeIn, type DeclarationHead, type PageReader } from "./page-context.js";
import { positionOf, type HeadingNode } from "./page.js";
import { readType } from "./type-reader.js";
import { parseTypeSyntax, TypeSyntaxError, type ParsedType } from "./type-syntax.js";
import { own } from "./own.js";

/** Speakeasy's member labels that name a scalar rather than a model (C# writes `### Str`, `### Bigint`). */
const labelTypes: Readonly<Record<string, TypeExpr>> = {
  Str: { kind: "primitive", name: "string" },
  String: { kind: "primitive", name: "string" },
  Number: { kind: "primitive", name: "number" },
  Integer: { kind: "primitive", name: "integer" },
  Bigint: { kind: "primitive", name: "integer" },
  Boolean: { kind: "primitive", name: "boolean" },
  DateTime: { kind: "primitive", name: "date-time" },
  MapOfAny: { kind: "map", values: { kind: "any" } },
  Any: { kind: "any" },
};

/** Speakeasy spells out digits in type names: a union member `5` is the model `Five`. */
const digitNames = ["Zero", "One", "Two", "Three", "Four", "Five", "Six", "Seven", "Eight", "Nine"];

function fromLabel(label: string): TypeExpr {
  const known = own(labelTypes, label);
  if (known) return known;
  const arrayOf = /^ArrayOf(.+)$/.exec(label);
  if (arrayOf) return { kind: "array", items: fromLabel(arrayOf[1]!) };
  const mapOf = /^MapOf(.+)$/.exec(label);
  if (mapOf) return { kind: "map", values: fromLabel(mapOf[1]!) };
  const written = /^\d+$/.test(label) ? [...label].map((digit) => digitNames[Number(digit)]).join("") : label;
  return { kind: "ref", target: "", written };
}

function readMemberType(parsed: ParsedType | TypeSyntaxError, text: string, heading: Heading | TableCell, reader: PageReader): TypeExpr {
  if (parsed instanceof TypeSyntaxError) {
    reader.report("warning", "bad-type", `cannot read union member "${text}": ${parsed.message}; typed as unknown`, heading);
    return { kind: "unknown", written: text };
  }
  const read = readType(parsed.syntax, reader.spec, reader.id);
  for (const unknown of read.unknownNames) {
    reader.report("warning", "unknown-type", `expected a ${reader.spec.dialect} type, found "${unknown}" in union member "${text}"; typed as unknown`, heading);
  }
  // A nullable member (`null`, `None`) is a member of its own in a union.
  if (read.nullableMarker && !read.optionalMarker) return { kind: "union", members: [read.type, { kind: "literal", value: null }] };
  return read.type;
}

function parseText(text: string): ParsedType | TypeSyntaxError {
  try {
    return parseTypeSyntax([{ kind: "text", text }]);
  } catch (error) {
    if (error instanceof TypeSyntaxError) return error;
    throw error;
  }
}

function readMember(member: HeadingNode, reader: PageReader): UnionMember | undefined {
  const { heading, title: label } = member;
  const source = positionOf(reader.id, heading);
  const inCode = reader.spec.unionMemberCode?.exec(codeIn(member.content))?.[1];
  if (inCode !== undefined) return { label, type: readMemberType(parseText(inCode), inCode, heading, reader), source };
  const headingCode = heading.children.length === 1 && heading.children[0]?.type === "inlineCode";
  if (headingCode) return { label, type: readMemberType(reader.parsedType(heading), label, heading, reader), source };
  if (label !== "") return { label, type: fromLabel(label), source };
  reader.report("error", "bad-union-member", "expected a member type in the heading or its code block, found neither; member skipped", heading);
  return undefined;
}

/** A union's members as a table's `Type` column (APIMatic's `## Cases`), one member a row. */
function membersFromTable(table: Table, reader: PageReader): UnionMember[] {
  const column = tableColumns(table, reader.format.columns).roles.type;
  const members: UnionMember[] = [];
  if (column === undefined) {
    reader.report("error", "bad-cases-header", `expected a table header with a Type column, found "${table.children[0]?.children.map(cellText).join(" | ") ?? ""}"`, table.children[0]);
    return members;
  }
  for (const row of table.children.slice(1)) {
    const cell = row.children[column];
    const text = cell ? reader.sourceOf(cell) : "";
    if (cell === undefined || text === "") {
      reader.report("error", "bad-union-member", "expected a member type in the Type column, found an empty cell; member skipped", row);
      continue;
    }
    if (members.length === MAX_UNION_MEMBERS) {
      reader.report("error", "union-too-wide", `expected at most ${MAX_UNION_MEMBERS} members, found more; the rest are skipped`, row);
      break;
    }
    members.push({ label: cellText(cell), type: readMemberType(reader.parsedType(cell), text, cell, reader), source: positionOf(reader.id, row) });
  }
  return members;
}

/** Reads a `Supported Types` section (a heading per member) or a `Cases` section (a table of member types). */
export function readUnion(head: DeclarationHead, section: HeadingNode, _block: HeadingNode, reader: PageReader): UnionDecl {
  const table = section.children.length === 0 ? section.content.find((node): node is Table => node.type === "table") : undefined;
  if (table !== undefined) {
    const members = membersFromTable(table, reader);
    return members.length === 0 ? { ...head, kind: "union", members, unstated: ["members"] } : { ...head, kind: "union", members };
  }
  const members: UnionMember[] = [];
  for (const child of section.children) {
    if (members.length === MAX_UNION_MEMBERS) {
      reader.report("error", "union-too-wide", `expected at most ${MAX_UNION_MEMBERS} members, found more; the rest are skipped and the union typed as unknown`, child.heading);
      return { ...head, kind: "union", members: [], unstated: ["members"] };
    }
    const member = readMember(child, reader);
    if (member) members.push(member);
  }
  if (members.length === 0) {
    reader.report("warning", "empty-union", "expected `### ` member headings under `## Supported Types`, found none", section.heading);
    return { ...head, kind: "union", members, unstated: ["members"] };
  }
  return { ...head, kind: "union", members };
}
