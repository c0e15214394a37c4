/**
 * The wire view of the IR: what a JSON payload can hold. SDK-only parts (the raw HTTP response object)
 * are removed once (ir/wire-type.ts), so that interfaces, validators and fixtures agree on which fields
 * exist and what each property is called.
 */
import type { EnumDecl, ModelDecl, TypeExpr, UnionDecl } from "../ir/types.js";
import type { FieldNaming } from "../ir/naming.js";
import { namedFields, type NamedField } from "../ir/property-names.js";
import { wireType } from "../ir/wire-type.js";

/** A model field as emitted: its property name and its wire type (see ir/property-names.ts). */
export type WireField = NamedField;

/**
 * The fields a model emits, in the docs' order: SDK-only fields left out, and each with a property name
 * of its own (a field whose name repeats an earlier one's under the naming gets `<name>2`).
 */
export function wireFields(model: ModelDecl, naming: FieldNaming): readonly WireField[] {
  return namedFields(model, naming);
}

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
