/**
 * Declarations (ts-morph structures, see structures.ts) → layout documents, one printer per structure
 * kind in one table, as prettier prints the same declarations; the code inside them is printed by
 * print-statement.ts, print-expression.ts and print-type.ts.
 */
import { StructureKind } from "./kinds.js";
import { stringLiteral } from "../common/literals.js";
import { group, hardline, ifBreak, indent, join, line, softline, type Doc } from "./doc.js";
import { printExpression } from "./print-expression.js";
import { printBlock, printDeclarator } from "./print-statement.js";
import { breaksAfterAliasEquals, printType } from "./print-type.js";
import { fitsAt, INDENT_WIDTH, oneLineExpression, oneLineType } from "./one-line.js";
import { printAssignment } from "./print-assignment.js";
import type {
  ClassDeclaration,
  DeclarationStructure,
  ExportDeclaration,
  FunctionDeclaration,
  ImportDeclaration,
  ImportSpecifier,
  InterfaceDeclaration,
  Parameter,
  TypeAliasDeclaration,
  VariableStatement,
} from "./structures.js";

/**
 * A JSDoc block as prettier prints it: on one line when its text is one line, else `/**`, a ` * ` line
 * each (prettier trims what ends a line), ` *\/`.
 */
export function printJsDoc(text: string): Doc {
  if (!text.includes("\n")) return `/** ${text} */`;
  const lines = text.split("\n").map((textLine) => ` * ${textLine}`.trimEnd());
  return join(hardline, ["/**", ...lines, " */"]);
}

/** The JSDoc blocks of a declaration, each on its own line before it. */
function withDocs(docs: readonly string[] | undefined, declaration: Doc): Doc {
  return docs === undefined || docs.length === 0 ? declaration : [...docs.flatMap((text) => [printJsDoc(text), hardline]), declaration];
}

const exported = (isExported: boolean | undefined): string => (isExported ? "export " : "");

/**
 * `import { a, type B } from "…";` (or `export`), a declaration of its own at column 0: on one line when it
 * fits or names one thing (one name never breaks), else one name a line, as prettier breaks the group of
 * the braces exactly when the line does not fit. So it is text either way, which prettier's printer passes
 * through, where a document costs it the group's measuring: most of a variant's `index.ts` is imports.
 */
function printModuleReference(keyword: string, isTypeOnly: boolean, specifiers: readonly ImportSpecifier[], moduleSpecifier: string): string {
  const head = `${keyword}${isTypeOnly ? " type " : " "}`;
  const tail = ` from ${stringLiteral(moduleSpecifier)};`;
  const names = specifiers.map((specifier) => (specifier.isTypeOnly ? `type ${specifier.name}` : specifier.name));
  const oneLine = `${head}{ ${names.join(", ")} }${tail}`;
  if (names.length === 1 || fitsAt(oneLine, 0)) return oneLine;
  return `${head}{\n${names.map((name) => `${" ".repeat(INDENT_WIDTH)}${name},`).join("\n")}\n}${tail}`;
}

function printParameters(parameters: readonly Parameter[]): Doc {
  if (parameters.length === 0) return "()";
  const printed = parameters.map((parameter) => {
    const typed = [parameter.name, ":", " ", printType(parameter.type, "annotation")];
    return parameter.initializer === undefined ? typed : [typed, " = ", printExpression(parameter.initializer, "other")];
  });
  return ["(", indent([softline, join([",", line], printed)]), ifBreak(","), softline, ")"];
}

/** `(a: A, b: B = "x")` on one line. */
function oneLineParameters(parameters: readonly Parameter[]): string | undefined {
  const printed: string[] = [];
  for (const parameter of parameters) {
    const typed = `${parameter.name}: ${oneLineType(parameter.type, "annotation")}`;
    const initializer = parameter.initializer === undefined ? "" : oneLineExpression(parameter.initializer);
    if (initializer === undefined) return undefined;
    printed.push(initializer === "" ? typed : `${typed} = ${initializer}`);
  }
  return `(${printed.join(", ")})`;
}

function printFunction(structure: FunctionDeclaration): Doc {
  const head = `${exported(structure.isExported)}function ${structure.name}${typeParameters(structure.typeParameters)}`;
  const flatParameters = oneLineParameters(structure.parameters);
  const returnType = oneLineType(structure.returnType, "annotation");
  // When `… (params): Type {` fits (`{}` for an empty body), prettier keeps the parameters on its line.
  const opening = structure.statements.length === 0 ? "{}" : "{";
  const signature: Doc =
    flatParameters !== undefined && fitsAt(`${head}${flatParameters}: ${returnType} ${opening}`, 0)
      ? `${flatParameters}: ${returnType}`
      : group([printParameters(structure.parameters), ":", " ", printType(structure.returnType, "annotation")]);
  return withDocs(structure.docs, [head, signature, " ", printBlock(structure.statements, 0)]);
}

function printVariableStatement(structure: VariableStatement): Doc {
  const [declaration] = structure.declarations;
  const declarator = printDeclarator(declaration.name, declaration.type, declaration.initializer, 0);
  return withDocs(structure.docs, [exported(structure.isExported), group([structure.declarationKind, " ", declarator, ";"])]);
}

/** `<T, Input = unknown>`, or nothing. */
function typeParameters(parameters: readonly string[] | undefined): string {
  return parameters === undefined || parameters.length === 0 ? "" : `<${parameters.join(", ")}>`;
}

function printInterface(structure: InterfaceDeclaration): Doc {
  const members = structure.properties.map((property) =>
    withDocs(property.docs, [
      group([property.isReadonly ? "readonly " : "", property.name, property.hasQuestionToken ? "?" : "", ":", " ", printType(property.type, "annotation")]),
      ";",
    ]),
  );
  const body = members.length === 0 ? "{}" : ["{", indent([hardline, join(hardline, members)]), hardline, "}"];
  return withDocs(structure.docs, [exported(structure.isExported), "interface ", structure.name, typeParameters(structure.typeParameters), " ", body]);
}

function printTypeAlias(structure: TypeAliasDeclaration): Doc {
  const left = ["type ", structure.name, typeParameters(structure.typeParameters)];
  const type = printType(structure.type, "alias");
  // A union that breaks goes to the next line, one member a line; anything else breaks inside first.
  const alias = breaksAfterAliasEquals(structure.type)
    ? group([group(left), " =", group(indent([line, type]))])
    : printAssignment(left, " =", type, "fluid");
  return withDocs(structure.docs, [exported(structure.isExported), alias, ";"]);
}

function printClass(structure: ClassDeclaration): Doc {
  const properties = structure.properties.map((property) => [
    property.isReadonly ? "readonly " : "",
    property.name,
    ":",
    " ",
    printType(property.type, "annotation"),
    ";",
  ]);
  const constructors = structure.ctors.map((ctor) => ["constructor", group(printParameters(ctor.parameters)), " ", printBlock(ctor.statements, 1)]);
  const members = [...properties, ...constructors];
  const body = ["{", indent([hardline, join([hardline, hardline], members)]), hardline, "}"];
  return withDocs(structure.docs, [exported(structure.isExported), "class ", structure.name, " extends ", structure.extends, " ", body]);
}

const printers: { readonly [Kind in DeclarationStructure["kind"]]: (structure: Extract<DeclarationStructure, { kind: Kind }>) => Doc } = {
  [StructureKind.ImportDeclaration]: (structure: ImportDeclaration) =>
    structure.namespaceImport !== undefined
      ? ["import ", structure.isTypeOnly ? "type " : "", "* as ", structure.namespaceImport, " from ", stringLiteral(structure.moduleSpecifier), ";"]
      : printModuleReference("import", structure.isTypeOnly, structure.namedImports, structure.moduleSpecifier),
  [StructureKind.ExportDeclaration]: (structure: ExportDeclaration) =>
    printModuleReference("export", structure.isTypeOnly, structure.namedExports, structure.moduleSpecifier),
  [StructureKind.Function]: printFunction,
  [StructureKind.VariableStatement]: printVariableStatement,
  [StructureKind.Interface]: printInterface,
  [StructureKind.TypeAlias]: printTypeAlias,
  [StructureKind.Class]: printClass,
};

/** The layout document of a declaration. */
export function printStructure(structure: DeclarationStructure): Doc {
  const print = printers[structure.kind] as (structure: DeclarationStructure) => Doc;
  return print(structure);
}
