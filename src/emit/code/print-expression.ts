/**
 * Expression nodes → layout documents, as prettier's JavaScript printer builds them: one function per
 * node kind, and prettier's parentheses. Several of prettier's layouts depend on where an expression
 * stands (a `&&` chain directly inside `if (…)` is not indented, one after `return` is wrapped in
 * parentheses when it breaks), so each child is printed with its place.
 */
import { propertyKey, stringLiteral } from "../common/literals.js";
import {
  breakParent,
  conditionalGroup,
  fill,
  group,
  ifBreak,
  indent,
  join,
  line,
  printDocument,
  softline,
  willBreak,
  type Doc,
} from "./doc.js";
import { arrayMustBreak, atomText, fitsAt, INDENT_WIDTH, oneLineExpression, oneLineProperty } from "./one-line.js";
import { chooseLayout, printAssignment } from "./print-assignment.js";
import { printTypeArguments, printType } from "./print-type.js";
import { isLogical, memberObjectNeedsParentheses, operandNeedsParentheses, shouldFlatten, unaryArgumentNeedsParentheses } from "./parentheses.js";
import type {
  ArrayExpression,
  BinaryExpression,
  CallExpression,
  Expression,
  ObjectExpression,
  Property,
  UnaryExpression,
} from "./syntax.js";

/** Where an expression stands, as far as prettier's layout of it depends on it. */
export type ExpressionPlace =
  /** directly inside the parentheses of `if (…)` */
  | "if-test"
  /** the operand of `!`, `typeof` or `delete` */
  | "unary"
  /** after `return` or `throw` */
  | "return"
  /** the test or update of `for (…; …; …)` */
  | "for-header"
  /** the right-hand side of `=` or of a property's `:` */
  | "assignment"
  /** an operand of `&&` or `||` */
  | "logical-operand"
  /** an operand of another binary operator */
  | "binary-operand"
  /** anywhere else: a call argument, an array element, a statement */
  | "other";

/** prettier's node type of a binary expression: `LogicalExpression` or `BinaryExpression`. */
function binaryType(node: Expression): "logical" | "binary" | undefined {
  if (node.kind !== "binary") return undefined;
  return isLogical(node) ? "logical" : "binary";
}

function printOperand(child: Expression, parent: BinaryExpression, side: "left" | "right"): Doc {
  const printed = printExpression(child, isLogical(parent) ? "logical-operand" : "binary-operand");
  return operandNeedsParentheses(child, parent, side) ? ["(", printed, ")"] : printed;
}

/** The parts of a binary chain: operands of the same precedence flattened into one list. */
function binaryParts(node: BinaryExpression, parentType: "logical" | "binary" | undefined, insideParentheses: boolean): Doc[] {
  const parts: Doc[] =
    node.left.kind === "binary" && shouldFlatten(node.operator, node.left.operator)
      ? binaryParts(node.left, binaryType(node), insideParentheses)
      : [group(printOperand(node.left, node, "left"))];
  const right: Doc = [node.operator, line, printOperand(node.right, node, "right")];
  const type = binaryType(node);
  const ownGroup =
    !(insideParentheses && type === "logical") && parentType !== type && binaryType(node.left) !== type && binaryType(node.right) !== type;
  parts.push(" ", ownGroup ? group(right) : right);
  return parts;
}

function parentTypeAt(place: ExpressionPlace): "logical" | "binary" | undefined {
  return place === "logical-operand" ? "logical" : place === "binary-operand" ? "binary" : undefined;
}

function printBinary(node: BinaryExpression, place: ExpressionPlace): Doc {
  const parts = binaryParts(node, parentTypeAt(place), place === "if-test");
  switch (place) {
    case "if-test":
      // The chain breaks with the parentheses around it.
      return parts;
    case "unary":
      return group([indent([softline, ...parts]), softline]);
    case "return":
    case "for-header":
    case "assignment":
      return group(parts);
    default: {
      // The first operand stays where it is; the rest is indented.
      return group([parts[0] ?? "", indent(parts.slice(1))]);
    }
  }
}

function printUnary(node: UnaryExpression): Doc {
  const operator = node.operator === "!" ? "!" : `${node.operator} `;
  const argument = printExpression(node.argument, "unary");
  return unaryArgumentNeedsParentheses(node.argument) ? [operator, "(", argument, ")"] : [operator, argument];
}

/** A last argument that is an array or an object is "hugged": `f(a, [` … `])`. */
function huggsLastArgument(args: readonly Expression[]): boolean {
  const last = args[args.length - 1];
  const penultimate = args[args.length - 2];
  if (last === undefined) return false;
  const expandable = (last.kind === "array" && last.elements.length > 0) || (last.kind === "object" && last.properties.length > 0);
  return expandable && penultimate?.kind !== last.kind && !(args.length > 1 && isConciseArray(last));
}

/** prettier's call arguments: one line, or one argument a line, or the last one hugged when it can be. */
function printArguments(args: readonly Expression[]): Doc {
  if (args.length === 0) return "()";
  const printed = args.map((argument, position) => {
    const doc = printExpression(argument, "other");
    return position < args.length - 1 ? [doc, ",", line] : doc;
  });
  const allBrokenOut = (): Doc => group(["(", indent([line, ...printed]), ",", line, ")"], { shouldBreak: true });
  if (huggsLastArgument(args)) {
    const head = printed.slice(0, -1);
    if (head.some(willBreak)) return allBrokenOut();
    const last = printExpression(args[args.length - 1]!, "other");
    if (willBreak(last)) return [breakParent, conditionalGroup([["(", ...head, group(last, { shouldBreak: true }), ")"], allBrokenOut()])];
    return conditionalGroup([["(", ...head, last, ")"], ["(", ...head, group(last, { shouldBreak: true }), ")"], allBrokenOut()]);
  }
  return group(["(", indent([softline, ...printed]), ifBreak(","), softline, ")"], { shouldBreak: printed.some(willBreak) });
}

function printCall(node: CallExpression): Doc {
  const callee = printExpression(node.callee, "other");
  const call = [callee, printTypeArguments(node.typeArguments), printArguments(node.args)];
  if (node.isNew) return ["new ", ...call];
  // A call on a member (`issues.push(…)`) is prettier's member chain; a one-call chain is one group.
  return node.callee.kind === "member" ? group(call) : call;
}

/** An array of numbers, which prettier fills several to a line. */
function isConciseArray(node: Expression): boolean {
  return node.kind === "array" && node.elements.length > 0 && node.elements.every((element) => element.kind === "number");
}

function printArray(node: ArrayExpression, depth: number | undefined): Doc {
  const { elements } = node;
  if (elements.length === 0) return "[]";
  const shouldBreak = arrayMustBreak(node);
  const id = Symbol("array");
  if (isConciseArray(node)) {
    const trailingComma = ifBreak(",", "", { groupId: id });
    const parts: Doc[] = [];
    elements.forEach((element, position) => {
      const last = position === elements.length - 1;
      parts.push([printExpression(element, "other"), last ? trailingComma : ","]);
      if (!last) parts.push(line);
    });
    return group(["[", indent([softline, fill(parts)]), softline, "]"], { shouldBreak, id });
  }
  const entries = printEntries(elements, depth, oneLineExpression, (element, elementDepth) => group(printExpression(element, "other", elementDepth)));
  return group(["[", indent([softline, join([",", line], entries), ifBreak(",")]), softline, "]"], { shouldBreak, id });
}

/**
 * Whether a key is narrower than five columns, where prettier never breaks after `key:`. prettier counts
 * wide characters twice, so a key that is not ASCII is measured by its printer: does it fit in the four
 * columns left after 96?
 */
function isShortKey(key: string): boolean {
  if (/^[\x20-\x7e]*$/.test(key)) return key.length < 5;
  return !printDocument([" ".repeat(96), group([key, softline])]).includes("\n");
}

/** A property on a line at indentation `depth` (unknown: `undefined`). */
function printProperty(property: Property, depth: number | undefined): Doc {
  // `__proto__: x` in a literal sets the prototype; the computed form makes an own key.
  const key = property.key === "__proto__" ? group(["[", stringLiteral("__proto__"), "]"]) : propertyKey(property.key);
  const layout = chooseLayout({
    value: property.value,
    shortKey: typeof key === "string" && isShortKey(key),
    leftCanBreak: false,
    complexTypeAnnotation: false,
    quote: stringLiteral,
  });
  // The value starts on the key's line, or on the next one when the layout breaks after `:`.
  const value = printExpression(property.value, "assignment", depth === undefined ? undefined : depth + 1);
  return printAssignment(key, ":", value, layout);
}

/**
 * The entries of an object or an array at indentation `depth`: an entry whose one-line form fits on its
 * line (with its comma) is that text, as prettier prints it there whether the list breaks or not.
 */
function printEntries<Entry>(entries: readonly Entry[], depth: number | undefined, oneLine: (entry: Entry) => string | undefined, print: (entry: Entry, depth: number | undefined) => Doc): Doc[] {
  const entryDepth = depth === undefined ? undefined : depth + 1;
  return entries.map((entry) => {
    if (entryDepth === undefined) return print(entry, undefined);
    const text = oneLine(entry);
    return text !== undefined && fitsAt(`${text},`, entryDepth * INDENT_WIDTH) ? text : print(entry, entryDepth);
  });
}

function printObject(node: ObjectExpression, depth: number | undefined): Doc {
  if (node.properties.length === 0) return "{}";
  const properties = join([",", line], printEntries(node.properties, depth, oneLineProperty, printProperty));
  return group(["{", indent([line, properties]), ifBreak(","), line, "}"], { shouldBreak: node.broken === true });
}

/** The object of a member access, in parentheses when it is not a plain operand. */
function printObjectOf(node: Expression): Doc {
  const printed = printExpression(node, "other");
  return memberObjectNeedsParentheses(node) ? ["(", printed, ")"] : printed;
}

/**
 * The layout document of an expression standing at `place`, on a line at indentation `depth` at the
 * deepest (objects and arrays then shorten the entries that fit; `undefined`: not known).
 */
export function printExpression(node: Expression, place: ExpressionPlace, depth?: number): Doc {
  switch (node.kind) {
    case "name":
    case "string":
    case "number":
    case "regexp":
      return atomText(node);
    case "member":
      return [printObjectOf(node.object), ".", node.property];
    case "index": {
      const at = printExpression(node.index, "other");
      return [printObjectOf(node.object), node.index.kind === "number" ? ["[", at, "]"] : group(["[", indent([softline, at]), softline, "]"])];
    }
    case "call":
      return printCall(node);
    case "binary":
      return printBinary(node, place);
    case "unary":
      return printUnary(node);
    case "increment":
      return [printExpression(node.argument, "other"), "++"];
    case "as":
      return [printExpression(node.expression, "other"), ` ${node.operator} `, printType(node.type, "annotation")];
    case "array":
      return printArray(node, depth);
    case "object":
      return printObject(node, depth);
    case "commented":
      return [`/* ${node.comment} */ `, printExpression(node.expression, place, depth)];
  }
}
