/**
 * The comparison: two {@link Variant}s in, a sorted list of {@link Change}s out.
 *
 * Matching never depends on how a language spells a name (`match/pairing.ts`): declarations pair by
 * area and name and, between languages, by link target, through a response envelope and by a
 * generator's renaming rules; fields on `matchKey(canonicalName)` (`HookURL` ≡ `HookUrl` ≡ `hook_url`),
 * enum values on their wire value, union members by meaning. Types are compared by meaning
 * (`match/type-equivalence.ts`), refs by the name the declaration each side points at goes by in the
 * pairing; descriptions as text (descriptions.ts).
 *
 * Only what both sides state is compared, and only what both state strongly: a fact one dialect cannot
 * state (Go says nothing of null, PHP nothing of open enums, Java's title-only union pages nothing of
 * members; see `Fact` in the IR), or states loosely (C#'s `int?`, Python's `datetime`; `WeakFact`), is
 * never reported as a difference.
 *
 * Between languages, what is the SDKs' rather than the API's — response envelopes, their transport data
 * and body shape, SDK utilities, generator renames (`SdkRole` in the IR) — is reported as `sdk-shape`,
 * `info`; the models' comparison is in compare-models.ts.
 */
import type { Declaration, EnumDecl, Field, ModelDecl, SourcePosition, UnionDecl, Variant } from "../ir/types.js";
import { matchKey } from "../ir/naming.js";
import {
  combinedRole,
  containsUnknown,
  normalizeType,
  pairBy,
  pairDeclarations,
  refResolver,
  renderNormalized,
  splitNullable,
  descriptionText,
  equivalent,
  unescapedKey,
  type DeclarationPairing,
  type NormalizedType,
  type RefResolver,
} from "../match/index.js";
import { CHANGE_KINDS, type Change, type ChangeKind, type ChangeSource, type DiffOptions, type DiffResult } from "./changes.js";
import { checkOf } from "./checks.js";
import { compareModelPair, sdkRoleShape } from "./compare-models.js";
import { DescriptionComparer, type DescriptionOf } from "./descriptions.js";
import { shaped, states, type Comparison, type Draft, type FieldView } from "./drafts.js";
import { fingerprint } from "./fingerprint.js";
import { pairMembers } from "./members.js";
import { joinRoot } from "./relative-paths.js";
import { severityOf, type SeverityFacts } from "./severity.js";
import { compareCodeUnits } from "../code-units.js";

/** Compare two variants: `left` is the reference (in mode `version`, the older one). */
export function diffVariants(left: Variant, right: Variant, options: DiffOptions): DiffResult {
  // Between languages a page may go by another name (found by link target, through an envelope, by a rename rule); between versions a new name is a change.
  const pairing = pairDeclarations(left, right, { linkTargets: options.mode === "variant" });
  const context = new Context(left, right, options, pairing);
  const groups: ModelGroup[] = [];
  const compare = ([leftDecl, rightDecl]: readonly [Declaration | undefined, Declaration | undefined]) => {
    const group: ModelGroup = { name: context.modelName(leftDecl, rightDecl), drafts: [] };
    context.compareDeclarations(leftDecl, rightDecl, group.drafts);
    if (group.drafts.length > 0) groups.push(group);
  };
  // Pairs first: a one-sided union page may turn out to be an envelope body's type, spelled out on the other side.
  const oneSided = pairing.pairs.filter(([l, r]) => l === undefined || r === undefined);
  for (const pair of pairing.pairs) if (pair[0] !== undefined && pair[1] !== undefined) compare(pair);
  for (const pair of oneSided) compare(pair);
  // Stable sorts: groups by name (pairing order breaks ties), drafts by entry then kind.
  groups.sort((a, b) => compareCodeUnits(a.name, b.name));
  const changes: Change[] = [];
  for (const group of groups) {
    group.drafts.sort((a, b) => a.entry - b.entry || kindIndex(a.kind) - kindIndex(b.kind));
    for (const draft of group.drafts) changes.push(context.finish(draft));
  }
  return { mode: options.mode, left: left.name, right: right.name, changes };
}

interface ModelGroup {
  readonly name: string;
  readonly drafts: Draft[];
}

const kindIndex = (kind: ChangeKind): number => CHANGE_KINDS.indexOf(kind);

/** A description as the diff compares it: as text (entities decoded, inline Markdown dropped, whitespace collapsed); `N/A` is none. */
export function normalizeDescription(text: string): string {
  return descriptionText(text);
}

class Context implements Comparison {
  readonly resolveLeft: RefResolver;
  readonly resolveRight: RefResolver;
  readonly variantMode: boolean;
  private readonly descriptions: DescriptionComparer | undefined;
  /** Union pages an envelope body is typed by, spelled out as fields on the other side (by side, by id). */
  private readonly bodyUnions = { left: new Set<string>(), right: new Set<string>() };

  constructor(
    readonly left: Variant,
    readonly right: Variant,
    private readonly options: DiffOptions,
    private readonly pairing: DeclarationPairing,
  ) {
    this.resolveLeft = refResolver(left, pairing.leftNames);
    this.resolveRight = refResolver(right, pairing.rightNames);
    this.variantMode = options.mode === "variant";
    this.descriptions = (options.descriptions ?? true) ? new DescriptionComparer(left, right, this.variantMode) : undefined;
  }

  /** The name a pair of declarations goes by in the changes (see `displayNames` in match/pairing.ts). */
  modelName(left: Declaration | undefined, right: Declaration | undefined): string {
    if (left !== undefined) return this.pairing.leftNames.get(left.id) ?? left.canonicalName;
    return right === undefined ? "" : (this.pairing.rightNames.get(right.id) ?? right.canonicalName);
  }

  /** Severity, fingerprint, message and file paths. */
  finish(draft: Draft): Change {
    const subject = draft.field === undefined ? draft.model : `${draft.model}.${draft.field}`;
    const text = this.variantMode ? draft.text.variant : draft.text.version;
    const facts = draft.shape === undefined ? draft.facts : { ...draft.facts, sdkShape: true };
    return {
      kind: draft.shape === undefined ? draft.kind : "sdk-shape",
      ...(draft.shape !== undefined ? { shape: draft.shape, aspect: draft.kind } : {}),
      model: draft.model,
      ...(draft.field !== undefined ? { field: draft.field } : {}),
      ...(draft.left !== undefined ? { left: draft.left } : {}),
      ...(draft.right !== undefined ? { right: draft.right } : {}),
      severity: severityOf(this.options.mode, facts),
      check: checkOf(this.options.mode, draft.kind, draft.facts, draft.shape),
      // The kind a version diff would give it: fingerprints are the same in both modes' wording, and an SDK-shape finding keeps its fingerprint.
      fingerprint: fingerprint({ ...draft, kind: draft.facts.kind }),
      ...(draft.leftSource !== undefined ? { leftSource: this.source(this.left, draft.leftSource) } : {}),
      ...(draft.rightSource !== undefined ? { rightSource: this.source(this.right, draft.rightSource) } : {}),
      message: `${subject}: ${text}`,
    };
  }

  private source(variant: Variant, position: SourcePosition): ChangeSource {
    return { file: joinRoot(variant.root, position.file), line: position.line, column: position.column };
  }

  differs(what: string, left: string, right: string): Draft["text"] {
    const prefix = what === "" ? "" : `${what} `;
    return {
      variant: `${prefix}${left} in ${this.left.name}, ${right} in ${this.right.name}`,
      version: `${prefix}changed from ${left} to ${right}`,
    };
  }

  presenceKind(thing: "model" | "field" | "enum-value" | "union-member", side: "left" | "right"): ChangeKind {
    if (this.variantMode) return `${thing}-missing`;
    return side === "right" ? `${thing}-added` : `${thing}-removed`;
  }

  onlyIn(what: string, side: "left" | "right"): Draft["text"] {
    const [has, lacks] = side === "left" ? [this.left.name, this.right.name] : [this.right.name, this.left.name];
    return {
      variant: `${what} in ${has}, missing in ${lacks}`,
      version: `${what} ${side === "left" ? "removed" : "added"}`,
    };
  }

  describe(base: Omit<Draft, "kind" | "facts" | "text" | "left" | "right">, role: SeverityFacts["role"], left: string, right: string, out: Draft[], of: DescriptionOf): void {
    const differs = this.descriptions?.differ(left, right, of);
    if (differs === undefined) return;
    out.push({
      ...base,
      kind: "description-changed",
      ...(differs.left !== "" ? { left: differs.left } : {}),
      ...(differs.right !== "" ? { right: differs.right } : {}),
      facts: { kind: "description-changed", role },
      text: { variant: `description differs between ${this.left.name} and ${this.right.name}`, version: "description changed" },
    });
  }

  private readonly byId = { left: new Map<string, Declaration>(), right: new Map<string, Declaration>() };

  declaration(side: "left" | "right", id: string): Declaration | undefined {
    const map = this.byId[side];
    if (map.size === 0) for (const declaration of (side === "left" ? this.left : this.right).declarations) map.set(declaration.id, declaration);
    return map.get(id);
  }

  /** Paired models by a key of a field both sides have, for `inheritedFrom`: built the first time it is asked. */
  private byField: Map<string, Array<{ readonly left: ModelDecl; readonly right: ModelDecl }>> | undefined;

  inheritedFrom(side: "left" | "right", fields: readonly Field[], model: ModelDecl): string | undefined {
    if (fields.length < 2) return undefined;
    if (this.byField === undefined) {
      this.byField = new Map();
      for (const [l, r] of this.pairing.pairs) {
        if (l?.kind !== "model" || r?.kind !== "model") continue;
        const rightKeys = new Set(r.fields.map((field) => matchKey(field.canonicalName)));
        for (const field of l.fields) {
          const key = matchKey(field.canonicalName);
          if (!rightKeys.has(key)) continue;
          const list = this.byField.get(key) ?? [];
          list.push({ left: l, right: r });
          this.byField.set(key, list);
        }
      }
    }
    const keys = fields.map((field) => matchKey(field.canonicalName));
    const candidates = keys.map((key) => this.byField!.get(key) ?? []).sort((a, b) => a.length - b.length)[0] ?? [];
    const resolve = side === "left" ? this.resolveLeft : this.resolveRight;
    for (const pair of candidates) {
      const own = side === "left" ? pair.left : pair.right;
      if (pair.left === model || pair.right === model) continue;
      const both = [pair.left, pair.right].map((declaration) => new Map(declaration.fields.map((field) => [matchKey(field.canonicalName), field])));
      const covers = fields.every((field) => {
        const base = both[side === "left" ? 0 : 1]!.get(matchKey(field.canonicalName));
        return base !== undefined && both[side === "left" ? 1 : 0]!.has(matchKey(field.canonicalName)) && equivalent(normalizeType(base.type, resolve), normalizeType(field.type, resolve), { unknownMatchesAnything: true });
      });
      // The base is all there on the side that repeats it: each of its fields is a field of the model.
      const modelKeys = new Set(model.fields.map((field) => matchKey(field.canonicalName)));
      if (covers && own.fields.every((field) => modelKeys.has(matchKey(field.canonicalName)))) return this.modelName(pair.left, pair.right) || own.canonicalName;
    }
    return undefined;
  }

  consumeBodyUnions(side: "left" | "right", ids: readonly string[]): void {
    for (const id of ids) this.bodyUnions[side].add(id);
  }

  fieldFacts(field: Field, side: "left" | "right"): FieldView {
    const split = splitNullable(normalizeType(field.type, side === "left" ? this.resolveLeft : this.resolveRight));
    const nullable = field.nullable || split.nullable;
    const strongly = states(field, "nullable") && field.weak?.includes("nullable") !== true;
    return { type: split.type, rendering: renderNormalized(split.type), nullable, nullableStated: split.nullable || strongly };
  }

  compareDeclarations(left: Declaration | undefined, right: Declaration | undefined, out: Draft[]): void {
    if (left === undefined && right === undefined) return;
    if (left === undefined || right === undefined) {
      this.oneSided((left ?? right) as Declaration, left === undefined ? "right" : "left", out);
      return;
    }
    const model = this.modelName(left, right);
    const role = combinedRole(left.role, right.role);
    const sources = { leftSource: left.source, rightSource: right.source };
    // The SDKs' own declarations (utilities, HTTP metadata) differ in the SDKs' shape, whatever differs; an
    // envelope's body is the API's (compare-models.ts sorts its fields).
    const own = (declaration: Declaration) => (declaration.sdk === "utility" || declaration.sdk === "transport" ? sdkRoleShape(declaration) : undefined);
    const shape = this.variantMode ? (own(left) ?? own(right)) : undefined;
    const drafts: Draft[] = [];

    const rule = this.pairing.renamed.get(left);
    if (rule !== undefined) {
      const affix = this.pairing.affix;
      const why =
        rule === "affix" && affix !== undefined
          ? `the ${affix.position} "${affix.word}" on every name in ${affix.side === "left" ? this.left.name : this.right.name}`
          : rule === "error-class"
            ? "an error class named as its language names them"
            : "a name escaped by the generator";
      drafts.push({
        kind: "type-changed",
        shape: "rename",
        model,
        left: left.name,
        right: right.name,
        ...sources,
        facts: { kind: "type-changed", role },
        text: this.differs("name", left.name, `${right.name} (${why})`),
        entry: -1,
      });
    }
    // A page that states nothing of its type (a title and an empty table: python-legacy's and dart's enum pages)
    // says nothing of its kind either, between languages: its description is one of the other side's kind.
    const silent = (declaration: Declaration) => declaration.kind === "union" && declaration.members.length === 0 && !states(declaration, "members");
    this.describe({ model, ...sources, entry: -1 }, role, left.description, right.description, drafts, silent(left) ? right.kind : left.kind);

    if (left.kind !== right.kind && this.variantMode && (silent(left) || silent(right))) {
      // nothing to compare
    } else if (left.kind !== right.kind) {
      drafts.push({
        kind: "type-changed",
        model,
        left: left.kind,
        right: right.kind,
        ...sources,
        facts: { kind: "type-changed", role, declarationKind: true },
        text: this.differs("", left.kind, right.kind),
        entry: -1,
      });
    } else if (left.kind === "model" && right.kind === "model") compareModelPair(this, model, role, left, right, drafts);
    else if (left.kind === "enum") this.compareEnums(model, role, left, right as EnumDecl, drafts);
    else if (left.kind === "union") this.compareUnions(model, role, left, right as UnionDecl, drafts);
    out.push(...(shape === undefined ? drafts : shaped(drafts, shape)));
  }

  /** A declaration only one side documents: missing, or (between languages) an SDK's own (an envelope, a utility, an envelope body's union). */
  private oneSided(declaration: Declaration, side: "left" | "right", out: Draft[]): void {
    const shape = !this.variantMode ? undefined : (sdkRoleShape(declaration) ?? (this.bodyUnions[side].has(declaration.id) ? "body" : undefined));
    const label = shape === undefined ? declaration.kind : `${describeShape[shape]} (${declaration.kind})`;
    out.push({
      kind: this.presenceKind("model", side),
      ...(shape !== undefined ? { shape } : {}),
      model: this.modelName(side === "left" ? declaration : undefined, side === "right" ? declaration : undefined),
      ...(side === "right" ? { right: declaration.kind, rightSource: declaration.source } : { left: declaration.kind, leftSource: declaration.source }),
      facts: { kind: side === "right" ? "model-added" : "model-removed", role: declaration.role },
      text: this.onlyIn(label, side),
      entry: -1,
    });
  }

  private compareEnums(model: string, role: SeverityFacts["role"], left: EnumDecl, right: EnumDecl, out: Draft[]): void {
    if (states(left, "open") && states(right, "open") && left.open !== right.open) {
      const before = left.open ? "open enum" : "closed enum";
      const after = right.open ? "open enum" : "closed enum";
      out.push({
        kind: "type-changed",
        model,
        left: before,
        right: after,
        leftSource: left.source,
        rightSource: right.source,
        facts: { kind: "type-changed", role, compatibility: right.open ? "widened" : "narrowed" },
        text: this.differs("", before, after),
        entry: -1,
      });
    }
    const dedupe = (values: EnumDecl["values"]) => {
      const seen = new Set<string>();
      return values.filter((value) => {
        const key = String(value.value);
        if (seen.has(key)) return false;
        seen.add(key);
        return true;
      });
    };
    // Where a side names its constants without their wire values (APIMatic), the values are compared by name.
    const valuesStated = (values: EnumDecl["values"]) => values.every((value) => !value.unstated?.includes("value"));
    const byName = !valuesStated(left.values) || !valuesStated(right.values);
    if (byName && (left.values.some((value) => value.name === "") || right.values.some((value) => value.name === ""))) return;
    const leftValues = byName ? left.values : dedupe(left.values);
    const rightValues = byName ? right.values : dedupe(right.values);
    let rightOnly = 0;
    // By name, a constant a generator escaped (APIMatic's Python `ENUM_SELF` for `Self`) is the one it escaped.
    pairBy(leftValues, rightValues, (value) => (byName ? (this.variantMode ? unescapedKey(value.name) : matchKey(value.name)) : String(value.value))).forEach(([leftValue, rightValue], index) => {
      if (leftValue !== undefined && rightValue !== undefined) return;
      if (rightValue !== undefined) {
        const value = String(rightValue.value);
        out.push({
          kind: this.presenceKind("enum-value", "right"),
          model,
          right: value,
          leftSource: left.source,
          rightSource: rightValue.source,
          // An enum whose docs do not say it is open is graded as closed: a client may refuse values it does not know.
          facts: { kind: "enum-value-added", role, openEnum: right.open && states(right, "open") },
          text: this.onlyIn(`value ${JSON.stringify(value)}`, "right"),
          entry: leftValues.length + rightOnly++,
        });
      } else if (leftValue !== undefined) {
        const value = String(leftValue.value);
        out.push({
          kind: this.presenceKind("enum-value", "left"),
          model,
          left: value,
          leftSource: leftValue.source,
          rightSource: right.source,
          facts: { kind: "enum-value-removed", role },
          text: this.onlyIn(`value ${JSON.stringify(value)}`, "left"),
          entry: index,
        });
      }
    });
  }

  private compareUnions(model: string, role: SeverityFacts["role"], left: UnionDecl, right: UnionDecl, out: Draft[]): void {
    // A union page that lists no members (Java's and Ruby's title-only pages) says nothing of them.
    if (!states(left, "members") || !states(right, "members")) return;
    const view = (members: UnionDecl["members"], resolve: RefResolver) => {
      const seen = new Set<string>();
      const result: Array<{ rendering: string; type: NormalizedType; source: SourcePosition }> = [];
      for (const member of members) {
        const type = normalizeType(member.type, resolve);
        const rendering = renderNormalized(type);
        if (seen.has(rendering)) continue;
        seen.add(rendering);
        result.push({ rendering, type, source: member.source });
      }
      return result;
    };
    const leftMembers = view(left.members, this.resolveLeft);
    const rightMembers = view(right.members, this.resolveRight);
    let rightOnly = 0;
    pairMembers(leftMembers, rightMembers, { unknownMatchesAnything: false, bodiesMatch: this.variantMode }).forEach(([leftMember, rightMember], index) => {
      if (leftMember !== undefined && rightMember !== undefined) return;
      const member = (leftMember ?? rightMember) as (typeof leftMembers)[number];
      const entry = leftMember !== undefined ? index : leftMembers.length + rightOnly++;
      // An unreadable member cannot be lined up across languages; the parser has reported it.
      if (this.variantMode && containsUnknown(member.type)) return;
      // One member whose notation cannot tell two apart stands for both (TypeScript's `number` for Python's `int` and `float`).
      const others = rightMember !== undefined ? leftMembers : rightMembers;
      if (others.some((other) => other.type.kind === "primitive" && other.type.vague !== undefined && equivalent(member.type, other.type))) return;
      const side = rightMember !== undefined ? "right" : "left";
      out.push({
        kind: this.presenceKind("union-member", side),
        model,
        ...(side === "right" ? { right: member.rendering, leftSource: left.source, rightSource: member.source } : { left: member.rendering, leftSource: member.source, rightSource: right.source }),
        facts: { kind: side === "right" ? "union-member-added" : "union-member-removed", role },
        text: this.onlyIn(`member ${member.rendering}`, side),
        entry,
      });
    });
  }
}

/** How an SDK-shape declaration is named in a message. */
const describeShape: Record<string, string> = {
  envelope: "response envelope",
  transport: "transport data",
  utility: "SDK utility",
  body: "envelope body type",
  rename: "renamed",
};
