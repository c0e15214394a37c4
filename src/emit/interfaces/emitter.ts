/**
 * `types/<name>.ts`: the TypeScript declaration of one page. Models become interfaces (an empty model a
 * `Record<string, unknown>`), enums a union of string literals plus an `as const` array of the values,
 * union pages a union type.
 */
import { StructureKind, VariableDeclarationKind } from "../code/kinds.js";
import type { Declaration, EnumDecl, Field, ModelDecl, TypeExpr, UnionDecl } from "../../ir/types.js";
import type { Block } from "../code/source-file.js";
import type { DeclarationStructure, ImportDeclaration, PropertySignature } from "../code/structures.js";
import { array, as, typeReference, unionType, type TypeNode } from "../code/syntax.js";
import { docCode, docText, jsDoc } from "../common/doc-comment.js";
import { propertyKey } from "../common/literals.js";
import { type DeclarationSymbol } from "../common/symbols.js";
import { compareCodeUnits } from "../../code-units.js";
import { literalExpression, literalTypeNode, typeNode, type TypeScope } from "../common/type-node.js";
import { enumValues, isOpenEnum } from "../common/wire.js";
import type { EmitContext } from "../context.js";
import type { OutputEmitter } from "../output.js";
import type { UnionDiscriminator } from "../view.js";

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

function newScope(emit: EmitContext, referenced: Set<DeclarationSymbol>): TypeScope {
  return { emit, referenced, notes: [] };
}

/** `export type Name = type;` */
function typeAlias(name: string, type: TypeNode, doc: string | undefined): DeclarationStructure {
  return { kind: StructureKind.TypeAlias, isExported: true, name, type, ...docs(doc) };
}

function modelBlocks(decl: ModelDecl, self: DeclarationSymbol, emit: EmitContext): Block[] {
  const fields = emit.view.fields(decl);
  if (fields.length === 0) {
    const record = typeReference("Record", [typeReference("string"), typeReference("unknown")]);
    return [[], [typeAlias(self.identifier, record, declarationDoc(decl, [decl.description]))]];
  }
  const referenced = new Set<DeclarationSymbol>();
  const properties = fields.map(({ field, key, type, collision }): PropertySignature => {
    const ctx = newScope(emit, referenced);
    const node = typeNode(type, ctx, field.nullable);
    if (collision !== undefined) {
      ctx.notes.push(
        `${docCode(field.name)} in the docs: its property name ${docCode(collision.name)} is the name of ${docCode(collision.with.name)}, so it is ${docCode(key)} here.`,
      );
    }
    return {
      name: propertyKey(key),
      hasQuestionToken: !field.required,
      // A field the docs mark read-only is so whatever the option: the server sets it.
      ...(emit.options.readonly || field.readOnly === true ? { isReadonly: true } : {}),
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

/**
 * A discriminated union whose docs map values to members whose field is a plain string: each such member
 * is narrowed to its values (`LedgerAccountSubject & { type: "ACCOUNT" }`), so TypeScript tells them apart too.
 */
function discriminatedType(discriminator: UnionDiscriminator, ctx: TypeScope): TypeNode {
  return unionType(
    discriminator.members.map(({ symbol, values, typed }) => {
      ctx.referenced.add(symbol);
      const member = typeReference(symbol.identifier);
      if (typed) return member;
      const valueType = values.length === 1 ? literalTypeNode(values[0]!) : unionType(values.map(literalTypeNode));
      const tag: TypeNode = { kind: "object-type", members: [{ name: propertyKey(discriminator.key), optional: false, type: valueType }] };
      return { kind: "intersection-type", members: [member, tag] };
    }),
  );
}

function unionBlocks(decl: UnionDecl, self: DeclarationSymbol, emit: EmitContext): Block[] {
  const referenced = new Set<DeclarationSymbol>();
  const ctx = newScope(emit, referenced);
  const members = emit.view.members(decl);
  const discriminator = emit.view.discriminator(decl);
  if (members === undefined) ctx.notes.push("The docs list no member types; typed as `unknown`.");
  if (discriminator !== undefined) {
    const how = discriminator.source === "docs" ? "the docs name it" : "each member's type has values of its own there";
    ctx.notes.push(`A discriminated union: its ${docCode(discriminator.key)} tells the members apart (${how}).`);
  }
  const type =
    members === undefined
      ? typeReference("unknown")
      : discriminator !== undefined && discriminator.members.some(({ typed }) => !typed)
        ? discriminatedType(discriminator, ctx)
        : typeNode(members, ctx);
  return [typeImports(referenced, self), [typeAlias(self.identifier, type, declarationDoc(decl, [decl.description, ...ctx.notes]))]];
}

/** The blocks of `types/<name>.ts`: its imports, then its declarations. */
export function typesParts(self: DeclarationSymbol, emit: EmitContext): Block[] {
  const decl = self.decl;
  return decl.kind === "model" ? modelBlocks(decl, self, emit) : decl.kind === "enum" ? enumBlocks(decl, self) : unionBlocks(decl, self, emit);
}

export const interfacesEmitter: OutputEmitter = {
  declaration: (symbol, emit) => ({ blocks: typesParts(symbol, emit) }),
};
