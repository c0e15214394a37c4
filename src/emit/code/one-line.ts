/**
 * The one-line form of code nodes: the text prettier prints for them when every group fits, which is
 * how prettier prints a statement (or an object's property) that fits on its line. The printers use it
 * to hand prettier's printer that text instead of a document for code that fits: most emitted code does,
 * and printing documents node by node is what emitting costs (see docs/architecture.md, "Emit"). A test
 * holds every form here against prettier's printer, given the same node's document and no width limit.
 * `undefined`: the code cannot be one line (a block with statements, an `else` after a statement).
 */
import { numberText, propertyKey, stringLiteral } from "../common/literals.js";
import { memberObjectNeedsParentheses, operandNeedsParentheses, typeNeedsParentheses, unaryArgumentNeedsParentheses } from "./parentheses.js";
import type { TypePlace } from "./places.js";
import type {
  ArrayExpression,
  Expression,
  NameExpression,
  NumberExpression,
  Property,
  RegExpExpression,
  Statement,
  StringExpression,
  TypeNode,
} from "./syntax.js";

/** Two or more objects (or arrays) of two or more entries each: prettier writes them one a line, always. */
export function arrayMustBreak(node: ArrayExpression): boolean {
  const { elements } = node;
  return (
    elements.length > 1 &&
    elements.every((element, position) => {
      const next = elements[position + 1];
      if ((element.kind !== "object" && element.kind !== "array") || (next !== undefined && next.kind !== element.kind)) return false;
      return (element.kind === "object" ? element.properties.length : element.elements.length) > 1;
    })
  );
}

/** Joins the one-line forms of `items`; `undefined` when one of them has none. */
function joined(items: readonly (string | undefined)[], separator: string): string | undefined {
  for (const item of items) if (item === undefined) return undefined;
  return items.join(separator);
}

export function oneLineType(type: TypeNode, place: TypePlace): string {
  let text: string;
  switch (type.kind) {
    case "type-reference":
      text = type.typeArguments.length === 0 ? type.name : `${type.name}<${type.typeArguments.map((argument) => oneLineType(argument, "type-argument")).join(", ")}>`;
      break;
    case "literal-type":
      text = type.text;
      break;
    case "array-type":
      text = `${type.readonly ? "readonly " : ""}${oneLineType(type.element, "array-element")}[]`;
      break;
    case "union-type":
      text = type.members.map((member) => oneLineType(member, "member")).join(" | ");
      break;
    case "intersection-type":
      text = type.members.map((member) => oneLineType(member, "member")).join(" & ");
      break;
    case "object-type":
      text =
        type.members.length === 0
          ? "{}"
          : `{ ${type.members.map((member) => `${member.name}${member.optional ? "?" : ""}: ${oneLineType(member.type, "annotation")}`).join("; ")} }`;
      break;
    case "function-type":
      text = `(${type.parameters.map((parameter) => `${parameter.name}: ${oneLineType(parameter.type, "annotation")}`).join(", ")}) => ${oneLineType(type.returnType, "annotation")}`;
      break;
    case "type-predicate":
      text = `${type.asserts ? "asserts " : ""}${type.parameter} is ${oneLineType(type.type, "annotation")}`;
      break;
    case "tuple-type":
      text = `${type.readonly ? "readonly " : ""}[${type.elements.map((element) => oneLineType(element, "annotation")).join(", ")}]`;
      break;
    case "verbatim-type":
      text = type.text;
      break;
  }
  return typeNeedsParentheses(type, place) ? `(${text})` : text;
}

/** `key: value` of an object literal. */
export function oneLineProperty(property: Property): string | undefined {
  const value = oneLineExpression(property.value);
  const key = property.key === "__proto__" ? `[${stringLiteral("__proto__")}]` : propertyKey(property.key);
  return value === undefined ? undefined : `${key}: ${value}`;
}

function parenthesised(text: string | undefined, needed: boolean): string | undefined {
  return text === undefined || !needed ? text : `(${text})`;
}

/** The text of a name or a literal, which never breaks. */
export function atomText(node: NameExpression | StringExpression | NumberExpression | RegExpExpression): string {
  switch (node.kind) {
    case "name":
      return node.name;
    case "string":
      return stringLiteral(node.value);
    case "number":
      return numberText(node.value);
    case "regexp":
      return `/${node.pattern}/${node.flags}`;
  }
}

export function oneLineExpression(node: Expression): string | undefined {
  switch (node.kind) {
    case "name":
    case "string":
    case "number":
    case "regexp":
      return atomText(node);
    case "member": {
      const object = parenthesised(oneLineExpression(node.object), memberObjectNeedsParentheses(node.object));
      return object === undefined ? undefined : `${object}.${node.property}`;
    }
    case "index":
      return joined([parenthesised(oneLineExpression(node.object), memberObjectNeedsParentheses(node.object)), "[", oneLineExpression(node.index), "]"], "");
    case "call": {
      const typeArguments = node.typeArguments.length === 0 ? "" : `<${node.typeArguments.map((type) => oneLineType(type, "type-argument")).join(", ")}>`;
      const args = joined(node.args.map(oneLineExpression), ", ");
      const callee = oneLineExpression(node.callee);
      return args === undefined || callee === undefined ? undefined : `${node.isNew ? "new " : ""}${callee}${typeArguments}(${args})`;
    }
    case "binary":
      return joined(
        [
          parenthesised(oneLineExpression(node.left), operandNeedsParentheses(node.left, node, "left")),
          node.operator,
          parenthesised(oneLineExpression(node.right), operandNeedsParentheses(node.right, node, "right")),
        ],
        " ",
      );
    case "unary": {
      const argument = parenthesised(oneLineExpression(node.argument), unaryArgumentNeedsParentheses(node.argument));
      return argument === undefined ? undefined : `${node.operator === "!" ? "!" : `${node.operator} `}${argument}`;
    }
    case "increment":
      return joined([oneLineExpression(node.argument), "++"], "");
    case "as":
      return joined([oneLineExpression(node.expression), oneLineType(node.type, "annotation")], ` ${node.operator} `);
    case "array":
      if (node.elements.length === 0) return "[]";
      return arrayMustBreak(node) ? undefined : joined(["[", joined(node.elements.map(oneLineExpression), ", "), "]"], "");
    case "object":
      if (node.properties.length === 0) return "{}";
      return node.broken ? undefined : joined(["{ ", joined(node.properties.map(oneLineProperty), ", "), " }"], "");
    case "commented":
      return joined([`/* ${node.comment} */`, oneLineExpression(node.expression)], " ");
  }
}

/** `name: Type = init`, without the keyword and the semicolon. */
export function oneLineDeclarator(name: string, type: TypeNode | undefined, init: Expression): string | undefined {
  const value = oneLineExpression(init);
  if (value === undefined) return undefined;
  return type === undefined ? `${name} = ${value}` : `${name}: ${oneLineType(type, "annotation")} = ${value}`;
}

export function oneLineStatement(statement: Statement): string | undefined {
  switch (statement.kind) {
    case "expression":
      return joined([oneLineExpression(statement.expression), ";"], "");
    case "variable":
      return joined([`${statement.declarationKind} `, oneLineDeclarator(statement.name, statement.type, statement.init), ";"], "");
    case "return":
      return statement.argument === undefined ? `${statement.keyword};` : joined([`${statement.keyword} `, oneLineExpression(statement.argument), ";"], "");
    case "if": {
      const head = joined(["if (", oneLineExpression(statement.test), ") ", oneLineStatement(statement.consequent)], "");
      const { alternate } = statement;
      if (alternate === undefined) return head;
      // After a statement, `else` starts a line of its own.
      return statement.consequent.kind === "block" ? joined([head, " else ", oneLineStatement(alternate)], "") : undefined;
    }
    case "block":
      return statement.body.length === 0 ? "{}" : undefined;
    case "for": {
      const init = joined([`${statement.init.declarationKind} `, oneLineDeclarator(statement.init.name, statement.init.type, statement.init.init)], "");
      const header = joined([init, oneLineExpression(statement.test), oneLineExpression(statement.update)], "; ");
      return joined(["for (", header, ") ", oneLineStatement(statement.body)], "");
    }
    case "for-in":
      return joined([`for (const ${statement.name} ${statement.keyword} `, oneLineExpression(statement.right), ") ", oneLineStatement(statement.body)], "");
    case "verbatim":
      return statement.lines.length === 1 ? statement.lines[0] : undefined;
  }
}

export const PRINT_WIDTH = 100;
export const INDENT_WIDTH = 2;

const printableAscii = /^[\x20-\x7e]*$/;

/**
 * Whether prettier prints `text`, a one-line form, as it is when it starts at `column` and a line break
 * may follow it: it fits the width (prettier measures wide characters itself, so only printable ASCII
 * is vouched for here).
 */
export function fitsAt(text: string | undefined, column: number): text is string {
  return text !== undefined && column + text.length <= PRINT_WIDTH && printableAscii.test(text);
}
