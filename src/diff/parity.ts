/**
 * The parity of N variants (the languages of one SDK): per model, per field, which variants agree, which
 * differ and how. Built from the pairwise diffs (each pair compared as `diffVariants` compares them), so a
 * difference is exactly what the two-sided report says, stated once for every variant instead of once per pair.
 *
 * A **model** is a set of declarations that the pairings join (A paired with B in one pair, B with C in
 * another: A, B and C are one model). A **finding** is one fact of a model on which some variants differ:
 * the model's presence, a field's presence, a field's requiredness, type, nullability, description or
 * deprecation, an enum value, a union member. For each variant a finding holds one {@link ParityCell}:
 *
 * - `value`: the variant's value, as the pairwise changes state it (`required`, `map<string, any>`, `enum`);
 * - `agrees`: the variant has the thing and no pair found a difference with it;
 * - `absent`: the variant lacks the field, value or member (or, for the model's presence, the model);
 * - `no-model`: the variant has no such model at all.
 */
import type { Declaration, Variant } from "../ir/types.js";
import { matchKey } from "../ir/naming.js";
import { compareCodeUnits } from "../code-units.js";
import { displayNames, pairDeclarations } from "../match/index.js";
import { CHANGE_KINDS, isPresence, type Change, type ChangeKind, type ChangeSeverity, type ChangeSource, type DiffMode, type DiffResult, type SdkShape } from "./changes.js";
import { joinRoot, relativeFile } from "./relative-paths.js";
import { severityRank } from "./summary.js";

export type CellState = "value" | "agrees" | "absent" | "no-model";

export interface ParityCell {
  readonly state: CellState;
  readonly value?: string;
  /** Where the variant states it: the field, value or member's line, else its model's (none for `no-model`). */
  readonly source?: ChangeSource;
}

export interface ParityFinding {
  readonly model: string;
  readonly field?: string;
  /** An enum value (`"accounting_bill"`, quoted) or a union member (`ref Meta`) one variant lacks. */
  readonly subject?: string;
  /** The kind of the pairwise changes it sums up (the first pair's, when pairs disagree). */
  readonly kind: ChangeKind;
  /** An `sdk-shape` finding: what it is about, and the change it would be between two APIs (see `Change`). */
  readonly shape?: SdkShape;
  readonly aspect?: ChangeKind;
  /** The worst severity among them. */
  readonly severity: ChangeSeverity;
  /** One per variant, in the order of {@link ParityReport.variants}. */
  readonly cells: readonly ParityCell[];
  /**
   * The finding without its model (and subject): `hookUrl: required in go, csharp; optional in python; no
   * difference in java`, `value: present in csharp; missing in go`.
   */
  readonly how: string;
  /** The pairwise changes it sums up. */
  readonly changes: number;
  readonly fingerprints: readonly string[];
}

export interface ParityModel {
  readonly name: string;
  /** The declaration kind (`model`, `enum`, `union`) of the first variant that has it. */
  readonly declarationKind: string;
  /** Where each variant documents it; undefined for a variant without it. */
  readonly sources: ReadonlyArray<ChangeSource | undefined>;
  /** Model presence first, then the facts of fields in field order. */
  readonly findings: readonly ParityFinding[];
}

export interface ParityReport {
  readonly mode: DiffMode;
  readonly variants: readonly { readonly name: string; readonly dialect: string }[];
  /** Every model, sorted by name. */
  readonly models: readonly ParityModel[];
  /** Pairwise changes summed up, and dropped by an ignore file. */
  readonly changes: number;
  readonly ignored: number;
}

export interface ParityPair {
  /** Indexes into the variants. */
  readonly left: number;
  readonly right: number;
  readonly result: DiffResult;
}

/** The fact a change is about, within its model (changes of every pair about one fact share the key). */
function factKey(change: Change): string {
  const family = familyOfChange(change);
  const value = family === "enum-value" || family === "union-member" ? `:${change.left ?? change.right ?? ""}` : "";
  return `${change.field === undefined ? "" : matchKey(change.field)}|${family}${value}`;
}

/** `model-added`, `model-removed`, `model-missing` → `model`; the other kinds are their own family. */
export function familyOf(kind: ChangeKind): string {
  return kind.replace(/-(added|removed|missing)$/, "");
}

/**
 * A change's family; an `sdk-shape` change's is its aspect's, so a model's or field's presence is one
 * fact whatever the shape, but a body's shape and a rename are facts of their own.
 */
function familyOfChange(change: Change): string {
  if (change.kind !== "sdk-shape") return familyOf(change.kind);
  const aspect = familyOf(change.aspect ?? change.kind);
  return aspect !== "model" && (change.shape === "body" || change.shape === "rename") ? change.shape : aspect;
}

/** Union-find over declarations (by variant index and id). */
class Clusters {
  private readonly parent = new Map<string, string>();
  find(key: string): string {
    let root = key;
    while (this.parent.has(root) && this.parent.get(root) !== root) root = this.parent.get(root)!;
    if (!this.parent.has(key)) this.parent.set(key, key);
    return root;
  }
  join(a: string, b: string): void {
    const ra = this.find(a);
    const rb = this.find(b);
    if (ra !== rb) this.parent.set(rb, ra);
  }
}

/** A pairwise change, the model it concerns, and its pair's two variants. */
interface Located {
  readonly change: Change;
  readonly cluster: string;
  readonly left: number;
  readonly right: number;
}

const declKey = (variant: number, declaration: Declaration): string => `${variant}\u0000${declaration.id}`;

/** The parity of the variants, from the diff of each pair of them (see the module comment). */
export interface ParityOptions {
  /** Files shown relative to this folder when they are absolute (see relative-paths.ts); default: as joined. */
  readonly cwd?: string;
}

export function parity(variants: readonly Variant[], pairs: readonly ParityPair[], options: ParityOptions = {}): ParityReport {
  const clusters = new Clusters();
  const byKey = new Map<string, { variant: number; declaration: Declaration }>();
  variants.forEach((variant, index) => {
    for (const declaration of variant.declarations) {
      byKey.set(declKey(index, declaration), { variant: index, declaration });
      clusters.find(declKey(index, declaration));
    }
  });
  // Each pair's changes by the pair of declarations they concern, found by the name the pair gives it.
  const located: Located[] = [];
  for (const pair of pairs) {
    const left = variants[pair.left] as Variant;
    const right = variants[pair.right] as Variant;
    const pairing = pairDeclarations(left, right, { linkTargets: pair.result.mode === "variant" });
    const byName = new Map<string, string>();
    for (const [l, r] of pairing.pairs) {
      if (l !== undefined && r !== undefined) clusters.join(declKey(pair.left, l), declKey(pair.right, r));
      const name = l !== undefined ? pairing.leftNames.get(l.id) : r !== undefined ? pairing.rightNames.get(r.id) : undefined;
      const key = l !== undefined ? declKey(pair.left, l) : r !== undefined ? declKey(pair.right, r) : undefined;
      if (name !== undefined && key !== undefined && !byName.has(name)) byName.set(name, key);
    }
    for (const change of pair.result.changes) {
      const key = byName.get(change.model);
      if (key !== undefined) located.push({ change, cluster: key, left: pair.left, right: pair.right });
    }
  }

  const members = new Map<string, Array<{ variant: number; declaration: Declaration }>>();
  for (const [key, member] of byKey) {
    const root = clusters.find(key);
    const list = members.get(root) ?? [];
    list.push(member);
    members.set(root, list);
  }
  const changesOf = new Map<string, Located[]>();
  for (const entry of located) {
    const root = clusters.find(entry.cluster);
    const list = changesOf.get(root) ?? [];
    list.push(entry);
    changesOf.set(root, list);
  }

  const builder = new ModelBuilder(variants, options.cwd);
  const models = [...members].map(([root, list]) => builder.model(list, changesOf.get(root) ?? []));
  models.sort((a, b) => compareCodeUnits(a.name, b.name) || compareCodeUnits(a.sources.find(Boolean)?.file ?? "", b.sources.find(Boolean)?.file ?? ""));
  return {
    mode: pairs[0]?.result.mode ?? "variant",
    variants: variants.map((variant) => ({ name: variant.name, dialect: variant.dialect })),
    models,
    changes: pairs.reduce((sum, pair) => sum + pair.result.changes.length, 0),
    ignored: pairs.reduce((sum, pair) => sum + (pair.result.ignored ?? 0), 0),
  };
}

class ModelBuilder {
  /** The name each declaration goes by (`ledger.Account` where two areas have an `Account`), per variant. */
  readonly names: ReadonlyArray<ReadonlyMap<string, string>>;

  constructor(
    private readonly variants: readonly Variant[],
    private readonly cwd: string | undefined,
  ) {
    this.names = variants.map((variant) => displayNames(variant.declarations));
  }

  private source(variant: number, position: { file: string; line: number; column: number }): ChangeSource {
    const file = joinRoot((this.variants[variant] as Variant).root, position.file);
    return { file: this.cwd === undefined ? file : relativeFile(file, this.cwd), line: position.line, column: position.column };
  }

  model(list: ReadonlyArray<{ variant: number; declaration: Declaration }>, located: readonly Located[]): ParityModel {
    // One declaration per variant: the first one, should a pairing have joined two of one variant.
    const declarations: Array<Declaration | undefined> = this.variants.map((_, index) => list.find((member) => member.variant === index)?.declaration);
    const first = declarations.find((declaration) => declaration !== undefined) as Declaration;
    const firstIndex = declarations.indexOf(first);
    const name = this.names[firstIndex]!.get(first.id) ?? first.canonicalName;
    const sources = declarations.map((declaration, index) => (declaration === undefined ? undefined : this.source(index, declaration.source)));
    const findings: ParityFinding[] = [];
    if (declarations.some((declaration) => declaration === undefined)) {
      const modelChanges = located.filter(({ change }) => change.field === undefined && familyOfChange(change) === "model").map(({ change }) => change);
      findings.push(this.presenceFinding(name, first.kind, declarations, sources, modelChanges));
    }
    const facts = new Map<string, Located[]>();
    for (const entry of located) {
      if (entry.change.field === undefined && familyOfChange(entry.change) === "model") continue;
      const key = factKey(entry.change);
      const list = facts.get(key) ?? [];
      list.push(entry);
      facts.set(key, list);
    }
    const ordered = [...facts.values()].map((group) => ({ group, first: group[0]!.change, order: this.order(group[0]!.change, declarations) }));
    ordered.sort((a, b) => a.order - b.order || kindIndex(a.first.kind) - kindIndex(b.first.kind) || compareCodeUnits(factKey(a.first), factKey(b.first)));
    for (const { group } of ordered) findings.push(this.factFinding(name, group, declarations, sources));
    return { name, declarationKind: first.kind, sources, findings };
  }

  /** Field order of the first variant that has the field; model-level facts first. */
  private order(change: Change, declarations: ReadonlyArray<Declaration | undefined>): number {
    if (change.field === undefined) return -1;
    const key = matchKey(change.field);
    for (const declaration of declarations) {
      if (declaration?.kind !== "model") continue;
      const index = declaration.fields.findIndex((field) => matchKey(field.canonicalName) === key);
      if (index >= 0) return index;
    }
    return Number.MAX_SAFE_INTEGER;
  }

  private presenceFinding(
    name: string,
    kind: string,
    declarations: ReadonlyArray<Declaration | undefined>,
    sources: ReadonlyArray<ChangeSource | undefined>,
    changes: readonly Change[],
  ): ParityFinding {
    const cells: ParityCell[] = declarations.map((declaration, index) =>
      declaration === undefined ? { state: "absent" } : { state: "value", value: declaration.kind, source: sources[index] as ChangeSource },
    );
    return this.finding(name, undefined, changes[0] ?? { kind: "model-missing" }, changes, cells, "");
  }

  private factFinding(name: string, located: readonly Located[], declarations: ReadonlyArray<Declaration | undefined>, sources: ReadonlyArray<ChangeSource | undefined>): ParityFinding {
    const changes = located.map(({ change }) => change);
    const first = changes[0] as Change;
    // Each variant's value as the first pair that found it differ states it.
    const values = new Map<number, { value: string | undefined; source: ChangeSource | undefined }>();
    for (const { change, left, right } of located) {
      if (!values.has(left)) values.set(left, { value: change.left, source: change.leftSource });
      if (!values.has(right)) values.set(right, { value: change.right, source: change.rightSource });
    }
    const presence = isPresence(first);
    const fieldKey = first.field === undefined ? undefined : matchKey(first.field);
    const cells: ParityCell[] = declarations.map((declaration, index) => {
      if (declaration === undefined) return { state: "no-model" };
      const seen = values.get(index);
      const own = this.ownSource(declaration, index, fieldKey) ?? (sources[index] as ChangeSource);
      if (seen !== undefined) {
        if (seen.value === undefined) return { state: "absent", source: sources[index] as ChangeSource };
        return { state: "value", value: seen.value, source: presence ? (seen.source ?? own) : own };
      }
      // No pair found this variant differ: it has the thing like everyone, or lacks it (a presence fact).
      if (presence && fieldKey !== undefined && this.ownSource(declaration, index, fieldKey) === undefined) return { state: "absent", source: sources[index] as ChangeSource };
      return { state: "agrees", source: own };
    });
    const what = labelOf(first);
    const family = familyOfChange(first);
    if (family !== "enum-value" && family !== "union-member") return this.finding(name, first.field, first, changes, cells, what);
    // A value or member: which variants have it is the finding; the value itself is its subject.
    const subject = first.left ?? first.right ?? "";
    const present = cells.map((cell): ParityCell => (cell.state === "value" ? { ...cell, value: "present" } : cell));
    return { ...this.finding(name, undefined, first, changes, present, what), subject: family === "enum-value" ? JSON.stringify(subject) : subject };
  }

  /** The line of a field in a variant's declaration, when it has the field. */
  private ownSource(declaration: Declaration, variant: number, fieldKey: string | undefined): ChangeSource | undefined {
    if (fieldKey === undefined || declaration.kind !== "model") return undefined;
    const field = declaration.fields.find((candidate) => matchKey(candidate.canonicalName) === fieldKey);
    return field === undefined ? undefined : this.source(variant, field.source);
  }

  private finding(name: string, field: string | undefined, first: Pick<Change, "kind" | "shape" | "aspect">, changes: readonly Change[], cells: readonly ParityCell[], what: string): ParityFinding {
    const severity = changes.reduce<ChangeSeverity>((worst, change) => (severityRank(change.severity) < severityRank(worst) ? change.severity : worst), changes[0]?.severity ?? "drift");
    const family = first.kind === "sdk-shape" ? familyOf(first.aspect ?? first.kind) : familyOf(first.kind);
    return {
      model: name,
      ...(field !== undefined ? { field } : {}),
      kind: first.kind,
      ...(first.shape !== undefined ? { shape: first.shape } : {}),
      ...(first.aspect !== undefined ? { aspect: first.aspect } : {}),
      severity,
      cells,
      how: `${what}${describeCells(cells, this.variants.map((variant) => variant.name), family !== "description-changed")}`,
      changes: changes.length,
      fingerprints: changes.map((change) => change.fingerprint),
    };
  }
}

export const kindIndex = (kind: ChangeKind): number => CHANGE_KINDS.indexOf(kind);

/** What a finding is about, before its cells: `hookUrl type: `, `value: `; nothing for a model's presence. */
function labelOf(change: Change): string {
  if (change.shape === "body" || change.shape === "rename") return `${change.field === undefined ? "" : `${change.field} `}${change.shape === "body" ? "body" : "name"}: `;
  const family = familyOfChange(change);
  const subject = change.field === undefined ? "" : change.field;
  const aspect: Record<string, string> = {
    field: "",
    "type-changed": " type",
    "description-changed": " description",
    "enum-value": "value",
    "union-member": "member",
  };
  const label = `${subject}${aspect[family] ?? ""}`.trim();
  return label === "" ? "" : `${label}: `;
}

/**
 * `any in go; binary in csharp, python; missing in typescript; no difference in java, php`. Without
 * values (descriptions), the variants that state each version are grouped: `go | csharp, python`.
 */
export function describeCells(cells: readonly ParityCell[], names: readonly string[], withValues = true): string {
  const groups = new Map<string, string[]>();
  const add = (label: string, name: string) => {
    const list = groups.get(label) ?? [];
    list.push(name);
    groups.set(label, list);
  };
  cells.forEach((cell, index) => {
    const name = names[index] as string;
    if (cell.state === "value") add(`=${cell.value ?? ""}`, name);
    else add(cell.state, name);
  });
  const parts: string[] = [];
  const versions = [...groups].filter(([label]) => label.startsWith("="));
  if (withValues) for (const [label, list] of versions) parts.push(`${label.slice(1)} in ${list.join(", ")}`);
  else if (versions.length > 0) parts.push(`${versions.length} versions: ${versions.map(([, list]) => list.join(", ")).join(" | ")}`);
  const tail: Record<string, string> = { agrees: "no difference in", absent: "missing in", "no-model": "no model in" };
  for (const state of ["absent", "agrees", "no-model"]) {
    const list = groups.get(state);
    if (list !== undefined) parts.push(`${tail[state]} ${list.join(", ")}`);
  }
  return parts.join("; ");
}
