/**
 * `addXJsonSchema(defs)` (validator modules, the TypeScript form) and `addXWireJsonSchema(defs)` (wire
 * modules, the wire form): a function that puts the declaration's JSON Schema (schema.ts) in `defs` under its
 * type name, then those of the declarations it refers to, once each (cycles end there), and returns the key.
 * A function declaration, so that modules that import each other can call it whatever order they load in.
 */
import { StructureKind } from "../code/kinds.js";
import type { TypeExpr } from "../../ir/types.js";
import { visitType } from "../../ir/walk.js";
import type { FunctionDeclaration } from "../code/structures.js";
import { array, block, call, expressionStatement, ifStatement, member, name, not, numeric, object, quoted, returns, typeReference, type Expression } from "../code/syntax.js";
import type { JsonValue } from "../common/json.js";
import { resolveRef, type DeclarationSymbol } from "../common/symbols.js";
import { compareCodeUnits } from "../../code-units.js";
import type { EmitContext } from "../context.js";
import { declarationSchema, type SchemaForm } from "./schema.js";

/** A JSON value as an expression. */
export function jsonExpression(value: JsonValue): Expression {
  if (value === null) return name("null");
  if (typeof value === "boolean") return name(String(value));
  if (typeof value === "number") return numeric(value);
  if (typeof value === "string") return quoted(value);
  if (Array.isArray(value)) return array((value as readonly JsonValue[]).map(jsonExpression));
  return object([...(value as ReadonlyMap<string, JsonValue>)].map(([key, item]) => ({ key, value: jsonExpression(item) })));
}

/** The declarations the JSON Schema of a declaration refers to, in file-name order. */
export function schemaReferences(self: DeclarationSymbol, emit: EmitContext): DeclarationSymbol[] {
  const decl = self.decl;
  const types: TypeExpr[] =
    decl.kind === "model"
      ? emit.view.fields(decl).map(({ type }) => type)
      : decl.kind === "union"
        ? [emit.view.members(decl)].filter((type) => type !== undefined)
        : [];
  const found = new Set<DeclarationSymbol>();
  for (const type of types) {
    visitType(type, (inner) => {
      const target = inner.kind === "ref" ? resolveRef(emit.symbols, inner) : undefined;
      if (target !== undefined && target !== self) found.add(target);
    });
  }
  return [...found].sort((a, b) => compareCodeUnits(a.fileName, b.fileName));
}

/**
 * The adder of `self`'s JSON Schema in a form, named `functionName`; `adderOf(other)` names (and notes the
 * import of) the adder of a declaration it refers to.
 */
export function jsonSchemaAdder(self: DeclarationSymbol, emit: EmitContext, form: SchemaForm, functionName: string, adderOf: (other: DeclarationSymbol) => string): FunctionDeclaration {
  const defs = name("defs");
  const key = quoted(self.identifier);
  const adds = [
    expressionStatement(call(member(defs, "set"), [key, jsonExpression(declarationSchema(self, emit, form))])),
    ...schemaReferences(self, emit).map((other) => expressionStatement(call(adderOf(other), [defs]))),
  ];
  const which = form.keys === "wire" ? "the JSON Schema of the wire form of" : "the JSON Schema of";
  return {
    kind: StructureKind.Function,
    name: functionName,
    isExported: true,
    docs: [`Adds ${which} {@link ${self.identifier}}, and of the types it refers to, to \`defs\`; returns its key there.`],
    parameters: [{ name: "defs", type: typeReference("Map", [typeReference("string"), typeReference("unknown")]) }],
    returnType: typeReference("string"),
    statements: [ifStatement(not(call(member(defs, "has"), [key])), block(adds)), returns(key)],
  };
}
