/**
 * The statements of `collectXIssues`: for a value already known to fail its type, push an issue with
 * its path for every way it does. Each part inside (an array item, a map entry) is tested first and
 * reported only when it fails, so paths are built only where something is wrong.
 */
import type { TypeExpr, UnionType } from "../ir/types.js";
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
} from "./code/syntax.js";
import { resolveRef } from "./symbols.js";
import {
  acceptsAnything,
  callee,
  describeType,
  failsExpression,
  runtime,
  runtimeCall,
  type CheckContext,
  type CheckSite,
  type FunctionScope,
} from "./validator-checks.js";

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
      if (acceptsAnything(type.items, ctx.symbols)) return [ifStatement(notArray, pushIssue(site, "array", ctx))];
      const at = name(scope.local("i"));
      const item = scope.local("v");
      const itemSite = { value: name(item), path: runtimeCall(ctx, "indexPath", [site.path, at]), target: site.target };
      const loop = forEachIndex(at.name, site.value, [constant(item, index(site.value, at), typeReference("unknown")), ...collectStatements(type.items, itemSite, ctx, scope)]);
      return [ifStatement(notArray, pushIssue(site, "array", ctx), block([loop]))];
    }
    case "map": {
      const notObject = not(runtimeCall(ctx, "isRecord", [site.value]));
      if (acceptsAnything(type.values, ctx.symbols)) return [ifStatement(notObject, pushIssue(site, "object", ctx))];
      const key = scope.local("k");
      const entry = scope.local("v");
      const entrySite = { value: name(entry), path: runtimeCall(ctx, "propertyPath", [site.path, name(key)]), target: site.target };
      const loop = forIn(key, site.value, block([constant(entry, index(site.value, name(key))), ...collectStatements(type.values, entrySite, ctx, scope)]));
      return [ifStatement(notObject, pushIssue(site, "object", ctx), block([loop]))];
    }
    case "ref": {
      const target = resolveRef(ctx.symbols, type);
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
      return [pushIssue(site, describeType(type, ctx.symbols, ctx.dates), ctx)];
  }
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
  const expected = quoted(describeType(type, ctx.symbols, ctx.dates));
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
  if (acceptsAnything(type, ctx.symbols)) return [];
  const failed = failureStatements(type, site, ctx, scope);
  const fails = failsExpression(type, site.value, ctx);
  const [only] = failed;
  return [ifStatement(fails, isOneLine(failed) && only !== undefined ? only : block(failed))];
}

/** The issue list type, for the functions that declare one. */
export { issueListType };
