/**
 * Types compared by meaning, not by how a language writes them.
 *
 * A {@link TypeExpr} is first normalised ({@link normalizeType}): references become the canonical
 * name of the declaration they point at (each side resolves its own refs, since ref targets are
 * page paths of that side), unions are flattened, deduplicated and sorted, `any | T` is `any`, and a
 * one-member union is its member. The normalised tree has one rendering ({@link renderNormalized})
 * used both to compare and to display:
 *
 * | type                      | rendering                 |
 * | ------------------------- | ------------------------- |
 * | primitive                 | `string`, `integer`, `number`, `boolean`, `date`, `date-time` |
 * | any                       | `any`                     |
 * | array                     | `array<string>`           |
 * | map                       | `map<string, any>`        |
 * | ref                       | `ref Event`               |
 * | union                     | `integer \| string` (members sorted) |
 * | literal                   | `"virtual"`, `1`, `true`, `null` |
 * | binary / http-response    | `binary`, `http-response` |
 * | unknown                   | `unknown(<as written>)`   |
 *
 * Every compound rendering is bracketed, so a union nested anywhere is unambiguous. Comparison goes
 * by meaning: a `number` whose notation cannot say whether it is an integer (TypeScript's) is
 * equivalent to an `integer` and to a `number`, a `date-time` whose class generators write for dates too
 * (Python's `datetime`: a weak fact) to a `date`, a `string` that may hold bytes (PHP's) to `binary`, a
 * `string` that may hold a date (APIMatic's TypeScript) to a `date` and a `date-time`, a ref
 * to a union declaration to the union of its members; a dialect's silence is not a difference.
 */
import { canonicalTypeName } from "../ir/naming.js";
import type { Declaration, PrimitiveName, RefType, TypeExpr, Variant } from "../ir/types.js";
import { compareCodeUnits } from "../code-units.js";

/**
 * Turns a ref into the name of the declaration it denotes; `unionOf` gives the member types of a
 * union declaration a ref points at (a field typed `ref Value` is the union `Value` documents).
 */
export interface RefResolver {
  (ref: RefType): string;
  readonly unionOf?: (ref: RefType) => readonly TypeExpr[] | undefined;
}

/**
 * A resolver for one side's refs: the name the target declaration goes by in the comparison (`names`,
 * by declaration id: see `pairing.ts`, where the two sides of a pair go by one name), or its canonical
 * name; a ref to no declaration of that side resolves to the canonical form of the name as written.
 */
export function refResolver(declarations: readonly Declaration[] | Variant, names: ReadonlyMap<string, string> = new Map()): RefResolver {
  const list = "declarations" in declarations ? declarations.declarations : declarations;
  const byId = new Map<string, string>();
  const unions = new Map<string, readonly TypeExpr[]>();
  for (const declaration of list) {
    byId.set(declaration.id, names.get(declaration.id) ?? declaration.canonicalName);
    if (declaration.kind === "union" && declaration.unstated === undefined) unions.set(declaration.id, declaration.members.map((member) => member.type));
  }
  const resolve = (ref: RefType): string => {
    const resolved = ref.target === "" ? undefined : byId.get(ref.target);
    if (resolved !== undefined) return resolved;
    const written = ref.written.trim().replace(/^[*&]+/, "");
    return written === "" ? "?" : canonicalTypeName(written);
  };
  return Object.assign(resolve, { unionOf: (ref: RefType) => unions.get(ref.target) });
}

/** A {@link TypeExpr} after normalisation: refs carry a canonical name instead of a page path. */
export type NormalizedType =
  /**
   * `vague`: what the notation does not say (a `number` that may be an integer, a `string` that may hold
   * bytes or a date), or says only weakly (a `date-time` class that generators write for dates too: `time`).
   */
  | { readonly kind: "primitive"; readonly name: PrimitiveName; readonly vague?: readonly ("integer" | "binary" | "date" | "time")[] }
  | { readonly kind: "any" }
  | { readonly kind: "array"; readonly items: NormalizedType }
  | { readonly kind: "map"; readonly values: NormalizedType }
  /** `union`: for a ref to a union declaration, its members, normalised on demand (one level: refs inside are not expanded again). */
  | { readonly kind: "ref"; readonly name: string; readonly union?: () => NormalizedType }
  | { readonly kind: "union"; readonly members: readonly NormalizedType[] }
  | { readonly kind: "literal"; readonly value: string | number | boolean | null }
  | { readonly kind: "binary" }
  | { readonly kind: "http-response" }
  | { readonly kind: "unknown"; readonly written: string };

/** Normalise a type (see the module comment). */
export function normalizeType(type: TypeExpr, resolve: RefResolver): NormalizedType {
  switch (type.kind) {
    case "primitive": {
      const vague = [...(type.unstated ?? []), ...(type.weak ?? [])];
      return vague.length > 0 ? { kind: "primitive", name: type.name, vague } : { kind: "primitive", name: type.name };
    }
    case "any":
    case "binary":
    case "http-response":
      return { kind: type.kind };
    case "array":
      return { kind: "array", items: normalizeType(type.items, resolve) };
    case "map":
      return { kind: "map", values: normalizeType(type.values, resolve) };
    case "ref": {
      const members = resolve.unionOf?.(type);
      if (members === undefined) return { kind: "ref", name: resolve(type) };
      const plain = (ref: RefType) => resolve(ref);
      return { kind: "ref", name: resolve(type), union: () => makeUnion(members.map((member) => normalizeType(member, plain))) };
    }
    case "literal":
      return { kind: "literal", value: type.value };
    case "unknown":
      return { kind: "unknown", written: type.written.replace(/\s+/g, " ").trim() };
    case "union":
      return makeUnion(type.members.map((member) => normalizeType(member, resolve)));
  }
}

/** Flatten, drop duplicates, sort; `any` absorbs everything; one member is that member. */
function makeUnion(members: readonly NormalizedType[]): NormalizedType {
  const flat: NormalizedType[] = [];
  for (const member of members) {
    if (member.kind === "union") flat.push(...member.members);
    else flat.push(member);
  }
  if (flat.some((member) => member.kind === "any")) return { kind: "any" };
  const byRendering = new Map<string, NormalizedType>();
  for (const member of flat) byRendering.set(renderNormalized(member), member);
  const sorted = [...byRendering.keys()].sort(compareCodeUnits).map((key) => byRendering.get(key) as NormalizedType);
  if (sorted.length === 1) return sorted[0] as NormalizedType;
  return { kind: "union", members: sorted };
}

/**
 * A field's type as the diff sees it: a top-level `null` union member (TypeScript `T | null`,
 * Python `Optional[T]`) is not part of the type but makes the field nullable, as the IR's
 * `nullable` flag does for other languages.
 */
export function splitNullable(type: NormalizedType): { type: NormalizedType; nullable: boolean } {
  if (type.kind !== "union") return { type, nullable: false };
  const rest = type.members.filter((member) => !(member.kind === "literal" && member.value === null));
  if (rest.length === type.members.length) return { type, nullable: false };
  if (rest.length === 0) return { type: { kind: "literal", value: null }, nullable: true };
  return { type: makeUnion(rest), nullable: true };
}

/** The canonical rendering of a normalised type. */
export function renderNormalized(type: NormalizedType): string {
  switch (type.kind) {
    case "primitive":
      return type.name;
    case "any":
    case "binary":
    case "http-response":
      return type.kind;
    case "array":
      return `array<${renderNormalized(type.items)}>`;
    case "map":
      return `map<string, ${renderNormalized(type.values)}>`;
    case "ref":
      return `ref ${type.name}`;
    case "union":
      return type.members.map(renderNormalized).join(" | ");
    case "literal":
      return JSON.stringify(type.value);
    case "unknown":
      return `unknown(${type.written})`;
  }
}

/** The canonical rendering of a type: `map<string, any>`, `array<ref Event>`, `date-time`. */
export function renderType(type: TypeExpr, resolve: RefResolver): string {
  return renderNormalized(normalizeType(type, resolve));
}

export interface EquivalenceOptions {
  /**
   * Treat an `unknown` type (a cell the parser could not read; it already reported it) as matching
   * anything, so an unreadable cell never shows up as drift. Used when comparing languages, where the
   * written forms cannot be compared; off when comparing versions of one language.
   */
  readonly unknownMatchesAnything?: boolean;
  /**
   * Treat `binary` and `http-response` as one type: a body handed over as raw bytes. Python's SDK
   * documents a streamed response body as its HTTP response object (`*Optional[httpx.Response]*` in
   * python/docs/models/operations/createpassthroughjsonresponse.md, where Go has `` `io.ReadCloser` ``,
   * C# `*byte[]*` and Java `*Optional\<InputStream>*`). Used when comparing languages.
   */
  readonly bodiesMatch?: boolean;
}

/** Whether two normalised types mean the same thing. */
export function equivalent(a: NormalizedType, b: NormalizedType, options: EquivalenceOptions = {}): boolean {
  if (options.unknownMatchesAnything === true && (containsUnknownAtTop(a) || containsUnknownAtTop(b))) return true;
  if (isBody(a, options) && isBody(b, options)) return true;
  if (mayBeBytes(a) && b.kind === "binary") return true;
  if (mayBeBytes(b) && a.kind === "binary") return true;
  if (a.kind === "ref" && b.kind === "ref" && a.name === b.name) return true;
  // A ref to a union is the union it names: one side may spell the members out.
  if (a.kind === "ref" && a.union !== undefined && !(b.kind === "ref" && b.union !== undefined)) return equivalent(a.union(), b, options);
  if (b.kind === "ref" && b.union !== undefined && a.kind !== "ref") return equivalent(a, b.union(), options);
  if (a.kind !== b.kind) return false;
  switch (a.kind) {
    case "primitive":
      return samePrimitive(a, b as typeof a);
    case "array":
      return equivalent(a.items, (b as typeof a).items, options);
    case "map":
      return equivalent(a.values, (b as typeof a).values, options);
    case "union":
      return sameMembers(a.members, (b as typeof a).members, options);
    default:
      return renderNormalized(a) === renderNormalized(b);
  }
}

type Primitive = NormalizedType & { kind: "primitive" };

/** Equal names; a number that may be an integer against an integer; a string that may be a date against a date or date-time; a date-time that may be a date against a date. */
function samePrimitive(a: Primitive, b: Primitive): boolean {
  if (a.name === b.name) return true;
  const couldBe = (vague: Primitive, other: Primitive) =>
    (vague.name === "number" && vague.vague?.includes("integer") === true && other.name === "integer") ||
    (vague.name === "string" && vague.vague?.includes("date") === true && (other.name === "date" || other.name === "date-time")) ||
    (vague.name === "date-time" && vague.vague?.includes("time") === true && other.name === "date");
  return couldBe(a, b) || couldBe(b, a);
}

/**
 * Whether two member lists are the same set by meaning: each member of either has an equivalent member in
 * the other. Not one to one: TypeScript's `string | number | number` (its float and its integer, which it
 * cannot tell apart) is the same set as `str | float | int`.
 */
function sameMembers(a: readonly NormalizedType[], b: readonly NormalizedType[], options: EquivalenceOptions): boolean {
  const covers = (from: readonly NormalizedType[], to: readonly NormalizedType[]) => from.every((member) => to.some((other) => equivalent(member, other, options)));
  return covers(a, b) && covers(b, a);
}

/** Between languages (`bodiesMatch`), raw bytes and the SDK's response object both carry a body. */
const isBody = (type: NormalizedType, options: EquivalenceOptions): boolean => options.bodiesMatch === true && (type.kind === "binary" || type.kind === "http-response");

/** A `string` whose notation cannot tell text from bytes. */
const mayBeBytes = (type: NormalizedType): boolean => type.kind === "primitive" && type.name === "string" && type.vague?.includes("binary") === true;

/** An unknown node, or a union with a member containing one (its members cannot be lined up). */
function containsUnknownAtTop(type: NormalizedType): boolean {
  return type.kind === "unknown" || (type.kind === "union" && type.members.some(containsUnknown));
}

/** Whether an unreadable type occurs anywhere in the tree. */
export function containsUnknown(type: NormalizedType): boolean {
  switch (type.kind) {
    case "unknown":
      return true;
    case "array":
      return containsUnknown(type.items);
    case "map":
      return containsUnknown(type.values);
    case "union":
      return type.members.some(containsUnknown);
    default:
      return false;
  }
}

/** Whether two types, each resolved on its own side, mean the same thing. */
export function typesEquivalent(
  left: TypeExpr,
  resolveLeft: RefResolver,
  right: TypeExpr,
  resolveRight: RefResolver,
  options: EquivalenceOptions = {},
): boolean {
  return equivalent(normalizeType(left, resolveLeft), normalizeType(right, resolveRight), options);
}

/**
 * Whether every value of `from` is a value of `to` (on the wire): `integer` → `number`,
 * `date`/`date-time` → `string`, a literal → its primitive, `T` → any union containing `T`, anything → `any`,
 * element-wise for arrays and maps.
 */
export function assignable(from: NormalizedType, to: NormalizedType): boolean {
  if (equivalent(from, to)) return true;
  if (to.kind === "any") return true;
  if (from.kind === "union") return from.members.every((member) => assignable(member, to));
  if (to.kind === "union") return to.members.some((member) => assignable(from, member));
  switch (from.kind) {
    case "primitive":
      if (to.kind !== "primitive") return false;
      return (
        samePrimitive(from, to) ||
        (from.name === "integer" && to.name === "number") ||
        ((from.name === "date" || from.name === "date-time") && to.name === "string")
      );
    case "literal": {
      if (to.kind !== "primitive") return false;
      const value = from.value;
      if (typeof value === "string") return to.name === "string";
      if (typeof value === "boolean") return to.name === "boolean";
      if (typeof value === "number") return to.name === "number" || (to.name === "integer" && Number.isInteger(value));
      return false;
    }
    case "array":
      return to.kind === "array" && assignable(from.items, to.items);
    case "map":
      return to.kind === "map" && assignable(from.values, to.values);
    default:
      return false;
  }
}

/**
 * How a type changed from an older to a newer version: `widened` (accepts every old value and more),
 * `narrowed` (accepts a subset of the old values) or `incompatible` (neither).
 */
export type TypeCompatibility = "equal" | "widened" | "narrowed" | "incompatible";

export function typeCompatibility(older: NormalizedType, newer: NormalizedType): TypeCompatibility {
  if (equivalent(older, newer)) return "equal";
  if (assignable(older, newer)) return "widened";
  if (assignable(newer, older)) return "narrowed";
  return "incompatible";
}

