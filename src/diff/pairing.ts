/**
 * Which declaration, field, value or member of one side is which of the other.
 *
 * - Declarations pair on `matchKey(canonicalName)` (`CreatePassthroughJSONResponse` ≡
 *   `CreatePassthroughJsonResponse`). Between languages (`linkTargets`), declarations left unpaired then
 *   pair **by link target**: when two paired fields link to an unpaired page on each
 *   side, those pages are one declaration under two names, and their own fields are followed in turn.
 *   The corpus case: TypeScript names the enum `ReturnTypeT` (typescript/docs/sdk/models/shared/returntypet.md)
 *   because `ReturnType` is a TypeScript built-in; every other language names it `ReturnType`, and
 *   `ShippingShipment.returnType` links to it in all five.
 * - Fields pair on `matchKey(canonicalName)` (`HookURL` ≡ `HookUrl` ≡ `hook_url`). Between languages, a
 *   one-sided binary body field then pairs with a one-sided binary body field of the same stem: Speakeasy
 *   names the binary response body `…ResponseStream` in Go, Python and Java and `…Bytes` in C#
 *   (go/docs/pkg/models/operations/createpassthroughjsonresponse.md `DefaultWildcardWildcardResponseStream`,
 *   csharp/docs/Models/Requests/CreatePassthroughJsonResponse.md `DefaultWildcardWildcardBytes`).
 *
 * Every index is a Map: pairing is linear in the number of declarations and fields.
 */
import { matchKey } from "../ir/naming.js";
import type { Declaration, Field, TypeExpr, Variant } from "../ir/types.js";

/**
 * Pairs items with the same key, in the left's order, then right-only items in the right's order.
 * Several items with one key on a side pair up in order; the surplus is left- or right-only.
 */
export function pairBy<T>(left: readonly T[], right: readonly T[], key: (item: T) => string): Array<[T | undefined, T | undefined]> {
  const rightByKey = new Map<string, T[]>();
  for (const item of right) {
    const k = key(item);
    const list = rightByKey.get(k);
    if (list) list.push(item);
    else rightByKey.set(k, [item]);
  }
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

export interface DeclarationPairing {
  /** Left's order (a pair found by link target in its left declaration's place), then right-only declarations in right's order. */
  readonly pairs: ReadonlyArray<readonly [Declaration | undefined, Declaration | undefined]>;
  /**
   * Right declaration id → the canonical name of the left declaration it was paired with, for the pairs
   * whose names differ (found by link target). Refs to such a right page compare as refs to the left one.
   */
  readonly rightAliases: ReadonlyMap<string, string>;
}

export interface DeclarationPairingOptions {
  /** Also pair declarations that two paired fields link to (between languages). Default `false`. */
  readonly linkTargets?: boolean;
}

/** The declarations of two variants, paired (see the module comment). */
export function pairDeclarations(left: Variant, right: Variant, options: DeclarationPairingOptions = {}): DeclarationPairing {
  const byName = pairBy(left.declarations, right.declarations, (declaration) => matchKey(declaration.canonicalName));
  const rightAliases = new Map<string, string>();
  if (options.linkTargets !== true) return { pairs: byName, rightAliases };

  const leftById = new Map(left.declarations.map((declaration) => [declaration.id, declaration]));
  const rightById = new Map(right.declarations.map((declaration) => [declaration.id, declaration]));
  const unpairedLeft = new Set<Declaration>();
  const unpairedRight = new Set<Declaration>();
  const queue: Array<[Declaration, Declaration]> = [];
  for (const [l, r] of byName) {
    if (l !== undefined && r !== undefined) queue.push([l, r]);
    else if (l !== undefined) unpairedLeft.add(l);
    else if (r !== undefined) unpairedRight.add(r);
  }
  if (unpairedLeft.size === 0 || unpairedRight.size === 0) return { pairs: byName, rightAliases };

  const linked = new Map<Declaration, Declaration>();
  const visit = (leftType: TypeExpr, rightType: TypeExpr): void => {
    const targets: Array<[string, string]> = [];
    parallelRefs(leftType, rightType, targets);
    for (const [leftId, rightId] of targets) {
      const l = leftById.get(leftId);
      const r = rightById.get(rightId);
      if (l === undefined || r === undefined || l.kind !== r.kind) continue;
      if (!unpairedLeft.has(l) || !unpairedRight.has(r)) continue;
      unpairedLeft.delete(l);
      unpairedRight.delete(r);
      linked.set(l, r);
      rightAliases.set(r.id, l.canonicalName);
      queue.push([l, r]);
    }
  };
  // Breadth-first from the name pairs: a page found by link target is followed in turn.
  for (let index = 0; index < queue.length; index++) {
    const [l, r] = queue[index] as [Declaration, Declaration];
    if (l.kind === "model" && r.kind === "model") {
      for (const [lf, rf] of pairBy(l.fields, r.fields, (field) => matchKey(field.canonicalName))) {
        if (lf !== undefined && rf !== undefined) visit(lf.type, rf.type);
      }
    }
  }
  if (linked.size === 0) return { pairs: byName, rightAliases };

  const pairs: Array<readonly [Declaration | undefined, Declaration | undefined]> = [];
  const linkedRight = new Set(linked.values());
  for (const [l, r] of byName) {
    if (l !== undefined && r === undefined && linked.has(l)) pairs.push([l, linked.get(l)]);
    else if (l === undefined && r !== undefined && linkedRight.has(r)) continue;
    else pairs.push([l, r]);
  }
  return { pairs, rightAliases };
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

/** `T | null` → `T`; any other type as is. */
function withoutNull(type: TypeExpr): TypeExpr {
  if (type.kind !== "union") return type;
  const rest = type.members.filter((member) => !(member.kind === "literal" && member.value === null));
  return rest.length === 1 ? (rest[0] as TypeExpr) : type;
}

/** Suffixes SDK generators give the property that holds a binary response body. */
const BINARY_BODY_SUFFIX = /(ResponseStream|Stream|Bytes)$/i;

/** Whether a field carries raw bytes (binary, or the SDK's HTTP response standing in for a streamed body). */
function isBodyField(field: Field): boolean {
  const type = withoutNull(field.type);
  return type.kind === "binary" || type.kind === "http-response";
}

/** The name a binary body field has without its SDK suffix; undefined for other fields. */
export function binaryBodyStem(field: Field): string | undefined {
  if (!isBodyField(field) || !BINARY_BODY_SUFFIX.test(field.canonicalName)) return undefined;
  const stem = matchKey(field.canonicalName.replace(BINARY_BODY_SUFFIX, ""));
  return stem === "" ? undefined : stem;
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
  const taken = new Set<Field>();
  const result: Array<[Field | undefined, Field | undefined]> = [];
  for (const [l, r] of pairs) {
    if (l !== undefined && r === undefined) {
      const stem = binaryBodyStem(l);
      const match = stem === undefined ? undefined : rightOnly.get(stem);
      if (match !== undefined && !taken.has(match)) {
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
