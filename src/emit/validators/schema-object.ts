/**
 * A declaration's Standard Schema object, in its validator module:
 *
 * - `addXJsonSchema(defs)`: puts the declaration's JSON Schema (the `$defs` entry of schema.json, see
 *   jsonschema.ts) in `defs` under its type name, then those of the declarations it refers to, once each
 *   (cycles end there); returns the key. A function declaration, so that modules that import each other
 *   can call it whatever order they load in.
 * - `XSchema`: `modelSchema(validateX, addXJsonSchema)` (runtime.ts), a `ModelSchema<X>`: Standard Schema
 *   (`~standard.validate`, array paths) and Standard JSON Schema (`~standard.jsonSchema`). Marked pure:
 *   a bundle that does not use it drops it.
 */
import { StructureKind, VariableDeclarationKind } from "ts-morph";
import type { TypeExpr } from "../../ir/types.js";
import { visitType } from "../../ir/walk.js";
import type { FunctionDeclaration, VariableStatement } from "../code/structures.js";
import { array, block, call, ifStatement, member, name, not, numeric, object, pure, quoted, returns, typeReference, expressionStatement, type Expression } from "../code/syntax.js";
import type { JsonValue } from "../common/json.js";
import { compareCodeUnits, resolveRef, type DeclarationSymbol } from "../common/symbols.js";
import { declarationSchema } from "../jsonschema/schema.js";
import { callee, runtime, type CheckContext } from "./checks.js";

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
function referenced(self: DeclarationSymbol, ctx: CheckContext): DeclarationSymbol[] {
  const decl = self.decl;
  const types: TypeExpr[] =
    decl.kind === "model"
      ? ctx.emit.view.fields(decl).map(({ type }) => type)
      : decl.kind === "union"
        ? [ctx.emit.view.members(decl)].filter((type) => type !== undefined)
        : [];
  const found = new Set<DeclarationSymbol>();
  for (const type of types) {
    visitType(type, (inner) => {
      const target = inner.kind === "ref" ? resolveRef(ctx.emit.symbols, inner) : undefined;
      if (target !== undefined && target !== self) found.add(target);
    });
  }
  return [...found].sort((a, b) => compareCodeUnits(a.fileName, b.fileName));
}

/** `addXJsonSchema` and `XSchema`, for the validator module of `self`. */
export function schemaObject(self: DeclarationSymbol, ctx: CheckContext): [FunctionDeclaration, VariableStatement] {
  const defs = name("defs");
  const key = quoted(self.identifier);
  const schema = declarationSchema(self, ctx.emit);
  const adds = [
    expressionStatement(call(member(defs, "set"), [key, jsonExpression(schema)])),
    ...referenced(self, ctx).map((other) => expressionStatement(call(callee(ctx, other, "json"), [defs]))),
  ];
  const addJsonSchema: FunctionDeclaration = {
    kind: StructureKind.Function,
    name: self.jsonSchemaName,
    isExported: true,
    docs: [`Adds the JSON Schema of {@link ${self.identifier}}, and of the types it refers to, to \`defs\`; returns its key there.`],
    parameters: [{ name: "defs", type: typeReference("Map", [typeReference("string"), typeReference("unknown")]) }],
    returnType: typeReference("string"),
    statements: [ifStatement(not(call(member(defs, "has"), [key])), block(adds)), returns(key)],
  };
  const type = typeReference(runtime(ctx, "ModelSchema"), [typeReference(self.identifier)]);
  const initializer = pure(call(runtime(ctx, "modelSchema"), [name(self.validatorName), name(self.jsonSchemaName)], [typeReference(self.identifier)]));
  const schemaConstant: VariableStatement = {
    kind: StructureKind.VariableStatement,
    isExported: true,
    declarationKind: VariableDeclarationKind.Const,
    docs: [`{@link ${self.identifier}} as a Standard Schema (\`~standard.validate\`, issue paths as arrays) and a Standard JSON Schema (\`~standard.jsonSchema\`).`],
    declarations: [{ name: self.schemaName, type, initializer }],
  };
  return [addJsonSchema, schemaConstant];
}
