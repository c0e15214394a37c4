/**
 * Checking code for a TypeExpr, in the three forms a validator module needs:
 *
 * - {@link testExpression}: a boolean expression, true when the value has the type. It allocates
 *   nothing: loops over arrays and maps become small module-level functions, refs call `isX`. This is
 *   all a valid value ever runs.
 * - {@link collectLines}: statements that push an issue, with its path, for every way a value breaks the
 *   type. They run only once the value is known to be invalid, and test each part first, so paths
 *   are built only where something is wrong.
 * - {@link stripLines}: statements that delete unknown keys from a valid value (the `strip` policy).
 *
 * No closures, no exceptions, no regular expression compiled per call (the date patterns live in
 * runtime.ts). A test and its collect lines agree by construction: both come from the same cases here.
 */
import type { ArrayType, MapType, PrimitiveType, RefType, TypeExpr, UnionType } from "../ir/types.js";
import { stringLiteral } from "./literals.js";
import { resolveRef, type DeclarationSymbol, type RuntimeExport, type SymbolTable } from "./symbols.js";
import { literalText, type DateRepresentation } from "./typescript-type.js";
import { unionMemberTypes, wireFields } from "./wire.js";
import type { FieldNaming } from "../ir/naming.js";

/** Which function of another declaration's validator module is called. */
export type CallKind = "is" | "collect" | "strip";

/** Shared by all checks of one validator module: what it must import, its helpers, fresh local names. */
export interface CheckContext {
  readonly self: DeclarationSymbol;
  readonly symbols: SymbolTable;
  readonly dates: DateRepresentation;
  readonly naming: FieldNaming;
  /** Runtime helpers the module uses (imported from `../runtime.js`). */
  readonly runtime: Set<RuntimeExport>;
  /** Functions of other declarations' modules the module calls. */
  readonly calls: Map<DeclarationSymbol, Set<CallKind>>;
  /** Module-level helper functions, as text, in the order they were made. */
  readonly helpers: string[];
  /** Helper name per type (structurally keyed), so a loop used twice is written once. */
  readonly helperNames: Map<string, string>;
  /** Which declarations have a `strip` function (memo for {@link stripsType}). */
  readonly strippable: Map<string, boolean>;
  /** Counter for local names (`v1`, `i2`, …), unique within a function. */
  nextLocal: number;
  /** Counter for helper function names (`everyItem1`), unique within the module. */
  nextHelper: number;
}

/** Where the value is, and where its issues go. `path` is an expression evaluating to the path string. */
export interface CheckSite {
  /** A local variable (it is read more than once). */
  readonly value: string;
  readonly path: string;
  readonly target: string;
}

export function local(ctx: CheckContext, prefix: string): string {
  return `${prefix}${ctx.nextLocal++}`;
}

/** The name of a runtime helper, noted so the module imports it. */
export function runtime(ctx: CheckContext, name: RuntimeExport): string {
  ctx.runtime.add(name);
  return name;
}

/** The name of `isX`, `collectXIssues` or `stripX` of a declaration, noted so the module imports it. */
export function call(ctx: CheckContext, target: DeclarationSymbol, kind: CallKind): string {
  if (target !== ctx.self) {
    let kinds = ctx.calls.get(target);
    if (kinds === undefined) {
      kinds = new Set();
      ctx.calls.set(target, kinds);
    }
    kinds.add(kind);
  }
  return kind === "is" ? target.guardName : kind === "collect" ? target.collectName : target.stripName;
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

/** A structural key for a type, so equal loops share one helper. */
function typeKey(type: TypeExpr): string {
  return JSON.stringify(type);
}

/** Adds a module-level function once per type and kind; returns its name. */
function helper(ctx: CheckContext, key: string, prefix: string, build: (name: string) => string): string {
  const existing = ctx.helperNames.get(key);
  if (existing !== undefined) return existing;
  const name = `${prefix}${ctx.nextHelper++}`;
  ctx.helperNames.set(key, name);
  ctx.helpers.push(build(name));
  return name;
}

function primitiveTest(type: PrimitiveType, x: string, ctx: CheckContext): string {
  switch (type.name) {
    case "string":
    case "boolean":
      return `typeof ${x} === "${type.name}"`;
    case "integer":
      return `Number.isInteger(${x})`;
    case "number":
      return `Number.isFinite(${x})`;
    case "date":
    case "date-time": {
      const test: RuntimeExport =
        ctx.dates === "Date" ? "isValidDate" : type.name === "date" ? "isDateString" : "isDateTimeString";
      return `${runtime(ctx, test)}(${x})`;
    }
  }
}

function arrayTest(type: ArrayType, x: string, ctx: CheckContext): string {
  if (acceptsAnything(type.items, ctx.symbols)) return `Array.isArray(${x})`;
  const name = helper(
    ctx,
    `every:${typeKey(type.items)}`,
    "everyItem",
    (name) =>
      `function ${name}(items: readonly unknown[]): boolean {\n` +
      `for (let index = 0; index < items.length; index++) {\n` +
      `const item = items[index];\n` +
      `if (${failsExpression(type.items, "item", ctx)}) return false;\n` +
      `}\nreturn true;\n}`,
  );
  return `(Array.isArray(${x}) && ${name}(${x}))`;
}

function mapTest(type: MapType, x: string, ctx: CheckContext): string {
  const isRecord = runtime(ctx, "isRecord");
  if (acceptsAnything(type.values, ctx.symbols)) return `${isRecord}(${x})`;
  const name = helper(
    ctx,
    `values:${typeKey(type.values)}`,
    "everyValue",
    (name) =>
      `function ${name}(record: Record<string, unknown>): boolean {\n` +
      `for (const key in record) {\n` +
      `const entry = record[key];\n` +
      `if (${failsExpression(type.values, "entry", ctx)}) return false;\n` +
      `}\nreturn true;\n}`,
  );
  return `(${isRecord}(${x}) && ${name}(${x}))`;
}

function refTest(type: RefType, x: string, ctx: CheckContext): string {
  const target = resolveRef(ctx.symbols, type);
  return target === undefined ? "true" : `${call(ctx, target, "is")}(${x})`;
}

function unionTest(type: UnionType, x: string, ctx: CheckContext): string {
  if (acceptsAnything(type, ctx.symbols)) return "true";
  const members = type.members.map((member) => testExpression(member, x, ctx));
  return members.length === 1 ? (members[0] ?? "true") : `(${members.join(" || ")})`;
}

/** A boolean expression: whether `x` (a local name) has the type. `true` when every value does. */
export function testExpression(type: TypeExpr, x: string, ctx: CheckContext): string {
  switch (type.kind) {
    case "primitive":
      return primitiveTest(type, x, ctx);
    case "array":
      return arrayTest(type, x, ctx);
    case "map":
      return mapTest(type, x, ctx);
    case "ref":
      return refTest(type, x, ctx);
    case "union":
      return unionTest(type, x, ctx);
    case "literal":
      return typeof type.value === "number" && !Number.isFinite(type.value)
        ? `typeof ${x} === "number"`
        : `${x} === ${literalText(type.value)}`;
    case "binary":
      return `${x} instanceof Uint8Array`;
    case "any":
    case "unknown":
    case "http-response":
      return "true";
  }
}

/** The negation of {@link testExpression}, written plainly: `typeof x !== "string"`, `!isEvent(x)`. */
export function failsExpression(type: TypeExpr, x: string, ctx: CheckContext): string {
  const test = testExpression(type, x, ctx);
  if (type.kind === "primitive" && (type.name === "string" || type.name === "boolean")) {
    return `typeof ${x} !== "${type.name}"`;
  }
  if (type.kind === "literal" && test.startsWith(`${x} === `)) return `${x} !== ${test.slice(x.length + 5)}`;
  if (type.kind === "literal" && test.startsWith(`typeof ${x} === `)) return `typeof ${x} !== "number"`;
  // A call (`isEvent(x)`, `Number.isFinite(x)`) or a parenthesised expression takes a plain `!`.
  const simpleCall = /^[A-Za-z_$][\w$.]*\([\w$]*\)$/.test(test);
  const parenthesised = test.startsWith("(") && test.endsWith(")") && type.kind !== "literal";
  return simpleCall || parenthesised ? `!${test}` : `!(${test})`;
}

/** `target.push(issueAt(path, "expected", value));` */
function pushIssue(site: CheckSite, expected: string, ctx: CheckContext): string {
  return `${site.target}.push(${runtime(ctx, "issueAt")}(${site.path}, ${stringLiteral(expected)}, ${site.value}));`;
}

/**
 * Statements reporting why a value fails the type, for a value already known to fail it. Each part
 * inside (an array item, a map entry) is tested first and reported only when it fails.
 */
export function failureLines(type: TypeExpr, site: CheckSite, ctx: CheckContext): string[] {
  switch (type.kind) {
    case "array": {
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
        ...collectLines(type.items, itemSite, ctx),
        `}`,
        `}`,
      ];
    }
    case "map": {
      const notObject = `if (!${runtime(ctx, "isRecord")}(${site.value})) ${pushIssue(site, "object", ctx)}`;
      if (acceptsAnything(type.values, ctx.symbols)) return [notObject];
      const key = local(ctx, "k");
      const entry = local(ctx, "v");
      const entrySite = { value: entry, path: `${runtime(ctx, "propertyPath")}(${site.path}, ${key})`, target: site.target };
      return [
        notObject,
        `else {`,
        `for (const ${key} in ${site.value}) {`,
        `const ${entry} = ${site.value}[${key}];`,
        ...collectLines(type.values, entrySite, ctx),
        `}`,
        `}`,
      ];
    }
    case "ref": {
      const target = resolveRef(ctx.symbols, type);
      return target === undefined ? [] : [`${call(ctx, target, "collect")}(${site.value}, ${site.path}, ${site.target});`];
    }
    case "union":
      return unionFailure(type, site, ctx);
    case "any":
    case "unknown":
    case "http-response":
      return [];
    default:
      return [pushIssue(site, describeType(type, ctx.symbols, ctx.dates), ctx)];
  }
}

/**
 * Every member failed (the union's test did): each member's issues go to a list of their own, and
 * `pushUnionIssues` reports the closest member (see runtime.ts).
 */
function unionFailure(type: UnionType, site: CheckSite, ctx: CheckContext): string[] {
  if (type.members.length === 1 && type.members[0] !== undefined) return failureLines(type.members[0], site, ctx);
  const attempts: string[] = [];
  const lines: string[] = [];
  for (const member of type.members) {
    const attempt = local(ctx, "m");
    attempts.push(attempt);
    lines.push(`const ${attempt}: ${runtime(ctx, "ValidationIssue")}[] = [];`);
    lines.push(...failureLines(member, { ...site, target: attempt }, ctx));
  }
  const expected = stringLiteral(describeType(type, ctx.symbols, ctx.dates));
  lines.push(
    `${runtime(ctx, "pushUnionIssues")}(${site.target}, ${site.path}, ${site.value}, ${expected}, [${attempts.join(", ")}]);`,
  );
  return lines;
}

/** `if (!(test)) { report }`: nothing when every value passes. */
export function collectLines(type: TypeExpr, site: CheckSite, ctx: CheckContext): string[] {
  if (acceptsAnything(type, ctx.symbols)) return [];
  const failed = failureLines(type, site, ctx);
  const fails = failsExpression(type, site.value, ctx);
  return failed.length === 1 ? [`if (${fails}) ${failed[0]}`] : [`if (${fails}) {`, ...failed, `}`];
}

/** Whether a declaration's values can hold a model with fields, whose unknown keys `strip` deletes. */
export function stripsDeclaration(symbol: DeclarationSymbol, ctx: CheckContext): boolean {
  const memo = ctx.strippable.get(symbol.decl.id);
  if (memo !== undefined) return memo;
  const decl = symbol.decl;
  if (decl.kind === "enum") return false;
  if (decl.kind === "model") {
    const strips = wireFields(decl, ctx.naming).length !== 0;
    ctx.strippable.set(decl.id, strips);
    return strips;
  }
  ctx.strippable.set(decl.id, false); // a cycle through union pages alone holds no model
  const members = unionMemberTypes(decl);
  const strips = members !== undefined && stripsType(members, ctx);
  ctx.strippable.set(decl.id, strips);
  return strips;
}

/** Whether values of the type can hold a model with fields. */
export function stripsType(type: TypeExpr, ctx: CheckContext): boolean {
  switch (type.kind) {
    case "ref": {
      const target = resolveRef(ctx.symbols, type);
      return target !== undefined && stripsDeclaration(target, ctx);
    }
    case "array":
      return stripsType(type.items, ctx);
    case "map":
      return stripsType(type.values, ctx);
    case "union":
      return type.members.some((member) => stripsType(member, ctx));
    default:
      return false;
  }
}

/** Statements deleting unknown keys inside `x`, a value known to be valid (strip policy only). */
export function stripLines(type: TypeExpr, x: string, ctx: CheckContext): string[] {
  if (!stripsType(type, ctx)) return [];
  switch (type.kind) {
    case "ref": {
      const target = resolveRef(ctx.symbols, type);
      return target === undefined ? [] : [`${call(ctx, target, "strip")}(${x});`];
    }
    case "array": {
      const items = local(ctx, "a");
      const index = local(ctx, "i");
      const item = local(ctx, "v");
      return [
        `const ${items} = ${x} as readonly unknown[];`,
        `for (let ${index} = 0; ${index} < ${items}.length; ${index}++) {`,
        `const ${item} = ${items}[${index}];`,
        ...stripLines(type.items, item, ctx),
        `}`,
      ];
    }
    case "map": {
      const record = local(ctx, "r");
      const key = local(ctx, "k");
      const entry = local(ctx, "v");
      return [
        `const ${record} = ${x} as Record<string, unknown>;`,
        `for (const ${key} in ${record}) {`,
        `const ${entry} = ${record}[${key}];`,
        ...stripLines(type.values, entry, ctx),
        `}`,
      ];
    }
    case "union": {
      // The first member the value passes is the one it is read as, as in validation.
      let lastStripping = -1;
      type.members.forEach((member, index) => {
        if (stripsType(member, ctx)) lastStripping = index;
      });
      const lines: string[] = [];
      type.members.slice(0, lastStripping + 1).forEach((member, index) => {
        const keyword = index === 0 ? "if" : "} else if";
        lines.push(`${keyword} (${testExpression(member, x, ctx)}) {`, ...stripLines(member, x, ctx));
      });
      lines.push(`}`);
      return lines;
    }
    default:
      return [];
  }
}

/** The `typeof` kinds an open enum accepts: those of its listed values, `string` when it lists none. */
export function openEnumKinds(values: readonly (string | number)[]): string[] {
  const kinds = [...new Set(values.map((value) => typeof value))].sort();
  return kinds.length === 0 ? ["string"] : kinds;
}
