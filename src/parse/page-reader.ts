/**
 * One page → its declarations. A heading declares a type when one of its sections says what the type
 * is — in the page's format, `Fields` or `Properties` a model, `Values` or `Enum` an enum, `Supported
 * Types` or `Cases` a union — so the page's `# Title` declares the page's type, and a heading of its own
 * with such a section under it (`## BackoffStrategy` with `### Fields`) a second type on the same page,
 * identified by its anchor. A format may also name a second type in a section's title (swagger-codegen's
 * `## Enum: UnitEnum`, anchored `#UnitEnum`), say the kind in a section of its own (APIMatic's
 * `## Enumeration`, whose names are in the next section), or list a union's members in example code.
 */
import GithubSlugger from "github-slugger";
import type { Heading, RootContent } from "mdast";
import { posix } from "node:path";
import { canonicalTypeName } from "../ir/naming.js";
import type { Declaration, Discriminator, ModelRole, UnionMember } from "../ir/types.js";
import { descriptionOf, positionOf, type HeadingNode, type PageOutline } from "./page.js";
import type { PageReader } from "./page-context.js";
import type { DeclaringKind } from "./formats/index.js";
import { codeIn } from "./page-context.js";
import { sectionTitle, type SectionKind } from "./section-kinds.js";
import { sectionReaders } from "./sections.js";
import { own } from "./own.js";

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

/** A heading that declares a type: the page's title, a heading with a declaring section, or a named section. */
interface Block {
  readonly node: HeadingNode;
  readonly anchor: string;
  /** A named section (`## Enum: UnitEnum`): its kind and the name its title gives. */
  readonly named?: { readonly kind: DeclaringKind; readonly name: string; readonly anchor: string };
}

/** A section title that names a type in the page's format (`Enum: UnitEnum`): its kind, name and anchor. */
function namedSection(title: string, reader: PageReader): Block["named"] {
  for (const { title: pattern, kind } of reader.format.namedSections ?? []) {
    const anchor = pattern.exec(title)?.[1]?.trim();
    const name = anchor === undefined ? undefined : /([\p{L}_$][\p{L}\p{N}_$]*)[^\p{L}\p{N}_$]*$/u.exec(anchor)?.[1];
    if (anchor !== undefined && name !== undefined) return { kind, name, anchor: anchor.toLowerCase() };
  }
  return undefined;
}

/** A section that says what kind of type its block is (APIMatic's `## Enumeration`). */
function kindSection(title: string, reader: PageReader): DeclaringKind | undefined {
  return own(reader.format.kindSections, sectionTitle(title));
}

/** What a child heading is to its block: a declaring section, a section of no type information, a kind section, or none. */
function childKind(child: HeadingNode, reader: PageReader): SectionKind | "kind" | undefined {
  if (kindSection(child.title, reader) !== undefined) return "kind";
  return reader.sectionKind(child.title);
}

/** Whether a heading has a section that declares a type (so it names a type). */
function declares(node: HeadingNode, reader: PageReader): boolean {
  return node.children.some((child) => {
    const kind = childKind(child, reader);
    return kind !== undefined && kind !== "ignored";
  });
}

/** The headings that declare types: the page's title, any heading of its own with a declaring section, named sections. */
function blocksOf(outline: PageOutline, anchors: ReadonlyMap<Heading, string>, reader: PageReader): Block[] {
  const blocks: Block[] = [];
  const visit = (node: HeadingNode, isTitle: boolean) => {
    const named = isTitle ? undefined : namedSection(node.title, reader);
    if (named !== undefined) {
      blocks.push({ node, anchor: named.anchor, named });
      return;
    }
    if (isTitle || declares(node, reader)) blocks.push({ node, anchor: isTitle ? "" : (anchors.get(node.heading) ?? "") });
    for (const child of node.children) if (childKind(child, reader) === undefined) visit(child, false);
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

/** A title as the type's name: without a second `#` some generators write (`# # ChargeResponse`). */
function titleName(title: string): string {
  return title.replace(/^(#+\s*)+/, "").trim();
}

/** The name a kind section gives in code (`` `AllVaults` ``), when it is one name. */
function codeName(section: HeadingNode): string | undefined {
  for (const node of section.content) {
    if (node.type !== "paragraph") continue;
    const [only] = node.children;
    if (node.children.length === 1 && only?.type === "inlineCode" && /^[\p{L}_$][\p{L}\p{N}_$.:]*$/u.test(only.value)) return only.value;
  }
  return undefined;
}

/** A union listed in example code (`formats/format.ts` `UnionInCode`): its members' names and the field that tells them apart. */
function unionInCode(node: HeadingNode, reader: PageReader): { members: string[]; discriminator?: Discriminator } | undefined {
  const rule = reader.format.unionInCode;
  if (rule === undefined) return undefined;
  const find = (heading: HeadingNode): HeadingNode | undefined => (rule.section.test(heading.title) ? heading : heading.children.map(find).find((found) => found !== undefined));
  const section = find(node);
  if (section === undefined) return undefined;
  const members = [...codeIn(section.nodes).matchAll(new RegExp(rule.member.source, "g"))].map((match) => match[1]!);
  if (members.length === 0) return undefined;
  const code = codeIn(node.nodes);
  const field = rule.discriminator?.exec(code)?.[1];
  if (field === undefined) return { members };
  const block = rule.mapping?.exec(code)?.[1] ?? "";
  const mapping = rule.mapped === undefined ? [] : [...block.matchAll(new RegExp(rule.mapped.source, "g"))].flatMap((match) => {
    const member = members.indexOf(match[2]!);
    return member < 0 ? [] : [{ value: match[1]!, member }];
  });
  return { members, discriminator: { field, ...(mapping.length > 0 ? { mapping } : {}) } };
}

function readBlock(block: Block, reader: PageReader, declarations: Declaration[]): void {
  const { node } = block;
  const sections: { kind: DeclaringKind; node: HeadingNode }[] = [];
  const unknown: HeadingNode[] = [];
  let kind: { kind: DeclaringKind; node: HeadingNode } | undefined;
  for (const child of node.children) {
    const marked = kindSection(child.title, reader);
    if (marked !== undefined) {
      kind ??= { kind: marked, node: child };
      continue;
    }
    const childKindOf = reader.sectionKind(child.title);
    if (childKindOf !== undefined && childKindOf !== "ignored") sections.push({ kind: childKindOf, node: child });
    else if (childKindOf === undefined && !declares(child, reader) && namedSection(child.title, reader) === undefined) unknown.push(child);
  }
  const name = block.named?.name ?? (kind && codeName(kind.node)) ?? titleName(node.title);
  const id = block.anchor === "" ? reader.id : `${reader.id}#${block.anchor}`;
  const base = {
    id,
    name,
    canonicalName: canonicalTypeName(name),
    area: areaOf(reader.id),
    description: block.named ? "" : descriptionOf(node.content),
    role: roleOf(reader.id, name),
    source: positionOf(reader.id, node.heading),
  };
  if (name === "") {
    reader.report("error", "missing-title", "expected a heading naming the type, found an empty heading; skipped", node.heading);
    return;
  }
  if (block.named) {
    // The section is the declaration and its body: `## Enum: UnitEnum` then a `Name | Value` table.
    const declaration = sectionReaders[block.named.kind](base, node, node, reader);
    if (declaration !== undefined) declarations.push(declaration);
    return;
  }
  // On a page that declares nothing the one diagnostic says so; on one that does, each section it skips is said.
  if (sections.length > 0) {
    for (const child of unknown) {
      reader.report("warning", "unknown-section", `expected a section among ${knownSections(reader)}, or a heading naming another type, found "${child.title}" (skipped)`, child.heading);
    }
  }
  if (sections.length === 0) {
    const inCode = block.anchor === "" ? unionInCode(node, reader) : undefined;
    if (inCode !== undefined) {
      const source = positionOf(reader.id, node.heading);
      const members = inCode.members.map((member): UnionMember => ({ label: member, type: { kind: "ref", target: "", written: member }, source }));
      declarations.push({ ...base, kind: "union", members, ...(inCode.discriminator ? { discriminator: inCode.discriminator } : {}) });
    } else if (node.children.length === 0 || kind !== undefined) {
      // Java's and Ruby's SDK docs give some union types a page with a title and nothing else.
      reader.report("warning", "undocumented-type", `expected a section describing "${name}", found only the title; read as a type with no documented members`, node.heading);
      declarations.push({ ...base, kind: "union", members: [], unstated: ["members"] });
    } else if (block.anchor === "") {
      const found = node.children.map((child) => `"${child.title}"`).join(", ");
      reader.report("warning", "not-a-model-page", `expected a ${declaringSections(reader)} section, found ${found}; page skipped`, node.heading);
    }
    return;
  }
  for (const repeated of sections.slice(1)) {
    reader.report("error", "repeated-section", `expected one section saying what "${name}" is, found "${sections[0]!.node.title}" and then "${repeated.node.title}"; the second is skipped`, repeated.node.heading);
  }
  const first = sections[0]!;
  const declaration = sectionReaders[kind?.kind ?? first.kind](base, first.node, node, reader);
  if (declaration !== undefined) declarations.push(declaration);
}

/** The sections of the page's format, for messages: every one, or the declaring ones as alternatives. */
function knownSections(reader: PageReader): string {
  const { declaring, other } = reader.format.sectionNames;
  return [...declaring, ...other].join(", ");
}

function declaringSections(reader: PageReader): string {
  const titles = reader.format.sectionNames.declaring.map((title) => `\`## ${title}\``);
  return titles.length < 2 ? (titles[0] ?? "") : `${titles.slice(0, -1).join(", ")} or ${titles[titles.length - 1]}`;
}

/** Every type the page declares, the page's own first. */
export function readDeclarations(outline: PageOutline, reader: PageReader): Declaration[] {
  const first = outline.roots[0];
  if (first === undefined || first.heading.depth !== 1) {
    reader.report("error", "missing-title", "expected a `# Title` heading naming the model, found none; page skipped", first?.heading);
    return [];
  }
  const declarations: Declaration[] = [];
  for (const block of blocksOf(outline, headingAnchors(outline), reader)) readBlock(block, reader, declarations);
  return declarations;
}
