/**
 * One page → its declarations. A heading declares a type when one of its sections says what the type
 * is — `Fields` a model, `Values` an enum, `Supported Types` a union — so the page's `# Title`
 * declares the page's type, and a heading of its own with such a section under it (`## BackoffStrategy`
 * with `### Fields`) a second type on the same page, identified by its anchor.
 */
import GithubSlugger from "github-slugger";
import type { Heading, RootContent } from "mdast";
import { posix } from "node:path";
import { canonicalTypeName } from "../ir/naming.js";
import type { Declaration, ModelRole } from "../ir/types.js";
import { descriptionOf, positionOf, type HeadingNode, type PageOutline } from "./page.js";
import type { PageReader } from "./page-context.js";
import { sectionKindOf, type SectionKind } from "./section-kinds.js";
import { sectionReaders } from "./sections.js";

/** Request and response pages live under operations; errors are read by the client; everything else is shared. */
export function roleOf(id: string, name: string): ModelRole {
  if (/(^|\/)(sdkerrors|errors)\//i.test(id)) return "response";
  if (!/(^|\/)(operations|requests)\//i.test(id)) return "shared";
  return /Response(Result|Body)?$/.test(name) ? "response" : "request";
}

/** The namespace of a page: the name of the folder it is in. */
export function areaOf(id: string): string {
  const folder = posix.dirname(id.split("#")[0] ?? id);
  return folder === "." ? "" : posix.basename(folder);
}

/** A heading's sections and the declarations nested under it, by what each child heading means. */
interface Block {
  readonly node: HeadingNode;
  readonly anchor: string;
}

/** Whether a heading has a section that declares a type (so it names a type). */
function declares(node: HeadingNode): boolean {
  return node.children.some((child) => {
    const kind = sectionKindOf(child.title);
    return kind !== undefined && kind !== "ignored";
  });
}

/** The headings that declare types: the page's title and any heading of its own with a declaring section. */
function blocksOf(outline: PageOutline, anchors: ReadonlyMap<Heading, string>): Block[] {
  const blocks: Block[] = [];
  const visit = (node: HeadingNode, isTitle: boolean) => {
    if (isTitle || declares(node)) blocks.push({ node, anchor: isTitle ? "" : (anchors.get(node.heading) ?? "") });
    for (const child of node.children) if (sectionKindOf(child.title) === undefined) visit(child, false);
  };
  outline.roots.forEach((root, index) => visit(root, index === 0 && root.heading.depth === 1));
  return blocks;
}

/** GitHub's anchor for every heading of the page, counted in page order as GitHub counts repeats. */
function headingAnchors(outline: PageOutline): Map<Heading, string> {
  const slugger = new GithubSlugger();
  const anchors = new Map<Heading, string>();
  const visit = (node: HeadingNode) => {
    anchors.set(node.heading, slugger.slug(node.title));
    node.children.forEach(visit);
  };
  outline.roots.forEach(visit);
  return anchors;
}

function readBlock(block: Block, reader: PageReader, declarations: Declaration[]): void {
  const { node } = block;
  const name = node.title;
  const id = block.anchor === "" ? reader.id : `${reader.id}#${block.anchor}`;
  const base = {
    id,
    name,
    canonicalName: canonicalTypeName(name),
    area: areaOf(reader.id),
    description: descriptionOf(node.content),
    role: roleOf(reader.id, name),
    source: positionOf(reader.id, node.heading),
  };
  if (name === "") {
    reader.report("error", "missing-title", "expected a heading naming the type, found an empty heading; skipped", node.heading);
    return;
  }
  const sections: { kind: Exclude<SectionKind, "ignored">; node: HeadingNode }[] = [];
  const unknown: HeadingNode[] = [];
  for (const child of node.children) {
    const kind = sectionKindOf(child.title);
    if (kind !== undefined && kind !== "ignored") sections.push({ kind, node: child });
    else if (kind === undefined && !declares(child)) unknown.push(child);
  }
  // On a page that declares nothing the one diagnostic says so; on one that does, each section it skips is said.
  if (sections.length > 0) {
    for (const child of unknown) {
      reader.report("warning", "unknown-section", `expected a section among Fields, Values, Supported Types, Example Usage, or a heading naming another type, found "${child.title}" (skipped)`, child.heading);
    }
  }
  if (sections.length === 0) {
    if (node.children.length === 0) {
      // Java's and Ruby's SDK docs give some union types a page with a title and nothing else.
      reader.report("warning", "undocumented-type", `expected a section describing "${name}", found only the title; read as a type with no documented members`, node.heading);
      declarations.push({ ...base, kind: "union", members: [], unstated: ["members"] });
    } else if (block.anchor === "") {
      const found = node.children.map((child) => `"${child.title}"`).join(", ");
      reader.report("warning", "not-a-model-page", `expected a \`## Fields\`, \`## Values\` or \`## Supported Types\` section, found ${found}; page skipped`, node.heading);
    }
    return;
  }
  for (const repeated of sections.slice(1)) {
    reader.report("error", "repeated-section", `expected one section saying what "${name}" is, found "${sections[0]!.node.title}" and then "${repeated.node.title}"; the second is skipped`, repeated.node.heading);
  }
  const first = sections[0]!;
  const declaration = sectionReaders[first.kind](base, first.node, node, reader);
  if (declaration !== undefined) declarations.push(declaration);
}

/** Every type the page declares, the page's own first. */
export function readDeclarations(outline: PageOutline, reader: PageReader): Declaration[] {
  const first = outline.roots[0];
  if (first === undefined || first.heading.depth !== 1) {
    reader.report("error", "missing-title", "expected a `# Title` heading naming the model, found none; page skipped", first?.heading);
    return [];
  }
  const declarations: Declaration[] = [];
  for (const block of blocksOf(outline, headingAnchors(outline))) readBlock(block, reader, declarations);
  return declarations;
}
