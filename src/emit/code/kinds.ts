/**
 * The discriminants of the structures modeldoc builds (structures.ts): ts-morph's own `StructureKind`
 * and `VariableDeclarationKind` values, as constants of our own. Importing the enums would load ts-morph
 * at run time (it bundles the TypeScript compiler: 0.3–1 s) for seven numbers and a string; the types stay
 * ts-morph's (`import type`), and test/emit/kinds.test.ts holds every value to ts-morph's.
 */
import type { StructureKind as Kind, VariableDeclarationKind as DeclarationKind } from "ts-morph";

/** The structure kinds modeldoc emits, with ts-morph's values. */
export const StructureKind = {
  Class: 2 as Kind.Class,
  ExportDeclaration: 11 as Kind.ExportDeclaration,
  Function: 13 as Kind.Function,
  ImportDeclaration: 16 as Kind.ImportDeclaration,
  Interface: 19 as Kind.Interface,
  TypeAlias: 38 as Kind.TypeAlias,
  VariableStatement: 41 as Kind.VariableStatement,
} as const;

/** The variable declaration kinds modeldoc emits, with ts-morph's values. */
export const VariableDeclarationKind = {
  Const: "const" as DeclarationKind.Const,
} as const;
