/**
 * A declaration's Standard Schema object, in its validator module:
 *
 * - `addXJsonSchema(defs)`: adds the declaration's JSON Schema in the TypeScript form (schema.json's `$defs`
 *   entry) and those it refers to (jsonschema/adder.ts);
 * - `XSchema`: `modelSchema(validateX, addXJsonSchema, stripX?)` (runtime.ts), a `ModelSchema<X>`: Standard
 *   Schema (`~standard.validate`, array paths; under the strip policy it gives back the stripped copy) and
 *   Standard JSON Schema (`~standard.jsonSchema`). Marked pure: a bundle that does not use it drops it.
 */
import { StructureKind, VariableDeclarationKind } from "../code/kinds.js";
import type { FunctionDeclaration, VariableStatement } from "../code/structures.js";
import { call, name, pure, typeReference } from "../code/syntax.js";
import type { DeclarationSymbol } from "../common/symbols.js";
import { jsonSchemaAdder } from "../jsonschema/adder.js";
import { typescriptForm } from "../jsonschema/schema.js";
import { callee, runtime, type CheckContext } from "./checks.js";

/** `addXJsonSchema` and `XSchema`, for the validator module of `self`. */
export function schemaObject(self: DeclarationSymbol, ctx: CheckContext): [FunctionDeclaration, VariableStatement] {
  const addJsonSchema = jsonSchemaAdder(self, ctx.emit, typescriptForm, self.jsonSchemaName, (other) => callee(ctx, other, "json"));
  const type = typeReference(runtime(ctx, "ModelSchema"), [typeReference(self.identifier)]);
  const strips = ctx.emit.options.unknownKeys === "strip" && ctx.emit.view.strips(self);
  const args = [name(self.validatorName), name(self.jsonSchemaName), ...(strips ? [name(self.stripName)] : [])];
  const initializer = pure(call(runtime(ctx, "modelSchema"), args, [typeReference(self.identifier)]));
  const schemaConstant: VariableStatement = {
    kind: StructureKind.VariableStatement,
    isExported: true,
    declarationKind: VariableDeclarationKind.Const,
    docs: [`{@link ${self.identifier}} as a Standard Schema (\`~standard.validate\`, issue paths as arrays) and a Standard JSON Schema (\`~standard.jsonSchema\`).`],
    declarations: [{ name: self.schemaName, type, initializer }],
  };
  return [addJsonSchema, schemaConstant];
}
