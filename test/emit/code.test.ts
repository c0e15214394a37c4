// The code medium (src/emit/code): code nodes laid out with prettier's printer. The one-line forms the
// printers shortcut with must be what prettier's printer prints for the same node when nothing breaks,
// and the layouts must be prettier's where they break; both are held against prettier itself here.
import fc from "fast-check";
import { printer } from "prettier/doc";
import { describe, expect, it } from "vitest";
import { printDocument, type Doc } from "../../src/emit/code/doc.js";
import { oneLineExpression, oneLineStatement, oneLineType } from "../../src/emit/code/one-line.js";
import { printExpression } from "../../src/emit/code/print-expression.js";
import { printStatement } from "../../src/emit/code/print-statement.js";
import { printType } from "../../src/emit/code/print-type.js";
import type { BinaryOperator, Expression, Statement, TypeNode } from "../../src/emit/code/syntax.js";
import * as code from "../../src/emit/code/syntax.js";
import { prettierText } from "../helpers/prettier.js";

/** prettier's printer with no width limit: every group flat, the one-line form. */
function unbounded(doc: Doc): string {
  return printer.printDocToString(doc, { printWidth: Infinity, tabWidth: 2 }).formatted;
}

const identifier = fc.constantFrom("value", "v1", "issues", "path", "knownKeys", "aVeryLongIdentifierNameThatTakesSpace");
const text = fc.string({ maxLength: 12 });
const operators: BinaryOperator[] = ["&&", "||", "===", "!==", "<", "+", "instanceof", "in"];

const { type } = fc.letrec<{ type: TypeNode }>((tie) => ({
  type: fc.oneof(
    { depthSize: "small", withCrossShrink: true },
    identifier.map((name) => code.typeReference(name)),
    fc.constantFrom("string", "unknown", "number").map((name) => code.typeReference(name)),
    text.map((value) => code.literalType(JSON.stringify(value))),
    fc.tuple(tie("type"), fc.boolean()).map(([element, readonly]) => code.arrayType(element, readonly)),
    fc.tuple(fc.array(tie("type"), { minLength: 1, maxLength: 3 }), fc.boolean()).map(([elements, readonly]) => code.tupleType(elements, readonly)),
    fc.array(tie("type"), { minLength: 2, maxLength: 3 }).map((members) => code.unionType(members)),
    tie("type").map((value) => code.typeReference("Record", [code.typeReference("string"), value])),
  ),
}));

const { expression } = fc.letrec<{ expression: Expression }>((tie) => ({
  expression: fc.oneof(
    { depthSize: "small", withCrossShrink: true },
    identifier.map(code.name),
    text.map(code.quoted),
    fc.integer({ min: -1000, max: 1000 }).map(code.numeric),
    fc.tuple(tie("expression"), identifier).map(([object, property]) => code.member(object, property)),
    fc.tuple(tie("expression"), tie("expression")).map(([object, at]) => code.index(object, at)),
    fc.tuple(identifier, fc.array(tie("expression"), { maxLength: 3 })).map(([callee, args]) => code.call(callee, args)),
    fc.tuple(tie("expression"), fc.constantFrom(...operators), tie("expression")).map(([left, operator, right]) => code.binary(left, operator, right)),
    tie("expression").map(code.not),
    fc.tuple(tie("expression"), type).map(([value, asType]) => code.as(value, asType)),
    fc.tuple(tie("expression"), type).map(([value, satisfiedType]) => code.satisfies(value, satisfiedType)),
    fc.array(tie("expression"), { maxLength: 3 }).map(code.array),
    fc.array(fc.tuple(fc.constantFrom("a", "hookUrl", "x-api-key", "__proto__"), tie("expression")), { maxLength: 3 }).map((entries) =>
      code.object(entries.map(([key, value]) => ({ key, value }))),
    ),
  ),
}));

const statement: fc.Arbitrary<Statement> = fc.oneof(
  expression.map(code.expressionStatement),
  fc.tuple(identifier, expression).map(([name, init]) => code.constant(name, init)),
  expression.map(code.returns),
  fc.tuple(expression, expression).map(([test, then]) => code.ifStatement(test, code.expressionStatement(then))),
);

describe("one-line forms", () => {
  /** The one-line form is prettier's unbounded print; none is given only where that print breaks anyway. */
  const agrees = (oneLine: string | undefined, doc: Doc): boolean => {
    const printed = unbounded(doc);
    return oneLine === undefined ? printed.includes("\n") : oneLine === printed;
  };

  it("are what prettier's printer prints for the node's document with no width limit", () => {
    fc.assert(fc.property(expression, (node) => agrees(oneLineExpression(node), printExpression(node, "other"))), { numRuns: 2000 });
    fc.assert(fc.property(type, (node) => agrees(oneLineType(node, "annotation"), printType(node, "annotation"))), { numRuns: 1000 });
    fc.assert(fc.property(statement, (node) => agrees(oneLineStatement(node), printStatement(node, 1))), { numRuns: 2000 });
  });

  it("are not given for code that prettier always breaks", () => {
    const objects = code.array([code.object([{ key: "a", value: code.numeric(1) }, { key: "b", value: code.numeric(2) }]), code.object([{ key: "a", value: code.numeric(1) }, { key: "b", value: code.numeric(2) }])]);
    expect(oneLineExpression(objects)).toBeUndefined();
    expect(oneLineStatement(code.ifStatement(code.name("a"), code.expressionStatement(code.name("b")), code.expressionStatement(code.name("c"))))).toBeUndefined();
  });
});

/** A statement laid out at the top level, as a file of its own. */
const layout = (node: Statement): string => `${printDocument(printStatement(node, 0))}\n`;

describe("layouts, held against prettier", () => {
  const long = (name: string) => code.name(`${name}${"x".repeat(30)}`);

  it("breaks call arguments one a line, and hugs a last array", async () => {
    const plain = code.expressionStatement(code.call("report", [long("alpha"), long("beta"), long("gamma")]));
    const hugged = code.expressionStatement(code.call("pushUnionIssues", [long("target"), long("path"), code.array([long("m1"), long("m2")])]));
    for (const node of [plain, hugged]) expect(layout(node)).toBe(await prettierText(layout(node)));
    expect(layout(hugged)).toContain("[\n");
  });

  it("breaks a long condition after `if (`, and a negated chain inside its parentheses", async () => {
    const chain = code.logical("&&", [code.binary(long("v1"), "!==", code.name("undefined")), code.not(code.call(`isSomething${"y".repeat(40)}`, [long("v1")]))]);
    for (const test of [chain, code.not(code.logical("||", [long("a"), long("b"), long("c")]))]) {
      const node = code.ifStatement(test, code.returns(code.name("false")));
      expect(layout(node)).toBe(await prettierText(layout(node)));
    }
  });

  it("packs numbers several to a line, measures wide characters as prettier does, and writes 1e21", async () => {
    const numbers = code.constant("bytes", code.array(Array.from({ length: 40 }, (_, at) => code.numeric(at * 37))));
    const wide = code.constant("label", code.object([{ key: "名前", value: code.quoted("日本語のテキスト".repeat(4)) }, { key: "b", value: code.numeric(1e21) }]));
    for (const node of [numbers, wide]) expect(layout(node)).toBe(await prettierText(layout(node)));
    expect(layout(wide)).toContain("1e21");
  });

  it("puts a long union type one member a line", async () => {
    const members = Array.from({ length: 8 }, (_, at) => code.literalType(`"member_number_${at}"`));
    const union = code.constant("value", code.name("x"), code.unionType(members));
    expect(layout(union)).toBe(await prettierText(layout(union)));
    expect(layout(union)).toContain('const value:\n  | "member_number_0"');
  });
});
