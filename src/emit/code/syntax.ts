/**
 * Code nodes: the expressions, statements and types that emitted code is made of, as plain data.
 * Emitters build these, never text to be read back; print-expression.ts, print-statement.ts and
 * print-type.ts lay them out as prettier lays out the same code. Only the forms modeldoc emits are here,
 * and parentheses are never written: the printers add them where prettier would.
 */

export type Expression =
  | NameExpression
  | StringExpression
  | NumberExpression
  | MemberExpression
  | IndexExpression
  | CallExpression
  | BinaryExpression
  | UnaryExpression
  | IncrementExpression
  | AsExpression
  | ArrayExpression
  | ObjectExpression
  | RegExpExpression
  | CommentedExpression;

/** An identifier or a keyword: `value`, `undefined`, `null`, `true`. */
export interface NameExpression {
  readonly kind: "name";
  readonly name: string;
}

/** A string literal; the printer quotes it as prettier would. */
export interface StringExpression {
  readonly kind: "string";
  readonly value: string;
}

/** A finite number literal (a negative one prints as a unary minus, as prettier reads it). */
export interface NumberExpression {
  readonly kind: "number";
  readonly value: number;
}

/** `object.property` */
export interface MemberExpression {
  readonly kind: "member";
  readonly object: Expression;
  readonly property: string;
}

/** `object[index]` */
export interface IndexExpression {
  readonly kind: "index";
  readonly object: Expression;
  readonly index: Expression;
}

/** `callee<T>(a, b)`, or `new callee<T>(a, b)`. */
export interface CallExpression {
  readonly kind: "call";
  readonly callee: Expression;
  readonly typeArguments: readonly TypeNode[];
  readonly args: readonly Expression[];
  readonly isNew: boolean;
}

export type LogicalOperator = "&&" | "||";
export type BinaryOperator = LogicalOperator | "===" | "!==" | "<" | "+" | "instanceof" | "in";

export interface BinaryExpression {
  readonly kind: "binary";
  readonly operator: BinaryOperator;
  readonly left: Expression;
  readonly right: Expression;
}

export interface UnaryExpression {
  readonly kind: "unary";
  readonly operator: "!" | "typeof" | "delete";
  readonly argument: Expression;
}

/** `index++` */
export interface IncrementExpression {
  readonly kind: "increment";
  readonly argument: Expression;
}

/** `expression as Type`, or `expression satisfies Type` (the same precedence and layout). */
export interface AsExpression {
  readonly kind: "as";
  readonly operator: "as" | "satisfies";
  readonly expression: Expression;
  readonly type: TypeNode;
}

export interface ArrayExpression {
  readonly kind: "array";
  readonly elements: readonly Expression[];
}

export interface ObjectExpression {
  readonly kind: "object";
  readonly properties: readonly Property[];
  /** One property a line, whatever the width (prettier keeps an object broken that is written so). */
  readonly broken?: boolean;
}

/** `/pattern/flags` */
export interface RegExpExpression {
  readonly kind: "regexp";
  readonly pattern: string;
  readonly flags: string;
}

/** `key: value`; the key is the property name as data (the printer quotes it when it must). */
export interface Property {
  readonly key: string;
  readonly value: Expression;
}

/** An expression with a block comment before it: `/* text *\/ expression`. */
export interface CommentedExpression {
  readonly kind: "commented";
  /** The comment's text, without the markers; it must not contain `*\/`. */
  readonly comment: string;
  readonly expression: Expression;
}

export type Statement =
  | ExpressionStatement
  | VariableStatement
  | ReturnStatement
  | IfStatement
  | BlockStatement
  | ForStatement
  | ForInStatement
  | VerbatimStatement;

export interface ExpressionStatement {
  readonly kind: "expression";
  readonly expression: Expression;
}

/** `const name: Type = init;` (one declarator: all modeldoc writes). */
export interface VariableStatement {
  readonly kind: "variable";
  readonly declarationKind: "const" | "let";
  readonly name: string;
  readonly type?: TypeNode;
  readonly init: Expression;
}

/** `return argument;` or `throw argument;` */
export interface ReturnStatement {
  readonly kind: "return";
  readonly keyword: "return" | "throw";
  readonly argument?: Expression;
}

export interface IfStatement {
  readonly kind: "if";
  readonly test: Expression;
  readonly consequent: Statement;
  readonly alternate?: Statement;
}

export interface BlockStatement {
  readonly kind: "block";
  readonly body: readonly Statement[];
}

/** `for (let i = 0; test; update) body` */
export interface ForStatement {
  readonly kind: "for";
  readonly init: VariableStatement;
  readonly test: Expression;
  readonly update: Expression;
  readonly body: Statement;
}

/** `for (const name in right) body` or `for (const name of right) body` */
export interface ForInStatement {
  readonly kind: "for-in";
  readonly keyword: "in" | "of";
  readonly name: string;
  readonly right: Expression;
  readonly body: Statement;
}

/**
 * Fixed code the emitter carries as written (the runtime module's function bodies), in prettier's
 * layout: one line each, indented relative to the first. The layout test holds it against prettier.
 */
export interface VerbatimStatement {
  readonly kind: "verbatim";
  readonly lines: readonly string[];
}

export type TypeNode =
  | TypeReference
  | LiteralType
  | ArrayType
  | UnionType
  | IntersectionType
  | ObjectType
  | FunctionType
  | TypePredicate
  | TupleType
  | VerbatimType;

/** A keyword or a named type, with type arguments: `string`, `Webhook`, `Record<string, unknown>`. */
export interface TypeReference {
  readonly kind: "type-reference";
  readonly name: string;
  readonly typeArguments: readonly TypeNode[];
}

/** A literal type, as the emitter spells it: `"active"`, `3`, `true`, `null`. */
export interface LiteralType {
  readonly kind: "literal-type";
  readonly text: string;
}

export interface ArrayType {
  readonly kind: "array-type";
  readonly element: TypeNode;
  readonly readonly: boolean;
}

export interface UnionType {
  readonly kind: "union-type";
  readonly members: readonly TypeNode[];
}

export interface IntersectionType {
  readonly kind: "intersection-type";
  readonly members: readonly TypeNode[];
}

/** `{ name: Type; other?: Type }` */
export interface ObjectType {
  readonly kind: "object-type";
  readonly members: readonly { readonly name: string; readonly optional: boolean; readonly type: TypeNode }[];
}

/** `(value: unknown) => ValidationIssue[]` */
export interface FunctionType {
  readonly kind: "function-type";
  readonly parameters: readonly { readonly name: string; readonly type: TypeNode }[];
  readonly returnType: TypeNode;
}

/** `value is Type`, or `asserts value is Type`. */
export interface TypePredicate {
  readonly kind: "type-predicate";
  readonly asserts: boolean;
  readonly parameter: string;
  readonly type: TypeNode;
}

/** `[A, B]`, or `readonly [A, B]`: the types of a zod union's members, as zod infers them. */
export interface TupleType {
  readonly kind: "tuple-type";
  readonly elements: readonly TypeNode[];
  readonly readonly: boolean;
}

/**
 * A fixed type the runtime module carries as written, on one line in prettier's layout (a conditional or
 * mapped type, which no emitter builds from the IR); only as the whole type of a type alias. The layout
 * test holds it against prettier, as it does the runtime's function bodies.
 */
export interface VerbatimType {
  readonly kind: "verbatim-type";
  readonly text: string;
}

// Constructors, so that emitters read as the code they build.

export const name = (text: string): NameExpression => ({ kind: "name", name: text });
export const quoted = (value: string): StringExpression => ({ kind: "string", value });
export const numeric = (value: number): NumberExpression => ({ kind: "number", value });
export const member = (object: Expression, property: string): MemberExpression => ({ kind: "member", object, property });
export const index = (object: Expression, at: Expression): IndexExpression => ({ kind: "index", object, index: at });

export function call(callee: Expression | string, args: readonly Expression[], typeArguments: readonly TypeNode[] = []): CallExpression {
  return { kind: "call", callee: typeof callee === "string" ? name(callee) : callee, typeArguments, args, isNew: false };
}

export function construct(callee: string, args: readonly Expression[], typeArguments: readonly TypeNode[] = []): CallExpression {
  return { ...call(callee, args, typeArguments), isNew: true };
}

export const binary = (left: Expression, operator: BinaryOperator, right: Expression): BinaryExpression => ({ kind: "binary", operator, left, right });

/** `a && b && c` (left-associative, as a parser reads it); a single operand is itself. */
export function logical(operator: LogicalOperator, operands: readonly Expression[]): Expression {
  const [first, ...rest] = operands;
  if (first === undefined) throw new Error(`a ${operator} chain needs an operand`);
  return rest.reduce<Expression>((left, right) => binary(left, operator, right), first);
}

export const not = (argument: Expression): UnaryExpression => ({ kind: "unary", operator: "!", argument });
export const typeOf = (argument: Expression): UnaryExpression => ({ kind: "unary", operator: "typeof", argument });
export const as = (expression: Expression, type: TypeNode): AsExpression => ({ kind: "as", operator: "as", expression, type });
export const satisfies = (expression: Expression, type: TypeNode): AsExpression => ({ kind: "as", operator: "satisfies", expression, type });
export const array = (elements: readonly Expression[]): ArrayExpression => ({ kind: "array", elements });
export const object = (properties: readonly Property[]): ObjectExpression => ({ kind: "object", properties });

export const expressionStatement = (expression: Expression): ExpressionStatement => ({ kind: "expression", expression });
export const returns = (argument?: Expression): ReturnStatement =>
  argument === undefined ? { kind: "return", keyword: "return" } : { kind: "return", keyword: "return", argument };
export const throws = (argument: Expression): ReturnStatement => ({ kind: "return", keyword: "throw", argument });
export const block = (body: readonly Statement[]): BlockStatement => ({ kind: "block", body });

export function constant(variable: string, init: Expression, type?: TypeNode): VariableStatement {
  return type === undefined ? { kind: "variable", declarationKind: "const", name: variable, init } : { kind: "variable", declarationKind: "const", name: variable, type, init };
}

export function ifStatement(test: Expression, consequent: Statement, alternate?: Statement): IfStatement {
  return alternate === undefined ? { kind: "if", test, consequent } : { kind: "if", test, consequent, alternate };
}

/** `for (let index = 0; index < items.length; index++) { body }`: the loop over an array's positions. */
export function forEachIndex(indexName: string, items: Expression, body: readonly Statement[]): ForStatement {
  const at = name(indexName);
  return {
    kind: "for",
    init: { kind: "variable", declarationKind: "let", name: indexName, init: numeric(0) },
    test: binary(at, "<", member(items, "length")),
    update: { kind: "increment", argument: at },
    body: block(body),
  };
}

/** `for (const name in right) body`, or `of`. */
export function forIn(variable: string, right: Expression, body: Statement, keyword: "in" | "of" = "in"): ForInStatement {
  return { kind: "for-in", keyword, name: variable, right, body };
}

export const typeReference = (typeName: string, typeArguments: readonly TypeNode[] = []): TypeReference => ({ kind: "type-reference", name: typeName, typeArguments });
export const literalType = (text: string): LiteralType => ({ kind: "literal-type", text });
export const arrayType = (element: TypeNode, readonly = false): ArrayType => ({ kind: "array-type", element, readonly });
export const unionType = (members: readonly TypeNode[]): UnionType => ({ kind: "union-type", members });
export const tupleType = (elements: readonly TypeNode[], readonly = false): TupleType => ({ kind: "tuple-type", elements, readonly });

/** `/* @__PURE__ *\/ call(…)`: a call or `new` without side effects, which a bundler drops when its result is unused. */
export const pure = (expression: Expression): CommentedExpression => ({ kind: "commented", comment: "@__PURE__", expression });
