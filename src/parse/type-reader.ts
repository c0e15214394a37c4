/**
 * Turns the surface syntax of a type cell into an IR type, with the dialect's meaning of names.
 * Optionality and nullability markers at the top of the cell (`Optional[T]`, Go's `*T`, PHP's `?T`,
 * `JsonNullable<T>`, `T | null`) are lifted out: in the IR they belong to the field, not to its type.
 *
 * A name the dialect does not list is read by rules every dialect shares:
 * - linked to a page of the docs: a reference to that page;
 * - namespaced or capitalised, without a link (`*payments.ConnectorConfig*`): a reference looked up by
 *   name and namespace when the variant is resolved (`ir/resolve.ts`);
 * - linked to a library's documentation: the kind of class it is (`library-types.ts`);
 * - anything else: unknown, reported by the caller.
 */
import { posix } from "node:path";
import type { TypeExpr } from "../ir/types.js";
import type { DialectSpec } from "./dialects/dialect.js";
import { libraryType } from "./library-types.js";
import { genericRule, namedType } from "./names.js";
import { own } from "./own.js";
import type { TypeSyntax } from "./type-syntax.js";

export interface ReadType {
  readonly type: TypeExpr;
  /** The cell's wrappers say the value may be left out (Go `*T`, `JsonNullable<T>`, and every nilable wrapper). */
  readonly optionalMarker: boolean;
  /** The cell's wrappers say the value may be null (`JsonNullable<T>`, `Nullable[T]`, `T | null`). */
  readonly nullableMarker: boolean;
  /** A nilable wrapper (`Optional<T>`, `?T`, `T.nilable(T)`): null where the field is required. */
  readonly nilableMarker: boolean;
  /** What the wrappers say of null, they say loosely (C#'s `int?`: see `weakMarks` in the dialect). */
  readonly nullWeak: boolean;
  /** Names that none of the rules place: each is an unknown type. */
  readonly unknownNames: readonly string[];
}

/** Where a name inside a link is documented: a page of the docs, or a library's documentation. */
type LinkContext = { readonly kind: "page"; readonly target: string } | { readonly kind: "library"; readonly url: string } | undefined;

interface Context {
  readonly spec: DialectSpec;
  /** Path of the page holding the cell, relative to the variant root. */
  readonly pageId: string;
  readonly unknownNames: string[];
}

/**
 * A link to another page of the docs, resolved against the linking page, with its `#anchor`; an anchor
 * alone (`#backoffstrategy`) points into the linking page. External links give "".
 */
export function linkTarget(url: string, pageId: string): string {
  if (/^[a-z][a-z0-9+.-]*:/i.test(url) || url.startsWith("//")) return "";
  const [rawPath = "", rawAnchor] = url.split("#", 2);
  const page = pageId.split("#")[0] ?? pageId;
  let path: string;
  try {
    path = decodeURIComponent(rawPath);
  } catch {
    path = rawPath;
  }
  const anchor = rawAnchor === undefined || rawAnchor === "" ? "" : `#${rawAnchor.toLowerCase()}`;
  if (path === "") return anchor === "" ? "" : `${page}${anchor}`;
  return posix.normalize(posix.join(posix.dirname(page), path)) + anchor;
}

/** Names of a byte: a list of them is binary data (Go `[]byte`, C# and Java `byte[]`). */
const byteNames = new Set(["byte", "Byte", "uint8", "u8"]);

/** Whether a name the dialect does not know reads as one of the docs' own models. */
function isModelName(name: string): boolean {
  return /\.|::|\\/.test(name) || /^\p{Lu}/u.test(name);
}

/** A member that says "may be left out" (TypeScript's `undefined`). */
function isAbsent(syntax: TypeSyntax, spec: DialectSpec): boolean {
  return syntax.kind === "name" && syntax.args.length === 0 && (spec.absentNames ?? []).includes(syntax.name);
}

function isNull(syntax: TypeSyntax, spec: DialectSpec): boolean {
  if (syntax.kind === "literal") return syntax.value === null;
  if (syntax.kind !== "name" || syntax.args.length > 0) return false;
  const meaning = namedType(spec, syntax.name);
  return meaning?.kind === "literal" && meaning.value === null;
}

function readName(syntax: TypeSyntax & { kind: "name" }, link: LinkContext, context: Context): TypeExpr {
  const { spec } = context;
  const rule = genericRule(spec, syntax.name);
  if (rule !== undefined && syntax.args.length > 0) {
    const last = syntax.args[syntax.args.length - 1]!;
    switch (rule) {
      // Inside a link to a page, a collection's items are what the page documents (`[List<X>](x.md)`).
      case "array":
        return { kind: "array", items: readInner(syntax.args[0]!, link, context) };
      case "map":
        return { kind: "map", values: readInner(last, link, context) };
      case "array-or-map":
        return syntax.args.length === 1 ? { kind: "array", items: readInner(last, link, context) } : { kind: "map", values: readInner(last, link, context) };
      case "union":
        return { kind: "union", members: syntax.args.map((arg) => readInner(arg, undefined, context)) };
      case "binary":
        return { kind: "binary" };
      case "http-response":
        return { kind: "http-response" };
      case "same":
        return readInner(syntax.args[0]!, link, context);
      case "optional":
      case "nilable":
      case "nullable":
      case "optional-nullable":
        // Nested inside another type, a wrapper only says "may be null"; the field-level meaning is lifted in readType.
        return readInner(syntax.args[0]!, link, context);
    }
  }
  const known = namedType(spec, syntax.name, link?.kind === "page");
  if (known !== undefined && syntax.args.length === 0) return known;
  if (link?.kind === "page" && link.target !== "") return { kind: "ref", target: link.target, written: syntax.name };
  if (link?.kind === "library") {
    const library = libraryType(syntax.name, link.url);
    if (library !== undefined) return library;
  }
  if (syntax.args.length === 0 && isModelName(syntax.name)) return { kind: "ref", target: "", written: syntax.name };
  context.unknownNames.push(syntax.name);
  return { kind: "unknown", written: syntax.name };
}

function readInner(syntax: TypeSyntax, link: LinkContext, context: Context): TypeExpr {
  switch (syntax.kind) {
    case "name":
      return readName(syntax, link, context);
    case "link":
      return readLink(syntax, context);
    case "mark":
      return readInner(syntax.inner, link, context);
    case "list":
      if (syntax.items.kind === "name" && byteNames.has(syntax.items.name)) return { kind: "binary" };
      return { kind: "array", items: readInner(syntax.items, link, context) };
    case "map":
      return { kind: "map", values: readInner(syntax.value, link, context) };
    case "union":
      return { kind: "union", members: syntax.members.map((member) => readInner(member, link, context)) };
    case "literal":
      return { kind: "literal", value: syntax.value };
    case "wildcard":
      return { kind: "any" };
  }
}

/**
 * A link inside a type: a link to a library's docs reads its text with the library rule; a link to a
 * page of the docs names the type documented there, whatever its text spells out (Ruby links
 * `T.any(…)` and PHP `A\|B\|null` to the union page they describe), unless the text is a list or a map,
 * whose items are what the link documents (`[List[shared.X]](x.md)`).
 */
function readLink(syntax: TypeSyntax & { kind: "link" }, context: Context): TypeExpr {
  const target = linkTarget(syntax.url, context.pageId);
  if (target === "") return readInner(syntax.inner, { kind: "library", url: syntax.url }, context);
  return readPageLink(peelMarkers(syntax.inner, context.spec, context.pageId).syntax, target, context);
}

function readPageLink(inner: TypeSyntax, target: string, context: Context): TypeExpr {
  if (isCollection(inner, context.spec)) return readInner(inner, { kind: "page", target }, context);
  const known = inner.kind === "name" && inner.args.length === 0 ? namedType(context.spec, inner.name, true) : undefined;
  if (known !== undefined) return known;
  return { kind: "ref", target, written: writtenName(inner) };
}

/** A list or a map, in any notation. */
function isCollection(syntax: TypeSyntax, spec: DialectSpec): boolean {
  if (syntax.kind === "list" || syntax.kind === "map") return true;
  if (syntax.kind !== "name" || syntax.args.length === 0) return false;
  const rule = genericRule(spec, syntax.name);
  return rule === "array" || rule === "map" || rule === "array-or-map";
}

/** A type's names as written, for the `written` of a ref that stands for it. */
function writtenName(syntax: TypeSyntax): string {
  switch (syntax.kind) {
    case "name":
      return syntax.args.length === 0 ? syntax.name : `${syntax.name}(${syntax.args.map(writtenName).join(", ")})`;
    case "union":
      return syntax.members.map(writtenName).join(" | ");
    case "mark":
    case "link":
      return writtenName(syntax.inner);
    default:
      return syntax.kind;
  }
}

interface Markers {
  readonly syntax: TypeSyntax;
  readonly link: LinkContext;
  readonly optional: boolean;
  readonly nullable: boolean;
  readonly nilable: boolean;
  /** A null-saying mark was one of the dialect's weak marks, around a value type. */
  readonly nullWeak: boolean;
}

/** A value type, as far as a cell can tell: a primitive other than a string, or a named type (which may be an enum). */
function isValueType(syntax: TypeSyntax, spec: DialectSpec): boolean {
  if (syntax.kind === "link" || syntax.kind === "mark") return isValueType(syntax.inner, spec);
  if (syntax.kind !== "name" || syntax.args.length > 0) return false;
  const known = namedType(spec, syntax.name);
  if (known === undefined) return genericRule(spec, syntax.name) === undefined && isModelName(syntax.name);
  return known.kind === "primitive" && known.name !== "string";
}

/** What each wrapper rule says: may be left out, may be null, nilable. */
const wrapperMeaning: Readonly<Record<string, readonly [boolean, boolean, boolean]>> = {
  optional: [true, false, false],
  nilable: [true, false, true],
  nullable: [false, true, false],
  "optional-nullable": [true, true, false],
};

/**
 * Peels the field-level wrappers off the top of a cell: links, the dialect's marks (`*T`, `?T`, `T?`),
 * `Optional`-like generics and a `null` member of a union.
 */
function peelMarkers(syntax: TypeSyntax, spec: DialectSpec, pageId: string): Markers {
  let current = syntax;
  let link: LinkContext;
  let optional = false;
  let nullable = false;
  let nilable = false;
  let nullWeak = false;
  const wrapped = (meaning: readonly [boolean, boolean, boolean], inner: TypeSyntax) => {
    optional ||= meaning[0];
    nullable ||= meaning[1];
    nilable ||= meaning[2];
    current = inner;
  };
  for (;;) {
    const mark = current.kind === "mark" ? spec.marks[current.mark] : undefined;
    const rule = current.kind === "name" && current.args.length === 1 ? genericRule(spec, current.name) : undefined;
    if (current.kind === "link") {
      const target = linkTarget(current.url, pageId);
      link = target === "" ? { kind: "library", url: current.url } : { kind: "page", target };
      current = current.inner;
    } else if (current.kind === "mark" && mark !== undefined) {
      if (spec.weakMarks?.includes(current.mark) === true && isValueType(current.inner, spec)) nullWeak = true;
      wrapped(wrapperMeaning[mark]!, current.inner);
    } else if (current.kind === "name" && rule !== undefined && wrapperMeaning[rule] !== undefined) {
      wrapped(wrapperMeaning[rule]!, current.args[0]!);
    } else if (current.kind === "name" && current.args.length === 0 && own(spec.nullableNames, current.name) !== undefined) {
      wrapped(wrapperMeaning["nullable"]!, { kind: "name", name: own(spec.nullableNames, current.name)!, args: [] });
    } else if (current.kind === "union" && current.members.some((member) => isAbsent(member, spec))) {
      const rest = current.members.filter((member) => !isAbsent(member, spec));
      if (rest.length === 0) break;
      wrapped(wrapperMeaning["optional"]!, rest.length === 1 ? rest[0]! : { kind: "union", members: rest });
    } else if (current.kind === "union" && current.members.some((member) => isNull(member, spec))) {
      const rest = current.members.filter((member) => !isNull(member, spec));
      if (rest.length === 0) break;
      wrapped(wrapperMeaning[spec.nullMember ?? "nullable"]!, rest.length === 1 ? rest[0]! : { kind: "union", members: rest });
    } else {
      break;
    }
  }
  return { syntax: current, link, optional, nullable, nilable, nullWeak };
}

/** Reads a whole type cell. */
export function readType(syntax: TypeSyntax, spec: DialectSpec, pageId: string): ReadType {
  const markers = peelMarkers(syntax, spec, pageId);
  const context: Context = { spec, pageId, unknownNames: [] };
  const read = markers.link?.kind === "page" ? readPageLink(markers.syntax, markers.link.target, context) : readInner(markers.syntax, markers.link, context);
  const type: TypeExpr = read.kind === "http-response" && markers.optional && spec.optionalResponseIsBody ? { kind: "binary" } : read;
  return {
    type,
    optionalMarker: markers.optional,
    nullableMarker: markers.nullable,
    nilableMarker: markers.nilable,
    nullWeak: markers.nullWeak,
    unknownNames: context.unknownNames,
  };
}
