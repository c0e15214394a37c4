/** Union members of two sides, paired (compare.ts). */
import { equivalent, joinOneSided, pairBy, type NormalizedType } from "../match/index.js";

/**
 * Union members paired by meaning: by rendering first, then a left member with an equivalent right one
 * (TypeScript's `number` is Go's `integer`). In the left's order, then right-only members.
 */
export function pairMembers<M extends { readonly rendering: string; readonly type: NormalizedType }>(
  left: readonly M[],
  right: readonly M[],
  options: Parameters<typeof equivalent>[2],
): Array<[M | undefined, M | undefined]> {
  const pairs = pairBy(left, right, (member) => member.rendering);
  const rightOnly = pairs.flatMap(([l, r]) => (l === undefined && r !== undefined ? [r] : []));
  if (rightOnly.length === 0) return pairs;
  return joinOneSided(pairs, (l, isFree) => rightOnly.find((candidate) => isFree(candidate) && equivalent(l.type, candidate.type, options)));
}
