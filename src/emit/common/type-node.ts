/**
 * TypeExpr → TypeScript type nodes, one function per kind. Referenced declarations and things worth a
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
} from "../../ir/types.js";
import { arrayType, literalType, name, numeric, quoted, typeReference, unionType, type Expression, type TypeNode } from "../code/syntax.js";
import type { EmitContext } from "../context.js";
import { docCode } from "./doc-comment.js";
import { numberText, scalarLiteral } from "./literals.js";
import { resolveRef, type DeclarationSymbol } from "./symbols.js";

/** What rendering reads (the run's context) and what it reports back, for one property or declaration. */
export interface TypeScope {
  readonly emit: EmitContext;
  /** Declarations referenced, to import (the caller skips its own declaration). */
  readonly referenced: Set<DeclarationSymbol>;
  /** Sentences for the JSDoc of the property or declaration being rendered. */
  readonly notes: string[];
}

const unknownType = typeReference("unknown");

function primitiveType(type: PrimitiveType, ctx: TypeScope): TypeNode {
  switch (type.name) {
    case "string":
      return typeReference("string");
    case "integer":
    case "number":
      return typeReference("number");
    case "boolean":
      return typeReference("boolean");
    case "date":
    case "date-time":
      return typeReference(ctx.emit.options.dates === "Date" ? "Date" : "string");
  }
}

function mapType(type: MapType, ctx: TypeScope): TypeNode {
  const record = typeReference("Record", [typeReference("string"), render(type.values, ctx)]);
  return ctx.emit.options.readonly ? typeReference("Readonly", [record]) : record;
}

function refType(type: RefType, ctx: TypeScope): TypeNode {
  const target = resolveRef(ctx.emit.symbols, type);
  if (target === undefined) {
    ctx.notes.push(
      `The docs refer to ${docCode(type.written)}, which modeldoc could not resolve; typed as \`unknown\`.`,
    );
    return unknownType;
  }
  ctx.referenced.add(target);
  return typeReference(target.identifier);
}

const isUnknown = (type: TypeNode): boolean => type.kind === "type-reference" && type.name === "unknown";

/** The members of a union as written: a member that is itself a union is spelled out in place. */
function spelledOut(types: readonly TypeNode[]): TypeNode[] {
  return types.flatMap((type) => (type.kind === "union-type" ? type.members : [type]));
}

function unionOf(type: UnionType, ctx: TypeScope): TypeNode {
  if (type.members.length === 0) return unknownType;
  // Members that read the same are written once.
  const byText = new Map<string, TypeNode>();
  for (const member of type.members) {
    const rendered = render(member, ctx);
    const key = JSON.stringify(rendered);
    if (!byText.has(key)) byText.set(key, rendered);
  }
  const members = [...byText.values()];
  if (members.some(isUnknown)) return unknownType;
  const [only] = members;
  return members.length === 1 && only !== undefined ? only : unionType(spelledOut(members));
}

/** A literal as it reads in an issue's `expected`; numbers that have no literal form (NaN, Infinity) read `number`. */
export function literalText(value: LiteralType["value"]): string {
  if (typeof value === "number") return Number.isFinite(value) ? String(value) : "number";
  return scalarLiteral(value);
}

/** A literal type; numbers that have no literal form (NaN, Infinity) widen to `number`. */
export function literalTypeNode(value: LiteralType["value"]): TypeNode {
  if (typeof value === "number") return Number.isFinite(value) ? literalType(numberText(value)) : typeReference("number");
  return literalType(scalarLiteral(value));
}

/** A literal as an expression (a finite number, a string, a boolean or null). */
export function literalExpression(value: LiteralType["value"]): Expression {
  if (typeof value === "string") return quoted(value);
  if (typeof value === "number") return numeric(value);
  return name(String(value));
}

function unreadType(type: UnknownType, ctx: TypeScope): TypeNode {
  ctx.notes.push(
    `The docs give the type as ${docCode(type.written)}, which modeldoc could not read; typed as \`unknown\`.`,
  );
  return unknownType;
}

function arrayOf(type: ArrayType, ctx: TypeScope): TypeNode {
  return arrayType(render(type.items, ctx), ctx.emit.options.readonly);
}

function render(type: TypeExpr, ctx: TypeScope): TypeNode {
  switch (type.kind) {
    case "primitive":
      return primitiveType(type, ctx);
    case "any":
      return unknownType;
    case "array":
      return arrayOf(type, ctx);
    case "map":
      return mapType(type, ctx);
    case "ref":
      return refType(type, ctx);
    case "union":
      return unionOf(type, ctx);
    case "literal":
      return literalTypeNode(type.value);
    case "binary":
      return typeReference("Uint8Array");
    case "http-response":
      // Callers strip SDK-only types first (see wire.ts); if one gets here nothing is known of it.
      return unknownType;
    case "unknown":
      return unreadType(type, ctx);
  }
}

const isNull = (type: TypeNode): boolean => type.kind === "literal-type" && type.text === "null";

/** The TypeScript type of a TypeExpr, `| null` added when the value may be null. */
export function typeNode(type: TypeExpr, ctx: TypeScope, nullable = false): TypeNode {
  const rendered = render(type, ctx);
  const members = rendered.kind === "union-type" ? rendered.members : [rendered];
  if (!nullable || isUnknown(rendered) || members.some(isNull)) return rendered;
  return unionType([...members, literalType("null")]);
}
