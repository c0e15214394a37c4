/**
 * Straight-line checking code for a TypeExpr, one function per kind. Each function returns the lines
 * that push to `target` an issue for every way `value` (a local variable) breaks the type; no lines
 * means anything is accepted. The code allocates no closures, throws nothing, and builds a path string
 * only when it reports an issue or hands the value to another validator.
 */
import type { ArrayType, LiteralType, MapType, PrimitiveType, RefType, TypeExpr, UnionType } from "../ir/types.js";
import { stringLiteral } from "./literals.js";
import { resolveRef, type DeclarationSymbol, type RuntimeExport, type SymbolTable } from "./symbols.js";
import { literalText, type DateRepresentation } from "./typescript-type.js";

/** Shared by all checks of one validator module: what it must import, and fresh local names. */
export interface CheckContext {
  readonly symbols: SymbolTable;
  readonly dates: DateRepresentation;
  /** Runtime helpers the module uses (imported from `../runtime.js`). */
  readonly runtime: Set<RuntimeExport>;
  /** Validators of other declarations the module calls. */
  readonly validators: Set<DeclarationSymbol>;
  /** Counter for local names (`v1`, `i2`, …), unique within the module. */
  nextLocal: number;
}

/** Where the value is, and where its issues go. `path` is an expression evaluating to the path string. */
export interface CheckSite {
  readonly value: string;
  readonly path: string;
  readonly target: string;
}

function local(ctx: CheckContext, prefix: string): string {
  return `${prefix}${ctx.nextLocal++}`;
}

/** The name of a runtime helper, noted so the module imports it. */
export function runtime(ctx: CheckContext, name: RuntimeExport): string {
  ctx.runtime.add(name);
  return name;
}

/** `target.push(issueAt(path, "expected", value));` */
function pushIssue(site: CheckSite, expected: string, ctx: CheckContext): string {
  return `${site.target}.push(${runtime(ctx, "issueAt")}(${site.path}, ${stringLiteral(expected)}, ${site.value}));`;
}

/** `if (<failed>) <push issue>` */
function guard(failed: string, site: CheckSite, expected: string, ctx: CheckContext): string[] {
  return [`if (${failed}) ${pushIssue(site, expected, ctx)}`];
}

/** Words for the `expected` of an issue: `string`, `date-time string (RFC 3339)`, `Event`, `"a" | 1`. */
export function describeType(type: TypeExpr, symbols: SymbolTable, dates: DateRepresentation): string {
  switch (type.kind) {
    case "primitive":
      switch (type.name) {
        case "date":
          return dates === "Date" ? "Date" : "date string (YYYY-MM-DD)";
        case "date-time":
          return dates === "Date" ? "Date" : "date-time string (RFC 3339)";
        default:
          return type.name;
      }
    case "array":
      return "array";
    case "map":
      return "object";
    case "ref":
      return resolveRef(symbols, type)?.identifier ?? "any value";
    case "union":
      return type.members.length === 0
        ? "any value"
        : [...new Set(type.members.map((member) => describeType(member, symbols, dates)))].join(" | ");
    case "literal":
      return literalText(type.value);
    case "binary":
      return "Uint8Array";
    case "any":
    case "unknown":
    case "http-response":
      return "any value";
  }
}

/** Whether every value passes (`any`, `unknown`, an unresolved ref, a union with such a member). */
export function acceptsAnything(type: TypeExpr, symbols: SymbolTable): boolean {
  switch (type.kind) {
    case "any":
    case "unknown":
    case "http-response":
      return true;
    case "ref":
      return resolveRef(symbols, type) === undefined;
    case "union":
      return type.members.length === 0 || type.members.some((member) => acceptsAnything(member, symbols));
    default:
      return false;
  }
}

function primitiveCheck(type: PrimitiveType, site: CheckSite, ctx: CheckContext): string[] {
  const { value } = site;
  const expected = describeType(type, ctx.symbols, ctx.dates);
  switch (type.name) {
    case "string":
    case "boolean":
      return guard(`typeof ${value} !== "${type.name}"`, site, expected, ctx);
    case "integer":
      return guard(`!Number.isInteger(${value})`, site, expected, ctx);
    case "number":
      return guard(`!Number.isFinite(${value})`, site, expected, ctx);
    case "date":
    case "date-time": {
      const test: RuntimeExport =
        ctx.dates === "Date" ? "isValidDate" : type.name === "date" ? "isDateString" : "isDateTimeString";
      return guard(`!${runtime(ctx, test)}(${value})`, site, expected, ctx);
    }
  }
}

function literalCheck(type: LiteralType, site: CheckSite, ctx: CheckContext): string[] {
  const { value } = type;
  if (typeof value === "number" && !Number.isFinite(value)) {
    return guard(`typeof ${site.value} !== "number"`, site, "number", ctx);
  }
  return guard(`${site.value} !== ${literalText(value)}`, site, literalText(value), ctx);
}

function arrayCheck(type: ArrayType, site: CheckSite, ctx: CheckContext): string[] {
  const notArray = `if (!Array.isArray(${site.value})) ${pushIssue(site, "array", ctx)}`;
  if (acceptsAnything(type.items, ctx.symbols)) return [notArray];
  const index = local(ctx, "i");
  const item = local(ctx, "v");
  const itemSite = { value: item, path: `${runtime(ctx, "indexPath")}(${site.path}, ${index})`, target: site.target };
  return [
    notArray,
    `else {`,
    `for (let ${index} = 0; ${index} < ${site.value}.length; ${index}++) {`,
    `const ${item}: unknown = ${site.value}[${index}];`,
    ...checkType(type.items, itemSite, ctx),
    `}`,
    `}`,
  ];
}

function mapCheck(type: MapType, site: CheckSite, ctx: CheckContext): string[] {
  const notObject = `if (!${runtime(ctx, "isRecord")}(${site.value})) ${pushIssue(site, "object", ctx)}`;
  if (acceptsAnything(type.values, ctx.symbols)) return [notObject];
  const key = local(ctx, "k");
  const entry = local(ctx, "v");
  const entrySite = {
    value: entry,
    path: `${runtime(ctx, "propertyPath")}(${site.path}, ${key})`,
    target: site.target,
  };
  return [
    notObject,
    `else {`,
    `for (const ${key} of Object.keys(${site.value})) {`,
    `const ${entry} = ${site.value}[${key}];`,
    ...checkType(type.values, entrySite, ctx),
    `}`,
    `}`,
  ];
}

function refCheck(type: RefType, site: CheckSite, ctx: CheckContext): string[] {
  const target = resolveRef(ctx.symbols, type);
  if (target === undefined) return []; // typed `unknown`: anything goes
  ctx.validators.add(target);
  return [`${site.target}.push(...${target.validatorName}(${site.value}, ${site.path}));`];
}

/**
 * A labeled block that tries each member into its own issue list and leaves at the first that passes;
 * when none does, `pushUnionIssues` reports the closest member (see runtime.ts).
 */
function unionCheck(type: UnionType, site: CheckSite, ctx: CheckContext): string[] {
  if (acceptsAnything(type, ctx.symbols)) return [];
  if (type.members.length === 1 && type.members[0] !== undefined) return checkType(type.members[0], site, ctx);
  const label = local(ctx, "u");
  const attempts: string[] = [];
  const lines: string[] = [];
  for (const member of type.members) {
    const attempt = local(ctx, "m");
    attempts.push(attempt);
    lines.push(`const ${attempt}: ${runtime(ctx, "ValidationIssue")}[] = [];`);
    lines.push(...checkType(member, { ...site, target: attempt }, ctx));
    lines.push(`if (${attempt}.length === 0) break ${label};`);
  }
  const expected = stringLiteral(describeType(type, ctx.symbols, ctx.dates));
  lines.push(
    `${runtime(ctx, "pushUnionIssues")}(${site.target}, ${site.path}, ${site.value}, ${expected}, [${attempts.join(", ")}]);`,
  );
  return [`${label}: {`, ...lines, `}`];
}

/** The checking lines for a value of the given type; `[]` when every value is accepted. */
export function checkType(type: TypeExpr, site: CheckSite, ctx: CheckContext): string[] {
  switch (type.kind) {
    case "primitive":
      return primitiveCheck(type, site, ctx);
    case "array":
      return arrayCheck(type, site, ctx);
    case "map":
      return mapCheck(type, site, ctx);
    case "ref":
      return refCheck(type, site, ctx);
    case "union":
      return unionCheck(type, site, ctx);
    case "literal":
      return literalCheck(type, site, ctx);
    case "binary":
      return guard(`!(${site.value} instanceof Uint8Array)`, site, "Uint8Array", ctx);
    case "any":
    case "unknown":
    case "http-response":
      return [];
  }
}
