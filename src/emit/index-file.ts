/**
 * The variant's `index.ts`: re-exports every type, validator and fixture, and two registries keyed by
 * type identifier, `validators` and `fixtures`, for code that works on declarations by name. Only what
 * the folder holds is exported: no validators without the `validators` output, and so on.
 */
import {
  StructureKind,
  VariableDeclarationKind,
  type ExportDeclarationStructure,
  type ImportDeclarationStructure,
  type StatementStructures,
} from "ts-morph";
import { variantBanner } from "./banner.js";
import { propertyKey } from "./literals.js";
import { printStatements } from "./print.js";
import type { OutputKind } from "./index.js";
import type { SymbolTable } from "./symbols.js";

function reexport(moduleSpecifier: string, names: string[], isTypeOnly = false): ExportDeclarationStructure {
  return { kind: StructureKind.ExportDeclaration, isTypeOnly, moduleSpecifier, namedExports: names };
}

function importNamed(moduleSpecifier: string, names: string[], isTypeOnly = false): ImportDeclarationStructure {
  return { kind: StructureKind.ImportDeclaration, isTypeOnly, moduleSpecifier, namedImports: names };
}

function registry(name: string, type: string, entries: [string, string][], doc: string): StatementStructures {
  const body = entries.map(([key, value]) => `${propertyKey(key)}: ${value},`).join("\n");
  return {
    kind: StructureKind.VariableStatement,
    isExported: true,
    declarationKind: VariableDeclarationKind.Const,
    docs: [doc],
    declarations: [{ name, type, initializer: `{\n${body}\n}` }],
  };
}

/** The unformatted text of the variant's `index.ts`. */
export function indexFile(variantName: string, symbols: SymbolTable, kinds: ReadonlySet<OutputKind>): string {
  const withValidators = kinds.has("validators");
  const withFixtures = kinds.has("fixtures");
  const imports: StatementStructures[] = withValidators ? [importNamed("./runtime.js", ["ValidationIssue"], true)] : [];
  const exports: StatementStructures[] = withValidators
    ? [reexport("./runtime.js", ["ValidationIssue"], true), reexport("./runtime.js", ["ValidationError"])]
    : [];
  for (const symbol of symbols.symbols) {
    const file = symbol.fileName;
    if (withValidators) imports.push(importNamed(`./validators/${file}.js`, [symbol.validatorName]));
    if (withFixtures) imports.push(importNamed(`./fixtures/${file}.js`, [symbol.fixturesName]));
    exports.push(reexport(`./types/${file}.js`, [symbol.identifier], true));
    if (symbol.decl.kind === "enum") exports.push(reexport(`./types/${file}.js`, [symbol.valuesName]));
    if (withValidators) {
      exports.push(reexport(`./validators/${file}.js`, [symbol.validatorName, symbol.guardName, symbol.assertName]));
    }
    if (withFixtures) exports.push(reexport(`./fixtures/${file}.js`, [symbol.fixturesName]));
  }
  const validators = registry(
    "validators",
    "Record<string, (value: unknown) => ValidationIssue[]>",
    symbols.symbols.map((symbol) => [symbol.identifier, symbol.validatorName]),
    "The validator of each declaration, by type name.",
  );
  const fixtures = registry(
    "fixtures",
    "Record<string, { minimal: unknown; full: unknown }>",
    symbols.symbols.map((symbol) => [symbol.identifier, symbol.fixturesName]),
    "The fixtures of each declaration, by type name (the same values are in fixtures/<name>.json).",
  );
  return printStatements(variantBanner(variantName), [
    imports,
    exports,
    ...(withValidators ? [validators] : []),
    ...(withFixtures ? [fixtures] : []),
  ]);
}
