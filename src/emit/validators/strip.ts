/**
 * What `stripX` does (the `strip` unknown-key policy): it gives a copy of a valid value without the keys
 * its models do not list, walking into the arrays, maps and unions that can hold a model. The value given
 * is never changed (a frozen one included): the parts that can hold such a model are new, the others are
 * shared. Loops are module-level helpers (`stripItemsN`, `stripValuesN`, `stripMemberN`), one per type.
 */
import { StructureKind } from "../code/kinds.js";
import type { ArrayType, MapType, ModelDecl, TypeExpr, UnionType } from "../../ir/types.js";
import type { FunctionDeclaration } from "../code/structures.js";
import {
  array,
  arrayType,
  as,
  binary,
  call,
  constant,
  expressionStatement,
  forEachIndex,
  forIn,
  ifStatement,
  index,
  logical,
  member,
  name,
  quoted,
  returns,
  typeReference,
  type Expression,
  type Statement,
} from "../code/syntax.js";
import { resolveRef } from "../common/symbols.js";
import { inheritedKeys } from "../common/wire.js";
import { literalExpression } from "../common/type-node.js";
import type { UnionDiscriminator } from "../view.js";
import { callee, functionScope, helper, runtimeCall, testExpression, typeKey, type CheckContext } from "./checks.js";

const recordType = typeReference("Record", [typeReference("string"), typeReference("unknown")]);
const unknownItems = arrayType(typeReference("unknown"), true);

/** The copy of `x` (a valid value of the type) without unknown keys; `undefined` when the type holds no model to strip. */
export function stripExpression(type: TypeExpr, x: Expression, ctx: CheckContext): Expression | undefined {
  if (!ctx.emit.view.typeStrips(type)) return undefined;
  switch (type.kind) {
    case "ref": {
      const target = resolveRef(ctx.emit.symbols, type);
      return target === undefined ? undefined : call(callee(ctx, target, "strip"), [x]);
    }
    case "array":
      return call(itemsHelper(type, ctx), [as(x, unknownItems)]);
    case "map":
      return call(valuesHelper(type, ctx), [as(x, recordType)]);
    case "union":
      return call(memberHelper(type, ctx), [x]);
    default:
      return undefined;
  }
}

function helperFunction(helperName: string, parameter: string, parameterType: FunctionDeclaration["returnType"], returnType: FunctionDeclaration["returnType"], statements: Statement[]): FunctionDeclaration {
  return { kind: StructureKind.Function, name: helperName, isExported: false, parameters: [{ name: parameter, type: parameterType }], returnType, statements };
}

/** `stripItemsN(items)`: a new array, each item stripped. */
function itemsHelper(type: ArrayType, ctx: CheckContext): string {
  return helper(ctx, `strip-items:${typeKey(type.items)}`, "stripItems", (helperName) => {
    const items = name("items");
    const copy = name("copy");
    const item = stripExpression(type.items, index(items, name("index")), ctx) ?? index(items, name("index"));
    const loop = forEachIndex("index", items, [expressionStatement(call(member(copy, "push"), [item]))]);
    return helperFunction(helperName, "items", unknownItems, arrayType(typeReference("unknown")), [constant("copy", array([]), arrayType(typeReference("unknown"))), loop, returns(copy)]);
  });
}

/** `stripValuesN(record)`: a new record, each value stripped. */
function valuesHelper(type: MapType, ctx: CheckContext): string {
  return helper(ctx, `strip-values:${typeKey(type.values)}`, "stripValues", (helperName) => {
    const record = name("record");
    const copy = name("copy");
    const entry = index(record, name("key"));
    const stripped = stripExpression(type.values, entry, ctx) ?? entry;
    const loop = forIn("key", call(member(name("Object"), "keys"), [record]), expressionStatement(runtimeCall(ctx, "setOwnKey", [copy, name("key"), stripped])), "of");
    return helperFunction(helperName, "record", recordType, recordType, [constant("copy", { kind: "object", properties: [] }, recordType), loop, returns(copy)]);
  });
}

/** `stripMemberN(value)`: the value stripped as the first member of the union it is valid as (as validation reads it). */
function memberHelper(type: UnionType, ctx: CheckContext): string {
  return helper(ctx, `strip-member:${typeKey(type)}`, "stripMember", (helperName) => {
    const value = name("value");
    let lastStripping = -1;
    type.members.forEach((memberType, position) => {
      if (ctx.emit.view.typeStrips(memberType)) lastStripping = position;
    });
    const statements = type.members
      .slice(0, lastStripping + 1)
      .map((memberType) => ifStatement(testExpression(memberType, value, ctx), returns(stripExpression(memberType, value, ctx) ?? value)));
    const unknown = typeReference("unknown");
    return helperFunction(helperName, "value", unknown, unknown, [...statements, returns(value)]);
  });
}

/** How a field is read from the copy: `copy["key"]`, or its own value for the names every object inherits. */
function readField(copy: Expression, key: string, ctx: CheckContext): Expression {
  return inheritedKeys.has(key) ? runtimeCall(ctx, "ownValue", [copy, quoted(key)]) : index(copy, quoted(key));
}

/** `stripX`'s statements for a model: a copy with its listed keys (`keepKeys`), each field that can hold a model stripped. */
export function modelStrip(decl: ModelDecl, ctx: CheckContext): Statement[] {
  const scope = functionScope();
  const copy = name("copy");
  const statements: Statement[] = [constant("copy", runtimeCall(ctx, "keepKeys", [as(name("value"), recordType), name(ctx.local("knownKeys"))]))];
  for (const { field, key, type } of ctx.emit.view.fields(decl)) {
    const v = name(scope.local("v"));
    const stripped = stripExpression(type, v, ctx);
    if (stripped === undefined) continue;
    statements.push(constant(v.name, readField(copy, key, ctx)));
    const write = expressionStatement(runtimeCall(ctx, "setOwnKey", [copy, quoted(key), stripped]));
    statements.push(field.required && !field.nullable ? write : ifStatement(logical("&&", [binary(v, "!==", name("undefined")), binary(v, "!==", name("null"))]), write));
  }
  statements.push(returns(as(as(copy, typeReference("unknown")), typeReference(ctx.self.identifier))));
  return statements;
}

/** `stripX`'s statements for a discriminated union: the value stripped as the member its field selects. */
export function discriminatedStrip(discriminator: UnionDiscriminator, ctx: CheckContext): Statement[] {
  const value = name("value");
  const tag = name("tag");
  const self = typeReference(ctx.self.identifier);
  const statements: Statement[] = [constant("tag", readField(as(value, recordType), discriminator.key, ctx))];
  for (const member of discriminator.members) {
    const test = logical("||", member.values.map((selecting) => binary(tag, "===", literalExpression(selecting))));
    statements.push(ifStatement(test, returns(as(call(callee(ctx, member.symbol, "strip"), [value]), self))));
  }
  statements.push(returns(as(value, self)));
  return statements;
}

/** `stripX`'s statements for a union page: the value stripped as the member it is valid as. */
export function unionStrip(members: TypeExpr, ctx: CheckContext): Statement[] {
  const value = name("value");
  const stripped = stripExpression(members, value, ctx) ?? value;
  return [returns(as(stripped, typeReference(ctx.self.identifier)))];
}

