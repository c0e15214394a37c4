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
 * - `toJsonX(value)`: the JSON the API reads.
 *
 * Validators, Standard Schema objects and zod schemas all check the TypeScript form.
 */
import { StructureKind, VariableDeclarationKind } from "ts-morph";
import type { TypeExpr } from "../../ir/types.js";
import type { Block } from "../code/source-file.js";
import type { FunctionDeclaration, ImportDeclaration, VariableStatement } from "../code/structures.js";
import { array, call, name, object, quoted, returns, typeReference, type Expression } from "../code/syntax.js";
import { compareCodeUnits, resolveRef, type DeclarationSymbol } from "../common/symbols.js";
import { acceptsAnything } from "../common/type-facts.js";
import type { EmitContext } from "../context.js";
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
  const functions = [
    exportedFunction(self.wireShapeName, `How {@link ${self.identifier}} is spelled on the wire.`, [], shapeType, name(shapeName)),
    exportedFunction(
      self.parseName,
      `Reads a {@link ${self.identifier}} from JSON as the API writes it (keys renamed, dates revived), and validates it.`,
      [{ name: "json", type: typeReference("unknown") }],
      typeReference("ParseResult", [type]),
      call("parseWire", [name("json"), name(shapeName), name(self.validatorName)], [type]),
    ),
    exportedFunction(
      self.toJsonName,
      `A {@link ${self.identifier}} as the JSON the API reads (keys renamed, dates as strings).`,
      [{ name: "value", type }],
      typeReference("unknown"),
      call("encodeWire", [name(shapeName), name("value")]),
    ),
  ];
  const leaves = [...ctx.runtime].sort(compareCodeUnits).map((leafName) => ({ name: leafName }));
  const others = [...ctx.referenced].filter((other) => other !== self).sort((a, b) => compareCodeUnits(a.fileName, b.fileName));
  const imports = [
    importOf([{ name: "ParseResult", isTypeOnly: true }, { name: "WireShape", isTypeOnly: true }, ...leaves, { name: "encodeWire" }, { name: "parseWire" }], "../runtime.js"),
    importOf([{ name: self.identifier }], `../types/${self.fileName}.js`, true),
    importOf([{ name: self.validatorName }], `../validators/${self.fileName}.js`),
    ...others.map((other) => importOf([{ name: other.wireShapeName }], `./${other.fileName}.js`)),
  ];
  return [imports, [constant], ...functions.map((fn) => [fn])];
}

export const wireEmitter: OutputEmitter = {
  declaration: (symbol, emit) => ({ blocks: codecParts(symbol, emit) }),
};
