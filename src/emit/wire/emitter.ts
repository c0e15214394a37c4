/**
 * `wire/<name>.ts`, written when the JSON an API sends is not the TypeScript value: when `wireNaming`
 * differs from `naming` (`closed_at` on the wire, `closedAt` in TypeScript) or dates are `Date`. Per
 * declaration:
 *
 * - `wireShapeX()`: the declaration's {@link WireShape} (runtime-wire.ts) as data: for a model, each
 *   field's wire key, TypeScript key and shape; a function declaration, so that shapes of modules that
 *   import each other are read when used, whatever order the modules load in;
 * - `parseX(json)`: the TypeScript value read from the JSON (keys renamed, dates revived, base64 decoded),
 *   validated by validateX: `{ value }` or `{ issues }`, whose paths name the JSON's keys (`$.closed_at`:
 *   the input is the JSON);
 * - `toJsonX(value)`: the JSON the API reads;
 * - `XWireSchema`: the wire form as a Standard Schema (runtime.ts `wireSchema`): the JSON in, the TypeScript
 *   value out (parseX), for the libraries that validate a request body as it came (Hono, tRPC, TanStack Form);
 *   its Standard JSON Schema's input is the wire form's (`addXWireJsonSchema`, where the JSON spells keys
 *   otherwise), its output the TypeScript form's.
 *
 * parseX is strict about the wire form: a key spelled as the TypeScript spells it is an issue, not the
 * field. Validators, XSchema and zX check the TypeScript form.
 */
import { StructureKind, VariableDeclarationKind } from "../code/kinds.js";
import type { TypeExpr } from "../../ir/types.js";
import type { Block } from "../code/source-file.js";
import type { FunctionDeclaration, ImportDeclaration, VariableStatement } from "../code/structures.js";
import { array, call, name, object, pure, quoted, returns, typeReference, type Expression } from "../code/syntax.js";
import { resolveRef, type DeclarationSymbol } from "../common/symbols.js";
import { compareCodeUnits } from "../../code-units.js";
import { acceptsAnything } from "../common/type-facts.js";
import type { EmitContext } from "../context.js";
import { jsonSchemaAdder } from "../jsonschema/adder.js";
import { wireKeysDiffer } from "../jsonschema/emitter.js";
import { wireForm } from "../jsonschema/schema.js";
import type { OutputEmitter } from "../output.js";

/** What the wire module of one declaration reads (the run's context) and notes while it is built: what it imports. */
interface CodecContext {
  readonly emit: EmitContext;
  readonly self: DeclarationSymbol;
  /** Declarations whose shapes it refers to (imported unless `self`). */
  readonly referenced: Set<DeclarationSymbol>;
  /** Runtime names used (imported from runtime.ts). */
  readonly runtime: Set<string>;
}

function leaf(ctx: CodecContext, constantName: string): Expression {
  ctx.runtime.add(constantName);
  return name(constantName);
}

const kind = (value: string) => ({ key: "kind", value: quoted(value) });

function shapeOf(type: TypeExpr, ctx: CodecContext): Expression {
  if (acceptsAnything(type, ctx.emit.symbols)) return leaf(ctx, "SAME_SHAPE");
  switch (type.kind) {
    case "primitive":
      if (ctx.emit.options.dates === "Date" && (type.name === "date" || type.name === "date-time")) {
        return leaf(ctx, type.name === "date" ? "DATE_SHAPE" : "DATE_TIME_SHAPE");
      }
      return leaf(ctx, "SAME_SHAPE");
    case "binary":
      return leaf(ctx, "BYTES_SHAPE");
    case "array":
      return object([kind("array"), { key: "items", value: shapeOf(type.items, ctx) }]);
    case "map":
      return object([kind("map"), { key: "values", value: shapeOf(type.values, ctx) }]);
    case "union":
      return object([kind("union"), { key: "members", value: array(type.members.map((member) => shapeOf(member, ctx))) }]);
    case "ref": {
      const target = resolveRef(ctx.emit.symbols, type)!; // acceptsAnything covers an unresolved one
      if (target.decl.kind === "enum") return leaf(ctx, "SAME_SHAPE");
      ctx.referenced.add(target);
      return object([kind("ref"), { key: "shape", value: name(target.wireShapeName) }]);
    }
    default:
      return leaf(ctx, "SAME_SHAPE");
  }
}

function declarationShape(ctx: CodecContext): Expression {
  const decl = ctx.self.decl;
  if (decl.kind === "enum") return leaf(ctx, "SAME_SHAPE");
  if (decl.kind === "union") {
    const members = ctx.emit.view.members(decl);
    return members === undefined ? leaf(ctx, "SAME_SHAPE") : shapeOf(members, ctx);
  }
  const fields = ctx.emit.view.fields(decl).map(({ wire, key, type }) =>
    object([
      { key: "wire", value: quoted(wire) },
      { key: "key", value: quoted(key) },
      { key: "shape", value: shapeOf(type, ctx) },
    ]),
  );
  return object([kind("model"), { key: "fields", value: array(fields) }]);
}

function importOf(names: readonly { name: string; isTypeOnly?: boolean }[], moduleSpecifier: string, isTypeOnly = false): ImportDeclaration {
  return { kind: StructureKind.ImportDeclaration, isTypeOnly, namedImports: names, moduleSpecifier };
}

function exportedFunction(functionName: string, doc: string, parameters: FunctionDeclaration["parameters"], returnType: FunctionDeclaration["returnType"], value: Expression): FunctionDeclaration {
  return { kind: StructureKind.Function, name: functionName, isExported: true, docs: [doc], parameters, returnType, statements: [returns(value)] };
}

/** The blocks of `wire/<name>.ts`: its imports, then its declarations. */
export function codecParts(self: DeclarationSymbol, emit: EmitContext): Block[] {
  const shapeName = emit.local(self)("shape");
  const ctx: CodecContext = { emit, self, referenced: new Set(), runtime: new Set() };
  const shape = declarationShape(ctx);
  const shapeType = typeReference("WireShape");
  const type = typeReference(self.identifier);
  const constant: VariableStatement = {
    kind: StructureKind.VariableStatement,
    isExported: false,
    declarationKind: VariableDeclarationKind.Const,
    declarations: [{ name: shapeName, type: shapeType, initializer: shape }],
  };
  const strips = emit.options.unknownKeys === "strip" && emit.view.strips(self);
  // What each other declaration's wire module gives this one: its shape, its wire form's JSON Schema.
  const fromOthers = new Map<DeclarationSymbol, Set<string>>();
  const use = (other: DeclarationSymbol, importName: string): string => {
    if (other !== self) fromOthers.set(other, (fromOthers.get(other) ?? new Set()).add(importName));
    return importName;
  };
  for (const other of ctx.referenced) use(other, other.wireShapeName);
  // Where the JSON spells keys as the TypeScript does, the wire form's JSON Schema is the TypeScript form's.
  const ownWireSchema = wireKeysDiffer(emit);
  const wireJsonSchema = ownWireSchema ? jsonSchemaAdder(self, emit, wireForm, self.wireJsonSchemaName, (other) => use(other, other.wireJsonSchemaName)) : undefined;
  const functions = [
    exportedFunction(self.wireShapeName, `How {@link ${self.identifier}} is spelled on the wire.`, [], shapeType, name(shapeName)),
    exportedFunction(
      self.parseName,
      `Reads a {@link ${self.identifier}} from JSON as the API writes it (keys renamed, dates revived) and validates it; issues name the JSON's keys, and a key spelled as in TypeScript is one.` +
        (strips ? " The value is a copy without the keys its models do not list." : ""),
      [{ name: "json", type: typeReference("unknown") }],
      typeReference("ParseResult", [type]),
      call("parseWire", [name("json"), name(shapeName), name(self.validatorName), ...(strips ? [name(self.stripName)] : [])], [type]),
    ),
    exportedFunction(
      self.toJsonName,
      `A {@link ${self.identifier}} as the JSON the API reads (keys renamed, dates as strings).`,
      [{ name: "value", type }],
      typeReference("unknown"),
      call("encodeWire", [name(shapeName), name("value")]),
    ),
    ...(wireJsonSchema === undefined ? [] : [wireJsonSchema]),
  ];
  const wireSchema: VariableStatement = {
    kind: StructureKind.VariableStatement,
    isExported: true,
    declarationKind: VariableDeclarationKind.Const,
    docs: [
      `{@link ${self.identifier}} as a Standard Schema of the JSON as the API writes it (${self.parseName}): the JSON in, the TypeScript value out, issue paths in the JSON's keys; its Standard JSON Schema's input is the wire form's.`,
    ],
    declarations: [
      {
        name: self.wireSchemaName,
        type: typeReference("ModelSchema", [type]),
        initializer: pure(call("wireSchema", [name(self.parseName), name(ownWireSchema ? self.wireJsonSchemaName : self.jsonSchemaName), name(self.jsonSchemaName)], [type])),
      },
    ],
  };
  const leaves = [...ctx.runtime].sort(compareCodeUnits).map((leafName) => ({ name: leafName }));
  const others = [...fromOthers].sort(([a], [b]) => compareCodeUnits(a.fileName, b.fileName));
  const fromValidators = [self.validatorName, self.jsonSchemaName, ...(strips ? [self.stripName] : [])].sort(compareCodeUnits);
  const imports = [
    importOf(
      [
        { name: "ModelSchema", isTypeOnly: true },
        { name: "ParseResult", isTypeOnly: true },
        { name: "WireShape", isTypeOnly: true },
        ...leaves,
        { name: "encodeWire" },
        { name: "parseWire" },
        { name: "wireSchema" },
      ],
      "../runtime.js",
    ),
    importOf([{ name: self.identifier }], `../types/${self.fileName}.js`, true),
    importOf(fromValidators.map((importName) => ({ name: importName })), `../validators/${self.fileName}.js`),
    ...others.map(([other, names]) => importOf([...names].sort(compareCodeUnits).map((importName) => ({ name: importName })), `./${other.fileName}.js`)),
  ];
  return [imports, [constant], ...functions.map((fn) => [fn]), [wireSchema]];
}

export const wireEmitter: OutputEmitter = {
  declaration: (symbol, emit) => ({ blocks: codecParts(symbol, emit) }),
};
