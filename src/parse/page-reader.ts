/**
 * One page → one declaration. The page's sections say what it declares:
 * `## Fields` a model, `## Values` an enum, `## Supported Types` a union.
 */
import type { Nodes } from "mdast";
import { toString } from "mdast-util-to-string";
import { canonicalTypeName } from "../ir/naming.js";
import type { Declaration, Diagnostic, ModelRole, Severity, SourcePosition } from "../ir/types.js";
import type { DialectSpec } from "./dialects/index.js";
import { positionOf, type PageOutline, type Section } from "./page.js";
import { readFields } from "./read-fields.js";
import { readUnionMembers } from "./read-union.js";
import { readEnumValues } from "./read-values.js";

type Positioned = Parameters<typeof positionOf>[1] | Nodes;

/** What a section reader needs: the page, its dialect, and a place to report problems. */
export interface PageReader {
  readonly id: string;
  readonly spec: DialectSpec;
  readonly text: string;
  report(severity: Severity, code: string, message: string, node: Positioned): void;
  /** A node's Markdown as written, on one line (a table cell without its pipes). */
  sourceOf(node: { position?: { start: { offset?: number | undefined }; end: { offset?: number | undefined } } | undefined }): string;
}

/** Sections every generator adds that carry no type information. */
const ignoredSections = new Set(["Example Usage", "Union Discrimination"]);
const declaringSections = new Set(["Fields", "Values", "Supported Types"]);

export function createPageReader(id: string, text: string, spec: DialectSpec, diagnostics: Diagnostic[]): PageReader {
  return {
    id,
    spec,
    text,
    report(severity, code, message, node) {
      // Point into a table cell at its content, not at the pipe that opens it.
      const at = node && "type" in node && node.type === "tableCell" && node.children[0] ? node.children[0] : node;
      diagnostics.push({ severity, code, message, source: positionOf(id, at) });
    },
    sourceOf(node) {
      const start = node.position?.start.offset;
      const end = node.position?.end.offset;
      if (start === undefined || end === undefined) return "";
      // A GFM cell's position takes in its leading pipe.
      return text.slice(start, end).replace(/\s+/g, " ").replace(/^\|/, "").replace(/(?<!\\)\|$/, "").trim();
    },
  };
}

/** Request and response pages live under operations; everything else is a shared component. */
export function roleOf(id: string, name: string): ModelRole {
  if (!/\/(operations|Requests|Operations)\//.test(id)) return "shared";
  return /Response(Result|Body)?$/.test(name) ? "response" : "request";
}

function sectionFor(outline: PageOutline, title: string): Section | undefined {
  return outline.sections.find((section) => section.title === title);
}

/** The code blocks of a section joined, for open-enum markers and Go union constructors. */
export function codeIn(section: Section | undefined): string {
  return (section?.nodes ?? []).map((node) => (node.type === "code" ? node.value : "")).join("\n");
}

export function readDeclaration(outline: PageOutline, reader: PageReader): Declaration | undefined {
  if (outline.title === undefined) {
    reader.report("error", "missing-title", "expected a `# Title` heading naming the model, found none", undefined);
    return undefined;
  }
  const name = toString(outline.title).trim();
  const base = {
    id: outline.id,
    name,
    canonicalName: canonicalTypeName(name),
    description: outline.description,
    role: roleOf(outline.id, name),
    source: positionOf(outline.id, outline.title) satisfies SourcePosition,
  };
  if (outline.sections.length === 0) {
    // Java's SDK docs give some union types a page with a title and nothing else.
    reader.report("warning", "undocumented-type", `expected a section describing "${name}", found only the title; read as a type with no documented members`, outline.title);
    return { ...base, kind: "union", members: [] };
  }
  if (!outline.sections.some((section) => declaringSections.has(section.title))) {
    reader.report("warning", "not-a-model-page", `expected a \`## Fields\`, \`## Values\` or \`## Supported Types\` section, found ${outline.sections.map((section) => `"${section.title}"`).join(", ")}; page skipped`, outline.title);
    return undefined;
  }
  for (const section of outline.sections) {
    if (!declaringSections.has(section.title) && !ignoredSections.has(section.title)) {
      reader.report("warning", "unknown-section", `expected a section among ${[...declaringSections, ...ignoredSections].join(", ")}, found "${section.title}" (skipped)`, section.heading);
    }
  }
  const fields = sectionFor(outline, "Fields");
  if (fields) {
    const table = fields.nodes.find((node) => node.type === "table");
    if (!table) {
      reader.report("error", "missing-fields-table", "expected a `Field | Type | Required | Description` table under `## Fields`, found none", fields.heading);
      return { ...base, kind: "model", fields: [] };
    }
    const read = readFields(table, reader);
    return read && { ...base, kind: "model", fields: read };
  }
  const values = sectionFor(outline, "Values");
  if (values) {
    const example = codeIn(sectionFor(outline, "Example Usage"));
    const read = readEnumValues(values, reader);
    const open = read.open || /Open enum|Unrecognized</.test(example);
    return { ...base, kind: "enum", values: read.values, open };
  }
  const union = sectionFor(outline, "Supported Types")!;
  return { ...base, kind: "union", members: readUnionMembers(union, reader) };
}
