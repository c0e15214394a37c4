/**
 * `types/<name>.ts`: the TypeScript declaration of one page. Models become interfaces (an empty model a
 * `Record<string, unknown>`), enums a union of string literals plus an `as const` array of the values,
 * union pages a union type.
 */
import { StructureKind, VariableDeclarationKind } from "ts-morph";
import type { Declaration, EnumDecl, Field, ModelDecl, TypeExpr, UnionDecl } from "../ir/types.js";
import type { FieldNaming } from "../ir/naming.js";
import { pageBanner } from "./banner.js";
import { sourceFileText, type Block } from "./code/source-file.js";
import type { DeclarationStructure, ImportDeclaration, PropertySignature } from "./code/structures.js";
import { array, as, typeReference, unionType, type TypeNode } from "./code/syntax.js";
import { docCode, docText, jsDoc } from "./doc-comment.js";
import { propertyKey } from "./literals.js";
import { compareCodeUnits, type DeclarationSymbol, type SymbolTable } from "./symbols.js";
import { literalExpression, literalTypeNode, typeNode, type DateRepresentation, type TypeTextContext } from "./typescript-type.js";
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

/**
 * A field's JSDoc tags: `@deprecated`, `@format date` or `date-time` for a date, the docs' `Example` and
 * `Default` cells as `@example` and `@defaultValue`.
 */
function fieldTags(field: Field, type: TypeExpr): string[] {
  const format = type.kind === "primitive" && (type.name === "date" || type.name === "date-time") ? type.name : undefined;
  return [
    ...(field.deprecated ? ["deprecated"] : []),
    ...(format !== undefined ? [`format ${format}`] : []),
    ...(field.example !== undefined ? [`example\n${docText(exampleText(field.example))}`] : []),
    ...(field.default !== undefined ? [`defaultValue ${docText(field.default).replace(/\n/g, " ")}`] : []),
  ];
}

/** A declaration's JSDoc: its description and notes, then `@see` the page it is documented on (relative to the docs folder). */
function declarationDoc(decl: Declaration, paragraphs: readonly string[]): string | undefined {
  return jsDoc(paragraphs, [`see ${docText(decl.source.file).replace(/\n/g, " ")}`]);
}

/** `docs` for a structure, absent when there is nothing to say. */
function docs(text: string | undefined): { docs?: string[] } {
  return text === undefined ? {} : { docs: [text] };
}

/** `import type { A } from "./a.js";` for each referenced declaration other than `self`, by file name. */
function typeImports(referenced: Iterable<DeclarationSymbol>, self: DeclarationSymbol): ImportDeclaration[] {
  return [...referenced]
    .filter((symbol) => symbol !== self)
    .sort((a, b) => compareCodeUnits(a.fileName, b.fileName))
    .map((symbol) => ({
      kind: StructureKind.ImportDeclaration,
      isTypeOnly: true,
      moduleSpecifier: `./${symbol.fileName}.js`,
      namedImports: [{ name: symbol.identifier }],
    }));
}

function newContext(symbols: SymbolTable, options: TypesFileOptions, referenced: Set<DeclarationSymbol>): TypeTextContext {
  return { symbols, dates: options.dates, referenced, notes: [] };
}

/** `export type Name = type;` */
function typeAlias(name: string, type: TypeNode, doc: string | undefined): DeclarationStructure {
  return { kind: StructureKind.TypeAlias, isExported: true, name, type, ...docs(doc) };
}

function modelBlocks(decl: ModelDecl, self: DeclarationSymbol, symbols: SymbolTable, options: TypesFileOptions): Block[] {
  const fields = wireFields(decl, options.naming);
  if (fields.length === 0) {
    const record = typeReference("Record", [typeReference("string"), typeReference("unknown")]);
    return [[], [typeAlias(self.identifier, record, declarationDoc(decl, [decl.description]))]];
  }
  const referenced = new Set<DeclarationSymbol>();
  const properties = fields.map(({ field, key, type, collision }): PropertySignature => {
    const ctx = newContext(symbols, options, referenced);
    const node = typeNode(type, ctx, field.nullable);
    if (collision !== undefined) {
      ctx.notes.push(
        `${docCode(field.name)} in the docs: its property name ${docCode(collision.name)} is the name of ${docCode(collision.with.name)}, so it is ${docCode(key)} here.`,
      );
    }
    return {
      name: propertyKey(key),
      hasQuestionToken: !field.required,
      // The docs mark it read-only (`[readonly]`): the server sets it, as openapi-typescript writes readOnly.
      ...(field.readOnly === true ? { isReadonly: true } : {}),
      type: node,
      ...docs(jsDoc([field.description, ...ctx.notes], fieldTags(field, type))),
    };
  });
  const declaration: DeclarationStructure = {
    kind: StructureKind.Interface,
    isExported: true,
    name: self.identifier,
    properties,
    ...docs(declarationDoc(decl, [decl.description])),
  };
  return [typeImports(referenced, self), [declaration]];
}

function enumBlocks(decl: EnumDecl, self: DeclarationSymbol): Block[] {
  const values = enumValues(decl);
  const members: TypeNode[] = values.map(literalTypeNode);
  if (isOpenEnum(decl)) {
    // `(string & {})` keeps editors suggesting the listed values while accepting any string.
    const anyOther = (keyword: string): TypeNode => ({ kind: "intersection-type", members: [typeReference(keyword), { kind: "object-type", members: [] }] });
    if (values.some((value) => typeof value === "string") || values.length === 0) members.push(anyOther("string"));
    if (values.some((value) => typeof value === "number")) members.push(anyOther("number"));
  }
  const openNote = !isOpenEnum(decl)
    ? ""
    : decl.unstated?.includes("open") === true
      ? "The docs do not say whether values other than the listed ones may occur, so they are accepted too."
      : "Values other than the listed ones are accepted too.";
  const [only] = members;
  const type = values.length === 0 && isOpenEnum(decl) ? typeReference("string") : members.length === 1 && only !== undefined ? only : unionType(members);
  const valueList: DeclarationStructure = {
    kind: StructureKind.VariableStatement,
    isExported: true,
    declarationKind: VariableDeclarationKind.Const,
    docs: [`The values the docs list for {@link ${self.identifier}}, in the docs' order.`],
    declarations: [{ name: self.valuesName, initializer: as(array(values.map(literalExpression)), typeReference("const")) }],
  };
  return [[], [typeAlias(self.identifier, type, declarationDoc(decl, [decl.description, openNote]))], [valueList]];
}

function unionBlocks(decl: UnionDecl, self: DeclarationSymbol, symbols: SymbolTable, options: TypesFileOptions): Block[] {
  const referenced = new Set<DeclarationSymbol>();
  const ctx = newContext(symbols, options, referenced);
  const members = unionMemberTypes(decl);
  if (members === undefined) ctx.notes.push("The docs list no member types; typed as `unknown`.");
  const type = members === undefined ? typeReference("unknown") : typeNode(members, ctx);
  return [typeImports(referenced, self), [typeAlias(self.identifier, type, declarationDoc(decl, [decl.description, ...ctx.notes]))]];
}

/** The blocks of `types/<name>.ts`: its imports, then its declarations. */
export function typesParts(self: DeclarationSymbol, symbols: SymbolTable, options: TypesFileOptions): Block[] {
  const decl = self.decl;
  return decl.kind === "model"
    ? modelBlocks(decl, self, symbols, options)
    : decl.kind === "enum"
      ? enumBlocks(decl, self)
      : unionBlocks(decl, self, symbols, options);
}

/** The text of `types/<name>.ts`, in prettier's layout. */
export function typesFile(self: DeclarationSymbol, symbols: SymbolTable, options: TypesFileOptions): string {
  return sourceFileText(pageBanner([self.decl.id]), typesParts(self, symbols, options));
}
