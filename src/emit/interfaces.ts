/**
 * `types/<name>.ts`: the TypeScript declaration of one page. Models become interfaces (an empty model a
 * `Record<string, unknown>`), enums a union of string literals plus an `as const` array of the values,
 * union pages a union type.
 */
import {
  StructureKind,
  type ImportDeclarationStructure,
  type OptionalKind,
  type PropertySignatureStructure,
} from "ts-morph";
import type { EnumDecl, Field, ModelDecl, UnionDecl } from "../ir/types.js";
import type { FieldNaming } from "../ir/naming.js";
import { pageBanner } from "./banner.js";
import { docCode, docText, jsDoc } from "./doc-comment.js";
import { printDoc } from "./doc-printer.js";
import { arrayDoc, jsDocText, unionAliasText, unionMembers } from "./layout.js";
import { propertyKey } from "./literals.js";
import { printStatements, type Block } from "./print.js";
import { compareCodeUnits, type DeclarationSymbol, type SymbolTable } from "./symbols.js";
import { literalText, typeText, type DateRepresentation, type TypeTextContext } from "./typescript-type.js";
import { enumValues, isOpenEnum, unionMemberTypes, wireFields } from "./wire.js";

export interface TypesFileOptions {
  readonly naming: FieldNaming;
  readonly dates: DateRepresentation;
}

/** An example as the docs give it; a JSON object or array the docs broke over lines, laid out as JSON. */
function exampleText(example: string): string {
  if (!/^\s*[[{]/.test(example)) return example;
  try {
    return JSON.stringify(JSON.parse(example), null, 2);
  } catch {
    return example;
  }
}

/** A field's JSDoc tags: `@deprecated`, the docs' `Example` and `Default` cells as `@example` and `@defaultValue`. */
function fieldTags(field: Field): string[] {
  return [
    ...(field.deprecated ? ["deprecated"] : []),
    ...(field.example !== undefined ? [`example\n${docText(exampleText(field.example))}`] : []),
    ...(field.default !== undefined ? [`defaultValue ${docText(field.default).replace(/\n/g, " ")}`] : []),
  ];
}

/** `docs` for a structure, absent when there is nothing to say. */
function docs(text: string | undefined): { docs?: string[] } {
  return text === undefined ? {} : { docs: [text] };
}

/** `import type { A } from "./a.js";` for each referenced declaration other than `self`, by file name. */
function typeImports(referenced: Iterable<DeclarationSymbol>, self: DeclarationSymbol): ImportDeclarationStructure[] {
  return [...referenced]
    .filter((symbol) => symbol !== self)
    .sort((a, b) => compareCodeUnits(a.fileName, b.fileName))
    .map((symbol) => ({
      kind: StructureKind.ImportDeclaration,
      isTypeOnly: true,
      moduleSpecifier: `./${symbol.fileName}.js`,
      namedImports: [symbol.identifier],
    }));
}

function newContext(
  symbols: SymbolTable,
  options: TypesFileOptions,
  referenced: Set<DeclarationSymbol>,
): TypeTextContext {
  return { symbols, dates: options.dates, referenced, notes: [] };
}

function modelStatements(
  decl: ModelDecl,
  self: DeclarationSymbol,
  symbols: SymbolTable,
  options: TypesFileOptions,
): Block[] {
  const fields = wireFields(decl, options.naming);
  if (fields.length === 0) {
    return [
      {
        kind: StructureKind.TypeAlias,
        isExported: true,
        name: self.identifier,
        type: "Record<string, unknown>",
        ...docs(jsDoc([decl.description])),
      },
    ];
  }
  const referenced = new Set<DeclarationSymbol>();
  const properties = fields.map(({ field, key, type, shadowed }): OptionalKind<PropertySignatureStructure> => {
    const ctx = newContext(symbols, options, referenced);
    const text = typeText(type, ctx, field.nullable);
    for (const other of shadowed) {
      ctx.notes.push(
        `The docs also list ${docCode(other.name)} (${docCode(other.typeText)}), which maps to this same property name; it is left out.`,
      );
    }
    return {
      name: propertyKey(key),
      hasQuestionToken: !field.required,
      type: text,
      ...docs(jsDoc([field.description, ...ctx.notes], fieldTags(field))),
    };
  });
  return [
    typeImports(referenced, self),
    {
      kind: StructureKind.Interface,
      isExported: true,
      name: self.identifier,
      properties,
      ...docs(jsDoc([decl.description])),
    },
  ];
}

function enumStatements(decl: EnumDecl, self: DeclarationSymbol): Block[] {
  const values = enumValues(decl);
  const literals = values.map(literalText);
  if (isOpenEnum(decl)) {
    if (values.some((value) => typeof value === "string") || values.length === 0) literals.push("(string & {})");
    if (values.some((value) => typeof value === "number")) literals.push("(number & {})");
  }
  const openNote = !isOpenEnum(decl)
    ? ""
    : decl.unstated?.includes("open") === true
      ? "The docs do not say whether values other than the listed ones may occur, so they are accepted too."
      : "Values other than the listed ones are accepted too.";
  const valueList = values.map(literalText);
  // prettier packs an array of numbers several to a line; kept on one line, a long one is left to prettier.
  const onlyNumbers = values.length > 1 && values.every((value) => typeof value === "number");
  const array = onlyNumbers ? `[${valueList.join(", ")}]` : arrayDoc(valueList);
  return [
    typeAliasText(self.identifier, values.length === 0 && isOpenEnum(decl) ? ["string"] : literals, jsDoc([decl.description, openNote])),
    [
      jsDocText(`The values the docs list for {@link ${self.identifier}}, in the docs' order.`),
      printDoc([`export const ${self.valuesName} = `, array, " as const;"]),
    ].join("\n"),
  ];
}

/** `export type Name = A | B;` with its doc comment, laid out as prettier would (see layout.ts). */
function typeAliasText(name: string, members: readonly string[], doc: string | undefined): string {
  const alias = unionAliasText(name, members);
  return doc === undefined ? alias : `${jsDocText(doc)}\n${alias}`;
}

function unionStatements(
  decl: UnionDecl,
  self: DeclarationSymbol,
  symbols: SymbolTable,
  options: TypesFileOptions,
): Block[] {
  const referenced = new Set<DeclarationSymbol>();
  const ctx = newContext(symbols, options, referenced);
  const members = unionMemberTypes(decl);
  if (members === undefined) ctx.notes.push("The docs list no member types; typed as `unknown`.");
  const text = members === undefined ? "unknown" : typeText(members, ctx);
  return [typeImports(referenced, self), typeAliasText(self.identifier, unionMembers(text), jsDoc([decl.description, ...ctx.notes]))];
}

/** The text of `types/<name>.ts`, in prettier's layout where layout.ts can vouch for it (format.ts does the rest). */
export function typesFile(self: DeclarationSymbol, symbols: SymbolTable, options: TypesFileOptions): string {
  const decl = self.decl;
  const blocks =
    decl.kind === "model"
      ? modelStatements(decl, self, symbols, options)
      : decl.kind === "enum"
        ? enumStatements(decl, self)
        : unionStatements(decl, self, symbols, options);
  return printStatements(pageBanner([decl.id]), blocks);
}
