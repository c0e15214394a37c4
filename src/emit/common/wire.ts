/**
 * What a JSON payload can hold of enums and unions, and the keys every object inherits. SDK-only parts
 * (the raw HTTP response object) are removed (ir/wire-type.ts), so that every output agrees on what
 * exists; a model's fields are the run's view's (emit/view.ts).
 */
import type { EnumDecl, TypeExpr, UnionDecl } from "../../ir/types.js";
import { wireType } from "../../ir/wire-type.js";

/** An enum's distinct wire values, in the docs' order (non-finite numbers cannot be written as literals). */
export function enumValues(decl: EnumDecl): (string | number)[] {
  const seen = new Set<string | number>();
  const values: (string | number)[] = [];
  for (const { value, unstated } of decl.values) {
    // A constant whose wire value the docs do not give puts no value on the wire.
    if (unstated?.includes("value")) continue;
    if (typeof value === "number" && !Number.isFinite(value)) continue;
    if (seen.has(value)) continue;
    seen.add(value);
    values.push(value);
  }
  return values;
}

/**
 * Whether an enum accepts values beyond its listed ones. An enum whose page lists no values puts no
 * constraint on the string, so it is treated as open rather than as the empty type.
 */
export function isOpenEnum(decl: EnumDecl): boolean {
  return decl.open || enumValues(decl).length === 0;
}

/** A union page's member types on the wire; `undefined` when no member is (then anything is accepted). */
export function unionMemberTypes(decl: UnionDecl): TypeExpr | undefined {
  const members: TypeExpr[] = [];
  for (const member of decl.members) {
    const type = wireType(member.type);
    if (type !== undefined) members.push(type);
  }
  return members.length === 0 ? undefined : { kind: "union", members };
}

/**
 * The keys every object inherits from Object.prototype, spelled out (not read from the running Node) so
 * that output does not depend on the Node version. Reading such a key as `value[key]` finds the
 * inherited member, so validators read these keys as own keys only, and fixtures always write them.
 */
export const inheritedKeys: ReadonlySet<string> = new Set([
  "__proto__",
  "__defineGetter__",
  "__defineSetter__",
  "__lookupGetter__",
  "__lookupSetter__",
  "constructor",
  "hasOwnProperty",
  "isPrototypeOf",
  "propertyIsEnumerable",
  "toLocaleString",
  "toString",
  "valueOf",
]);
