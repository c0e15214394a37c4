/**
 * The variant's `index.ts`: re-exports every type, validator and fixture, and two registries keyed by
 * type identifier, `validators` and `fixtures`, for code that works on declarations by name. Only what
 * the folder holds is exported: no validators without the `validators` output, and so on.
 */
import { StructureKind, VariableDeclarationKind } from "ts-morph";
import { variantBanner } from "./banner.js";
import { sourceFileText } from "./code/source-file.js";
import type { ExportDeclaration, ImportDeclaration, InterfaceDeclaration, TypeAliasDeclaration, VariableStatement } from "./code/structures.js";
import { literalType, name, typeReference, unionType, type TypeNode } from "./code/syntax.js";
import { stringLiteral } from "./literals.js";
import type { OutputKind } from "./options.js";
import { singleModule } from "./single.js";
import type { SymbolTable } from "./symbols.js";

/** `import { a } from "x";` */
function importNamed(moduleSpecifier: string, names: readonly string[], isTypeOnly = false): ImportDeclaration {
  return { kind: StructureKind.ImportDeclaration, isTypeOnly, moduleSpecifier, namedImports: names.map((imported) => ({ name: imported })) };
}

/** `export { a, b } from "x";` */
function reexport(moduleSpecifier: string, names: readonly string[], isTypeOnly = false): ExportDeclaration {
  return { kind: StructureKind.ExportDeclaration, isTypeOnly, moduleSpecifier, namedExports: names.map((exported) => ({ name: exported })) };
}

/** `export const name: Type = { Key: value, … };`, one entry a line. */
function registry(registryName: string, type: TypeNode, entries: readonly [string, string][], doc: string): VariableStatement {
  const initializer = { kind: "object", broken: true, properties: entries.map(([key, value]) => ({ key, value: name(value) })) } as const;
  return {
    kind: StructureKind.VariableStatement,
    isExported: true,
    declarationKind: VariableDeclarationKind.Const,
    docs: [doc],
    declarations: [{ name: registryName, type, initializer }],
  };
}

/** `export interface Name { readonly Webhook: Type<Webhook>; … }`: a registry's type, one member per declaration. */
function registryType(typeName: string, doc: string, symbols: SymbolTable, member: (type: TypeNode) => TypeNode): InterfaceDeclaration {
  return {
    kind: StructureKind.Interface,
    name: typeName,
    isExported: true,
    docs: [doc],
    properties: symbols.symbols.map((symbol) => ({
      name: symbol.identifier,
      hasQuestionToken: false,
      isReadonly: true,
      type: member(typeReference(symbol.identifier)),
    })),
  };
}

/** `export type ModelName = "A" | "B";` (`never` for a variant with no declarations). */
function modelNames(symbols: SymbolTable): TypeAliasDeclaration {
  const names = symbols.symbols.map((symbol) => literalType(stringLiteral(symbol.identifier)));
  return {
    kind: StructureKind.TypeAlias,
    name: "ModelName",
    isExported: true,
    docs: ["The type name of every declaration: the keys of the registries."],
    type: names.length === 0 ? typeReference("never") : names.length === 1 ? names[0]! : unionType(names),
  };
}

/** The text of the variant's `index.ts`, in prettier's layout. */
export function indexFile(variantName: string, symbols: SymbolTable, kinds: ReadonlySet<OutputKind>, withCodec = false, single = false): string {
  const moduleOf = (folder: string, file: string): string => (single ? singleModule(folder) : `./${folder}/${file}.js`);
  const withValidators = kinds.has("validators");
  const withFixtures = kinds.has("fixtures");
  const imports: ImportDeclaration[] =
    withValidators && symbols.symbols.length !== 0 ? [importNamed("./runtime.js", ["ModelSchema", "ModelValidator"], true)] : [];
  const exports: ExportDeclaration[] = withValidators
    ? [
        reexport("./runtime.js", ["ValidationIssue", "ModelSchema", "ModelValidator", ...(withCodec ? ["ParseResult"] : [])], true),
        reexport("./runtime.js", ["ValidationError", "pathSegments"]),
      ]
    : [];
  for (const symbol of symbols.symbols) {
    const file = symbol.fileName;
    if (withValidators || withFixtures) imports.push(importNamed(moduleOf("types", file), [symbol.identifier], true));
    if (withValidators) imports.push(importNamed(moduleOf("validators", file), [symbol.validatorName, symbol.schemaName]));
    if (withFixtures) imports.push(importNamed(moduleOf("fixtures", file), [symbol.fixturesName]));
    exports.push(reexport(moduleOf("types", file), [symbol.identifier], true));
    if (symbol.decl.kind === "enum") exports.push(reexport(moduleOf("types", file), [symbol.valuesName]));
    if (withValidators) {
      exports.push(reexport(moduleOf("validators", file), [symbol.validatorName, symbol.guardName, symbol.assertName, symbol.schemaName]));
    }
    if (withFixtures) exports.push(reexport(moduleOf("fixtures", file), [symbol.fixturesName]));
    if (withCodec) exports.push(reexport(moduleOf("wire", file), [symbol.parseName, symbol.toJsonName]));
    if (kinds.has("zod")) exports.push(reexport(moduleOf("zod", file), [symbol.zodName]));
  }
  const validators = [
    registryType("Validators", "The type of {@link validators}: each declaration's validator, typed to it.", symbols, (type) => typeReference("ModelValidator", [type])),
    registry("validators", typeReference("Validators"), entries(symbols, "validatorName"), "The validator (validateX) of each declaration, by type name."),
  ];
  const schemas = [
    registryType("Schemas", "The type of {@link schemas}: each declaration's Standard Schema object, typed to it.", symbols, (type) => typeReference("ModelSchema", [type])),
    registry("schemas", typeReference("Schemas"), entries(symbols, "schemaName"), "The Standard Schema object (XSchema) of each declaration, by type name."),
  ];
  const fixtures = [
    registryType("Fixtures", "The type of {@link fixtures}: each declaration's two example values.", symbols, (type) => ({
      kind: "object-type",
      members: [
        { name: "readonly minimal", optional: false, type },
        { name: "readonly full", optional: false, type },
      ],
    })),
    registry("fixtures", typeReference("Fixtures"), entries(symbols, "fixturesName"), "The fixtures of each declaration, by type name (the same values are in fixtures/<name>.json)."),
  ];
  const registries = [
    ...(withValidators || withFixtures ? [[modelNames(symbols)]] : []),
    ...(withValidators ? [[validators[0]!], [validators[1]!], [schemas[0]!], [schemas[1]!]] : []),
    ...(withFixtures ? [[fixtures[0]!], [fixtures[1]!]] : []),
  ];
  const [importBlock, exportBlock] = single ? [mergedByModule(imports), mergedByModule(exports)] : [imports, exports];
  return sourceFileText(variantBanner(variantName), [importBlock, exportBlock, ...registries]);
}

/** Imports or re-exports with one declaration per module and kind (type-only or not), in the order they come. */
function mergedByModule<Declaration extends ImportDeclaration | ExportDeclaration>(declarations: readonly Declaration[]): Declaration[] {
  const merged = new Map<string, Declaration>();
  for (const declaration of declarations) {
    const key = `${declaration.isTypeOnly ? "type " : ""}${declaration.moduleSpecifier}`;
    const names = "namedImports" in declaration ? declaration.namedImports : declaration.namedExports;
    const existing = merged.get(key);
    if (existing === undefined) merged.set(key, declaration);
    else if ("namedImports" in existing) merged.set(key, { ...existing, namedImports: [...existing.namedImports, ...names] });
    else merged.set(key, { ...existing, namedExports: [...existing.namedExports, ...names] });
  }
  return [...merged.values()];
}

/** A registry's entries: type name → the declaration's function or constant. */
function entries(symbols: SymbolTable, value: "validatorName" | "schemaName" | "fixturesName"): [string, string][] {
  return symbols.symbols.map((symbol) => [symbol.identifier, symbol[value]]);
}
