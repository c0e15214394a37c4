/**
 * TypeExpr → TypeScript type text, one function per kind. Referenced declarations and things worth a
 * JSDoc note (types modeldoc could not read, references it could not resolve) are collected on the way.
 */
import type {
  ArrayType,
  LiteralType,
  MapType,
  PrimitiveType,
  RefType,
  TypeExpr,
  UnionType,
  UnknownType,
} from "../ir/types.js";
import { docCode } from "./doc-comment.js";
import { scalarLiteral } from "./literals.js";
import { resolveRef, type DeclarationSymbol, type SymbolTable } from "./symbols.js";

export type DateRepresentation = "string" | "Date";

/** What rendering needs to know and what it reports back. */
export interface TypeTextContext {
  readonly symbols: SymbolTable;
  readonly dates: DateRepresentation;
  /** Declarations referenced, to import (the caller skips its own declaration). */
  readonly referenced: Set<DeclarationSymbol>;
  /** Sentences for the JSDoc of the property or declaration being rendered. */
  readonly notes: string[];
}

/** Rendered text, and whether it is a top-level union that needs parentheses inside `T[]`. */
interface RenderedType {
  readonly text: string;
  readonly isUnion: boolean;
}

const atom = (text: string): RenderedType => ({ text, isUnion: false });

function primitiveType(type: PrimitiveType, ctx: TypeTextContext): RenderedType {
  switch (type.name) {
    case "string":
      return atom("string");
    case "integer":
    case "number":
      return atom("number");
    case "boolean":
      return atom("boolean");
    case "date":
    case "date-time":
      return atom(ctx.dates === "Date" ? "Date" : "string");
  }
}

function arrayType(type: ArrayType, ctx: TypeTextContext): RenderedType {
  const items = render(type.items, ctx);
  return atom(items.isUnion ? `(${items.text})[]` : `${items.text}[]`);
}

function mapType(type: MapType, ctx: TypeTextContext): RenderedType {
  return atom(`Record<string, ${render(type.values, ctx).text}>`);
}

function refType(type: RefType, ctx: TypeTextContext): RenderedType {
  const target = resolveRef(ctx.symbols, type);
  if (target === undefined) {
    ctx.notes.push(
      `The docs refer to ${docCode(type.written)}, which modeldoc could not resolve; typed as \`unknown\`.`,
    );
    return atom("unknown");
  }
  ctx.referenced.add(target);
  return atom(target.identifier);
}

function unionType(type: UnionType, ctx: TypeTextContext): RenderedType {
  if (type.members.length === 0) return atom("unknown");
  const members = [...new Set(type.members.map((member) => render(member, ctx).text))];
  if (members.includes("unknown")) return atom("unknown");
  return members.length === 1 ? atom(members[0] ?? "unknown") : { text: members.join(" | "), isUnion: true };
}

/** A literal type; numbers that have no literal form (NaN, Infinity) widen to `number`. */
export function literalText(value: LiteralType["value"]): string {
  if (typeof value === "number") return Number.isFinite(value) ? String(value) : "number";
  return scalarLiteral(value);
}

function unknownType(type: UnknownType, ctx: TypeTextContext): RenderedType {
  ctx.notes.push(
    `The docs give the type as ${docCode(type.written)}, which modeldoc could not read; typed as \`unknown\`.`,
  );
  return atom("unknown");
}

function render(type: TypeExpr, ctx: TypeTextContext): RenderedType {
  switch (type.kind) {
    case "primitive":
      return primitiveType(type, ctx);
    case "any":
      return atom("unknown");
    case "array":
      return arrayType(type, ctx);
    case "map":
      return mapType(type, ctx);
    case "ref":
      return refType(type, ctx);
    case "union":
      return unionType(type, ctx);
    case "literal":
      return atom(literalText(type.value));
    case "binary":
      return atom("Uint8Array");
    case "http-response":
      // Callers strip SDK-only types first (see wire.ts); if one gets here nothing is known of it.
      return atom("unknown");
    case "unknown":
      return unknownType(type, ctx);
  }
}

/** The TypeScript text of a type, `| null` added when the value may be null. */
export function typeText(type: TypeExpr, ctx: TypeTextContext, nullable = false): string {
  const rendered = render(type, ctx);
  if (!nullable || rendered.text === "unknown" || /(^|\| )null( \||$)/.test(rendered.text)) return rendered.text;
  return `${rendered.text} | null`;
}
