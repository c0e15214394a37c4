/**
 * `validators/<name>.ts`, per declaration:
 *
 * - `isX(value)`: the type guard. Plain boolean code that allocates nothing and stops at the first
 *   mismatch; valid values never run anything else. It never changes the value.
 * - `validateX(value, path = "$")`: every issue, with its path; `[]` for a valid value. It runs `isX`
 *   first and collects issues only for an invalid value.
 * - `assertX(value)`: throws a ValidationError listing the issues.
 * - `collectXIssues(value, path, issues)`: pushes the issues of a value `isX` rejected; the validators
 *   of other declarations call it (not re-exported from index.ts).
 * - `stripX(value)` (unknown-key policy `strip` only): a copy of a valid value without the keys its models
 *   do not list. No function changes the value it is given: `XSchema` (Standard Schema) and `parseX` give
 *   back the stripped copy, a frozen value included.
 *
 * Unknown keys (keys a model does not list) follow the `unknownKeys` option. A model with no fields on
 * the wire is typed `Record<string, unknown>` (a free-form object), so every key is its own: the policy
 * does not apply to it.
 */
import { StructureKind, VariableDeclarationKind } from "../code/kinds.js";
import type { Block } from "../code/source-file.js";
import type { FunctionDeclaration, ImportDeclaration, Parameter, VariableStatement } from "../code/structures.js";
import {
  array,
  arrayType,
  binary,
  call,
  constant,
  construct,
  expressionStatement,
  ifStatement,
  member,
  name,
  not,
  numeric,
  quoted,
  returns,
  throws,
  typeReference,
  type Statement,
  type TypeNode,
  type VariableStatement as LocalConstant,
} from "../code/syntax.js";
import { RUNTIME_EXPORTS, type DeclarationSymbol } from "../common/symbols.js";
import { compareCodeUnits } from "../../code-units.js";
import type { EmitContext } from "../context.js";
import type { OutputEmitter } from "../output.js";
import { enumBodies, issueTypeName, modelBodies, unionBodies, type Bodies } from "./bodies.js";
import { calledName, runtime, type CallKind, type CheckContext } from "./checks.js";
import { schemaObject } from "./schema-object.js";

/** A parameter a body does not read starts with `_`, for consumers compiling with noUnusedParameters. */
function parameter(parameterName: string, type: TypeNode, used: boolean, initializer?: string): Parameter {
  const named = used ? parameterName : `_${parameterName}`;
  return initializer === undefined ? { name: named, type } : { name: named, type, initializer: quoted(initializer) };
}

interface ValidatorFunction {
  readonly doc: string;
  readonly name: string;
  readonly parameters: readonly Parameter[];
  readonly returnType: TypeNode;
  readonly statements: readonly Statement[];
}

function exportedFunction(fn: ValidatorFunction): FunctionDeclaration {
  return { kind: StructureKind.Function, isExported: true, docs: [fn.doc], ...fn };
}

const unknown = typeReference("unknown");
const stringType = typeReference("string");
const value = name("value");
const issues = name("issues");

function functions(self: DeclarationSymbol, bodies: Bodies, ctx: CheckContext): FunctionDeclaration[] {
  const typeName = self.identifier;
  const issueList = arrayType(typeReference(issueTypeName(ctx)));
  const acceptsAll = bodies.test === undefined;
  const collect = call(self.collectName, [value, name("path"), issues]);
  const check = ifStatement(not(call(self.guardName, [value])), expressionStatement(collect));
  const validateBody = acceptsAll ? [returns(array([]))] : [constant("issues", array([]), issueList), check, returns(issues)];
  const predicate = (asserts: boolean, parameterName: string): TypeNode => ({ kind: "type-predicate", asserts, parameter: parameterName, type: typeReference(typeName) });
  const throwIfInvalid = ifStatement(
    binary(member(issues, "length"), "!==", numeric(0)),
    throws(construct(runtime(ctx, "ValidationError"), [quoted(typeName), issues])),
  );
  const list: ValidatorFunction[] = [
    {
      doc: `Every way \`value\` is not a valid {@link ${typeName}}; empty when it is one. Never changes \`value\`.`,
      name: self.validatorName,
      parameters: [parameter("value", unknown, !acceptsAll), parameter("path", stringType, !acceptsAll, "$")],
      returnType: issueList,
      statements: validateBody,
    },
    {
      doc: `Whether \`value\` is a valid {@link ${typeName}}. Stops at the first mismatch; never changes \`value\`.`,
      name: self.guardName,
      parameters: [parameter("value", unknown, !acceptsAll)],
      returnType: predicate(false, acceptsAll ? "_value" : "value"),
      statements: bodies.test ?? [returns(name("true"))],
    },
    {
      doc: `Throws a ValidationError listing the issues unless \`value\` is a valid {@link ${typeName}}. Never changes \`value\`.`,
      name: self.assertName,
      parameters: [parameter("value", unknown, true)],
      returnType: predicate(true, "value"),
      statements: [constant("issues", call(self.validatorName, [value])), throwIfInvalid],
    },
    {
      doc: `Pushes to \`issues\` every way \`value\` is not a valid {@link ${typeName}}. For a value {@link ${self.guardName}} rejects; validators of other types call it.`,
      name: self.collectName,
      parameters: [parameter("value", unknown, !acceptsAll), parameter("path", stringType, !acceptsAll), parameter("issues", issueList, !acceptsAll)],
      returnType: typeReference("void"),
      statements: bodies.collect,
    },
  ];
  if (bodies.strip !== undefined) {
    list.push({
      doc: `A copy of \`value\`, a valid {@link ${typeName}}, without the keys its models do not list; \`value\` is left as it is.`,
      name: self.stripName,
      parameters: [parameter("value", unknown, true)],
      returnType: typeReference(typeName),
      statements: bodies.strip,
    });
  }
  return list.map(exportedFunction);
}

const runtimeTypes = new Set(["ValidationIssue", "ModelSchema"]);
const callOrder: readonly CallKind[] = ["is", "collect", "strip", "json"];

function importOf(names: readonly { name: string; isTypeOnly?: boolean }[], moduleSpecifier: string, isTypeOnly = false): ImportDeclaration {
  return { kind: StructureKind.ImportDeclaration, isTypeOnly, namedImports: names, moduleSpecifier };
}

function imports(self: DeclarationSymbol, ctx: CheckContext, typeValues: readonly string[]): ImportDeclaration[] {
  const runtimeNames = RUNTIME_EXPORTS.filter((runtimeName) => ctx.runtime.has(runtimeName));
  const onlyTypes = runtimeNames.every((runtimeName) => runtimeTypes.has(runtimeName));
  const typesModule = `../types/${self.fileName}.js`;
  const list = [
    importOf(runtimeNames.map((runtimeName) => ({ name: runtimeName, isTypeOnly: !onlyTypes && runtimeTypes.has(runtimeName) })), "../runtime.js", onlyTypes),
    typeValues.length === 0
      ? importOf([{ name: self.identifier }], typesModule, true)
      : importOf([{ name: self.identifier, isTypeOnly: true }, ...[...typeValues].sort(compareCodeUnits).map((valuesName) => ({ name: valuesName }))], typesModule),
  ];
  const others = [...ctx.calls.keys()].sort((a, b) => compareCodeUnits(a.fileName, b.fileName));
  for (const other of others) {
    const kinds = ctx.calls.get(other) ?? new Set<CallKind>();
    const names = callOrder
      .filter((kind) => kinds.has(kind))
      .map((kind) => ({ name: calledName(other, kind) }));
    list.push(importOf(names, `./${other.fileName}.js`));
  }
  return list;
}

function moduleConstant(local: LocalConstant): VariableStatement {
  const declaration = local.type === undefined ? { name: local.name, initializer: local.init } : { name: local.name, type: local.type, initializer: local.init };
  return { kind: StructureKind.VariableStatement, isExported: false, declarationKind: VariableDeclarationKind.Const, declarations: [declaration] };
}

/** The blocks of `validators/<name>.ts`: its imports, then its declarations. */
export function validatorsParts(self: DeclarationSymbol, emit: EmitContext): Block[] {
  const ctx: CheckContext = {
    emit,
    self,
    runtime: new Set(),
    calls: new Map(),
    helpers: [],
    helperNames: new Map(),
    local: emit.local(self),
  };
  const decl = self.decl;
  const policy = emit.options.unknownKeys;
  const bodies =
    decl.kind === "model"
      ? modelBodies(decl, self, ctx, policy)
      : decl.kind === "enum"
        ? enumBodies(decl, self, ctx)
        : unionBodies(decl, self, ctx, policy);
  // Before the imports: they note the runtime names and the other modules' functions they use.
  const declarations = functions(self, bodies, ctx);
  const [addJsonSchema, schema] = schemaObject(self, ctx);
  const constants = bodies.constants.map(moduleConstant);
  return [
    imports(self, ctx, bodies.typeValues),
    constants,
    ...declarations.map((declaration) => [declaration]),
    [addJsonSchema],
    [schema],
    ...ctx.helpers.map((helperFunction) => [helperFunction]),
  ];
}

export const validatorsEmitter: OutputEmitter = {
  declaration: (symbol, emit) => ({ blocks: validatorsParts(symbol, emit) }),
};
