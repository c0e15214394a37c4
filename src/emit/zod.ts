/**
 * `zod/<name>.ts` (output kind `zod`): a zod 4 schema per declaration, `zX: z.ZodType<X>`, with the same
 * meaning as the declaration's validator (validators.ts), read from the same wire view (wire.ts):
 *
 * - a required field must be present, an optional one may be absent (`z.exactOptional`: the interface's
 *   `key?: T` under `exactOptionalPropertyTypes`), a nullable one may be null (`z.nullable`);
 * - closed enums are `z.enum` (strings) or `z.literal` of the values, open enums the values' kinds;
 * - unions are `z.union`, maps `z.record(z.string(), …)`, bytes `z.instanceof(Uint8Array)`;
 * - dates are checked by runtime.ts's `isDateString` / `isDateTimeString` and integers by
 *   `Number.isInteger` (`z.custom`), so zod and the validators agree on every value; with `dates: "Date"`,
 *   `z.date()` (a real time);
 * - unknown keys: `allow` → `z.looseObject` (kept), `reject` → `z.strictObject`, `strip` → `z.object`
 *   (left out of the parsed value);
 * - `any`, unreadable types and unresolved references are `z.unknown()`.
 *
 * A reference is `z.lazy(lazyZOther)`: `lazyZOther` is a function declaration returning `zOther`, so it
 * is read only when a value is parsed, and modules that import each other load in any order. Every
 * call is marked pure, so a bundle that does not use a schema drops it. The types annotate each schema
 * (`z.ZodType<X>`), so tsc holds the schema's output to the interface. zod is a peer dependency of the
 * generated code: this file never loads it.
 */
import { StructureKind, VariableDeclarationKind } from "ts-morph";
import type { EnumDecl, ModelDecl, TypeExpr, UnionDecl } from "../ir/types.js";
import type { DateRepresentation, FieldNaming, UnknownKeyPolicy } from "../options.js";
import { pageBanner } from "./banner.js";
import { sourceFileText, type Block } from "./code/source-file.js";
import type { FunctionDeclaration, ImportDeclaration, VariableStatement } from "./code/structures.js";
import { array, call, member, name, object, pure, quoted, returns, typeReference, type Expression } from "./code/syntax.js";
import { compareCodeUnits, resolveRef, type DeclarationSymbol, type ModuleContext, type SymbolTable } from "./symbols.js";
import { literalExpression } from "./typescript-type.js";
import { acceptsAnything } from "./validator-checks.js";
import { enumValues, isOpenEnum, unionMemberTypes, wireFields } from "./wire.js";

export interface ZodFileOptions {
  readonly naming: FieldNaming;
  readonly dates: DateRepresentation;
  readonly unknownKeys: UnknownKeyPolicy;
}

type ZodContext = ModuleContext<ZodFileOptions>;

/** `z.name(args)`, marked pure when it is an argument or a value (the outermost call of what it builds). */
function z(helper: string, args: readonly Expression[] = []): Expression {
  return pure(call(member(name("z"), helper), args));
}

function zodPrimitive(type: Extract<TypeExpr, { kind: "primitive" }>, ctx: ZodContext): Expression {
  switch (type.name) {
    case "string":
      return z("string");
    case "boolean":
      return z("boolean");
    case "integer":
      // Not z.int(): that stops at 2^53, where Number.isInteger (the validators' test) and JSON Schema do not.
      return pure(call(member(name("z"), "custom"), [member(name("Number"), "isInteger"), quoted("expected integer")], [typeReference("number")]));
    case "number":
      return z("number");
    case "date":
    case "date-time": {
      if (ctx.options.dates === "Date") return z("date");
      const test = type.name === "date" ? "isDateString" : "isDateTimeString";
      ctx.runtime.add(test);
      const expected = type.name === "date" ? "expected date string (YYYY-MM-DD)" : "expected date-time string (RFC 3339)";
      return pure(call(member(name("z"), "custom"), [name(test), quoted(expected)], [typeReference("string")]));
    }
  }
}

/** The zod schema of a type. */
function zodType(type: TypeExpr, ctx: ZodContext): Expression {
  if (acceptsAnything(type, ctx.symbols)) return z("unknown");
  switch (type.kind) {
    case "primitive":
      return zodPrimitive(type, ctx);
    case "array":
      return z("array", [zodType(type.items, ctx)]);
    case "map":
      return z("record", [z("string"), zodType(type.values, ctx)]);
    case "ref": {
      const target = resolveRef(ctx.symbols, type)!; // resolved: acceptsAnything covers the rest
      ctx.referenced.add(target);
      return z("lazy", [name(target.zodLazyName)]);
    }
    case "union": {
      const members = type.members.map((memberType) => zodType(memberType, ctx));
      const [only] = members;
      return members.length === 1 && only !== undefined ? only : z("union", [array(members)]);
    }
    case "literal":
      if (type.value === null) return z("null");
      if (typeof type.value === "number" && !Number.isFinite(type.value)) return z("number");
      return z("literal", [literalExpression(type.value)]);
    case "binary":
      return z("instanceof", [name("Uint8Array")]);
    default:
      return z("unknown");
  }
}

function modelSchema(decl: ModelDecl, ctx: ZodContext): Expression {
  const fields = wireFields(decl, ctx.options.naming);
  if (fields.length === 0) return z("record", [z("string"), z("unknown")]);
  const properties = fields.map(({ field, key, type }) => {
    let schema = zodType(type, ctx);
    if (field.nullable) schema = z("nullable", [schema]);
    if (!field.required) schema = z("exactOptional", [schema]);
    return { key, value: schema };
  });
  const policy = ctx.options.unknownKeys;
  return z(policy === "allow" ? "looseObject" : policy === "reject" ? "strictObject" : "object", [object(properties)]);
}

function enumSchema(decl: EnumDecl): Expression {
  const values = enumValues(decl);
  if (isOpenEnum(decl)) {
    const kinds = [...new Set(values.map((value) => typeof value))].sort();
    const schemas = (kinds.length === 0 ? ["string"] : kinds).map((kind) => z(kind));
    const [only] = schemas;
    return schemas.length === 1 && only !== undefined ? only : z("union", [array(schemas)]);
  }
  const literals = array(values.map(literalExpression));
  return values.every((value) => typeof value === "string") ? z("enum", [literals]) : z("literal", [literals]);
}

function unionSchema(decl: UnionDecl, ctx: ZodContext): Expression {
  const members = unionMemberTypes(decl);
  return members === undefined ? z("unknown") : zodType(members, ctx);
}

function importOf(names: readonly string[], moduleSpecifier: string, isTypeOnly = false): ImportDeclaration {
  return { kind: StructureKind.ImportDeclaration, isTypeOnly, namedImports: names.map((imported) => ({ name: imported })), moduleSpecifier };
}

/** The text of `zod/<name>.ts`, in prettier's layout. */
export function zodFile(self: DeclarationSymbol, symbols: SymbolTable, options: ZodFileOptions): string {
  return sourceFileText(pageBanner([self.decl.id]), zodParts(self, symbols, options));
}

/** The blocks of `zod/<name>.ts`: its imports, then its declarations. */
export function zodParts(self: DeclarationSymbol, symbols: SymbolTable, options: ZodFileOptions): Block[] {
  const ctx: ZodContext = { self, symbols, options, referenced: new Set(), runtime: new Set() };
  const decl = self.decl;
  const schema = decl.kind === "model" ? modelSchema(decl, ctx) : decl.kind === "enum" ? enumSchema(decl) : unionSchema(decl, ctx);
  const type = typeReference("z.ZodType", [typeReference(self.identifier)]);
  const constant: VariableStatement = {
    kind: StructureKind.VariableStatement,
    isExported: true,
    declarationKind: VariableDeclarationKind.Const,
    docs: [`{@link ${self.identifier}} as a zod 4 schema, with the meaning of {@link ${self.validatorName}}.`],
    declarations: [{ name: self.zodName, type, initializer: schema }],
  };
  const lazy: FunctionDeclaration = {
    kind: StructureKind.Function,
    name: self.zodLazyName,
    isExported: true,
    docs: [`{@link ${self.zodName}}, for the schemas that refer to it (\`z.lazy\`): read when a value is parsed, so modules that import each other load in any order.`],
    parameters: [],
    returnType: type,
    statements: [returns(name(self.zodName))],
  };
  const others = [...ctx.referenced].filter((other) => other !== self).sort((a, b) => compareCodeUnits(a.fileName, b.fileName));
  const runtimeNames = ["isDateString", "isDateTimeString"].filter((helper) => ctx.runtime.has(helper));
  const imports = [
    importOf(["z"], "zod"),
    ...(runtimeNames.length === 0 ? [] : [importOf(runtimeNames, "../runtime.js")]),
    importOf([self.identifier], `../types/${self.fileName}.js`, true),
    ...others.map((other) => importOf([other.zodLazyName], `./${other.fileName}.js`)),
  ];
  return [imports, [constant], [lazy]];
}
