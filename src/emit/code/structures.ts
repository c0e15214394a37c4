/**
 * The declarations of an emitted file, as ts-morph structures: each is ts-morph's structure narrowed to
 * the fields modeldoc fills in (so a field the printer does not handle cannot be set), with the code it
 * holds (bodies, initializers, types) as code nodes to lay out, not as text. print-structure.ts prints
 * them. ts-morph's own `printStructure` is not used: it writes every part on one line and indents
 * continuation lines one level (see docs/architecture.md, "Emit").
 */
import type {
  ClassDeclarationStructure,
  ConstructorDeclarationStructure,
  ExportDeclarationStructure,
  FunctionDeclarationStructure,
  ImportDeclarationStructure,
  ImportSpecifierStructure,
  InterfaceDeclarationStructure,
  ParameterDeclarationStructure,
  PropertyDeclarationStructure,
  PropertySignatureStructure,
  TypeAliasDeclarationStructure,
  VariableDeclarationStructure,
  VariableStatementStructure,
} from "ts-morph";
import type { Expression, Statement, TypeNode } from "./syntax.js";

/** The fields of structure `S` that modeldoc sets, read-only, with `Code` in place of text fields. */
type Shaped<S, Kept extends keyof S, Code = object> = Readonly<Required<Pick<S, Kept>>> & Readonly<Code>;

/** One JSDoc block's text (no markers; lines separated by `\n`), for the structures that carry one. */
interface Documented {
  readonly docs?: readonly string[];
}

/** Type parameters as written: `T`, `Input = unknown`. */
interface Generic {
  readonly typeParameters?: readonly string[];
}

export type ImportSpecifier = Shaped<ImportSpecifierStructure, "name", { isTypeOnly?: boolean }>;

export type ImportDeclaration = Shaped<
  ImportDeclarationStructure,
  "kind" | "moduleSpecifier",
  /** With `namespaceImport` (`import * as z from "zod"`), `namedImports` is empty. */
  { isTypeOnly: boolean; namedImports: readonly ImportSpecifier[]; namespaceImport?: string }
>;

export type ExportDeclaration = Shaped<
  ExportDeclarationStructure,
  "kind",
  { isTypeOnly: boolean; namedExports: readonly ImportSpecifier[]; moduleSpecifier: string }
>;

export type Parameter = Shaped<ParameterDeclarationStructure, "name", { type: TypeNode; initializer?: Expression }>;

export type FunctionDeclaration = Shaped<
  FunctionDeclarationStructure,
  "kind" | "name" | "isExported",
  Documented & Generic & { parameters: readonly Parameter[]; returnType: TypeNode; statements: readonly Statement[] }
>;

export type VariableDeclaration = Shaped<VariableDeclarationStructure, "name", { type?: TypeNode; initializer: Expression }>;

export type VariableStatement = Shaped<
  VariableStatementStructure,
  "kind" | "isExported" | "declarationKind",
  Documented & { declarations: readonly [VariableDeclaration] }
>;

export type PropertySignature = Shaped<PropertySignatureStructure, "name" | "hasQuestionToken", Documented & { type: TypeNode; isReadonly?: boolean }>;


export type InterfaceDeclaration = Shaped<
  InterfaceDeclarationStructure,
  "kind" | "name" | "isExported",
  Documented & Generic & { properties: readonly PropertySignature[] }
>;

export type TypeAliasDeclaration = Shaped<TypeAliasDeclarationStructure, "kind" | "name" | "isExported", Documented & Generic & { type: TypeNode }>;

export type ClassProperty = Shaped<PropertyDeclarationStructure, "name" | "isReadonly", { type: TypeNode }>;

export type Constructor = Shaped<ConstructorDeclarationStructure, never, { parameters: readonly Parameter[]; statements: readonly Statement[] }>;

export type ClassDeclaration = Shaped<
  ClassDeclarationStructure,
  "kind" | "name" | "isExported",
  Documented & { extends: string; properties: readonly ClassProperty[]; ctors: readonly [Constructor] }
>;

/** A declaration of an emitted file. */
export type DeclarationStructure =
  | ImportDeclaration
  | ExportDeclaration
  | FunctionDeclaration
  | VariableStatement
  | InterfaceDeclaration
  | TypeAliasDeclaration
  | ClassDeclaration;
