/**
 * Several variants of the same docs (the languages of one SDK) merged into one IR variant, for
 * `modeldoc generate --merge go,csharp,…`: one TypeScript output that every variant's docs agree with.
 *
 * - Declarations are matched as the diff matches them (pairing.ts): by canonical name, and by link target
 *   (TypeScript's `ReturnTypeT` is everyone else's `ReturnType`). The first variant listed gives the name.
 * - Each fact is taken from the variants that state it (see `Fact` in the IR), strongly where one does (a
 *   fact stated loosely, `WeakFact`: C#'s `int?` of null, Python's `datetime` of a date, gives way), and
 *   the merged field or enum records in `statedBy` the variant it came from: Go's docs say nothing of
 *   null, so a field's nullability comes from Java's or Python's. A fact no variant states stays unstated.
 * - A field is **required only where every variant that says requires it**: a field some variant makes
 *   optional, or does not list at all, is optional. It is nullable or deprecated where any variant says so.
 * - Types that agree (compared by meaning, as the diff compares them) are kept, the most precise of them
 *   (Go's `int64` over TypeScript's `number`); types that disagree become the union of the variants'
 *   types. Enum values and union members are the union of all variants'; an enum is open if any variant
 *   that says says so. A union page with no members (Java documents its union pages by title only) adds nothing.
 * - Wherever variants disagree, the doc comment says so, naming them: `Required in go; optional in
 *   csharp.`, `Only in csharp; not in go.`, `Type: map<string, string> in go; map<string, any> in csharp.`
 *
 * Page ids are prefixed with the variant they come from (`go/docs/pkg/models/shared/webhook.md`), so every
 * banner names the page it was generated from and ids never clash.
 */
import { orDefault } from "../options.js";
import { binaryBodyStem, combinedRole, equivalent, normalizeType, pairDeclarations, refResolver, renderNormalized, type NormalizedType, type RefResolver } from "../match/index.js";
import { matchKey } from "../ir/naming.js";
import { displayNames } from "../match/index.js";
import type { Declaration, EnumDecl, EnumValue, Fact, Field, ModelDecl, TypeExpr, UnionDecl, UnionMember, Variant } from "../ir/types.js";
import { visitType } from "../ir/walk.js";
import { compareCodeUnits } from "../code-units.js";

/** Whether a node's docs state a fact. */
function states(node: { readonly unstated?: readonly Fact[] }, fact: Fact): boolean {
  return node.unstated?.includes(fact) !== true;
}

/** What the primitives of a type leave unsaid or say weakly (a `number` that may be an integer, a date-time that may be a date). */
function vagueFacts(type: TypeExpr): string[] {
  const facts: string[] = [];
  visitType(type, (inner) => {
    if (inner.kind === "primitive") facts.push(...(inner.unstated ?? []), ...(inner.weak ?? []));
  });
  return facts;
}

export interface MergeOptions {
  /** The merged variant's name (default `merged`). */
  readonly name?: string;
}

/** One declaration of one variant. */
interface Member<T extends Declaration = Declaration> {
  readonly variant: number;
  readonly decl: T;
}

interface Group {
  readonly members: Member[];
}

/** Merges variants (at least one) into one; see the module comment. */
export function mergeVariants(variants: readonly Variant[], options: MergeOptions = {}): Variant {
  const first = variants[0];
  if (first === undefined) throw new Error("mergeVariants: expected at least one variant, found none");
  const names = variants.map((variant) => variant.name);
  if (new Set(names).size !== names.length) throw new Error(`mergeVariants: two variants share a name (${names.join(", ")}); names label the disagreements`);

  const groups = groupDeclarations(variants);
  const mergedId = new Map<string, string>(); // `${variant}\0${id}` → merged id
  const key = (variant: number, id: string) => `${variant}\u0000${id}`;
  for (const group of groups) {
    const head = group.members[0] as Member;
    const id = `${names[head.variant]}/${head.decl.id}`;
    for (const member of group.members) mergedId.set(key(member.variant, member.decl.id), id);
  }
  // Each variant's refs resolve to the name of the group they point into, so `ReturnTypeT` ≡ `ReturnType`.
  const groupName = variants.map(() => new Map<string, string>());
  const display = variants.map((variant) => displayNames(variant.declarations));
  for (const group of groups) {
    const first = group.members[0] as Member;
    const head = display[first.variant]?.get(first.decl.id) ?? first.decl.canonicalName;
    for (const member of group.members) groupName[member.variant]?.set(member.decl.id, head);
  }
  const resolvers = variants.map((variant, index) => refResolver(variant, groupName[index]));
  const context: MergeContext = {
    names,
    resolvers,
    remap: (type, variant) => remapRefs(type, (target) => mergedId.get(key(variant, target)) ?? ""),
  };

  const declarations = groups.map((group) => mergeGroup(group, context, variants.length));
  declarations.sort((a, b) => compareCodeUnits(a.id, b.id));
  return {
    name: orDefault("mergeName", options.name),
    root: ".",
    dialect: first.dialect,
    format: first.format,
    declarations,
    diagnostics: [],
  };
}

interface MergeContext {
  readonly names: readonly string[];
  readonly resolvers: readonly RefResolver[];
  /** A variant's type with its refs pointing at merged ids. */
  readonly remap: (type: TypeExpr, variant: number) => TypeExpr;
}

/**
 * Groups the declarations of all variants: each variant is paired with the first (by name, then by link
 * target); declarations the first lacks group by canonical name across the others.
 */
function groupDeclarations(variants: readonly Variant[]): Group[] {
  const first = variants[0] as Variant;
  const groups: Group[] = first.declarations.map((decl) => ({ members: [{ variant: 0, decl }] }));
  const byFirstId = new Map<string, Group>(first.declarations.map((decl, index) => [decl.id, groups[index] as Group]));
  const byName = new Map<string, Group>(); // groups of declarations the first variant lacks
  variants.forEach((variant, index) => {
    if (index === 0) return;
    for (const [l, r] of pairDeclarations(first, variant, { linkTargets: true }).pairs) {
      if (r === undefined) continue;
      const member: Member = { variant: index, decl: r };
      const paired = l === undefined ? undefined : byFirstId.get(l.id);
      if (paired !== undefined) {
        paired.members.push(member);
        continue;
      }
      const name = matchKey(r.canonicalName);
      const existing = byName.get(name);
      if (existing !== undefined && !existing.members.some((m) => m.variant === index)) existing.members.push(member);
      else {
        const group: Group = { members: [member] };
        groups.push(group);
        if (existing === undefined) byName.set(name, group);
      }
    }
  });
  return groups;
}

/** `go, csharp` */
const list = (names: readonly string[]) => names.join(", ");

function mergeGroup(group: Group, ctx: MergeContext, variantCount: number): Declaration {
  const head = group.members[0] as Member;
  const notes: string[] = [];
  // Members of another kind than the first cannot be merged into it; the comment says so.
  const sameKind = group.members.filter((member) => member.decl.kind === head.decl.kind);
  const otherKind = group.members.filter((member) => member.decl.kind !== head.decl.kind);
  if (otherKind.length > 0) {
    notes.push(
      `A ${head.decl.kind} in ${list(sameKind.map((m) => ctx.names[m.variant] as string))}; ` +
        otherKind.map((m) => `a ${m.decl.kind} in ${ctx.names[m.variant]}`).join("; ") +
        ` (left out here).`,
    );
  }
  if (group.members.length < variantCount) {
    const present = new Set(group.members.map((m) => m.variant));
    const absent = ctx.names.filter((_, index) => !present.has(index));
    notes.push(`Only in ${list(group.members.map((m) => ctx.names[m.variant] as string))}; not in ${list(absent)}.`);
  }
  const description = firstNonEmpty(sameKind.map((member) => member.decl.description));
  const base = {
    id: `${ctx.names[head.variant]}/${head.decl.id}`,
    name: head.decl.name,
    canonicalName: head.decl.canonicalName,
    area: head.decl.area,
    role: sameKind.map((member) => member.decl.role).reduce((a, b) => combinedRole(a, b)),
    // What it is to an SDK, as any variant that has it reads it (TypeScript's `{ headers }` is Go's envelope).
    ...withSdk(group.members.find((member) => member.decl.sdk !== undefined)?.decl.sdk),
    source: head.decl.source,
  };
  switch (head.decl.kind) {
    case "model": {
      const merged = mergeModels(sameKind as Member<ModelDecl>[], ctx);
      return { ...base, kind: "model", description: withNotes(description, notes), fields: merged };
    }
    case "enum": {
      const { values, open, unstated, statedBy, valueNotes } = mergeEnums(sameKind as Member<EnumDecl>[], ctx);
      const facts = unstated ? { unstated: ["open" as const] } : { statedBy: { open: statedBy! } };
      return { ...base, kind: "enum", description: withNotes(description, [...notes, ...valueNotes]), values, open, ...facts };
    }
    case "union": {
      const { members, memberNotes } = mergeUnions(sameKind as Member<UnionDecl>[], ctx);
      return { ...base, kind: "union", description: withNotes(description, [...notes, ...memberNotes]), members, ...(members.length === 0 ? { unstated: ["members" as const] } : {}) };
    }
  }
}

const withSdk = (sdk: Declaration["sdk"]): Pick<Declaration, "sdk"> => (sdk === undefined ? {} : { sdk });

function firstNonEmpty(texts: readonly string[]): string {
  return texts.find((text) => text.trim() !== "" && !/^n\/a$/i.test(text.trim())) ?? texts[0] ?? "";
}

/** The description, then a paragraph saying where the variants disagree. */
function withNotes(description: string, notes: readonly string[]): string {
  if (notes.length === 0) return description;
  const paragraph = `Variants disagree: ${notes.join(" ")}`;
  return description.trim() === "" ? paragraph : `${description.trim()}\n\n${paragraph}`;
}

/** Fields grouped across the variants that have the model. */
interface FieldGroup {
  readonly key: string;
  readonly fields: Array<{ readonly variant: number; readonly field: Field }>;
}

function mergeModels(members: readonly Member<ModelDecl>[], ctx: MergeContext): Field[] {
  const groups: FieldGroup[] = [];
  const byKey = new Map<string, FieldGroup>();
  const byStem = new Map<string, FieldGroup>();
  for (const { variant, decl } of members) {
    for (const field of decl.fields) {
      const key = matchKey(field.canonicalName);
      const stem = binaryBodyStem(field);
      let group = byKey.get(key);
      if (group?.fields.some((f) => f.variant === variant)) continue; // a repeated row: the first counts
      // `…ResponseStream` in one language is `…Bytes` in another (see pairing.ts).
      if (group === undefined && stem !== undefined) {
        const candidate = byStem.get(stem);
        if (candidate !== undefined && !candidate.fields.some((f) => f.variant === variant)) group = candidate;
      }
      if (group === undefined) {
        group = { key, fields: [] };
        groups.push(group);
        byKey.set(key, group);
        if (stem !== undefined && !byStem.has(stem)) byStem.set(stem, group);
      }
      group.fields.push({ variant, field });
    }
  }
  const having = members.map((member) => member.variant);
  return groups.map((group) => mergeField(group, having, ctx));
}

function mergeField(group: FieldGroup, having: readonly number[], ctx: MergeContext): Field {
  const head = (group.fields[0] as FieldGroup["fields"][number]).field;
  const name = (variant: number) => ctx.names[variant] as string;
  const notes: string[] = [];
  const present = new Set(group.fields.map((f) => f.variant));
  const missing = having.filter((variant) => !present.has(variant));
  if (missing.length > 0) notes.push(`Only in ${list(group.fields.map((f) => name(f.variant)))}; not in ${list(missing.map(name))}.`);

  const statedBy: Partial<Record<"required" | "nullable" | "integer" | "time", string>> = {};
  const unstated: ("required" | "nullable")[] = [];
  const stating = (fact: "required" | "nullable") => group.fields.filter((f) => states(f.field, fact));

  const saysRequired = stating("required");
  const requiredIn = saysRequired.filter((f) => f.field.required).map((f) => name(f.variant));
  const optionalIn = saysRequired.filter((f) => !f.field.required).map((f) => name(f.variant));
  if (requiredIn.length > 0 && optionalIn.length > 0) notes.push(`Required in ${list(requiredIn)}; optional in ${list(optionalIn)}.`);
  const required = missing.length === 0 && requiredIn.length > 0 && optionalIn.length === 0;
  if (saysRequired.length === 0) unstated.push("required");
  else statedBy.required = name(saysRequired[0]!.variant);

  const flag = (what: string, among: FieldGroup["fields"], pick: (field: Field) => boolean): boolean => {
    const yes = among.filter((f) => pick(f.field)).map((f) => name(f.variant));
    const no = among.filter((f) => !pick(f.field)).map((f) => name(f.variant));
    if (yes.length > 0 && no.length > 0) notes.push(`${what} in ${list(yes)}; not in ${list(no)}.`);
    return yes.length > 0;
  };
  // Null as the variants that say it strongly say it; only where none does, as the others say it loosely.
  const strongly = stating("nullable").filter((f) => f.field.weak?.includes("nullable") !== true);
  const saysNullable = strongly.length > 0 ? strongly : stating("nullable");
  const nullable = flag("Nullable", saysNullable, (field) => field.nullable);
  if (saysNullable.length === 0) unstated.push("nullable");
  else statedBy.nullable = name((saysNullable.find((f) => f.field.nullable === nullable) ?? saysNullable[0]!).variant);
  const weak = strongly.length === 0 && saysNullable.length > 0 ? { weak: ["nullable" as const] } : {};
  const deprecated = flag("Deprecated", group.fields, (field) => field.deprecated);

  // Types by meaning; distinct ones become a union, in the order the variants are listed.
  const distinct: Array<{ normalized: NormalizedType; rendering: string; type: TypeExpr; readonly variants: string[]; from: string }> = [];
  for (const { variant, field } of group.fields) {
    const normalized = normalizeType(field.type, ctx.resolvers[variant] as RefResolver);
    const same = distinct.find((d) => equivalent(d.normalized, normalized, { unknownMatchesAnything: true, bodiesMatch: true }));
    if (same === undefined) {
      distinct.push({ normalized, rendering: renderNormalized(normalized), type: ctx.remap(field.type, variant), variants: [name(variant)], from: name(variant) });
      continue;
    }
    same.variants.push(name(variant));
    const [kept, here] = [vagueFacts(same.type), vagueFacts(field.type)];
    // The same type, written more precisely (an integer where TypeScript says `number`, a date where Python says `datetime`): keep this one.
    if (here.length < kept.length) Object.assign(same, { normalized, rendering: renderNormalized(normalized), type: ctx.remap(field.type, variant), from: name(variant) });
    for (const fact of ["integer", "time"] as const) if (kept.includes(fact) !== here.includes(fact)) statedBy[fact] = same.from;
  }
  let type = (distinct[0] as (typeof distinct)[number]).type;
  let typeText = head.typeText;
  if (distinct.length > 1) {
    notes.push(`Type: ${distinct.map((d) => `\`${d.rendering}\` in ${list(d.variants)}`).join("; ")}.`);
    type = { kind: "union", members: distinct.map((d) => d.type) };
    typeText = distinct.map((d) => d.rendering).join(" | ");
  }

  const description = firstNonEmpty(group.fields.map((f) => f.field.description));
  const example = group.fields.find((f) => f.field.example !== undefined)?.field.example;
  const defaultValue = group.fields.find((f) => f.field.default !== undefined)?.field.default;
  const transport = group.fields.find((f) => f.field.transport !== undefined)?.field.transport;
  return {
    name: head.name,
    canonicalName: head.canonicalName,
    type,
    typeText,
    required,
    nullable,
    ...(unstated.length > 0 ? { unstated } : {}),
    ...weak,
    deprecated,
    description: withNotes(description, notes),
    ...(example !== undefined ? { example } : {}),
    ...(defaultValue !== undefined ? { default: defaultValue } : {}),
    ...(transport !== undefined ? { transport } : {}),
    statedBy,
    source: head.source,
  };
}

function mergeEnums(members: readonly Member<EnumDecl>[], ctx: MergeContext): { values: EnumValue[]; open: boolean; unstated?: true; statedBy?: string; valueNotes: string[] } {
  const values: EnumValue[] = [];
  const where = new Map<string, string[]>();
  for (const { variant, decl } of members) {
    for (const value of decl.values) {
      const key = String(value.value);
      const list = where.get(key);
      if (list === undefined) {
        where.set(key, [ctx.names[variant] as string]);
        values.push(value);
      } else if (!list.includes(ctx.names[variant] as string)) list.push(ctx.names[variant] as string);
    }
  }
  const notes: string[] = [];
  const all = members.length;
  const partial = values.filter((value) => (where.get(String(value.value)) ?? []).length < all);
  if (partial.length > 0) {
    notes.push(`Values listed by only some variants: ${partial.map((value) => `\`${String(value.value)}\` (${list(where.get(String(value.value)) ?? [])})`).join(", ")}.`);
  }
  const saying = members.filter((m) => states(m.decl, "open"));
  const openIn = saying.filter((m) => m.decl.open).map((m) => ctx.names[m.variant] as string);
  const closedIn = saying.filter((m) => !m.decl.open).map((m) => ctx.names[m.variant] as string);
  if (openIn.length > 0 && closedIn.length > 0) notes.push(`Open in ${list(openIn)}; closed in ${list(closedIn)}.`);
  if (saying.length === 0) return { values, open: true, unstated: true, valueNotes: notes };
  return { values, open: openIn.length > 0, statedBy: openIn[0] ?? closedIn[0]!, valueNotes: notes };
}

function mergeUnions(members: readonly Member<UnionDecl>[], ctx: MergeContext): { members: UnionMember[]; memberNotes: string[] } {
  // Members by meaning, as the diff pairs them: PHP spells out `array<AccountingMetadata1|string|…>` where Go links the union `[]AccountingMetadata5`.
  const merged: Array<{ readonly member: UnionMember; readonly normalized: NormalizedType; readonly rendering: string; readonly variants: string[] }> = [];
  const documented = members.filter((m) => states(m.decl, "members"));
  for (const { variant, decl } of documented) {
    const resolve = ctx.resolvers[variant] as RefResolver;
    const name = ctx.names[variant] as string;
    for (const member of decl.members) {
      const normalized = normalizeType(member.type, resolve);
      const same = merged.find((m) => equivalent(m.normalized, normalized, { bodiesMatch: true }));
      if (same === undefined) merged.push({ member: { ...member, type: ctx.remap(member.type, variant) }, normalized, rendering: renderNormalized(normalized), variants: [name] });
      else if (!same.variants.includes(name)) same.variants.push(name);
    }
  }
  const notes: string[] = [];
  const undocumented = members.filter((m) => !states(m.decl, "members")).map((m) => ctx.names[m.variant] as string);
  if (undocumented.length > 0 && documented.length > 0) notes.push(`No members documented in ${list(undocumented)}.`);
  const partial = merged.filter((m) => m.variants.length < documented.length);
  if (partial.length > 0) notes.push(`Members listed by only some variants: ${partial.map((m) => `\`${m.rendering}\` (${list(m.variants)})`).join(", ")}.`);
  return { members: merged.map((m) => m.member), memberNotes: notes };
}

/** A type with every ref target replaced. */
function remapRefs(type: TypeExpr, target: (id: string) => string): TypeExpr {
  switch (type.kind) {
    case "ref":
      return { ...type, target: type.target === "" ? "" : target(type.target) };
    case "array":
      return { kind: "array", items: remapRefs(type.items, target) };
    case "map":
      return { kind: "map", values: remapRefs(type.values, target) };
    case "union":
      return { kind: "union", members: type.members.map((member) => remapRefs(member, target)) };
    default:
      return type;
  }
}
