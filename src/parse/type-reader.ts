/**
 * Turns the surface syntax of a type cell into an IR type, with the dialect's meaning of names.
 * Optionality and nullability markers at the top of the cell (`Optional[T]`, Go's `*T`,
 * `JsonNullable<T>`) are lifted out: in the IR they belong to the field, not to its type.
 */
import { posix } from "node:path";
import type { TypeExpr } from "../ir/types.js";
import type { DialectSpec } from "./dialects/dialect.js";
import type { TypeSyntax } from "./type-syntax.js";

export interface ReadType {
  readonly type: TypeExpr;
  /** The cell itself says the value may be absent (`Optional[T]`, Go `*T`). */
  readonly optionalMarker: boolean;
  /** The cell itself says the value may be null. */
  readonly nullableMarker: boolean;
  /** Names the dialect does not know and that are not links to pages: each is an unknown type. */
  readonly unknownNames: readonly string[];
}

interface Context {
  readonly spec: DialectSpec;
  /** Path of the page holding the cell, relative to the variant root. */
  readonly pageId: string;
  readonly unknownNames: string[];
}

/** A link to another page of the docs, resolved against the linking page; external links give "". */
export function linkTarget(url: string, pageId: string): string {
  if (/^[a-z][a-z0-9+.-]*:/i.test(url) || url.startsWith("#")) return "";
  const path = decodeURIComponent(url.split("#")[0] ?? "");
  if (path === "") return "";
  return posix.normalize(posix.join(posix.dirname(pageId), path));
}

function firstArg(syntax: TypeSyntax & { kind: "name" }): TypeSyntax | undefined {
  return syntax.args[0];
}

function readName(syntax: TypeSyntax & { kind: "name" }, link: string, context: Context): TypeExpr {
  const { spec } = context;
  const rule = spec.generics[syntax.name];
  if (rule !== undefined && syntax.args.length > 0) {
    switch (rule) {
      case "array":
        return { kind: "array", items: readInner(firstArg(syntax)!, "", context) };
      case "map":
        return { kind: "map", values: readInner(syntax.args[syntax.args.length - 1]!, "", context) };
      case "union":
        return { kind: "union", members: syntax.args.map((arg) => readInner(arg, "", context)) };
      case "binary":
        return { kind: "binary" };
      case "http-response":
        return { kind: "http-response" };
      case "optional":
      case "nullable":
      case "optional-nullable":
        // Nested inside another type, a wrapper only says "may be null"; the field-level meaning is lifted in readType.
        return readInner(firstArg(syntax)!, link, context);
    }
  }
  const known = spec.names[syntax.name];
  if (known !== undefined && syntax.args.length === 0) return known;
  if (link !== "") return { kind: "ref", target: link, written: syntax.name };
  if (spec.modelPrefixes.some((prefix) => prefix.test(syntax.name))) {
    // An unlinked model name (TypeScript writes some as `*shared.X*`): resolved by name later.
    return { kind: "ref", target: "", written: syntax.name };
  }
  context.unknownNames.push(syntax.name);
  return { kind: "unknown", written: syntax.name };
}

function readInner(syntax: TypeSyntax, link: string, context: Context): TypeExpr {
  switch (syntax.kind) {
    case "name":
      return readName(syntax, link, context);
    case "link":
      return readInner(syntax.inner, linkTarget(syntax.url, context.pageId), context);
    case "pointer":
      return readInner(syntax.inner, link, context);
    case "list":
      if (syntax.items.kind === "name" && syntax.items.name === "byte") return { kind: "binary" };
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

interface Markers {
  readonly syntax: TypeSyntax;
  readonly link: string;
  readonly optional: boolean;
  readonly nullable: boolean;
}

/** Peels the field-level wrappers off the top of a cell: links, Go pointers, `Optional`, `JsonNullable`. */
function peelMarkers(syntax: TypeSyntax, spec: DialectSpec, pageId: string): Markers {
  let current = syntax;
  let link = "";
  let optional = false;
  let nullable = false;
  for (;;) {
    if (current.kind === "link") {
      link = linkTarget(current.url, pageId);
      current = current.inner;
    } else if (current.kind === "pointer" && spec.pointerIsOptional) {
      optional = true;
      current = current.inner;
    } else if (current.kind === "name" && current.args.length === 1) {
      const rule = spec.generics[current.name];
      if (rule !== "optional" && rule !== "nullable" && rule !== "optional-nullable") break;
      optional ||= rule !== "nullable";
      nullable ||= rule !== "optional";
      current = current.args[0]!;
    } else {
      break;
    }
  }
  return { syntax: current, link, optional, nullable };
}

/** Reads a whole type cell. */
export function readType(syntax: TypeSyntax, spec: DialectSpec, pageId: string): ReadType {
  const markers = peelMarkers(syntax, spec, pageId);
  const context: Context = { spec, pageId, unknownNames: [] };
  const read = readInner(markers.syntax, markers.link, context);
  const type: TypeExpr = read.kind === "http-response" && markers.optional && spec.optionalResponseIsBody ? { kind: "binary" } : read;
  return {
    type,
    optionalMarker: markers.optional,
    nullableMarker: markers.nullable,
    unknownNames: context.unknownNames,
  };
}
