/**
 * The pieces runtime.ts is written with: fixed function bodies (code written in prettier's layout, one
 * statement a line), functions and constants as structures.
 */
import { StructureKind, VariableDeclarationKind } from "../code/kinds.js";
import type { FunctionDeclaration, VariableStatement } from "../code/structures.js";
import type { Expression, Statement, TypeNode } from "../code/syntax.js";

/** `value is Type` */
export const predicate = (type: TypeNode): TypeNode => ({ kind: "type-predicate", asserts: false, parameter: "value", type });

/** Fixed statements, one a line as written (a leading and a trailing line break are dropped). */
export function code(text: string): Statement[] {
  return [{ kind: "verbatim", lines: text.slice(1, -1).split("\n") }];
}

export function fn(
  functionName: string,
  isExported: boolean,
  doc: string | undefined,
  parameters: readonly (readonly [string, TypeNode])[],
  returnType: TypeNode,
  body: string,
): FunctionDeclaration {
  return {
    kind: StructureKind.Function,
    name: functionName,
    isExported,
    ...(doc === undefined ? {} : { docs: [doc] }),
    parameters: parameters.map(([parameterName, type]) => ({ name: parameterName, type })),
    returnType,
    statements: code(body),
  };
}

export function constant(constantName: string, isExported: boolean, doc: string | undefined, initializer: Expression, type?: TypeNode): VariableStatement {
  return {
    kind: StructureKind.VariableStatement,
    isExported,
    declarationKind: VariableDeclarationKind.Const,
    ...(doc === undefined ? {} : { docs: [doc] }),
    declarations: [type === undefined ? { name: constantName, initializer } : { name: constantName, type, initializer }],
  };
}

