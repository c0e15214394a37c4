/**
 * Which declaration, field, value or member of one variant is which of the other: what the diff
 * compares and what the merge merges.
 *
 * A declaration's identity is its area and its name: `Ledger/Account.md` and `Payments/Account.md` are
 * two models. Declarations pair, in rounds, each on what the rounds before left unpaired:
 * 1. the same name (`matchKey(canonicalName)`) in the same area (areas compared without case:
 *    TypeScript's `ledger/` is C#'s `Ledger/`), one declaration on each side;
 * 2. the same name, one declaration of that name on each side (Go's `shared/` and C#'s `Components/`
 *    lay the same models out under other folder names);
 * 3. a name on one side that is the other side's area and name together: a flat layout names the
 *    payments area's `Account` `PaymentsAccount` (formance's Go and TypeScript);
 * 4. between languages (`linkTargets`), by link target: when two paired fields link to an unpaired
 *    declaration on each side, those are one declaration under two names, and their own fields are
 *    followed in turn (TypeScript names the enum `ReturnTypeT` because `ReturnType` is a built-in;
 *    every other language names it `ReturnType`, and `ShippingShipment.returnType` links to it in all);
 * 5. between languages, through a response envelope: an envelope whose body is one model, and an unpaired
 *    model of the envelope's name on the other side that holds no transport data, are that model and the
 *    other language's body, returned directly (an envelope and such a model never pair by name);
 * 6. between languages, by a word one generator puts before or after every name, and an error class named
 *    as its language names them (renames.ts);
 * 7. the same name, when what is left of that name is one declaration on each side.
 * A name is never enough where it is ambiguous: two `Account`s pair by area, by qualified name or by link.
 *
 * Fields pair on `matchKey(canonicalName)` (`HookURL` ≡ `HookUrl` ≡ `hook_url`); between languages, by a
 * generator's renaming rules ({@link joinRenamedFields}). Between languages, a
 * one-sided binary body field then pairs with a one-sided binary body field of the same stem: Speakeasy
 * names the binary response body `…ResponseStream` in Go, Python and Java and `…Bytes` in C#
 * (go/docs/pkg/models/operations/createpassthroughjsonresponse.md `DefaultWildcardWildcardResponseStream`,
 * csharp/docs/Models/Requests/CreatePassthroughJsonResponse.md `DefaultWildcardWildcardBytes`).
 *
 * Every index is a Map: pairing is linear in the number of declarations and fields.
 */
import { matchKey } from "../ir/naming.js";
import { binaryBodyStem, exchangePart, withoutNull } from "../ir/sdk-shape.js";
import { isTransportField } from "./envelope.js";
import { declarationAffix, declarationEscapeKey, errorClassKey, fieldRename, withoutAffix, type FieldRename, type NameAffix } from "./renames.js";
import type { Declaration, Field, TypeExpr, Variant } from "../ir/types.js";

export { binaryBodyStem };

/**
 * Pairs items with the same key, in the left's order, then right-only items in the right's order.
 * Several items with one key on a side pair up in order; the surplus is left- or right-only.
 */
export function pairBy<T>(left: readonly T[], right: readonly T[], key: (item: T) => string): Array<[T | undefined, T | undefined]> {
  const rightByKey = groupBy(right, key);
  const pairs: Array<[T | undefined, T | undefined]> = [];
  const used = new Set<T>();
  for (const item of left) {
    const list = rightByKey.get(key(item));
    const match = list?.shift();
    if (match !== undefined) used.add(match);
    pairs.push([item, match]);
  }
  for (const item of right) if (!used.has(item)) pairs.push([undefined, item]);
  return pairs;
}

function groupBy<T>(items: Iterable<T>, key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const group = groups.get(k);
    if (group) group.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}

export interface DeclarationPairing {
  /** Left's order (each right declaration in the place of its left one), then right-only declarations in right's order. */
  readonly pairs: ReadonlyArray<readonly [Declaration | undefined, Declaration | undefined]>;
  /**
   * The name each declaration of either side goes by in the comparison: a pair's left declaration's
   * {@link displayName}, so refs to the two sides of a pair compare equal whatever each side calls it.
   * By declaration id, one map per side.
   */
  readonly leftNames: ReadonlyMap<string, string>;
  readonly rightNames: ReadonlyMap<string, string>;
  /** The word one side's generator adds to every name, when there is one, and the left declarations paired by a rename rule. */
  readonly affix?: NameAffix;
  readonly renamed: ReadonlyMap<Declaration, "affix" | "error-class" | "escape">;
}

export interface DeclarationPairingOptions {
  /**
   * Between languages: also pair declarations that two paired fields link to, see through a response
   * envelope to the body model another language returns directly, and pair names that one generator
   * renames by rule (renames.ts). Default `false`.
   */
  readonly linkTargets?: boolean;
}

const nameKey = (declaration: Declaration): string => matchKey(declaration.canonicalName);
const areaNameKey = (declaration: Declaration): string => `${declaration.area.toLowerCase()}/${nameKey(declaration)}`;
const qualifiedKey = (declaration: Declaration): string => matchKey(declaration.area + declaration.canonicalName);

/**
 * The name a declaration goes by in messages and comparisons: its canonical name, or, when another
 * declaration of the variant has that name too, its area and name (`ledger.Account`).
 */
export function displayNames(declarations: readonly Declaration[]): Map<string, string> {
  const counts = new Map<string, number>();
  for (const declaration of declarations) counts.set(nameKey(declaration), (counts.get(nameKey(declaration)) ?? 0) + 1);
  return new Map(
    declarations.map((declaration) => [
      declaration.id,
      (counts.get(nameKey(declaration)) ?? 0) > 1 && declaration.area !== "" ? `${declaration.area}.${declaration.canonicalName}` : declaration.canonicalName,
    ]),
  );
}

/** Unpaired declarations of both sides, and the pairs found so far. */
class Pairer {
  readonly pairedWith = new Map<Declaration, Declaration>();
  readonly unpairedLeft: Set<Declaration>;
  readonly unpairedRight: Set<Declaration>;

  constructor(
    left: readonly Declaration[],
    right: readonly Declaration[],
    /** Between languages: an envelope and an API model of one name are not one declaration. */
    private readonly seeThrough: boolean,
  ) {
    this.unpairedLeft = new Set(left);
    this.unpairedRight = new Set(right);
  }

  pair(l: Declaration, r: Declaration): void {
    this.unpairedLeft.delete(l);
    this.unpairedRight.delete(r);
    this.pairedWith.set(l, r);
  }

  /**
   * Pairs the unpaired declarations whose keys are equal, where the key names one declaration on each
   * side, unless one is a response envelope and the other a model of the API's (see {@link envelopeApart}).
   * Returns the left declarations paired.
   */
  byUniqueKey(leftKey: (d: Declaration) => string, rightKey: (d: Declaration) => string = leftKey): Declaration[] {
    const lefts = groupBy(this.unpairedLeft, leftKey);
    const rights = groupBy(this.unpairedRight, rightKey);
    const paired: Declaration[] = [];
    for (const [key, group] of lefts) {
      const match = rights.get(key);
      if (group.length !== 1 || match?.length !== 1 || (this.seeThrough && envelopeApart(group[0]!, match[0]!))) continue;
      this.pair(group[0]!, match[0]!);
      paired.push(group[0]!);
    }
    return paired;
  }
}

/**
 * An envelope (`GetPetResponse`: `Pet`, `StatusCode`, `RawResponse`) and a model of that name with no
 * transport data at all: the other language returns the API's own `GetPetResponse` body directly, which
 * is the envelope's body, not the envelope (see {@link pairThroughEnvelopes}).
 */
function envelopeApart(l: Declaration, r: Declaration): boolean {
  if ((l.sdk === "envelope") === (r.sdk === "envelope")) return false;
  const other = l.sdk === "envelope" ? r : l;
  return other.kind === "model" && !other.fields.some((field) => exchangePart(field) !== undefined);
}

/**
 * An unpaired envelope whose body is one field typed by a model of its own side, and an unpaired model of
 * the other side named as the envelope: that model is the body, which the other language returns directly.
 */
function pairThroughEnvelopes(left: Variant, right: Variant, pairer: Pairer): void {
  const sides = [
    { own: left, unpaired: pairer.unpairedLeft, others: pairer.unpairedRight, pair: (a: Declaration, b: Declaration) => pairer.pair(a, b) },
    { own: right, unpaired: pairer.unpairedRight, others: pairer.unpairedLeft, pair: (a: Declaration, b: Declaration) => pairer.pair(b, a) },
  ];
  for (const { own, unpaired, others, pair } of sides) {
    const byId = new Map(own.declarations.map((declaration) => [declaration.id, declaration]));
    const othersByName = groupBy(others, nameKey);
    for (const envelope of [...unpaired]) {
      if (envelope.kind !== "model" || envelope.sdk !== "envelope") continue;
      const body = envelope.fields.filter((field) => !isTransportField(field));
      const type = body.length === 1 ? withoutNull(body[0]!.type) : undefined;
      const model = type?.kind === "ref" ? byId.get(type.target) : undefined;
      const named = othersByName.get(nameKey(envelope));
      if (model === undefined || !unpaired.has(model) || named?.length !== 1 || !others.has(named[0]!) || named[0]!.sdk !== undefined) continue;
      pair(model, named[0]!);
    }
  }
}

/** The declarations of two variants, paired (see the module comment). */
export function pairDeclarations(left: Variant, right: Variant, options: DeclarationPairingOptions = {}): DeclarationPairing {
  const pairer = new Pairer(left.declarations, right.declarations, options.linkTargets === true);
  pairer.byUniqueKey(areaNameKey);
  pairer.byUniqueKey(nameKey);
  pairer.byUniqueKey(qualifiedKey, nameKey);
  pairer.byUniqueKey(nameKey, qualifiedKey);
  let affix: NameAffix | undefined;
  const renamed = new Map<Declaration, "affix" | "error-class" | "escape">();
  if (options.linkTargets === true) {
    pairByLinkTargets(left, right, pairer);
    pairThroughEnvelopes(left, right, pairer);
    // Among what is left unpaired: a generator's word on every name another leaves bare.
    affix = declarationAffix([...pairer.unpairedLeft], [...pairer.unpairedRight]);
    if (affix !== undefined) {
      const found = affix;
      const byAffix = pairer.byUniqueKey((d) => (found.side === "left" ? withoutAffix(d, found) : nameKey(d)), (d) => (found.side === "right" ? withoutAffix(d, found) : nameKey(d)));
      for (const declaration of byAffix) renamed.set(declaration, "affix");
    }
    for (const declaration of pairer.byUniqueKey(errorClassKey)) renamed.set(declaration, "error-class");
    for (const declaration of pairer.byUniqueKey(declarationEscapeKey)) renamed.set(declaration, "escape");
  }
  pairer.byUniqueKey(nameKey);

  const pairs: Array<readonly [Declaration | undefined, Declaration | undefined]> = left.declarations.map((l) => [l, pairer.pairedWith.get(l)] as const);
  const pairedRight = new Set(pairer.pairedWith.values());
  for (const r of right.declarations) if (!pairedRight.has(r)) pairs.push([undefined, r]);

  const leftNames = displayNames(left.declarations);
  const ownRightNames = displayNames(right.declarations);
  const takenByLeft = new Set(leftNames.values());
  const rightNames = new Map<string, string>();
  for (const [l, r] of pairs) {
    if (r === undefined) continue;
    const own = ownRightNames.get(r.id)!;
    // A right-only declaration whose name a different left declaration goes by must not compare equal to it.
    rightNames.set(r.id, l !== undefined ? leftNames.get(l.id)! : takenByLeft.has(own) ? `${own} (${right.name})` : own);
  }
  return { pairs, leftNames, rightNames, ...(affix !== undefined ? { affix } : {}), renamed };
}

/** Breadth-first from the pairs found so far: declarations that paired fields link to, on both sides unpaired, pair. */
function pairByLinkTargets(left: Variant, right: Variant, pairer: Pairer): void {
  if (pairer.unpairedLeft.size === 0 || pairer.unpairedRight.size === 0) return;
  const leftById = new Map(left.declarations.map((declaration) => [declaration.id, declaration]));
  const rightById = new Map(right.declarations.map((declaration) => [declaration.id, declaration]));
  const queue: Array<[Declaration, Declaration]> = [...pairer.pairedWith];
  const visit = (leftType: TypeExpr, rightType: TypeExpr): void => {
    const targets: Array<[string, string]> = [];
    parallelRefs(leftType, rightType, targets);
    for (const [leftId, rightId] of targets) {
      const l = leftById.get(leftId);
      const r = rightById.get(rightId);
      if (l === undefined || r === undefined || l.kind !== r.kind) continue;
      if (!pairer.unpairedLeft.has(l) || !pairer.unpairedRight.has(r)) continue;
      pairer.pair(l, r);
      queue.push([l, r]);
    }
  };
  for (let index = 0; index < queue.length; index++) {
    const [l, r] = queue[index]!;
    if (l.kind === "model" && r.kind === "model") {
      for (const [lf, rf] of pairBy(l.fields, r.fields, (field) => matchKey(field.canonicalName))) {
        if (lf !== undefined && rf !== undefined) visit(lf.type, rf.type);
      }
    } else if (l.kind === "union" && r.kind === "union" && l.members.length === r.members.length) {
      l.members.forEach((member, position) => visit(member.type, r.members[position]!.type));
    }
  }
}

/** Refs in the same place of two type trees: `[]A` / `List<B>` → (A, B). Nullable wrappers are looked through. */
function parallelRefs(left: TypeExpr, right: TypeExpr, out: Array<[string, string]>): void {
  const l = withoutNull(left);
  const r = withoutNull(right);
  if (l.kind === "ref" && r.kind === "ref") {
    if (l.target !== "" && r.target !== "") out.push([l.target, r.target]);
  } else if (l.kind === "array" && r.kind === "array") {
    parallelRefs(l.items, r.items, out);
  } else if (l.kind === "map" && r.kind === "map") {
    parallelRefs(l.values, r.values, out);
  }
}

export interface FieldPairingOptions {
  /** Pair one-sided binary body fields by stem (between languages). Default `false`. */
  readonly binaryBodies?: boolean;
}

/**
 * The fields of two models, paired: by canonical name, then (between languages) one-sided binary body
 * fields by stem. Each pair keeps the left field's position; right-only fields come after, in right order.
 */
export function pairFields(left: readonly Field[], right: readonly Field[], options: FieldPairingOptions = {}): Array<[Field | undefined, Field | undefined]> {
  const pairs = pairBy(left, right, (field) => matchKey(field.canonicalName));
  if (options.binaryBodies !== true) return pairs;
  const rightOnly = new Map<string, Field>();
  for (const [l, r] of pairs) {
    if (l !== undefined || r === undefined) continue;
    const stem = binaryBodyStem(r);
    if (stem !== undefined && !rightOnly.has(stem)) rightOnly.set(stem, r);
  }
  if (rightOnly.size === 0) return pairs;
  return joinOneSided(pairs, (l, isFree) => {
    const stem = binaryBodyStem(l);
    const match = stem === undefined ? undefined : rightOnly.get(stem);
    return match !== undefined && isFree(match) ? match : undefined;
  });
}

/**
 * Fields one generator renamed (renames.ts: a member renamed for clashing with its class, an escaped name),
 * joined: each one-sided left field with the only one-sided right field whose name it is by such a rule
 * and whose type means the same (`sameType`), when that field has no other such partner. `rules` says by
 * which rule each joined left field was renamed.
 */
export function joinRenamedFields(
  pairs: ReadonlyArray<readonly [Field | undefined, Field | undefined]>,
  model: string,
  sameType: (left: Field, right: Field) => boolean,
  typeName: (field: Field) => string | undefined = () => undefined,
): { pairs: Array<[Field | undefined, Field | undefined]>; rules: Map<Field, FieldRename> } {
  const leftOnly = pairs.flatMap(([l, r]) => (l !== undefined && r === undefined ? [l] : []));
  const rightOnly = pairs.flatMap(([l, r]) => (l === undefined && r !== undefined ? [r] : []));
  const rules = new Map<Field, FieldRename>();
  if (leftOnly.length === 0 || rightOnly.length === 0) return { pairs: pairs.map(([l, r]) => [l, r]), rules };
  const candidates = (field: Field, others: readonly Field[], leftSide: boolean) =>
    others.filter((other) => fieldRename(field, other, model, typeName) !== undefined && (leftSide ? sameType(field, other) : sameType(other, field)));
  const joined = joinOneSided(pairs, (l) => {
    const [match, ...more] = candidates(l, rightOnly, true);
    if (match === undefined || more.length > 0 || candidates(match, leftOnly, false).length !== 1) return undefined;
    rules.set(l, fieldRename(l, match, model, typeName)!);
    return match;
  });
  return { pairs: joined, rules };
}

/**
 * Pairs that {@link pairBy} left one-sided, joined a second way: each left-only item takes the right-only
 * partner `partnerOf` finds for it (each partner once), in the left's place; the partner's own one-sided
 * pair goes. The rest stays as it was.
 */
export function joinOneSided<T>(
  pairs: readonly (readonly [T | undefined, T | undefined])[],
  partnerOf: (left: T, isFree: (candidate: T) => boolean) => T | undefined,
): Array<[T | undefined, T | undefined]> {
  const taken = new Set<T>();
  const isFree = (candidate: T) => !taken.has(candidate);
  const result: Array<[T | undefined, T | undefined]> = [];
  for (const [l, r] of pairs) {
    if (l !== undefined && r === undefined) {
      const match = partnerOf(l, isFree);
      if (match !== undefined) {
        taken.add(match);
        result.push([l, match]);
        continue;
      }
    }
    if (l === undefined && r !== undefined && taken.has(r)) continue;
    result.push([l, r]);
  }
  return result;
}
