/**
 * Statement nodes → layout documents, as prettier's JavaScript printer builds them: one function per
 * node kind. A statement that is not a block goes on the next line, indented, when it does not fit
 * after its `if (…)` or `for (…)`, as prettier puts it. Each statement knows the indentation it starts
 * at (`depth`), so that code fitting on its line can be its one-line form (see one-line.ts).
 */
import { stringLiteral } from "../common/literals.js";
import { canBreak, group, hardline, ifBreak, indent, join, line, softline, type Doc } from "./doc.js";
import { chooseLayout, isComplexTypeAnnotation, printAssignment } from "./print-assignment.js";
import { printExpression } from "./print-expression.js";
import { fitsAt, INDENT_WIDTH, oneLineDeclarator, oneLineExpression, oneLineStatement } from "./one-line.js";
import { printType } from "./print-type.js";
import type { Expression, ForInStatement, ForStatement, IfStatement, ReturnStatement, Statement, TypeNode, VariableStatement } from "./syntax.js";

/**
 * A clause after `if (…)`, `else` or `for (…)` at indentation `depth`: a block after a space, anything
 * else on the next line, one level deeper, if it must.
 */
function printClause(statement: Statement, depth: number): Doc {
  return statement.kind === "block" ? [" ", printStatement(statement, depth)] : indent([line, printLine(statement, depth + 1)]);
}

/**
 * A statement that starts a line at indentation `depth` (or follows `if (…)` on a line that holds it
 * all): its one-line form when that fits, else its document.
 */
function printLine(statement: Statement, depth: number): Doc {
  const text = oneLineStatement(statement);
  return fitsAt(text, depth * INDENT_WIDTH) ? text : printStatement(statement, depth);
}

/**
 * Whether the head of an `if (…)` or a `for (…)` (its one-line form) fits on its line, with the ` {` of a
 * block body after it: prettier then keeps the parentheses flat.
 */
function headFits(head: string | undefined, column: number, body: Statement): head is string {
  return fitsAt(head === undefined ? undefined : `${head}${body.kind === "block" ? " {" : ""}`, column);
}

/** `!(a || b)`: prettier keeps the parentheses of a negated chain on the line of `if (`. */
function isNegatedChain(test: Expression): boolean {
  return test.kind === "unary" && test.operator === "!" && test.argument.kind === "binary" && (test.argument.operator === "&&" || test.argument.operator === "||");
}

function printCondition(test: Expression): Doc {
  const printed = printExpression(test, "if-test");
  return isNegatedChain(test) ? printed : group([indent([softline, printed]), softline]);
}

/** An `if` statement whose `if` stands at `column` (after `} else ` in a chain). */
function printIf(statement: IfStatement, depth: number, column = depth * INDENT_WIDTH): Doc {
  const test = oneLineExpression(statement.test);
  const head = test === undefined ? undefined : `if (${test})`;
  const opening = headFits(head, column, statement.consequent) ? head : ["if (", printCondition(statement.test), ")"];
  const parts: Doc[] = [group([opening, printClause(statement.consequent, depth)])];
  const { alternate } = statement;
  if (alternate !== undefined) {
    const sameLine = statement.consequent.kind === "block";
    parts.push(sameLine ? " " : hardline, "else");
    // `} else if` after the block's closing brace, or `else if` on a line of its own.
    const elseColumn = depth * INDENT_WIDTH + (sameLine ? "} else ".length : "else ".length);
    parts.push(group(alternate.kind === "if" ? [" ", printIf(alternate, depth, elseColumn)] : printClause(alternate, depth)));
  }
  return parts;
}

/** `const name: Type = init` without the semicolon (a `for` header holds one too). */
export function printDeclarator(name: string, type: TypeNode | undefined, init: Expression, depth: number): Doc {
  const left = type === undefined ? name : [name, ":", " ", printType(type, "annotation")];
  // `const x: { a: A } = { … }`: the object type breaks before ` = {` leaves its line. prettier keeps an
  // object type broken as it is written, so this layout is ours to choose; it is the one modeldoc has
  // always written (prettier, writing it from scratch, would break after ` =` first).
  const layout = type?.kind === "object-type" && init.kind === "object" ? "break-lhs" : chooseLayout({
    value: init,
    shortKey: false,
    leftCanBreak: canBreak(left),
    complexTypeAnnotation: isComplexTypeAnnotation(type),
    quote: stringLiteral,
  });
  // The initializer starts on the line of `=`, or on the next one in the layouts that break after it.
  const initDepth = layout === "break-lhs" || layout === "never-break-after-operator" ? depth : depth + 1;
  return printAssignment(left, " =", printExpression(init, "assignment", initDepth), layout);
}

function printVariable(statement: VariableStatement, depth: number): Doc {
  return group([statement.declarationKind, " ", printDeclarator(statement.name, statement.type, statement.init, depth), ";"]);
}

function printReturn(statement: ReturnStatement): Doc {
  const { argument } = statement;
  if (argument === undefined) return `${statement.keyword};`;
  const printed = printExpression(argument, "return");
  // A chain that breaks goes inside parentheses, one operand a line.
  const wrapped = argument.kind === "binary" ? group([ifBreak("("), indent([softline, printed]), softline, ifBreak(")")]) : printed;
  return [statement.keyword, " ", wrapped, ";"];
}

function printFor(statement: ForStatement, depth: number): Doc {
  const { init } = statement;
  const flatInit = oneLineDeclarator(init.name, init.type, init.init);
  const flatTest = oneLineExpression(statement.test);
  const flatUpdate = oneLineExpression(statement.update);
  const head = flatInit === undefined || flatTest === undefined || flatUpdate === undefined ? undefined : `for (${init.declarationKind} ${flatInit}; ${flatTest}; ${flatUpdate})`;
  if (headFits(head, depth * INDENT_WIDTH, statement.body)) return group([head, printClause(statement.body, depth)]);
  const declaration = group([init.declarationKind, " ", printDeclarator(init.name, init.type, init.init, depth)]);
  const header = [declaration, ";", line, printExpression(statement.test, "for-header"), ";", line, printExpression(statement.update, "for-header")];
  return group(["for (", group([indent([softline, header]), softline]), ")", printClause(statement.body, depth)]);
}

function printForIn(statement: ForInStatement, depth: number): Doc {
  const opening = `for (const ${statement.name} ${statement.keyword} `;
  const flatRight = oneLineExpression(statement.right);
  const head = flatRight === undefined ? undefined : `${opening}${flatRight})`;
  if (headFits(head, depth * INDENT_WIDTH, statement.body)) return group([head, printClause(statement.body, depth)]);
  return group([opening, printExpression(statement.right, "other"), ")", printClause(statement.body, depth)]);
}

/**
 * Statements one a line at indentation `depth` (a block's body, a function's). A run of statements that
 * each fit on their line is one text, with the line breaks and indentation prettier prints between them:
 * prettier's printer then copies it instead of walking a document node by node.
 */
function printStatements(statements: readonly Statement[], depth: number): Doc {
  const separator = `\n${" ".repeat(depth * INDENT_WIDTH)}`;
  const parts: Doc[] = [];
  let run: string[] = [];
  for (const statement of statements) {
    const printed = printLine(statement, depth);
    if (typeof printed === "string") {
      run.push(printed);
      continue;
    }
    if (run.length > 0) parts.push(run.join(separator));
    run = [];
    parts.push(printed);
  }
  if (run.length > 0) parts.push(run.join(separator));
  return join(hardline, parts);
}

/** `{ … }` opened at indentation `depth`: the statements one level deeper, one a line; `{}` when there are none. */
export function printBlock(statements: readonly Statement[], depth: number): Doc {
  return statements.length === 0 ? "{}" : ["{", indent([hardline, printStatements(statements, depth + 1)]), hardline, "}"];
}

/** The layout document of a statement that starts a line at indentation `depth`. */
export function printStatement(statement: Statement, depth: number): Doc {
  switch (statement.kind) {
    case "expression":
      return [printExpression(statement.expression, "other"), ";"];
    case "variable":
      return printVariable(statement, depth);
    case "return":
      return printReturn(statement);
    case "if":
      return printIf(statement, depth);
    case "block":
      return printBlock(statement.body, depth);
    case "for":
      return printFor(statement, depth);
    case "for-in":
      return printForIn(statement, depth);
    case "verbatim":
      return join(hardline, [...statement.lines]);
  }
}
