/**
 * The variant's `index.ts`: re-exports what each output written makes of each declaration, and the
 * registries keyed by type identifier (`validators`, `schemas`, `fixtures`), for code that works on
 * declarations by name. Each output says what it puts here (`index` in its registry entry): only what
 * the folder holds is exported.
 */
import { StructureKind, VariableDeclarationKind } from "../code/kinds.js";
import { variantBanner } from "../banner.js";
import { sourceFileText, type Block } from "../code/source-file.js";
import type { ExportDeclaration, ImportDeclaration, InterfaceDeclaration, TypeAliasDeclaration, VariableStatement } from "../code/structures.js";
import { literalType, name, typeReference, unionType, type TypeNode } from "../code/syntax.js";
import { stringLiteral } from "../common/literals.js";
import type { SymbolTable } from "../common/symbols.js";
import type { EmitContext } from "../context.js";
import type { IndexRegistry, OutputEntry } from "../output.js";
import { singleModule } from "./single.js";

/** `import { a } from "x";` */
function importNamed(moduleSpecifier: string, names: readonly string[], isTypeOnly = false): ImportDeclaration {
  return { kind: StructureKind.ImportDeclaration, isTypeOnly, moduleSpecifier, namedImports: names.map((imported) => ({ name: imported })) };
}

/** `export { a, b } from "x";` */
function reexport(moduleSpecifier: string, names: readonly string[], isTypeOnly = false): ExportDeclaration {
  return { kind: StructureKind.ExportDeclaration, isTypeOnly, moduleSpecifier, namedExports: names.map((exported) => ({ name: exported })) };
}

/** `export const name: Type = { Key: value, … };`, one entry a line. */
function registryObject(registryName: string, type: TypeNode, entries: readonly [string, string][], doc: string): VariableStatement {
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

/** The text of the variant's `index.ts`, in prettier's layout, for the outputs written (in registry order). */
export function indexFile(ctx: EmitContext, outputs: readonly OutputEntry[]): string {
  const { symbols } = ctx;
  const single = ctx.options.layout === "single";
  const moduleOf = (folder: string, file: string): string => (single ? singleModule(folder) : `./${folder}/${file}.js`);
  const parts = outputs.flatMap((entry) => (entry.index === undefined ? [] : [{ entry, index: entry.index, folder: entry.folder ?? entry.name }]));
  const withRegistries = parts.filter(({ index }) => index.registries !== undefined && index.registries.length !== 0);
  const registryRuntimeTypes = withRegistries.flatMap(({ index }) => index.registryRuntimeTypes ?? []);
  const imports: ImportDeclaration[] = registryRuntimeTypes.length !== 0 && symbols.symbols.length !== 0 ? [importNamed("./runtime.js", registryRuntimeTypes, true)] : [];
  const runtimeTypes = parts.flatMap(({ index }) => index.runtimeTypes ?? []);
  const runtimeValues = parts.flatMap(({ index }) => index.runtimeValues ?? []);
  const exports: ExportDeclaration[] = [
    ...(runtimeTypes.length === 0 ? [] : [reexport("./runtime.js", runtimeTypes, true)]),
    ...(runtimeValues.length === 0 ? [] : [reexport("./runtime.js", runtimeValues)]),
  ];
  const typesFolder = "types";
  for (const symbol of symbols.symbols) {
    const file = symbol.fileName;
    if (withRegistries.length !== 0) imports.push(importNamed(moduleOf(typesFolder, file), [symbol.identifier], true));
    for (const { index, folder } of withRegistries) {
      imports.push(importNamed(moduleOf(folder, file), (index.registries ?? []).map((registry) => registry.value(symbol))));
    }
    for (const { index, folder } of parts) {
      for (const group of index.exports?.(symbol, ctx) ?? []) exports.push(reexport(moduleOf(folder, file), group.names, group.typeOnly === true));
    }
  }
  const registries: Block[] = [
    ...(withRegistries.length !== 0 ? [[modelNames(symbols)]] : []),
    ...withRegistries.flatMap(({ index }) => (index.registries ?? []).flatMap((registry) => registryBlocks(registry, symbols))),
  ];
  const [importBlock, exportBlock] = single ? [mergedByModule(imports), mergedByModule(exports)] : [imports, exports];
  return sourceFileText(variantBanner(ctx.variantName), [importBlock, exportBlock, ...registries]);
}

/** A registry's interface and its object, a block each. */
function registryBlocks(registry: IndexRegistry, symbols: SymbolTable): Block[] {
  const typeName = registry.name.charAt(0).toUpperCase() + registry.name.slice(1);
  const entries = symbols.symbols.map((symbol): [string, string] => [symbol.identifier, registry.value(symbol)]);
  return [[registryType(typeName, registry.typeDoc, symbols, registry.member)], [registryObject(registry.name, typeReference(typeName), entries, registry.doc)]];
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
