/**
 * `validators/<name>.ts`: `validateX(value, path)` listing every issue, `isX` (type guard) and `assertX`
 * (assertion, throws a ValidationError listing the issues). Models check each field, enums their values,
 * union pages their members; checks of nested types come from validator-checks.ts.
 */
import { StructureKind, type FunctionDeclarationStructure, type ImportDeclarationStructure } from "ts-morph";
import type { EnumDecl, ModelDecl, UnionDecl } from "../ir/types.js";
import { isPlainPropertyName, type FieldNaming } from "../ir/naming.js";
import { pageBanner } from "./banner.js";
import { stringLiteral } from "./literals.js";
import { printStatements } from "./print.js";
import { compareCodeUnits, RUNTIME_EXPORTS, type DeclarationSymbol, type SymbolTable } from "./symbols.js";
import { literalText, type DateRepresentation } from "./typescript-type.js";
import { acceptsAnything, checkType, describeType, runtime, type CheckContext } from "./validator-checks.js";
import { enumValues, isOpenEnum, unionMemberTypes, wireFields } from "./wire.js";

export interface ValidatorsFileOptions {
  readonly naming: FieldNaming;
  readonly dates: DateRepresentation;
}

/** How many enum values the `expected` of an issue spells out before it says how many more there are. */
const EXPECTED_VALUES_SHOWN = 10;

/** The body of a validator that accepts every value. */
const ACCEPT_ALL = "return [];";

/** The path step of a key known when generating: `.hookUrl` or `["x-api-key"]`. */
function propertyStep(key: string): string {
  return isPlainPropertyName(key) ? `.${key}` : `[${JSON.stringify(key)}]`;
}

/** The body of `validateX` for a model: object check, then per field presence, null and type. */
function modelBody(decl: ModelDecl, self: DeclarationSymbol, ctx: CheckContext, naming: FieldNaming): string[] {
  const notObject = `if (!${runtime(ctx, "isRecord")}(value)) return [${runtime(ctx, "issueAt")}(path, ${stringLiteral(`${self.identifier} object`)}, value)];`;
  const fields = wireFields(decl, naming);
  const fieldLines: string[] = [];
  for (const { field, key, type } of fields) {
    const path = `path + ${stringLiteral(propertyStep(key))}`;
    const anything = acceptsAnything(type, ctx.symbols);
    if (anything && !field.required) continue;
    const value = `v${ctx.nextLocal++}`;
    const checks = anything ? [] : checkType(type, { value, path, target: "issues" }, ctx);
    const guarded = field.nullable && checks.length !== 0 ? [`if (${value} !== null) {`, ...checks, `}`] : checks;
    fieldLines.push(`const ${value} = ${runtime(ctx, "ownValue")}(value, ${stringLiteral(key)});`);
    if (field.required) {
      const expected = stringLiteral(describeType(type, ctx.symbols, ctx.dates));
      fieldLines.push(`if (${value} === undefined) issues.push(${runtime(ctx, "missingAt")}(${path}, ${expected}));`);
      if (guarded.length !== 0) fieldLines.push(`else {`, ...guarded, `}`);
    } else {
      fieldLines.push(`if (${value} !== undefined) {`, ...guarded, `}`);
    }
  }
  if (fieldLines.length === 0) return [notObject, `return [];`];
  return [notObject, `const issues: ${runtime(ctx, "ValidationIssue")}[] = [];`, ...fieldLines, `return issues;`];
}

function enumExpected(decl: EnumDecl): string {
  const values = enumValues(decl);
  if (isOpenEnum(decl)) {
    const kinds = [...new Set(values.map((value) => typeof value))].sort();
    return kinds.length === 0 ? "string" : kinds.join(" | ");
  }
  const shown = values.slice(0, EXPECTED_VALUES_SHOWN).map(literalText).join(", ");
  const more = values.length - EXPECTED_VALUES_SHOWN;
  return `one of ${shown}${more > 0 ? `, ... (${more} more)` : ""}`;
}

function enumBody(decl: EnumDecl, self: DeclarationSymbol, ctx: CheckContext, imports: Set<string>): string[] {
  const expected = stringLiteral(enumExpected(decl));
  const failed = `return [${runtime(ctx, "issueAt")}(path, ${expected}, value)];`;
  if (isOpenEnum(decl)) {
    const kinds = [...new Set(enumValues(decl).map((value) => typeof value))].sort();
    const accepted = (kinds.length === 0 ? ["string"] : kinds).map((kind) => `typeof value === "${kind}"`);
    return [`if (${accepted.join(" || ")}) return [];`, failed];
  }
  imports.add(self.valuesName);
  return [`if (${runtime(ctx, "isOneOf")}(${self.valuesName}, value)) return [];`, failed];
}

function unionBody(decl: UnionDecl, ctx: CheckContext): string[] {
  const members = unionMemberTypes(decl);
  if (members === undefined || acceptsAnything(members, ctx.symbols)) return [ACCEPT_ALL];
  const checks = checkType(members, { value: "value", path: "path", target: "issues" }, ctx);
  return [`const issues: ${runtime(ctx, "ValidationIssue")}[] = [];`, ...checks, `return issues;`];
}

function functions(self: DeclarationSymbol, body: string[], ctx: CheckContext): FunctionDeclarationStructure[] {
  // A body that accepts everything names its parameters `_value` and `_path`, so consumers compiling
  // with noUnusedParameters accept it. Every other body reads both.
  const acceptsAll = body.length === 1 && body[0] === ACCEPT_ALL;
  const valueParam = acceptsAll ? "_value" : "value";
  const pathParam = acceptsAll ? "_path" : "path";
  const name = self.identifier;
  return [
    {
      kind: StructureKind.Function,
      isExported: true,
      name: self.validatorName,
      docs: [`Every way \`value\` is not a valid {@link ${name}}; empty when it is one.`],
      parameters: [
        { name: valueParam, type: "unknown" },
        { name: pathParam, initializer: stringLiteral("$") },
      ],
      returnType: `${runtime(ctx, "ValidationIssue")}[]`,
      statements: body,
    },
    {
      kind: StructureKind.Function,
      isExported: true,
      name: self.guardName,
      docs: [`Whether \`value\` is a valid {@link ${name}}.`],
      parameters: [{ name: "value", type: "unknown" }],
      returnType: `value is ${name}`,
      statements: [`return ${self.validatorName}(value).length === 0;`],
    },
    {
      kind: StructureKind.Function,
      isExported: true,
      name: self.assertName,
      docs: [`Throws a ValidationError listing the issues unless \`value\` is a valid {@link ${name}}.`],
      parameters: [{ name: "value", type: "unknown" }],
      returnType: `asserts value is ${name}`,
      statements: [
        `const issues = ${self.validatorName}(value);`,
        `if (issues.length !== 0) throw new ${runtime(ctx, "ValidationError")}(${stringLiteral(name)}, issues);`,
      ],
    },
  ];
}

const runtimeTypes = new Set(["ValidationIssue"]);

function importStatements(
  self: DeclarationSymbol,
  ctx: CheckContext,
  typeValues: Set<string>,
): ImportDeclarationStructure[] {
  const runtimeNames = RUNTIME_EXPORTS.filter((name) => ctx.runtime.has(name));
  const onlyTypes = runtimeNames.every((name) => runtimeTypes.has(name));
  const imports: ImportDeclarationStructure[] = [
    {
      kind: StructureKind.ImportDeclaration,
      moduleSpecifier: "../runtime.js",
      isTypeOnly: onlyTypes,
      namedImports: runtimeNames.map((name) => ({ name, isTypeOnly: !onlyTypes && runtimeTypes.has(name) })),
    },
    {
      kind: StructureKind.ImportDeclaration,
      moduleSpecifier: `../types/${self.fileName}.js`,
      isTypeOnly: typeValues.size === 0,
      namedImports: [
        { name: self.identifier, isTypeOnly: typeValues.size !== 0 },
        ...[...typeValues].sort(compareCodeUnits),
      ],
    },
  ];
  const others = [...ctx.validators]
    .filter((symbol) => symbol !== self)
    .sort((a, b) => compareCodeUnits(a.fileName, b.fileName));
  for (const other of others) {
    imports.push({
      kind: StructureKind.ImportDeclaration,
      moduleSpecifier: `./${other.fileName}.js`,
      namedImports: [other.validatorName],
    });
  }
  return imports;
}

/** The unformatted text of `validators/<name>.ts`. */
export function validatorsFile(self: DeclarationSymbol, symbols: SymbolTable, options: ValidatorsFileOptions): string {
  const ctx: CheckContext = { symbols, dates: options.dates, runtime: new Set(), validators: new Set(), nextLocal: 1 };
  const typeValues = new Set<string>();
  const decl = self.decl;
  const body =
    decl.kind === "model"
      ? modelBody(decl, self, ctx, options.naming)
      : decl.kind === "enum"
        ? enumBody(decl, self, ctx, typeValues)
        : unionBody(decl, ctx);
  const declarations = functions(self, body, ctx);
  return printStatements(pageBanner([decl.id]), [importStatements(self, ctx, typeValues), ...declarations]);
}
