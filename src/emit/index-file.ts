/**
 * The variant's `index.ts`: re-exports every type, validator and fixture, and two registries keyed by
 * type identifier, `validators` and `fixtures`, for code that works on declarations by name. Only what
 * the folder holds is exported: no validators without the `validators` output, and so on.
 */
import { StructureKind, VariableDeclarationKind } from "ts-morph";
import { variantBanner } from "./banner.js";
import { sourceFileText } from "./code/source-file.js";
import type { ExportDeclaration, ImportDeclaration, VariableStatement } from "./code/structures.js";
import { arrayType, name, typeReference, type TypeNode } from "./code/syntax.js";
import type { OutputKind } from "./options.js";
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

const unknown = typeReference("unknown");

/** `Record<string, (value: unknown) => ValidationIssue[]>` */
const validatorRegistryType = typeReference("Record", [
  typeReference("string"),
  { kind: "function-type", parameters: [{ name: "value", type: unknown }], returnType: arrayType(typeReference("ValidationIssue")) },
]);

/** `Record<string, { minimal: unknown; full: unknown }>` */
const fixtureRegistryType = typeReference("Record", [
  typeReference("string"),
  {
    kind: "object-type",
    members: [
      { name: "minimal", optional: false, type: unknown },
      { name: "full", optional: false, type: unknown },
    ],
  },
]);

/** The text of the variant's `index.ts`, in prettier's layout. */
export function indexFile(variantName: string, symbols: SymbolTable, kinds: ReadonlySet<OutputKind>): string {
  const withValidators = kinds.has("validators");
  const withFixtures = kinds.has("fixtures");
  const imports: ImportDeclaration[] = withValidators ? [importNamed("./runtime.js", ["ValidationIssue"], true)] : [];
  const exports: ExportDeclaration[] = withValidators
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
    validatorRegistryType,
    symbols.symbols.map((symbol) => [symbol.identifier, symbol.validatorName]),
    "The validator of each declaration, by type name.",
  );
  const fixtures = registry(
    "fixtures",
    fixtureRegistryType,
    symbols.symbols.map((symbol) => [symbol.identifier, symbol.fixturesName]),
    "The fixtures of each declaration, by type name (the same values are in fixtures/<name>.json).",
  );
  return sourceFileText(variantBanner(variantName), [imports, exports, withValidators ? [validators] : [], withFixtures ? [fixtures] : []]);
}
