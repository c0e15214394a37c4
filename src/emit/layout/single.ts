/**
 * `layout: "single"`: one file per output kind instead of one per declaration (`types.ts`,
 * `validators.ts`, `fixtures.ts` and `fixtures.json`, `zod.ts`, `wire.ts`), each the declarations of the
 * per-page files of that kind in `id` order, with the same code. What changes is what the module
 * boundaries were: imports between declarations of one kind go, the others are merged per module
 * (`../types/webhook.js` → `./types.js`), and the module-level locals of validators and wire shapes
 * are prefixed with their declaration's name (`webhookKnownKeys`), since they now share a module.
 */
import { StructureKind } from "../code/kinds.js";
import { variantBanner, variantBannerText } from "../banner.js";
import { sourceFileText, type Block } from "../code/source-file.js";
import type { ImportDeclaration, ImportSpecifier } from "../code/structures.js";
import { jsonObject, jsonText, type JsonValue } from "../common/json.js";
import { type DeclarationSymbol } from "../common/symbols.js";
import { compareCodeUnits } from "../../code-units.js";

/** The single module of a per-page folder (`types` → `./types.js`). */
export function singleModule(folder: string): string {
  return `./${folder}.js`;
}

/** Where an import of a per-page file of `folder` points in the single layout; `undefined`: the same module. */
function singleSpecifier(specifier: string, folder: string): string | undefined {
  if (specifier === "../runtime.js") return "./runtime.js";
  const sibling = /^\.\/[^/]+\.js$/.exec(specifier);
  if (sibling !== null) return undefined;
  const other = /^\.\.\/([^/]+)\/[^/]+\.js$/.exec(specifier);
  if (other !== null) return other[1] === folder ? undefined : singleModule(other[1]!);
  return specifier; // a package (zod)
}

/** The imports of many per-page files as one list, one declaration per module, names sorted. */
function mergedImports(imports: readonly ImportDeclaration[], folder: string): ImportDeclaration[] {
  const byModule = new Map<string, Map<string, boolean>>();
  const namespaces = new Map<string, ImportDeclaration>();
  for (const declaration of imports) {
    const specifier = singleSpecifier(declaration.moduleSpecifier, folder);
    if (specifier === undefined) continue;
    if (declaration.namespaceImport !== undefined) {
      namespaces.set(`${declaration.namespaceImport} ${specifier}`, { ...declaration, moduleSpecifier: specifier });
      continue;
    }
    let names = byModule.get(specifier);
    if (names === undefined) byModule.set(specifier, (names = new Map()));
    for (const specifierName of declaration.namedImports) {
      const typeOnly = declaration.isTypeOnly || specifierName.isTypeOnly === true;
      names.set(specifierName.name, (names.get(specifierName.name) ?? true) && typeOnly);
    }
  }
  const order = (specifier: string): string => (specifier.startsWith(".") ? `1${specifier}` : `0${specifier}`);
  const named = [...byModule]
    .sort(([a], [b]) => compareCodeUnits(order(a), order(b)))
    .map(([moduleSpecifier, names]): ImportDeclaration => {
      const sorted = [...names].sort(([a], [b]) => compareCodeUnits(a, b));
      const allTypes = sorted.every(([, typeOnly]) => typeOnly);
      const namedImports: ImportSpecifier[] = sorted.map(([importName, typeOnly]) => (allTypes || !typeOnly ? { name: importName } : { name: importName, isTypeOnly: true }));
      return { kind: StructureKind.ImportDeclaration, isTypeOnly: allTypes, namedImports, moduleSpecifier };
    });
  // A package's namespace import (`import * as z from "zod"`) first, as the per-page files have it.
  return [...namespaces.values(), ...named];
}

/**
 * The text of the single file of a per-page folder, from the blocks of each declaration's file (its
 * imports first, as every emitter gives them).
 */
export function singleFile(variantName: string, folder: string, parts: readonly (readonly Block[])[]): string {
  const imports = mergedImports(
    parts.flatMap((blocks) => blocks[0] ?? []).filter((structure): structure is ImportDeclaration => structure.kind === StructureKind.ImportDeclaration),
    folder,
  );
  return sourceFileText(variantBanner(variantName), [imports, ...parts.flatMap((blocks) => blocks.slice(1))]);
}

/** `<folder>.json` (`fixtures.json`): each declaration's `<folder>/<name>.json` value under its type name. */
export function singleJson(variantName: string, entries: readonly (readonly [DeclarationSymbol, JsonValue])[]): string {
  return jsonText(jsonObject([["$comment", variantBannerText(variantName)], ...entries.map(([symbol, value]) => [symbol.identifier, value] as const)]));
}
