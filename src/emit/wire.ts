/**
 * The wire view of the IR: what a JSON payload can hold. SDK-only parts (the raw HTTP response object)
 * are removed here once, so that interfaces, validators and fixtures agree on which fields exist.
 */
import type { EnumDecl, Field, ModelDecl, TypeExpr, UnionDecl } from "../ir/types.js";
import { emittedFieldName, type FieldNaming } from "../ir/naming.js";

/** A model field as emitted: its property name and its wire type. */
export interface WireField {
  readonly field: Field;
  /** The property name under the naming policy (unquoted). */
  readonly key: string;
  readonly type: TypeExpr;
  /** Later fields of the docs that map to the same property name and are left out (`Id` after `ID`). */
  readonly shadowed: readonly Field[];
}

/**
 * The type with SDK-only parts removed, or `undefined` when nothing of it is on the wire
 * (`*http.Response`, a list of them, a union of nothing else).
 */
export function wireType(type: TypeExpr): TypeExpr | undefined {
  switch (type.kind) {
    case "http-response":
      return undefined;
    case "array": {
      const items = wireType(type.items);
      return items === undefined ? undefined : items === type.items ? type : { kind: "array", items };
    }
    case "map": {
      const values = wireType(type.values);
      return values === undefined ? undefined : values === type.values ? type : { kind: "map", values };
    }
    case "union": {
      const members: TypeExpr[] = [];
      for (const member of type.members) {
        const kept = wireType(member);
        if (kept !== undefined) members.push(kept);
      }
      if (members.length === 0) return type.members.length === 0 ? type : undefined;
      return members.length === type.members.length && members.every((m, i) => m === type.members[i])
        ? type
        : { kind: "union", members };
    }
    default:
      return type;
  }
}

/**
 * The fields a model emits, in the docs' order: SDK-only fields left out, and a field whose property
 * name repeats an earlier one (`ID` and `Id` both become `id`) left out too, since an object cannot
 * hold the key twice.
 */
export function wireFields(model: ModelDecl, naming: FieldNaming): readonly WireField[] {
  let perNaming = wireFieldsCache.get(model);
  if (perNaming === undefined) {
    perNaming = new Map();
    wireFieldsCache.set(model, perNaming);
  }
  let fields = perNaming.get(naming);
  if (fields === undefined) {
    fields = computeWireFields(model, naming);
    perNaming.set(naming, fields);
  }
  return fields;
}

/** Emitters ask for a model's fields many times (types, validators, fixture ranks and values). */
const wireFieldsCache = new WeakMap<ModelDecl, Map<FieldNaming, readonly WireField[]>>();

function computeWireFields(model: ModelDecl, naming: FieldNaming): readonly WireField[] {
  const byKey = new Map<string, Field[]>();
  const fields: WireField[] = [];
  for (const field of model.fields) {
    const type = wireType(field.type);
    if (type === undefined) continue;
    const key = emittedFieldName(field, naming);
    const shadowed = byKey.get(key);
    if (shadowed !== undefined) {
      shadowed.push(field);
      continue;
    }
    const list: Field[] = [];
    byKey.set(key, list);
    fields.push({ field, key, type, shadowed: list });
  }
  return fields;
}

/** An enum's distinct wire values, in the docs' order (non-finite numbers cannot be written as literals). */
export function enumValues(decl: EnumDecl): (string | number)[] {
  const seen = new Set<string | number>();
  const values: (string | number)[] = [];
  for (const { value } of decl.values) {
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
