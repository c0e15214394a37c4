/**
 * The statements of `stripX` (the `strip` unknown-key policy): delete, in place, the keys of a valid
 * value that its models do not list, walking into the arrays, maps and unions that can hold a model.
 */
import type { TypeExpr } from "../../ir/types.js";
import {
  as,
  arrayType,
  block,
  call,
  constant,
  expressionStatement,
  forEachIndex,
  forIn,
  ifStatement,
  index,
  name,
  typeReference,
  type Expression,
  type Statement,
} from "../code/syntax.js";
import { resolveRef } from "../common/symbols.js";
import { callee, testExpression, type CheckContext, type FunctionScope } from "./checks.js";

/** Statements deleting unknown keys inside `x`, a value known to be valid (strip policy only). */
export function stripStatements(type: TypeExpr, x: Expression, ctx: CheckContext, scope: FunctionScope): Statement[] {
  if (!ctx.emit.view.typeStrips(type)) return [];
  switch (type.kind) {
    case "ref": {
      const target = resolveRef(ctx.emit.symbols, type);
      return target === undefined ? [] : [expressionStatement(call(callee(ctx, target, "strip"), [x]))];
    }
    case "array": {
      const items = name(scope.local("a"));
      const at = name(scope.local("i"));
      const item = scope.local("v");
      const loop = forEachIndex(at.name, items, [constant(item, index(items, at)), ...stripStatements(type.items, name(item), ctx, scope)]);
      return [constant(items.name, as(x, arrayType(typeReference("unknown"), true))), loop];
    }
    case "map": {
      const record = name(scope.local("r"));
      const key = scope.local("k");
      const entry = scope.local("v");
      const loop = forIn(key, record, block([constant(entry, index(record, name(key))), ...stripStatements(type.values, name(entry), ctx, scope)]));
      return [constant(record.name, as(x, typeReference("Record", [typeReference("string"), typeReference("unknown")]))), loop];
    }
    case "union": {
      // The first member the value passes is the one it is read as, as in validation.
      let lastStripping = -1;
      type.members.forEach((memberType, position) => {
        if (ctx.emit.view.typeStrips(memberType)) lastStripping = position;
      });
      const branches = type.members
        .slice(0, lastStripping + 1)
        .map((memberType) => ({ test: testExpression(memberType, x, ctx), body: stripStatements(memberType, x, ctx, scope) }));
      const chain = branches.reduceRight<Statement | undefined>(
        (alternate, branch) => ifStatement(branch.test, block(branch.body), alternate),
        undefined,
      );
      return chain === undefined ? [] : [chain];
    }
    default:
      return [];
  }
}
