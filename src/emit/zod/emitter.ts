/**
 * `zod/<name>.ts` (output kind `zod`): a zod 4 schema per declaration, `zX`, with the same meaning as the
 * declaration's validator (validators/), read from the same view of the IR:
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
 * - own keys only, as the validators read them (runtime/zod.ts): a model with a field named like a key
 *   every object inherits (`constructor`, `toString`) is given its value's own keys, and an own `__proto__`
 *   (a map's entry, or a field), which zod skips, is checked before (`z.preprocess`, or zod/mini's
 *   `z.pipe(z.transform(…), …)`);
 * - `any`, unreadable types and unresolved references are `z.unknown()`.
 *
 * Each schema is declared with the type zod gives it (`z.ZodObject<{ … }, z.core.$loose>` and so on, spelled
 * out beside the call that makes it, so that declarations stay isolatable), so `.extend`, `.pick` and
 * `.shape` are there; `lazyZX(): z.core.$ZodType<X>` holds the schema's output to the interface (tsc checks it against
 * zod's core type, whose members are few, in seconds where z.ZodType took minutes) and is what other
 * schemas refer to (`z.lazy(lazyZX)`): read when a value is parsed, so modules that import each other load
 * in any order. With the `wire` output (the JSON spelled otherwise than the TypeScript), `zXWire` is the
 * JSON's form (wire keys, dates as strings, bytes as base64) and `zXCodec = z.codec(zXWire, zX, …)` reads it
 * into the TypeScript value (`z.decode`) and back (`z.encode`). Every call is marked pure; `zod: "mini"`
 * writes the same schemas with zod/mini. zod is a peer dependency of the generated code: this file never
 * loads it. `zod.ts` re-exports every schema (index.ts does not: zod's import has side effects, which would
 * keep the whole of zod in a bundle that takes one validator from index.ts).
 */
import { StructureKind, VariableDeclarationKind } from "../code/kinds.js";
import type { EnumDecl, ModelDecl, TypeExpr, UnionDecl } from "../../ir/types.js";
import { variantBanner } from "../banner.js";
import { sourceFileText, type Block } from "../code/source-file.js";
import type { ExportDeclaration, FunctionDeclaration, ImportDeclaration, VariableStatement } from "../code/structures.js";
import { array, call, literalType, member, name, object, pure, quoted, returns, tupleType, typeReference, unionType, type Expression, type TypeNode } from "../code/syntax.js";
import { propertyKey } from "../common/literals.js";
import { resolveRef, type DeclarationSymbol } from "../common/symbols.js";
import { compareCodeUnits } from "../../code-units.js";
import { acceptsAnything } from "../common/type-facts.js";
import { literalExpression, literalTypeNode } from "../common/type-node.js";
import { enumValues, inheritedKeys, isOpenEnum } from "../common/wire.js";
import type { EmitContext } from "../context.js";
import type { OutputEmitter, OutputFile } from "../output.js";
import type { WireField } from "../view.js";

/** What the zod module of one declaration reads (the run's context) and notes while it is built: what it imports. */
interface ZodContext {
  readonly emit: EmitContext;
  readonly self: DeclarationSymbol;
  /** Which form the schema being built checks: the TypeScript value's, or the API's JSON's (`zXWire`). */
  readonly form: "typescript" | "wire";
  /** Names imported from other declarations' zod modules (`lazyZOther`, `lazyZOtherWire`). */
  readonly imported: Map<DeclarationSymbol, Set<string>>;
  /** Declarations whose type the schemas' types name (`z.ZodLazy<z.core.$ZodType<Other>>`), imported as types. */
  readonly typesNamed: Set<DeclarationSymbol>;
  /** Runtime helpers used (imported from runtime.ts). */
  readonly runtime: Set<string>;
}

/** A zod schema: the call that makes it, and the type zod gives it. */
interface Schema {
  readonly expression: Expression;
  readonly type: TypeNode;
}

/** zod's type of a schema: `z.ZodString`, or zod/mini's `z.ZodMiniString`. */
function zodType(ctx: ZodContext, kind: string, typeArguments: readonly TypeNode[] = []): TypeNode {
  return typeReference(`z.Zod${ctx.emit.options.zod === "mini" ? "Mini" : ""}${kind}`, typeArguments);
}

const coreType = (kind: string, typeArguments: readonly TypeNode[] = []): TypeNode => typeReference(`z.core.${kind}`, typeArguments);

/** `z.name(args)`, marked pure, of zod's type `kind<typeArguments>`. */
function z(ctx: ZodContext, helper: string, args: readonly Expression[], kind: string, typeArguments: readonly TypeNode[] = [], callTypeArguments: readonly TypeNode[] = []): Schema {
  return { expression: pure(call(member(name("z"), helper), args, callTypeArguments)), type: zodType(ctx, kind, typeArguments) };
}

/** A schema that takes no argument: `z.string()` is a `z.ZodString`. */
function simple(ctx: ZodContext, helper: string, kind: string): Schema {
  return z(ctx, helper, [], kind);
}

/** The lazy schema of another declaration, in the form being built, noted so the module imports it. */
function lazyOf(target: DeclarationSymbol, ctx: ZodContext): Schema {
  const lazyName = ctx.form === "wire" ? target.zodWireLazyName : target.zodLazyName;
  if (target !== ctx.self) ctx.imported.set(target, (ctx.imported.get(target) ?? new Set()).add(lazyName));
  return z(ctx, "lazy", [name(lazyName)], "Lazy", [lazyReturnType(target, ctx.form, ctx.emit, ctx.typesNamed)]);
}

/**
 * What `lazyZX` returns: the schema typed by its output, `z.core.$ZodType<X>` (the wire form's: `z.core.$ZodType`);
 * for a member of a `z.discriminatedUnion`, also `z.core.$ZodTypeDiscriminable`, which the union's type asks of
 * its members.
 */
function lazyReturnType(target: DeclarationSymbol, form: ZodContext["form"], emit: EmitContext, typesNamed?: Set<DeclarationSymbol>): TypeNode {
  const base = form === "wire" ? coreType("$ZodType") : coreType("$ZodType", [typeReference(target.identifier)]);
  if (form === "typescript") typesNamed?.add(target);
  if (!discriminable(target, emit)) return base;
  return { kind: "intersection-type", members: [base, coreType("$ZodTypeDiscriminable")] };
}

/** Whether a model's schemas are plain zod objects that a `z.discriminatedUnion` takes as members (see {@link lazyReturnType}). */
function discriminable(symbol: DeclarationSymbol, emit: EmitContext): boolean {
  if (symbol.decl.kind !== "model" || !emit.view.typedDiscriminatedMembers().has(symbol.decl.id)) return false;
  const fields = emit.view.fields(symbol.decl);
  return fields.length !== 0 && !fields.some(({ key, wire }) => inheritedKeys.has(key) || inheritedKeys.has(wire));
}

/** `z.custom<T>(check, "expected …")`: a value the check accepts. */
function custom(ctx: ZodContext, check: Expression, expected: string, type: TypeNode): Schema {
  return z(ctx, "custom", [check, quoted(expected)], "Custom", [type, type], [type]);
}

function primitiveSchema(type: Extract<TypeExpr, { kind: "primitive" }>, ctx: ZodContext): Schema {
  switch (type.name) {
    case "string":
      return simple(ctx, "string", "String");
    case "boolean":
      return simple(ctx, "boolean", "Boolean");
    case "integer":
      // Not z.int(): that stops at 2^53, where Number.isInteger (the validators' test) and JSON Schema do not.
      return custom(ctx, member(name("Number"), "isInteger"), "expected integer", typeReference("number"));
    case "number":
      return simple(ctx, "number", "Number");
    case "date":
    case "date-time": {
      if (ctx.emit.options.dates === "Date" && ctx.form === "typescript") return simple(ctx, "date", "Date");
      const test = type.name === "date" ? "isDateString" : "isDateTimeString";
      const expected = type.name === "date" ? "expected date string (YYYY-MM-DD)" : "expected date-time string (RFC 3339)";
      return custom(ctx, runtimeName(test, ctx), expected, typeReference("string"));
    }
  }
}

/** `z.union([a, b])`, or the one schema. */
function unionOf(schemas: readonly Schema[], ctx: ZodContext): Schema {
  const [only] = schemas;
  if (schemas.length === 1 && only !== undefined) return only;
  return z(ctx, "union", [array(schemas.map((schema) => schema.expression))], "Union", [tupleType(schemas.map((schema) => schema.type), true)]);
}

/** `z.literal(value)` or `z.literal([values])`. */
function literalOf(values: readonly (string | number | boolean)[], ctx: ZodContext): Schema {
  const [only] = values;
  const type = values.length === 1 && only !== undefined ? literalTypeNode(only) : unionType(values.map(literalTypeNode));
  const argument = values.length === 1 && only !== undefined ? literalExpression(only) : array(values.map(literalExpression));
  return z(ctx, "literal", [argument], "Literal", [type]);
}

/** The zod schema of a type. */
function typeSchema(type: TypeExpr, ctx: ZodContext): Schema {
  if (acceptsAnything(type, ctx.emit.symbols)) return simple(ctx, "unknown", "Unknown");
  switch (type.kind) {
    case "primitive":
      return primitiveSchema(type, ctx);
    case "array": {
      const items = typeSchema(type.items, ctx);
      return z(ctx, "array", [items.expression], "Array", [items.type]);
    }
    case "map":
      return mapSchema(type.values, ctx);
    case "ref":
      return lazyOf(resolveRef(ctx.emit.symbols, type)!, ctx); // resolved: acceptsAnything covers the rest
    case "union":
      return unionOf(type.members.map((memberType) => typeSchema(memberType, ctx)), ctx);
    case "literal":
      if (type.value === null) return simple(ctx, "null", "Null");
      if (typeof type.value === "number" && !Number.isFinite(type.value)) return simple(ctx, "number", "Number");
      return literalOf([type.value], ctx);
    case "binary":
      // JSON carries bytes as base64 text.
      if (ctx.form === "wire") return simple(ctx, "string", "String");
      return z(ctx, "instanceof", [name("Uint8Array")], "Custom", [typeReference("Uint8Array"), typeReference("Uint8Array")]);
    default:
      return simple(ctx, "unknown", "Unknown");
  }
}

/**
 * `z.preprocess(check, schema)`, with a runtime helper as the check; zod/mini's `z.pipe(z.transform(check),
 * schema)`. The check is `(value: unknown, context) => unknown`.
 */
function preprocessed(check: Expression, schema: Schema, ctx: ZodContext): Schema {
  if (ctx.emit.options.zod !== "mini") return z(ctx, "preprocess", [check, schema.expression], "Preprocess", [schema.type]);
  const unknown = typeReference("unknown");
  const transform = z(ctx, "transform", [check], "Transform", [unknown, unknown]);
  return z(ctx, "pipe", [transform.expression, schema.expression], "Pipe", [transform.type, schema.type]);
}

/** A runtime helper's name, noted so the module imports it. */
function runtimeName(helper: string, ctx: ZodContext): Expression {
  ctx.runtime.add(helper);
  return name(helper);
}

/** `checkOwnProto(schema, required, z.safeParse)`: an own `__proto__` key checked with zod's safeParse. */
function protoCheck(schema: Expression, required: boolean, ctx: ZodContext): Expression {
  return pure(call(runtimeName("checkOwnProto", ctx), [schema, name(String(required)), member(name("z"), "safeParse")]));
}

/** `z.record(z.string(), values)`. */
function recordOf(values: Schema, ctx: ZodContext): Schema {
  const key = simple(ctx, "string", "String");
  return z(ctx, "record", [key.expression, values.expression], "Record", [key.type, values.type]);
}

/** An own `__proto__` key is an entry like any other, but z.record skips it: checkOwnProto checks it first. */
function mapSchema(values: TypeExpr, ctx: ZodContext): Schema {
  if (acceptsAnything(values, ctx.emit.symbols)) return recordOf(simple(ctx, "unknown", "Unknown"), ctx);
  const record = recordOf(typeSchema(values, ctx), ctx);
  return preprocessed(protoCheck(typeSchema(values, ctx).expression, false, ctx), record, ctx);
}

/** A field's schema, present: its type, or null when nullable. */
function presentFieldSchema({ field, type }: WireField, ctx: ZodContext): Schema {
  const schema = typeSchema(type, ctx);
  return field.nullable ? z(ctx, "nullable", [schema.expression], "Nullable", [schema.type]) : schema;
}

/**
 * zod reads fields through the prototype chain and skips `__proto__`; the validators read inherited
 * names (`constructor`, `toString`, `__proto__`) as own keys only. So a model with such a field gets its
 * value's own keys (`ownProperties`), and a `__proto__` field is checked by `checkOwnProto`.
 */
function ownKeysOnly(fields: readonly WireField[], schema: Schema, ctx: ZodContext): Schema {
  if (!fields.some(({ key }) => inheritedKeys.has(key))) return schema;
  const own = preprocessed(runtimeName("ownProperties", ctx), schema, ctx);
  const proto = fields.find(({ key }) => key === "__proto__");
  if (proto === undefined) return own;
  return preprocessed(protoCheck(presentFieldSchema(proto, ctx).expression, proto.field.required, ctx), own, ctx);
}

function modelSchema(decl: ModelDecl, ctx: ZodContext): Schema {
  // The wire form's keys are the JSON's.
  const fields = ctx.emit.view.fields(decl).map((field) => (ctx.form === "wire" ? { ...field, key: field.wire } : field));
  if (fields.length === 0) return recordOf(simple(ctx, "unknown", "Unknown"), ctx);
  const properties = fields.map((wireField) => {
    const present = presentFieldSchema(wireField, ctx);
    const schema = wireField.field.required ? present : z(ctx, "exactOptional", [present.expression], "ExactOptional", [present.type]);
    return { key: wireField.key, schema };
  });
  const policy = ctx.emit.options.unknownKeys;
  const [helper, config] = policy === "allow" ? ["looseObject", "$loose"] : policy === "reject" ? ["strictObject", "$strict"] : ["object", "$strip"];
  const shapeType: TypeNode = { kind: "object-type", members: properties.map(({ key, schema }) => ({ name: propertyKey(key), optional: false, type: schema.type })) };
  const shape = z(ctx, helper, [object(properties.map(({ key, schema }) => ({ key, value: schema.expression })))], "Object", [shapeType, coreType(config)]);
  return ownKeysOnly(fields, shape, ctx);
}

function enumSchema(decl: EnumDecl, ctx: ZodContext): Schema {
  const values = enumValues(decl);
  if (isOpenEnum(decl)) {
    const kinds = [...new Set(values.map((value) => typeof value))].sort();
    const byKind: Record<string, [string, string]> = { string: ["string", "String"], number: ["number", "Number"] };
    return unionOf((kinds.length === 0 ? ["string"] : kinds).map((kind) => simple(ctx, ...(byKind[kind] ?? ["string", "String"]))), ctx);
  }
  if (!values.every((value) => typeof value === "string")) return literalOf(values, ctx);
  const entries: TypeNode = { kind: "object-type", members: values.map((value) => ({ name: `readonly ${propertyKey(String(value))}`, optional: false, type: literalTypeNode(value) })) };
  return z(ctx, "enum", [array(values.map(literalExpression))], "Enum", [entries]);
}

function unionSchema(decl: UnionDecl, ctx: ZodContext): Schema {
  const members = ctx.emit.view.members(decl);
  const discriminator = ctx.emit.view.discriminator(decl);
  if (discriminator !== undefined) {
    const key = ctx.form === "wire" ? discriminator.wire : discriminator.key;
    const lazy = discriminator.members.map(({ symbol }) => lazyOf(symbol, ctx));
    if (discriminator.members.every(({ typed, symbol }) => typed && discriminable(symbol, ctx.emit))) {
      const options = array(lazy.map((schema) => schema.expression));
      return z(ctx, "discriminatedUnion", [quoted(key), options], "DiscriminatedUnion", [tupleType(lazy.map((schema) => schema.type), false), literalType(JSON.stringify(key))]);
    }
    // z.discriminatedUnion reads each member's values off its schema; where the docs alone say them, each
    // member is narrowed to its values (as the interface's `A & { type: "a" }` is).
    const narrowed = discriminator.members.map(({ values }, position) => {
      const tag = literalOf(values, ctx);
      const shapeType: TypeNode = { kind: "object-type", members: [{ name: propertyKey(key), optional: false, type: tag.type }] };
      const object_ = z(ctx, "looseObject", [object([{ key, value: tag.expression }])], "Object", [shapeType, coreType("$loose")]);
      return z(ctx, "intersection", [lazy[position]!.expression, object_.expression], "Intersection", [lazy[position]!.type, object_.type]);
    });
    return unionOf(narrowed, ctx);
  }
  return members === undefined ? simple(ctx, "unknown", "Unknown") : typeSchema(members, ctx);
}

function importOf(names: readonly string[], moduleSpecifier: string, isTypeOnly = false): ImportDeclaration {
  return { kind: StructureKind.ImportDeclaration, isTypeOnly, namedImports: names.map((imported) => ({ name: imported })), moduleSpecifier };
}

/** The schema of the declaration in the context's form. */
function declarationSchema(ctx: ZodContext): Schema {
  const decl = ctx.self.decl;
  return decl.kind === "model" ? modelSchema(decl, ctx) : decl.kind === "enum" ? enumSchema(decl, ctx) : unionSchema(decl, ctx);
}

function exportedConstant(constantName: string, doc: string, schema: Schema): VariableStatement {
  return {
    kind: StructureKind.VariableStatement,
    isExported: true,
    declarationKind: VariableDeclarationKind.Const,
    docs: [doc],
    declarations: [{ name: constantName, type: schema.type, initializer: schema.expression }],
  };
}

function lazyFunction(functionName: string, doc: string, returnType: TypeNode, schemaName: string): FunctionDeclaration {
  return { kind: StructureKind.Function, name: functionName, isExported: true, docs: [doc], parameters: [], returnType, statements: [returns(name(schemaName))] };
}

/** The zod module the schemas import: zod's classic API, or zod/mini's. */
function zodModule(emit: EmitContext): string {
  return emit.options.zod === "mini" ? "zod/mini" : "zod";
}

/** The blocks of `zod/<name>.ts`: its imports, then its declarations. */
export function zodParts(self: DeclarationSymbol, emit: EmitContext): Block[] {
  const imported = new Map<DeclarationSymbol, Set<string>>();
  const runtime = new Set<string>();
  const typesNamed = new Set<DeclarationSymbol>([self]);
  const ctx: ZodContext = { emit, self, form: "typescript", imported, runtime, typesNamed };
  const blocks: Block[] = [
    [exportedConstant(self.zodName, `{@link ${self.identifier}} as a zod 4 schema, with the meaning of {@link ${self.validatorName}}.`, declarationSchema(ctx))],
    [
      lazyFunction(
        self.zodLazyName,
        `{@link ${self.zodName}}, typed to {@link ${self.identifier}}, for the schemas that refer to it (\`z.lazy\`): read when a value is parsed, so modules that import each other load in any order.`,
        lazyReturnType(self, "typescript", emit),
        self.zodName,
      ),
    ],
  ];
  const codec = emit.outputs.has("wire");
  if (codec) {
    // Enums are spelled alike in both forms.
    const tsForm = typeReference(`typeof ${self.zodName}`);
    const wire: Schema = self.decl.kind === "enum" ? { expression: name(self.zodName), type: tsForm } : declarationSchema({ ...ctx, form: "wire" });
    const codecType = zodType(ctx, "Codec", [typeReference(`typeof ${self.zodWireName}`), tsForm]);
    runtime.add("wireTransforms");
    blocks.push(
      [exportedConstant(self.zodWireName, `{@link ${self.identifier}} as the API's JSON has it (keys as it spells them, dates as strings, bytes as base64).`, wire)],
      [lazyFunction(self.zodWireLazyName, `{@link ${self.zodWireName}}, for the schemas that refer to it (\`z.lazy\`).`, lazyReturnType(self, "wire", emit), self.zodWireName)],
      [
        exportedConstant(
          self.zodCodecName,
          `The zod codec from the JSON to {@link ${self.identifier}}: \`z.decode(${self.zodCodecName}, json)\` reads the JSON as the API writes it (issue paths in its keys), \`z.encode\` writes it back.`,
          { expression: pure(call(member(name("z"), "codec"), [name(self.zodWireName), name(self.zodName), pure(call("wireTransforms", [name(self.wireShapeName)]))])), type: codecType },
        ),
      ],
    );
  }
  const others = [...imported].sort(([a], [b]) => compareCodeUnits(a.fileName, b.fileName));
  const runtimeNames = [...runtime].sort(compareCodeUnits);
  // `import * as z`, as zod's docs write it: a bundler then keeps only the functions used (zod/mini's point).
  const zodImport: ImportDeclaration = { kind: StructureKind.ImportDeclaration, isTypeOnly: false, namedImports: [], namespaceImport: "z", moduleSpecifier: zodModule(emit) };
  const imports = [
    zodImport,
    ...(runtimeNames.length === 0 ? [] : [importOf(runtimeNames, "../runtime.js")]),
    ...[...typesNamed].sort((a, b) => compareCodeUnits(a.fileName, b.fileName)).map((named) => importOf([named.identifier], `../types/${named.fileName}.js`, true)),
    ...(codec ? [importOf([self.wireShapeName], `../wire/${self.fileName}.js`)] : []),
    ...others.map(([other, names]) => importOf([...names].sort(compareCodeUnits), `./${other.fileName}.js`)),
  ];
  return [imports, ...blocks];
}

/** `zod.ts` of the pages layout: every declaration's schemas, re-exported (the single layout's `zod.ts` holds them). */
function zodBarrel(emit: EmitContext): OutputFile {
  const codec = emit.outputs.has("wire");
  const exports: ExportDeclaration[] = emit.symbols.symbols.map((symbol) => ({
    kind: StructureKind.ExportDeclaration,
    isTypeOnly: false,
    moduleSpecifier: `./zod/${symbol.fileName}.js`,
    namedExports: [symbol.zodName, ...(codec ? [symbol.zodWireName, symbol.zodCodecName] : [])].map((exported) => ({ name: exported })),
  }));
  return { path: "zod.ts", contents: sourceFileText(variantBanner(emit.variantName), [exports]) };
}

export const zodEmitter: OutputEmitter = {
  declaration: (symbol, emit) => ({ blocks: zodParts(symbol, emit) }),
  variantFiles: (emit) => (emit.options.layout === "pages" ? [zodBarrel(emit)] : []),
};
