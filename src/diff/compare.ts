/**
 * The comparison: two {@link Variant}s in, a sorted list of {@link Change}s out.
 *
 * Matching never depends on how a language spells a name (`match/pairing.ts`): declarations pair by
 * area and name and, between languages, by link target; fields on `matchKey(canonicalName)` (`HookURL`
 * ≡ `HookUrl` ≡ `hook_url`), enum values on their wire value, union members by meaning. Types are
 * compared by meaning (`match/type-equivalence.ts`), refs by the name the declaration each side points
 * at goes by in the pairing.
 *
 * Only what both sides state is compared: a fact one dialect cannot state (Go says nothing of null, PHP
 * nothing of open enums, Java's title-only union pages nothing of members; see `Fact` in the IR) is
 * never reported as a difference.
 */
import type { Declaration, EnumDecl, Fact, Field, ModelDecl, SourcePosition, UnionDecl, Variant } from "../ir/types.js";
import { matchKey } from "../ir/naming.js";
import {
  binaryBodyStem,
  combinedRole,
  compareStrings,
  containsUnknown,
  equivalent,
  normalizeType,
  pairBy,
  pairDeclarations,
  pairFields,
  refResolver,
  renderNormalized,
  splitNullable,
  typeCompatibility,
  type NormalizedType,
  type RefResolver,
} from "../match/index.js";
import { CHANGE_KINDS, type Change, type ChangeKind, type ChangeSource, type DiffOptions, type DiffResult } from "./changes.js";
import { checkOf } from "./checks.js";
import { fingerprint } from "./fingerprint.js";
import { pairMembers } from "./members.js";
import { joinRoot } from "./relative-paths.js";
import { severityOf, type SeverityFacts } from "./severity.js";

/** Whether a node's docs state a fact (see `Fact` in the IR). */
function states(node: { readonly unstated?: readonly Fact[] }, fact: Fact): boolean {
  return node.unstated?.includes(fact) !== true;
}

/** Compare two variants: `left` is the reference (in mode `version`, the older one). */
export function diffVariants(left: Variant, right: Variant, options: DiffOptions): DiffResult {
  // Between languages a page may go by another name (found by link target); between versions a new name is a change.
  const pairing = pairDeclarations(left, right, { linkTargets: options.mode === "variant" });
  const context = new Context(left, right, options, pairing.leftNames, pairing.rightNames);
  const groups: ModelGroup[] = [];
  for (const [leftDecl, rightDecl] of pairing.pairs) {
    const group: ModelGroup = { name: context.modelName(leftDecl, rightDecl), drafts: [] };
    context.compareDeclarations(leftDecl, rightDecl, group.drafts);
    if (group.drafts.length > 0) groups.push(group);
  }
  // Stable sorts: groups by name (pairing order breaks ties), drafts by entry then kind.
  groups.sort((a, b) => compareStrings(a.name, b.name));
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

/** A change before its severity, fingerprint and message are worked out. */
interface Draft {
  readonly kind: ChangeKind;
  readonly model: string;
  readonly field?: string;
  readonly left?: string;
  readonly right?: string;
  readonly leftSource?: SourcePosition;
  readonly rightSource?: SourcePosition;
  readonly facts: SeverityFacts;
  /** The message after `Model.field: `, wording for both modes. */
  readonly text: { readonly variant: string; readonly version: string };
  /** Position within the model: -1 for the declaration itself, then left entries, then right-only ones. */
  readonly entry: number;
}

const kindIndex = (kind: ChangeKind): number => CHANGE_KINDS.indexOf(kind);

/** Whitespace collapsed; `N/A` is no description. */
export function normalizeDescription(text: string): string {
  const collapsed = text.replace(/\s+/g, " ").trim();
  return /^n\/a$/i.test(collapsed) ? "" : collapsed;
}

/** A field's type split into type proper and nullability (a top-level `| null` counts as nullable). */
interface FieldView {
  readonly type: NormalizedType;
  readonly rendering: string;
  readonly nullable: boolean;
  /** The docs say whether the field may be null: a `| null` in the type says it, whatever the dialect. */
  readonly nullableStated: boolean;
}

class Context {
  private readonly resolveLeft: RefResolver;
  private readonly resolveRight: RefResolver;
  private readonly variantMode: boolean;
  private readonly descriptions: boolean;

  constructor(
    private readonly left: Variant,
    private readonly right: Variant,
    private readonly options: DiffOptions,
    private readonly leftNames: ReadonlyMap<string, string>,
    private readonly rightNames: ReadonlyMap<string, string>,
  ) {
    this.resolveLeft = refResolver(left, leftNames);
    this.resolveRight = refResolver(right, rightNames);
    this.variantMode = options.mode === "variant";
    this.descriptions = options.descriptions ?? true;
  }

  /** The name a pair of declarations goes by in the changes (see `displayNames` in match/pairing.ts). */
  modelName(left: Declaration | undefined, right: Declaration | undefined): string {
    if (left !== undefined) return this.leftNames.get(left.id) ?? left.canonicalName;
    return right === undefined ? "" : (this.rightNames.get(right.id) ?? right.canonicalName);
  }

  /** Severity, fingerprint, message and file paths. */
  finish(draft: Draft): Change {
    const subject = draft.field === undefined ? draft.model : `${draft.model}.${draft.field}`;
    const text = this.variantMode ? draft.text.variant : draft.text.version;
    return {
      kind: draft.kind,
      model: draft.model,
      ...(draft.field !== undefined ? { field: draft.field } : {}),
      ...(draft.left !== undefined ? { left: draft.left } : {}),
      ...(draft.right !== undefined ? { right: draft.right } : {}),
      severity: severityOf(this.options.mode, draft.facts),
      check: checkOf(this.options.mode, draft.kind, draft.facts),
      // The kind a version diff would give it: fingerprints are the same in both modes' wording.
      fingerprint: fingerprint({ ...draft, kind: draft.facts.kind }),
      ...(draft.leftSource !== undefined ? { leftSource: this.source(this.left, draft.leftSource) } : {}),
      ...(draft.rightSource !== undefined ? { rightSource: this.source(this.right, draft.rightSource) } : {}),
      message: `${subject}: ${text}`,
    };
  }

  private source(variant: Variant, position: SourcePosition): ChangeSource {
    return { file: joinRoot(variant.root, position.file), line: position.line, column: position.column };
  }

  /** `X in go, Y in csharp` / `changed from X to Y`. */
  private differs(what: string, left: string, right: string): Draft["text"] {
    const prefix = what === "" ? "" : `${what} `;
    return {
      variant: `${prefix}${left} in ${this.left.name}, ${right} in ${this.right.name}`,
      version: `${prefix}changed from ${left} to ${right}`,
    };
  }

  /** Something one side has: `…-added` / `…-removed` between versions, `…-missing` between languages. */
  private presenceKind(thing: "model" | "field" | "enum-value" | "union-member", side: "left" | "right"): ChangeKind {
    if (this.variantMode) return `${thing}-missing`;
    return side === "right" ? `${thing}-added` : `${thing}-removed`;
  }

  private onlyIn(what: string, side: "left" | "right"): Draft["text"] {
    const [has, lacks] = side === "left" ? [this.left.name, this.right.name] : [this.right.name, this.left.name];
    return {
      variant: `${what} in ${has}, missing in ${lacks}`,
      version: `${what} ${side === "left" ? "removed" : "added"}`,
    };
  }

  compareDeclarations(left: Declaration | undefined, right: Declaration | undefined, out: Draft[]): void {
    if (left === undefined && right === undefined) return;
    if (left === undefined || right === undefined) {
      const declaration = (left ?? right) as Declaration;
      const side = left === undefined ? "right" : "left";
      out.push({
        kind: this.presenceKind("model", side),
        model: this.modelName(left, right),
        ...(side === "right" ? { right: declaration.kind, rightSource: declaration.source } : { left: declaration.kind, leftSource: declaration.source }),
        facts: { kind: side === "right" ? "model-added" : "model-removed", role: declaration.role },
        text: this.onlyIn(declaration.kind, side),
        entry: -1,
      });
      return;
    }

    const model = this.modelName(left, right);
    const role = combinedRole(left.role, right.role);
    const sources = { leftSource: left.source, rightSource: right.source };

    if (this.descriptions) {
      const before = normalizeDescription(left.description);
      const after = normalizeDescription(right.description);
      if (before !== after) {
        out.push({
          kind: "description-changed",
          model,
          ...(before !== "" ? { left: before } : {}),
          ...(after !== "" ? { right: after } : {}),
          ...sources,
          facts: { kind: "description-changed", role },
          text: { variant: `description differs between ${this.left.name} and ${this.right.name}`, version: "description changed" },
          entry: -1,
        });
      }
    }

    if (left.kind !== right.kind) {
      out.push({
        kind: "type-changed",
        model,
        left: left.kind,
        right: right.kind,
        ...sources,
        facts: { kind: "type-changed", role, declarationKind: true },
        text: this.differs("", left.kind, right.kind),
        entry: -1,
      });
      return;
    }

    if (left.kind === "model") this.compareModels(model, role, left, right as ModelDecl, out);
    else if (left.kind === "enum") this.compareEnums(model, role, left, right as EnumDecl, out);
    else this.compareUnions(model, role, left, right as UnionDecl, out);
  }

  private fieldView(field: Field, resolve: RefResolver): FieldView {
    const split = splitNullable(normalizeType(field.type, resolve));
    const nullable = field.nullable || split.nullable;
    return { type: split.type, rendering: renderNormalized(split.type), nullable, nullableStated: split.nullable || states(field, "nullable") };
  }

  private compareModels(model: string, role: SeverityFacts["role"], left: ModelDecl, right: ModelDecl, out: Draft[]): void {
    const pairs = pairFields(left.fields, right.fields, { binaryBodies: this.variantMode });
    let rightOnly = 0;
    pairs.forEach(([leftField, rightField], index) => {
      const entry = leftField !== undefined ? index : left.fields.length + rightOnly++;
      if (leftField !== undefined && rightField !== undefined) {
        this.compareFields(model, role, leftField, rightField, entry, out);
        return;
      }
      const field = (leftField ?? rightField) as Field;
      const side = leftField !== undefined ? "left" : "right";
      const view = this.fieldView(field, side === "left" ? this.resolveLeft : this.resolveRight);
      // The SDK's raw-response property (`RawResponse`) is an artefact of some languages' SDKs, not of the API;
      // a body field that Python types as its HTTP response (`default_wildcard_wildcard_response_stream`) is not.
      if (this.variantMode && view.type.kind === "http-response" && binaryBodyStem(field) === undefined) return;
      const kind = side === "right" ? "field-added" : "field-removed";
      const requiredness = field.required ? "required" : "optional";
      const rendering = view.nullable ? `${view.rendering} | null` : view.rendering;
      out.push({
        kind: this.presenceKind("field", side),
        model,
        field: field.canonicalName,
        ...(side === "right"
          ? { right: rendering, leftSource: left.source, rightSource: field.source }
          : { left: rendering, leftSource: field.source, rightSource: right.source }),
        facts: { kind, role, required: field.required },
        text: this.onlyIn(`${requiredness} field (${rendering})`, side),
        entry,
      });
    });
  }

  private compareFields(model: string, role: SeverityFacts["role"], left: Field, right: Field, entry: number, out: Draft[]): void {
    const base = { model, field: left.canonicalName, leftSource: left.source, rightSource: right.source, entry };

    if (states(left, "required") && states(right, "required") && left.required !== right.required) {
      const [before, after] = [left.required, right.required].map((flag) => (flag ? "required" : "optional")) as [string, string];
      out.push({ ...base, kind: "required-changed", left: before, right: after, facts: { kind: "required-changed", role, required: right.required }, text: this.differs("", before, after) });
    }

    const leftView = this.fieldView(left, this.resolveLeft);
    const rightView = this.fieldView(right, this.resolveRight);
    if (!equivalent(leftView.type, rightView.type, { unknownMatchesAnything: this.variantMode, bodiesMatch: this.variantMode })) {
      out.push({
        ...base,
        kind: "type-changed",
        left: leftView.rendering,
        right: rightView.rendering,
        facts: { kind: "type-changed", role, compatibility: typeCompatibility(leftView.type, rightView.type) },
        text: this.differs("type", leftView.rendering, rightView.rendering),
      });
    }

    if (this.descriptions) {
      const before = normalizeDescription(left.description);
      const after = normalizeDescription(right.description);
      if (before !== after) {
        out.push({
          ...base,
          kind: "description-changed",
          ...(before !== "" ? { left: before } : {}),
          ...(after !== "" ? { right: after } : {}),
          facts: { kind: "description-changed", role },
          text: { variant: `description differs between ${this.left.name} and ${this.right.name}`, version: "description changed" },
        });
      }
    }

    if (leftView.nullableStated && rightView.nullableStated && leftView.nullable !== rightView.nullable) {
      const [before, after] = [leftView.nullable, rightView.nullable].map((flag) => (flag ? "nullable" : "non-nullable")) as [string, string];
      out.push({ ...base, kind: "nullable-changed", left: before, right: after, facts: { kind: "nullable-changed", role, nullable: rightView.nullable }, text: this.differs("", before, after) });
    }

    if (left.deprecated !== right.deprecated) {
      const [before, after] = [left.deprecated, right.deprecated].map((flag) => (flag ? "deprecated" : "not deprecated")) as [string, string];
      out.push({ ...base, kind: "deprecated-changed", left: before, right: after, facts: { kind: "deprecated-changed", role }, text: this.differs("", before, after) });
    }
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
    pairBy(leftValues, rightValues, (value) => (byName ? matchKey(value.name) : String(value.value))).forEach(([leftValue, rightValue], index) => {
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
      if (rightMember !== undefined) {
        out.push({
          kind: this.presenceKind("union-member", "right"),
          model,
          right: member.rendering,
          leftSource: left.source,
          rightSource: member.source,
          facts: { kind: "union-member-added", role },
          text: this.onlyIn(`member ${member.rendering}`, "right"),
          entry,
        });
      } else {
        out.push({
          kind: this.presenceKind("union-member", "left"),
          model,
          left: member.rendering,
          leftSource: member.source,
          rightSource: right.source,
          facts: { kind: "union-member-removed", role },
          text: this.onlyIn(`member ${member.rendering}`, "left"),
          entry,
        });
      }
    });
  }
}
