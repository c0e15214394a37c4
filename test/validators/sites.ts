/**
 * Where a fixture can be broken, read from the IR: walking a valid JSON value alongside its declaration's
 * type gives every place a mutation applies to, what it does, and the path at which a validator must
 * report it. The mutations are the issue's: remove a required field, change a type, put a value outside
 * a closed enum, break a date, nest a wrong element in an array or map, and add an unknown key (for the
 * `reject` policy).
 */
import type { TypeExpr } from "../../src/ir/types.js";
import { resolveRef, type DeclarationSymbol, type SymbolTable } from "../../src/emit/common/symbols.js";
import { acceptsAnything } from "../../src/emit/common/type-facts.js";
import { namedFields as wireFields } from "../../src/ir/property-names.js";
import { enumValues, isOpenEnum, unionMemberTypes } from "../../src/emit/common/wire.js";

/** A JSON value's kind as a schema sees it; integers and fractions apart, as `integer` and `number` are. */
export type Kind = "string" | "integer" | "fraction" | "boolean" | "null" | "array" | "object";

export const allKinds: readonly Kind[] = ["string", "integer", "fraction", "boolean", "null", "array", "object"];

/** A value of each kind, none of which any corpus type gives a special meaning. */
export const valueOfKind: Readonly<Record<Kind, unknown>> = {
  string: "zz wrong value",
  integer: 424242,
  fraction: 0.5,
  boolean: true,
  null: null,
  array: [],
  object: {},
};

/** Strings a date-time field must reject (and ajv-formats' `date-time` too). */
export const brokenDateTimes = [
  "yesterday",
  "2024-02-30T10:00:00Z",
  "2023-02-29T10:00:00Z",
  "2024-13-01T00:00:00Z",
  "2024-01-01T24:00:00Z",
  "2024-01-01T10:60:00Z",
  "2024-06-30T12:00:60Z",
  "2024-01-01",
  "2024-01-01T10:00:00",
  "2024-01-01T10:00:00+25:00",
];

export type Step = string | number;

export type SiteKind = "remove-required" | "wrong-type" | "outside-enum" | "broken-date" | "bad-element" | "bad-entry" | "unknown-key";

/** One place a mutation applies to. */
export interface Site {
  readonly kind: SiteKind;
  /** Where the change happens: the value replaced, the key removed or added, the element replaced. */
  readonly at: readonly Step[];
  /** Kinds of value that are wrong there (for `wrong-type`, `bad-element`, `bad-entry`). */
  readonly wrongKinds: readonly Kind[];
  /** The values that are wrong there (for `outside-enum` and `broken-date`). */
  readonly wrongValues: readonly unknown[];
  /** Paths of the union values the site is inside, outermost first. */
  readonly unions: readonly string[];
}

export function kindOf(value: unknown): Kind {
  if (value === null) return "null";
  if (Array.isArray(value)) return "array";
  switch (typeof value) {
    case "string":
      return "string";
    case "number":
      return Number.isInteger(value) ? "integer" : "fraction";
    case "boolean":
      return "boolean";
    default:
      return "object";
  }
}

/** `$.a.b[2]["odd key"]`, as validators write paths. */
export function pathText(steps: readonly Step[]): string {
  let text = "$";
  for (const step of steps) {
    if (typeof step === "number") text += `[${step}]`;
    else text += /^[A-Za-z_$][A-Za-z0-9_$]*$/.test(step) ? `.${step}` : `[${JSON.stringify(step)}]`;
  }
  return text;
}

/** The JSON kinds a type accepts (a closed enum: the kinds of its values, though not every such value). */
export function acceptedKinds(type: TypeExpr, symbols: SymbolTable, seen: Set<string> = new Set()): Set<Kind> {
  if (acceptsAnything(type, symbols)) return new Set(allKinds);
  switch (type.kind) {
    case "primitive":
      switch (type.name) {
        case "integer":
          return new Set(["integer"]);
        case "number":
          return new Set(["integer", "fraction"]);
        case "boolean":
          return new Set(["boolean"]);
        default:
          return new Set(["string"]);
      }
    case "binary":
      return new Set(["string"]); // base64 in JSON; a Uint8Array in TypeScript: other kinds fail both
    case "literal":
      return new Set([kindOf(type.value)]);
    case "array":
      return new Set(["array"]);
    case "map":
      return new Set(["object"]);
    case "union": {
      const kinds = new Set<Kind>();
      for (const member of type.members) for (const kind of acceptedKinds(member, symbols, seen)) kinds.add(kind);
      return kinds;
    }
    case "ref": {
      const target = resolveRef(symbols, type);
      if (target === undefined) return new Set(allKinds);
      const decl = target.decl;
      if (decl.kind === "model") return new Set(["object"]);
      if (decl.kind === "enum") {
        const values = enumValues(decl);
        if (isOpenEnum(decl)) {
          const kinds = new Set<Kind>();
          for (const value of values) for (const kind of typeof value === "string" ? ["string" as const] : ["integer" as const, "fraction" as const]) kinds.add(kind);
          return kinds.size === 0 ? new Set(["string"]) : kinds;
        }
        return new Set(values.map(kindOf));
      }
      if (seen.has(decl.id)) return new Set();
      seen.add(decl.id);
      const members = unionMemberTypes(decl);
      return members === undefined ? new Set(allKinds) : acceptedKinds(members, symbols, seen);
    }
    default:
      return new Set(allKinds);
  }
}

function wrongKinds(type: TypeExpr, symbols: SymbolTable, nullable: boolean): Kind[] {
  const accepted = acceptedKinds(type, symbols);
  if (nullable) accepted.add("null");
  return allKinds.filter((kind) => !accepted.has(kind));
}

/** A type with refs to union pages and single-member unions opened up, to find the members of a union. */
function unionMembers(type: TypeExpr, symbols: SymbolTable): readonly TypeExpr[] | undefined {
  if (type.kind === "union") return type.members.length > 1 ? type.members : undefined;
  if (type.kind !== "ref") return undefined;
  const target = resolveRef(symbols, type);
  if (target?.decl.kind !== "union") return undefined;
  const members = unionMemberTypes(target.decl);
  return members === undefined ? undefined : unionMembers(members, symbols) ?? [members];
}

interface Walk {
  readonly symbols: SymbolTable;
  readonly rejectUnknownKeys: boolean;
  readonly sites: Site[];
}

/**
 * Adds the sites of `value` (valid for `type`) and of everything inside it. `member` is set when `type` is
 * the union member the value was found to be: the value's own place then belongs to the union (another
 * member may accept what this one rejects), and only places inside it are this member's.
 */
function walk(value: unknown, type: TypeExpr, at: readonly Step[], unions: readonly string[], nullable: boolean, ctx: Walk, member = false): void {
  const { symbols } = ctx;
  if (acceptsAnything(type, symbols)) return;
  const wrong = wrongKinds(type, symbols, nullable);
  if (wrong.length !== 0 && !member) ctx.sites.push({ kind: "wrong-type", at, wrongKinds: wrong, wrongValues: [], unions });
  if (value === null) return;

  const members = unionMembers(type, symbols);
  if (members !== undefined) {
    // Inside a union, follow the one member the value's kind belongs to (if only one does).
    const matching = members.filter((member) => acceptedKinds(member, symbols).has(kindOf(value)));
    if (matching.length === 1 && matching[0] !== undefined) walk(value, matching[0], at, [...unions, pathText(at)], false, ctx, true);
    return;
  }
  switch (type.kind) {
    case "primitive":
      if (type.name === "date-time" && !member) ctx.sites.push({ kind: "broken-date", at, wrongKinds: [], wrongValues: brokenDateTimes, unions });
      return;
    case "array": {
      const items = value as unknown[];
      const itemWrong = wrongKinds(type.items, symbols, false);
      if (itemWrong.length !== 0) {
        ctx.sites.push({ kind: "bad-element", at: [...at, Math.max(0, items.length - 1)], wrongKinds: itemWrong, wrongValues: [], unions });
      }
      items.forEach((item, index) => walk(item, type.items, [...at, index], unions, false, ctx));
      return;
    }
    case "map": {
      const record = value as Record<string, unknown>;
      const entryWrong = wrongKinds(type.values, symbols, false);
      if (entryWrong.length !== 0) ctx.sites.push({ kind: "bad-entry", at: [...at, "zz odd key"], wrongKinds: entryWrong, wrongValues: [], unions });
      for (const key of Object.keys(record)) walk(record[key], type.values, [...at, key], unions, false, ctx);
      return;
    }
    case "ref":
      walkDeclaration(value, resolveRef(symbols, type), at, unions, ctx, member);
      return;
    default:
      return;
  }
}

function walkDeclaration(value: unknown, symbol: DeclarationSymbol | undefined, at: readonly Step[], unions: readonly string[], ctx: Walk, member: boolean): void {
  const decl = symbol?.decl;
  if (decl === undefined) return;
  if (decl.kind === "enum") {
    if (isOpenEnum(decl) || member) return;
    const values = enumValues(decl);
    const outside = values.every((item) => typeof item === "string") ? "zz_not_a_member" : 987654321;
    ctx.sites.push({ kind: "outside-enum", at, wrongKinds: [], wrongValues: [outside], unions });
    return;
  }
  if (decl.kind === "union") {
    const members = unionMemberTypes(decl);
    if (members !== undefined) walk(value, members, at, unions, false, ctx, member);
    return;
  }
  const record = value as Record<string, unknown>;
  const fields = wireFields(decl, "camel");
  if (ctx.rejectUnknownKeys && fields.length !== 0) {
    ctx.sites.push({ kind: "unknown-key", at: [...at, "zzUnknownKey"], wrongKinds: [], wrongValues: ["anything"], unions });
  }
  for (const { field, key, type } of fields) {
    if (!Object.prototype.hasOwnProperty.call(record, key)) continue;
    if (field.required) ctx.sites.push({ kind: "remove-required", at: [...at, key], wrongKinds: [], wrongValues: [], unions });
    walk(record[key], type, [...at, key], unions, field.nullable, ctx);
  }
}

/** Every site of a valid value of a declaration. */
export function sitesOf(value: unknown, symbol: DeclarationSymbol, symbols: SymbolTable, rejectUnknownKeys: boolean): Site[] {
  const ctx: Walk = { symbols, rejectUnknownKeys, sites: [] };
  const decl = symbol.decl;
  const self: TypeExpr = { kind: "ref", target: decl.id, written: symbol.identifier };
  walk(value, self, [], [], false, ctx);
  return ctx.sites;
}

/** A deep copy of `value` with the site changed: the key removed, or `replacement` put at the site. */
export function mutated(value: unknown, site: Site, replacement: unknown): unknown {
  if (site.at.length === 0) return replacement;
  const copy = structuredClone(value) as Record<string | number, unknown>;
  let parent: Record<string | number, unknown> = copy;
  for (const step of site.at.slice(0, -1)) parent = parent[step] as Record<string | number, unknown>;
  const last = site.at[site.at.length - 1] as Step;
  if (site.kind === "remove-required") delete parent[last];
  else parent[last] = replacement;
  return copy;
}
