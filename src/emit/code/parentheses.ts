/**
 * Where prettier writes parentheses in the code modeldoc emits: code nodes hold none, and both the
 * layout printers and the one-line forms (one-line.ts) ask here, so that the two agree.
 */
import type { BinaryExpression, BinaryOperator, Expression, TypeNode } from "./syntax.js";
import type { TypePlace } from "./places.js";

const logicalOperators: ReadonlySet<BinaryOperator> = new Set(["&&", "||"]);

/** Operator precedence, higher binds tighter (prettier's table, for the operators modeldoc emits). */
const precedence: Record<BinaryOperator, number> = { "||": 1, "&&": 2, "===": 3, "!==": 3, "<": 4, instanceof: 4, in: 4, "+": 5 };

export function isLogical(node: Expression): node is BinaryExpression {
  return node.kind === "binary" && logicalOperators.has(node.operator);
}

/** Whether `a op1 b op2 c` is one chain: the same precedence, and not two equality tests. */
export function shouldFlatten(parent: BinaryOperator, child: BinaryOperator): boolean {
  if (precedence[parent] !== precedence[child]) return false;
  return precedence[parent] !== precedence["==="];
}

/** A binary operand: in parentheses when it binds looser, or when `&&` and `||` mix (prettier adds those). */
export function operandNeedsParentheses(child: Expression, parent: BinaryExpression, side: "left" | "right"): boolean {
  if (child.kind === "as") return true;
  if (child.kind !== "binary") return false;
  if (isLogical(child) && isLogical(parent) && child.operator !== parent.operator) return true;
  const childPrecedence = precedence[child.operator];
  const parentPrecedence = precedence[parent.operator];
  if (parentPrecedence > childPrecedence) return true;
  return parentPrecedence === childPrecedence && (side === "right" || !shouldFlatten(parent.operator, child.operator));
}

/** The operand of `!`, `typeof` or `delete`. */
export function unaryArgumentNeedsParentheses(argument: Expression): boolean {
  return argument.kind === "binary" || argument.kind === "as";
}

/** The object of `object.property` or `object[index]`. */
export function memberObjectNeedsParentheses(object: Expression): boolean {
  return object.kind === "binary" || object.kind === "as" || object.kind === "unary";
}

/** A union, an intersection or a function type inside an array type or a union; `readonly T[]` as an array's element. */
export function typeNeedsParentheses(type: TypeNode, place: TypePlace): boolean {
  const compound = type.kind === "union-type" || type.kind === "intersection-type" || type.kind === "function-type";
  if ((type.kind === "array-type" || type.kind === "tuple-type") && type.readonly) return place === "array-element";
  return compound && (place === "member" || place === "array-element");
}
