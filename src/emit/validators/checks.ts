/**
 * Checking code for a TypeExpr, as code nodes, in the three forms a validator module needs:
 *
 * - {@link testExpression}: a boolean expression, true when the value has the type. It allocates
 *   nothing: loops over arrays and maps become small module-level functions, refs call `isX`. This is
 *   all a valid value ever runs.
 * - `collectStatements` (validator-issues.ts): statements that push an issue, with its path, for every
 *   way a value breaks the type. They run only once the value is known to be invalid, and test each
 *   part first, so paths are built only where something is wrong.
 * - `stripStatements` (validator-strip.ts): statements that delete unknown keys from a valid value (the
 *   `strip` policy).
 *
 * No closures, no exceptions, no regular expression compiled per call (the date patterns live in
 * runtime.ts). A test and its collect statements agree by construction: both come from the same cases.
 */
import { StructureKind } from "../code/kinds.js";
import type { ArrayType, MapType, PrimitiveType, RefType, TypeExpr, UnionType } from "../../ir/types.js";
import type { FunctionDeclaration } from "../code/structures.js";
import {
  arrayType,
  binary,
  block,
  call,
  constant,
  forEachIndex,
  forIn,
  ifStatement,
  index,
  logical,
  member,
  name,
  not,
  quoted,
  returns,
  typeOf,
  typeReference,
  type Expression,
  type Statement,
  type TypeNode,
} from "../code/syntax.js";
import { resolveRef, type DeclarationSymbol, type RuntimeExport } from "../common/symbols.js";
import { acceptsAnything } from "../common/type-facts.js";
import { literalExpression } from "../common/type-node.js";
import type { EmitContext } from "../context.js";

/** Which function of another declaration's validator module is called. */
export type CallKind = "is" | "collect" | "strip" | "json";

/** Shared by all checks of one validator module: the run's context, what the module must import and its helper functions. */
export interface CheckContext {
  readonly emit: EmitContext;
  readonly self: DeclarationSymbol;
  /** Runtime helpers the module uses (imported from `../runtime.js`). */
  readonly runtime: Set<RuntimeExport>;
  /** Functions of other declarations' modules the module calls. */
  readonly calls: Map<DeclarationSymbol, Set<CallKind>>;
  /** Module-level helper functions, in the order they were made. */
  readonly helpers: FunctionDeclaration[];
  /** Helper name per type (structurally keyed), so a loop used twice is written once. */
  readonly helperNames: Map<string, string>;
  /** The name of a module-level local (`knownKeys`, `everyItem1`), unique in a file of many declarations. */
  readonly local: (name: string) => string;
}

/** The local names of one emitted function: `v1`, `i2`, … numbered in the order they are made. */
export interface FunctionScope {
  /** A fresh local name: the prefix, then the next number of this function. */
  local(prefix: string): string;
}

export function functionScope(): FunctionScope {
  let next = 1;
  return { local: (prefix) => `${prefix}${next++}` };
}

/** Where the value is, and where its issues go. */
export interface CheckSite {
  /** A local variable (it is read more than once). */
  readonly value: Expression;
  /** An expression evaluating to the path string. */
  readonly path: Expression;
  /** The issue list the issues are pushed to. */
  readonly target: string;
  /** How many loops over a container's parts the value is inside, in the function being written (0 when absent). */
  readonly walkDepth?: number;
}

/** The name of a runtime helper, noted so the module imports it. */
export function runtime(ctx: CheckContext, helperName: RuntimeExport): string {
  ctx.runtime.add(helperName);
  return helperName;
}

/** A call of a runtime helper, noted so the module imports it. */
export function runtimeCall(ctx: CheckContext, helperName: RuntimeExport, args: readonly Expression[]): Expression {
  return call(runtime(ctx, helperName), args);
}

/** The name of `isX`, `collectXIssues` or `stripX` of a declaration, noted so the module imports it. */
export function callee(ctx: CheckContext, target: DeclarationSymbol, kind: CallKind): string {
  if (target !== ctx.self) {
    let kinds = ctx.calls.get(target);
    if (kinds === undefined) {
      kinds = new Set();
      ctx.calls.set(target, kinds);
    }
    kinds.add(kind);
  }
  return calledName(target, kind);
}

/** The name of a declaration's function of a kind. */
export function calledName(target: DeclarationSymbol, kind: CallKind): string {
  return kind === "is" ? target.guardName : kind === "collect" ? target.collectName : kind === "strip" ? target.stripName : target.jsonSchemaName;
}

/** A structural key for a type, so equal loops share one helper. */
export function typeKey(type: TypeExpr): string {
  return JSON.stringify(type);
}

/** Adds a module-level function once per type and kind; returns its name. */
export function helper(ctx: CheckContext, key: string, prefix: string, build: (helperName: string) => FunctionDeclaration): string {
  const existing = ctx.helperNames.get(key);
  if (existing !== undefined) return existing;
  const helperName = ctx.local(`${prefix}${ctx.helperNames.size + 1}`);
  ctx.helperNames.set(key, helperName);
  ctx.helpers.push(build(helperName));
  return helperName;
}

/** `function name(parameter: Type): boolean { loop; return true; }`, a module-level helper. */
function everyHelper(helperName: string, parameter: string, type: TypeNode, loop: Statement): FunctionDeclaration {
  return {
    kind: StructureKind.Function,
    name: helperName,
    isExported: false,
    parameters: [{ name: parameter, type }],
    returnType: typeReference("boolean"),
    statements: [loop, returns(name("true"))],
  };
}

function primitiveTest(type: PrimitiveType, x: Expression, ctx: CheckContext): Expression {
  switch (type.name) {
    case "string":
    case "boolean":
      return binary(typeOf(x), "===", quoted(type.name));
    case "integer":
      return call(member(name("Number"), "isInteger"), [x]);
    case "number":
      return call(member(name("Number"), "isFinite"), [x]);
    case "date":
    case "date-time": {
      const test: RuntimeExport =
        ctx.emit.options.dates === "Date" ? "isValidDate" : type.name === "date" ? "isDateString" : "isDateTimeString";
      return runtimeCall(ctx, test, [x]);
    }
  }
}

function arrayTest(type: ArrayType, x: Expression, ctx: CheckContext): Expression {
  const isArray = call(member(name("Array"), "isArray"), [x]);
  if (acceptsAnything(type.items, ctx.emit.symbols)) return isArray;
  const every = helper(ctx, `every:${typeKey(type.items)}`, "everyItem", (helperName) => {
    const items = name("items");
    const at = name("index");
    const item = name("item");
    const loop = forEachIndex("index", items, [constant("item", index(items, at)), ifStatement(failsExpression(type.items, item, ctx), returns(name("false")))]);
    return everyHelper(helperName, "items", arrayType(typeReference("unknown"), true), loop);
  });
  return logical("&&", [isArray, call(every, [x])]);
}

function mapTest(type: MapType, x: Expression, ctx: CheckContext): Expression {
  const isRecord = runtimeCall(ctx, "isRecord", [x]);
  if (acceptsAnything(type.values, ctx.emit.symbols)) return isRecord;
  const every = helper(ctx, `values:${typeKey(type.values)}`, "everyValue", (helperName) => {
    const record = name("record");
    const entry = name("entry");
    const loop = forIn("key", record, block([constant("entry", index(record, name("key"))), ifStatement(failsExpression(type.values, entry, ctx), returns(name("false")))]));
    return everyHelper(helperName, "record", typeReference("Record", [typeReference("string"), typeReference("unknown")]), loop);
  });
  return logical("&&", [isRecord, call(every, [x])]);
}

function refTest(type: RefType, x: Expression, ctx: CheckContext): Expression {
  const target = resolveRef(ctx.emit.symbols, type);
  return target === undefined ? name("true") : call(callee(ctx, target, "is"), [x]);
}

function unionTest(type: UnionType, x: Expression, ctx: CheckContext): Expression {
  if (acceptsAnything(type, ctx.emit.symbols)) return name("true");
  return logical("||", type.members.map((member) => testExpression(member, x, ctx)));
}

/** A boolean expression: whether `x` (a local name) has the type. `true` when every value does. */
export function testExpression(type: TypeExpr, x: Expression, ctx: CheckContext): Expression {
  switch (type.kind) {
    case "primitive":
      return primitiveTest(type, x, ctx);
    case "array":
      return arrayTest(type, x, ctx);
    case "map":
      return mapTest(type, x, ctx);
    case "ref":
      return refTest(type, x, ctx);
    case "union":
      return unionTest(type, x, ctx);
    case "literal":
      return typeof type.value === "number" && !Number.isFinite(type.value)
        ? binary(typeOf(x), "===", quoted("number"))
        : binary(x, "===", literalExpression(type.value));
    case "binary":
      return binary(x, "instanceof", name("Uint8Array"));
    case "any":
    case "unknown":
    case "http-response":
      return name("true");
  }
}

/** The negation of {@link testExpression}, written plainly: `typeof x !== "string"`, `!isEvent(x)`. */
export function failsExpression(type: TypeExpr, x: Expression, ctx: CheckContext): Expression {
  const test = testExpression(type, x, ctx);
  if (test.kind === "binary" && test.operator === "===" && (type.kind === "primitive" || type.kind === "literal")) {
    return binary(test.left, "!==", test.right);
  }
  return not(test);
}

/** `typeof x` for an open enum's kinds: `typeof value === "string" || typeof value === "number"`. */
export function typeofTest(kinds: readonly string[], x: Expression): Expression {
  return logical("||", kinds.map((kind) => binary(typeOf(x), "===", quoted(kind))));
}

/** The `typeof` kinds an open enum accepts: those of its listed values, `string` when it lists none. */
export function openEnumKinds(values: readonly (string | number)[]): string[] {
  const kinds = [...new Set(values.map((value) => typeof value))].sort();
  return kinds.length === 0 ? ["string"] : kinds;
}
