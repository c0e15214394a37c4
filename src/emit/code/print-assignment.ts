/**
 * `left = right` and `key: value`, as prettier lays out an assignment: which of its layouts it picks
 * depends on what the right-hand side is (prettier's `chooseLayout`), for the forms modeldoc emits.
 */
import { group, indent, indentIfBreak, line, type Doc } from "./doc.js";
import type { Expression, TypeNode } from "./syntax.js";

export type AssignmentLayout =
  /** break after the operator first, then inside each side */
  | "break-after-operator"
  /** never break after the operator: the right-hand side breaks inside */
  | "never-break-after-operator"
  /** the right-hand side breaks inside first; if still too long, after the operator */
  | "fluid"
  /** the right-hand side stays after the operator; the left-hand side breaks first */
  | "break-lhs";

/** prettier's lone short argument: `f(value)` with such an argument is hard to break usefully. */
const SHORT_ARGUMENT_WIDTH = 25;

function isLoneShortArgument(argument: Expression, quote: (text: string) => string): boolean {
  switch (argument.kind) {
    case "name":
      return argument.name.length <= SHORT_ARGUMENT_WIDTH;
    case "number":
      return true;
    case "string":
      return quote(argument.value).length <= SHORT_ARGUMENT_WIDTH;
    case "unary":
      return isLoneShortArgument(argument.argument, quote);
    default:
      return false;
  }
}

/**
 * A chain of names, members and calls whose calls take nothing or one short argument (`value["key"]`,
 * `validateX(value)`): breaking inside it does not help, so prettier breaks after the operator.
 */
function isPoorlyBreakableChain(expression: Expression, quote: (text: string) => string, deep = false): boolean {
  switch (expression.kind) {
    case "call": {
      if (expression.isNew) return false;
      const [only] = expression.args;
      const fewArguments = expression.args.length === 0 || (expression.args.length === 1 && only !== undefined && isLoneShortArgument(only, quote));
      if (!fewArguments || hasComplexTypeArguments(expression.typeArguments)) return false;
      return isPoorlyBreakableChain(expression.callee, quote, true);
    }
    case "member":
    case "index":
      return isPoorlyBreakableChain(expression.object, quote, true);
    case "name":
      return deep;
    default:
      return false;
  }
}

function hasComplexTypeArguments(typeArguments: readonly TypeNode[]): boolean {
  const [only] = typeArguments;
  if (typeArguments.length > 1) return true;
  return only !== undefined && (only.kind === "union-type" || only.kind === "intersection-type" || only.kind === "object-type");
}

/** `Record<string, Map<K, V>>`: a type annotation with several type arguments, one of them generic itself. */
export function isComplexTypeAnnotation(type: TypeNode | undefined): boolean {
  if (type?.kind !== "type-reference" || type.typeArguments.length < 2) return false;
  return type.typeArguments.some((argument) => argument.kind === "type-reference" && argument.typeArguments.length > 0);
}

export interface AssignmentSides {
  readonly value: Expression;
  /** A property key short enough that breaking after it gains nothing (prettier: narrower than 5 columns). */
  readonly shortKey: boolean;
  /** Whether the left-hand side can break (a type annotation that is an object type, say). */
  readonly leftCanBreak: boolean;
  readonly complexTypeAnnotation: boolean;
  /** How the printer quotes a string, to measure one. */
  readonly quote: (text: string) => string;
}

/** prettier's choice of layout for an assignment or a property whose right-hand side is `value`. */
export function chooseLayout(sides: AssignmentSides): AssignmentLayout {
  const { value, shortKey, leftCanBreak } = sides;
  if (sides.complexTypeAnnotation) return "break-lhs";
  if (value.kind === "binary") return "break-after-operator";
  if (!shortKey) {
    const inner = value.kind === "unary" ? value.argument : value;
    if (inner.kind === "string" || isPoorlyBreakableChain(inner, sides.quote)) return "break-after-operator";
  }
  const booleanOrNumber = (value.kind === "name" && (value.name === "true" || value.name === "false")) || (value.kind === "number" && value.value >= 0);
  if (!leftCanBreak && (shortKey || booleanOrNumber)) return "never-break-after-operator";
  return "fluid";
}

/** `left operator right` in the given layout; `operator` is `" ="` or `":"`. */
export function printAssignment(left: Doc, operator: string, right: Doc, layout: AssignmentLayout): Doc {
  switch (layout) {
    case "break-after-operator":
      return group([group(left), operator, group(indent([line, right]))]);
    case "never-break-after-operator":
      return group([group(left), operator, " ", right]);
    case "fluid": {
      const groupId = Symbol("assignment");
      return group([group(left), operator, group(indent(line), { id: groupId }), indentIfBreak(right, { groupId })]);
    }
    case "break-lhs":
      return group([left, operator, " ", group(right)]);
  }
}
