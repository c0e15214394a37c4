/**
 * The statements of `collectXIssues`: for a value already known to fail its type, push an issue with
 * its path for every way it does. Each part inside (an array item, a map entry) is tested first and
 * reported only when it fails, so paths are built only where something is wrong. The test is one call
 * however deep the part's type (`Array.isArray(v) && everyItemN(v)`, validator-checks.ts).
 *
 * A function nests at most {@link INLINE_WALKS} loops over parts; a deeper one is a module-level helper
 * (`collectItemsN(items, path, issues)`, `collectValuesN(record, path, issues)`) whose path is a
 * parameter. So the code of `map[string]map[string]…T` grows with its depth, not with its square, as
 * loops nested in loops did: each level's paths rebuilt those of every level above it inline
 * (`propertyPath(propertyPath(…), k)`), one line further indented.
 */
import { StructureKind } from "../code/kinds.js";
import type { ArrayType, MapType, TypeExpr, UnionType } from "../../ir/types.js";
import type { FunctionDeclaration } from "../code/structures.js";
import {
  array,
  block,
  call,
  constant,
  expressionStatement,
  forEachIndex,
  forIn,
  ifStatement,
  index,
  member,
  name,
  not,
  quoted,
  typeReference,
  arrayType,
  type Statement,
} from "../code/syntax.js";
import { resolveRef } from "../common/symbols.js";
import { acceptsAnything, describeType } from "../common/type-facts.js";
import {
  callee,
  failsExpression,
  functionScope,
  helper,
  runtime,
  runtimeCall,
  typeKey,
  type CheckContext,
  type CheckSite,
  type FunctionScope,
} from "./checks.js";

/** `target.push(issueAt(path, "expected", value));` */
function pushIssue(site: CheckSite, expected: string, ctx: CheckContext): Statement {
  const issue = runtimeCall(ctx, "issueAt", [site.path, quoted(expected), site.value]);
  return expressionStatement(call(member(name(site.target), "push"), [issue]));
}

/** `ValidationIssue[]` */
function issueListType(ctx: CheckContext) {
  return arrayType(typeReference(runtime(ctx, "ValidationIssue")));
}

/**
 * Statements reporting why a value fails the type, for a value already known to fail it. Each part
 * inside (an array item, a map entry) is tested first and reported only when it fails.
 */
export function failureStatements(type: TypeExpr, site: CheckSite, ctx: CheckContext, scope: FunctionScope): Statement[] {
  switch (type.kind) {
    case "array": {
      const notArray = not(call(member(name("Array"), "isArray"), [site.value]));
      if (acceptsAnything(type.items, ctx.emit.symbols)) return [ifStatement(notArray, pushIssue(site, "array", ctx))];
      return [ifStatement(notArray, pushIssue(site, "array", ctx), walk(type, site, ctx, scope))];
    }
    case "map": {
      const notObject = not(runtimeCall(ctx, "isRecord", [site.value]));
      if (acceptsAnything(type.values, ctx.emit.symbols)) return [ifStatement(notObject, pushIssue(site, "object", ctx))];
      return [ifStatement(notObject, pushIssue(site, "object", ctx), walk(type, site, ctx, scope))];
    }
    case "ref": {
      const target = resolveRef(ctx.emit.symbols, type);
      if (target === undefined) return [];
      return [expressionStatement(call(callee(ctx, target, "collect"), [site.value, site.path, name(site.target)]))];
    }
    case "union":
      return unionFailure(type, site, ctx, scope);
    case "any":
    case "unknown":
    case "http-response":
      return [];
    default:
      return [pushIssue(site, describeType(type, ctx.emit.symbols, ctx.emit.options.dates), ctx)];
  }
}

/**
 * How many loops over parts one function nests, which bounds how deep its paths nest inline. Three keep
 * every type of the corpus in its function as before: its deepest is formance's `[]map[string]map[string]int`.
 */
const INLINE_WALKS = 3;

/** The walk over the parts of an array or a map: a loop, or, past {@link INLINE_WALKS}, a call of its helper. */
function walk(type: ArrayType | MapType, site: CheckSite, ctx: CheckContext, scope: FunctionScope): Statement {
  if ((site.walkDepth ?? 0) < INLINE_WALKS) return block([walkLoop(type, site, ctx, scope)]);
  const prefix = type.kind === "array" ? "collectItems" : "collectValues";
  const walker = helper(ctx, `${prefix}:${typeKey(type)}`, prefix, (helperName) => walkHelper(helperName, type, ctx));
  return expressionStatement(call(walker, [site.value, site.path, name(site.target)]));
}

/** The loop over the parts of `site.value` (an array or a record), reporting each part that fails. */
function walkLoop(type: ArrayType | MapType, site: CheckSite, ctx: CheckContext, scope: FunctionScope): Statement {
  const walkDepth = (site.walkDepth ?? 0) + 1;
  if (type.kind === "array") {
    const at = name(scope.local("i"));
    const item = scope.local("v");
    const itemSite: CheckSite = { value: name(item), path: runtimeCall(ctx, "indexPath", [site.path, at]), target: site.target, walkDepth };
    return forEachIndex(at.name, site.value, [constant(item, index(site.value, at), typeReference("unknown")), ...collectStatements(type.items, itemSite, ctx, scope)]);
  }
  const key = scope.local("k");
  const entry = scope.local("v");
  const entrySite: CheckSite = { value: name(entry), path: runtimeCall(ctx, "propertyPath", [site.path, name(key)]), target: site.target, walkDepth };
  return forIn(key, site.value, block([constant(entry, index(site.value, name(key))), ...collectStatements(type.values, entrySite, ctx, scope)]));
}

/** `function collectItemsN(items: readonly unknown[], path: string, issues: ValidationIssue[]): void { loop }` */
function walkHelper(helperName: string, type: ArrayType | MapType, ctx: CheckContext): FunctionDeclaration {
  const [parameter, parameterType] =
    type.kind === "array"
      ? ["items", arrayType(typeReference("unknown"), true)]
      : ["record", typeReference("Record", [typeReference("string"), typeReference("unknown")])];
  const site: CheckSite = { value: name(parameter), path: name("path"), target: "issues" };
  return {
    kind: StructureKind.Function,
    name: helperName,
    isExported: false,
    parameters: [
      { name: parameter, type: parameterType },
      { name: "path", type: typeReference("string") },
      { name: "issues", type: issueListType(ctx) },
    ],
    returnType: typeReference("void"),
    statements: [walkLoop(type, site, ctx, functionScope())],
  };
}

/**
 * Every member failed (the union's test did): each member's issues go to a list of their own, and
 * `pushUnionIssues` reports the closest member (see runtime.ts).
 */
function unionFailure(type: UnionType, site: CheckSite, ctx: CheckContext, scope: FunctionScope): Statement[] {
  const [only] = type.members;
  if (type.members.length === 1 && only !== undefined) return failureStatements(only, site, ctx, scope);
  const attempts: string[] = [];
  const statements: Statement[] = [];
  for (const memberType of type.members) {
    const attempt = scope.local("m");
    attempts.push(attempt);
    statements.push(constant(attempt, array([]), issueListType(ctx)));
    statements.push(...failureStatements(memberType, { ...site, target: attempt }, ctx, scope));
  }
  const expected = quoted(describeType(type, ctx.emit.symbols, ctx.emit.options.dates));
  const report = runtimeCall(ctx, "pushUnionIssues", [name(site.target), site.path, site.value, expected, array(attempts.map(name))]);
  statements.push(expressionStatement(report));
  return statements;
}

/** Whether statements take one line: then they follow their `if (…)` without braces. */
function isOneLine(statements: readonly Statement[]): boolean {
  const [only] = statements;
  return statements.length === 1 && only !== undefined && !(only.kind === "if" && only.alternate !== undefined);
}

/** `if (!(test)) report`, in braces unless the report is one line; nothing when every value passes. */
export function collectStatements(type: TypeExpr, site: CheckSite, ctx: CheckContext, scope: FunctionScope): Statement[] {
  if (acceptsAnything(type, ctx.emit.symbols)) return [];
  const failed = failureStatements(type, site, ctx, scope);
  const fails = failsExpression(type, site.value, ctx);
  const [only] = failed;
  return [ifStatement(fails, isOneLine(failed) && only !== undefined ? only : block(failed))];
}

/** The issue list type, for the functions that declare one. */
export { issueListType };
