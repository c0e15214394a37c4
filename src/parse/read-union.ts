/**
 * The `## Supported Types` section of a union page: one `### ` heading per member.
 * Each generator says the member's type differently:
 * - Python, TypeScript: the heading is the type in backticks (``### `str` ``);
 * - Go: the heading is empty or a label; the type is the argument of the constructor in the code
 *   block (`shared.CreateXStr(string{…})`);
 * - C#: the heading is a label only (`### Str`, `### MapOfAny`, `### UcMetadata1`).
 */
import type { Heading, RootContent } from "mdast";
import { toString } from "mdast-util-to-string";
import type { TypeExpr, UnionMember } from "../ir/types.js";
import type { PageReader } from "./page-reader.js";
import { positionOf, type Section } from "./page.js";
import { readType } from "./type-reader.js";
import { parseTypeSyntax, TypeSyntaxError } from "./type-syntax.js";

/** C# member labels that name a scalar rather than a model. */
const labelTypes: Readonly<Record<string, TypeExpr>> = {
  Str: { kind: "primitive", name: "string" },
  Number: { kind: "primitive", name: "number" },
  Integer: { kind: "primitive", name: "integer" },
  Boolean: { kind: "primitive", name: "boolean" },
  DateTime: { kind: "primitive", name: "date-time" },
  MapOfAny: { kind: "map", values: { kind: "any" } },
  Any: { kind: "any" },
};

/** Speakeasy spells out digits in type names: a union member `5` is the model `Five`. */
const digitNames = ["Zero", "One", "Two", "Three", "Four", "Five", "Six", "Seven", "Eight", "Nine"];

function fromLabel(label: string): TypeExpr {
  const known = labelTypes[label];
  if (known) return known;
  const arrayOf = /^ArrayOf(.+)$/.exec(label);
  if (arrayOf) return { kind: "array", items: fromLabel(arrayOf[1]!) };
  const mapOf = /^MapOf(.+)$/.exec(label);
  if (mapOf) return { kind: "map", values: fromLabel(mapOf[1]!) };
  const written = /^\d+$/.test(label) ? [...label].map((digit) => digitNames[Number(digit)]).join("") : label;
  return { kind: "ref", target: "", written };
}

/** Go's constructor call: `shared.CreateXStr(string{/* values here *\/})` → `string`. */
function constructorArgument(code: string): string | undefined {
  return /\(\s*([^(){]+?)\s*\{/.exec(code)?.[1];
}

function readMemberText(text: string, heading: Heading, reader: PageReader): TypeExpr | undefined {
  try {
    const read = readType(parseTypeSyntax([{ kind: "text", text }]), reader.spec, reader.id);
    for (const unknown of read.unknownNames) {
      reader.report("error", "unknown-type", `expected a ${reader.spec.dialect} type, found "${unknown}" in union member "${text}"`, heading);
    }
    return read.type;
  } catch (error) {
    if (!(error instanceof TypeSyntaxError)) throw error;
    reader.report("error", "bad-type", `cannot read union member "${text}": ${error.message}`, heading);
    return undefined;
  }
}

function readMember(heading: Heading, body: readonly RootContent[], reader: PageReader): UnionMember | undefined {
  const label = toString(heading).trim();
  const source = positionOf(reader.id, heading);
  const headingCode = heading.children.length === 1 && heading.children[0]?.type === "inlineCode";
  if (headingCode) {
    const type = readMemberText(label, heading, reader);
    return type && { label, type, source };
  }
  const code = body.find((node) => node.type === "code")?.value ?? "";
  const argument = reader.spec.dialect === "go" ? constructorArgument(code) : undefined;
  if (argument !== undefined) {
    const type = readMemberText(argument, heading, reader);
    return type && { label, type, source };
  }
  if (label !== "") return { label, type: fromLabel(label), source };
  reader.report("error", "bad-union-member", "expected a member type in the heading or its code block, found neither", heading);
  return undefined;
}

export function readUnionMembers(section: Section, reader: PageReader): UnionMember[] {
  const members: UnionMember[] = [];
  const nodes = section.nodes;
  for (let index = 0; index < nodes.length; index++) {
    const node = nodes[index]!;
    if (node.type !== "heading" || node.depth !== 3) continue;
    let end = index + 1;
    while (end < nodes.length && !(nodes[end]!.type === "heading")) end++;
    const member = readMember(node, nodes.slice(index + 1, end), reader);
    if (member) members.push(member);
  }
  if (members.length === 0) {
    reader.report("warning", "empty-union", "expected `### ` member headings under `## Supported Types`, found none", section.heading);
  }
  return members;
}
