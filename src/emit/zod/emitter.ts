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
 * - own keys only, as the validators read them (runtime-zod.ts): a model with a field named like a key
 *   every object inherits (`constructor`, `toString`) is given its value's own keys, and an own `__proto__`
 *   (a map's entry, or a field), which zod skips, is checked before (`z.preprocess`); zod's parsed value
 *   leaves `__proto__` out, as zod always does;
 * - `any`, unreadable types and unresolved references are `z.unknown()`.
 *
 * A reference is `z.lazy(lazyZOther)`: `lazyZOther` is a function declaration returning `zOther`, so it
 * is read only when a value is parsed, and modules that import each other load in any order. Every
 * call is marked pure, so a bundle that does not use a schema drops it. Each schema is declared
 * `z.ZodType<X>` and written `schema satisfies z.core.$ZodType<X> as never`: tsc holds the schema's output
 * to the interface through zod's core type, which has few members, rather than through z.ZodType, whose
 * every method it would compare (tsc on the unified-to Go folder's zod files and interfaces: 2.5 s
 * against 130 s). zod is a peer dependency of the generated code: this file never loads it.
 */
import { StructureKind, VariableDeclarationKind } from "ts-morph";
import type { EnumDecl, ModelDecl, TypeExpr, UnionDecl } from "../../ir/types.js";
import type { Block } from "../code/source-file.js";
import type { FunctionDeclaration, ImportDeclaration, VariableStatement } from "../code/structures.js";
import { array, as, call, member, name, object, pure, quoted, returns, satisfies, typeReference, type Expression } from "../code/syntax.js";
import { compareCodeUnits, resolveRef, type DeclarationSymbol } from "../common/symbols.js";
import { acceptsAnything } from "../common/type-facts.js";
import { literalExpression } from "../common/type-node.js";
import { enumValues, inheritedKeys, isOpenEnum } from "../common/wire.js";
import type { EmitContext } from "../context.js";
import type { OutputEmitter } from "../output.js";
import type { WireField } from "../view.js";

/** What the zod module of one declaration reads (the run's context) and notes while it is built: what it imports. */
interface ZodContext {
  readonly emit: EmitContext;
  readonly self: DeclarationSymbol;
  /** Declarations referred to (imported unless `self`). */
  readonly referenced: Set<DeclarationSymbol>;
  /** Runtime helpers used (imported from runtime.ts). */
  readonly runtime: Set<string>;
}

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
      if (ctx.emit.options.dates === "Date") return z("date");
      const test = type.name === "date" ? "isDateString" : "isDateTimeString";
      ctx.runtime.add(test);
      const expected = type.name === "date" ? "expected date string (YYYY-MM-DD)" : "expected date-time string (RFC 3339)";
      return pure(call(member(name("z"), "custom"), [name(test), quoted(expected)], [typeReference("string")]));
    }
  }
}

/** The zod schema of a type. */
function zodType(type: TypeExpr, ctx: ZodContext): Expression {
  if (acceptsAnything(type, ctx.emit.symbols)) return z("unknown");
  switch (type.kind) {
    case "primitive":
      return zodPrimitive(type, ctx);
    case "array":
      return z("array", [zodType(type.items, ctx)]);
    case "map":
      return mapSchema(type.values, ctx);
    case "ref": {
      const target = resolveRef(ctx.emit.symbols, type)!; // resolved: acceptsAnything covers the rest
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

/** `z.preprocess(check, schema)`, with a runtime helper as the check. */
function preprocessed(check: Expression, schema: Expression): Expression {
  return z("preprocess", [check, schema]);
}

/** A runtime helper's name, noted so the module imports it. */
function runtimeName(helper: string, ctx: ZodContext): Expression {
  ctx.runtime.add(helper);
  return name(helper);
}

/** An own `__proto__` key is an entry like any other, but z.record skips it: checkOwnProto checks it first. */
function mapSchema(values: TypeExpr, ctx: ZodContext): Expression {
  if (acceptsAnything(values, ctx.emit.symbols)) return z("record", [z("string"), z("unknown")]);
  const record = z("record", [z("string"), zodType(values, ctx)]);
  return preprocessed(pure(call(runtimeName("checkOwnProto", ctx), [zodType(values, ctx), name("false")])), record);
}

/** A field's schema, present: its type, or null when nullable. */
function presentFieldSchema({ field, type }: WireField, ctx: ZodContext): Expression {
  const schema = zodType(type, ctx);
  return field.nullable ? z("nullable", [schema]) : schema;
}

/**
 * zod reads fields through the prototype chain and skips `__proto__`; the validators read inherited
 * names (`constructor`, `toString`, `__proto__`) as own keys only. So a model with such a field gets its
 * value's own keys (`ownProperties`), and a `__proto__` field is checked by `checkOwnProto`.
 */
function ownKeysOnly(fields: readonly WireField[], schema: Expression, ctx: ZodContext): Expression {
  if (!fields.some(({ key }) => inheritedKeys.has(key))) return schema;
  const own = preprocessed(runtimeName("ownProperties", ctx), schema);
  const proto = fields.find(({ key }) => key === "__proto__");
  if (proto === undefined) return own;
  const check = pure(call(runtimeName("checkOwnProto", ctx), [presentFieldSchema(proto, ctx), name(String(proto.field.required))]));
  return preprocessed(check, own);
}

function modelSchema(decl: ModelDecl, ctx: ZodContext): Expression {
  const fields = ctx.emit.view.fields(decl);
  if (fields.length === 0) return z("record", [z("string"), z("unknown")]);
  const properties = fields.map((wireField) => {
    const schema = presentFieldSchema(wireField, ctx);
    return { key: wireField.key, value: wireField.field.required ? schema : z("exactOptional", [schema]) };
  });
  const policy = ctx.emit.options.unknownKeys;
  const shape = z(policy === "allow" ? "looseObject" : policy === "reject" ? "strictObject" : "object", [object(properties)]);
  return ownKeysOnly(fields, shape, ctx);
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
  const members = ctx.emit.view.members(decl);
  return members === undefined ? z("unknown") : zodType(members, ctx);
}

function importOf(names: readonly string[], moduleSpecifier: string, isTypeOnly = false): ImportDeclaration {
  return { kind: StructureKind.ImportDeclaration, isTypeOnly, namedImports: names.map((imported) => ({ name: imported })), moduleSpecifier };
}

/** The blocks of `zod/<name>.ts`: its imports, then its declarations. */
export function zodParts(self: DeclarationSymbol, emit: EmitContext): Block[] {
  const ctx: ZodContext = { emit, self, referenced: new Set(), runtime: new Set() };
  const decl = self.decl;
  const schema = decl.kind === "model" ? modelSchema(decl, ctx) : decl.kind === "enum" ? enumSchema(decl) : unionSchema(decl, ctx);
  const type = typeReference("z.ZodType", [typeReference(self.identifier)]);
  // Checked against zod's core type, whose members are few: against z.ZodType itself, tsc compares every
  // method of the schema's class (20 times the type-checking time). The schema is a z.ZodType at run time.
  const checked = as(satisfies(schema, typeReference("z.core.$ZodType", [typeReference(self.identifier)])), typeReference("never"));
  const constant: VariableStatement = {
    kind: StructureKind.VariableStatement,
    isExported: true,
    declarationKind: VariableDeclarationKind.Const,
    docs: [`{@link ${self.identifier}} as a zod 4 schema, with the meaning of {@link ${self.validatorName}}.`],
    declarations: [{ name: self.zodName, type, initializer: checked }],
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
  const runtimeNames = [...ctx.runtime].sort(compareCodeUnits);
  const imports = [
    importOf(["z"], "zod"),
    ...(runtimeNames.length === 0 ? [] : [importOf(runtimeNames, "../runtime.js")]),
    importOf([self.identifier], `../types/${self.fileName}.js`, true),
    ...others.map((other) => importOf([other.zodLazyName], `./${other.fileName}.js`)),
  ];
  return [imports, [constant], [lazy]];
}

export const zodEmitter: OutputEmitter = {
  declaration: (symbol, emit) => ({ blocks: zodParts(symbol, emit) }),
};
