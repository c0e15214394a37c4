/**
 * The variant's `index.ts`: re-exports every type, validator and fixture, and two registries keyed by
 * type identifier, `validators` and `fixtures`, for code that works on declarations by name. Only what
 * the folder holds is exported: no validators without the `validators` output, and so on.
 */
import { variantBanner } from "./banner.js";
import { hardline, indent, printDoc, PRINT_WIDTH, type Doc } from "./doc-printer.js";
import { importDoc, jsDocText } from "./layout.js";
import { propertyKey, stringLiteral } from "./literals.js";
import type { OutputKind } from "./index.js";
import type { SymbolTable } from "./symbols.js";

/** `export { a, b } from "x";`, laid out as prettier would. */
function reexport(moduleSpecifier: string, names: string[], isTypeOnly = false): string {
  return printDoc(importDoc(names, stringLiteral(moduleSpecifier), isTypeOnly, "export"));
}

/** `import { a } from "x";`, laid out as prettier would. */
function importNamed(moduleSpecifier: string, names: string[], isTypeOnly = false): string {
  return printDoc(importDoc(names, stringLiteral(moduleSpecifier), isTypeOnly));
}

/** `key: value,`, or the value on the next line when too long, as prettier does. */
function registryEntry(key: string, value: string): Doc {
  const entry = `${key}: ${value},`;
  return INDENT_WIDTH + entry.length <= PRINT_WIDTH ? entry : [`${key}:`, indent([hardline, `${value},`])];
}

const INDENT_WIDTH = 2;

function registry(name: string, type: string, entries: [string, string][], doc: string): string {
  const body: Doc =
    entries.length === 0
      ? "{}"
      : ["{", indent(entries.map(([key, value]) => [hardline, registryEntry(propertyKey(key), value)])), hardline, "}"];
  return `${jsDocText(doc)}\n${printDoc([`export const ${name}: ${type} = `, body, ";"])}`;
}

/** The text of the variant's `index.ts`, laid out as prettier would (see layout.ts). */
export function indexFile(variantName: string, symbols: SymbolTable, kinds: ReadonlySet<OutputKind>): string {
  const withValidators = kinds.has("validators");
  const withFixtures = kinds.has("fixtures");
  const imports: string[] = withValidators ? [importNamed("./runtime.js", ["ValidationIssue"], true)] : [];
  const exports: string[] = withValidators
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
  const blocks = [
    imports.join("\n"),
    exports.join("\n"),
    ...(withValidators ? [validators] : []),
    ...(withFixtures ? [fixtures] : []),
  ].filter((block) => block !== "");
  return `${[variantBanner(variantName), ...blocks].join("\n\n")}\n`;
}
