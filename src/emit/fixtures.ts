/**
 * `fixtures/<name>.ts`: two example values per declaration, `minimal` (required fields only) and `full`
 * (every field), each valid under the declaration's own validator.
 *
 * Values come from fixture-values.ts (a stable hash of declaration, field and position). Nested models
 * are filled in place, to a bounded depth: from {@link FULL_DEPTH} on, nested models get only their
 * required fields. From {@link CUT_DEPTH} on, and as soon as a ref would re-enter a model already
 * being built (a cycle), the walk "cuts": arrays and maps stay empty, nullable fields are null,
 * optional fields are left out, and union members are chosen by "rank", the depth of a type's smallest
 * finite value. Following the lowest rank always ends. A cycle of required, non-nullable fields has no
 * finite value at all; it gets a `null as never` placeholder with a comment saying so. A field whose
 * docs give an example its validator accepts gets that example (fixture-examples.ts).
 */
import type { EnumDecl, ModelDecl, TypeExpr } from "../ir/types.js";
import { emittedFieldName, type FieldNaming } from "../ir/naming.js";
import { referencedIds } from "../ir/walk.js";
import { pageBanner, pageBannerText } from "./banner.js";
import {
  exampleBytes,
  examplePrimitive,
  exampleString,
  json,
  siteHash,
  type FixtureSite,
  type FixtureValue,
} from "./fixture-values.js";
import { StructureKind, VariableDeclarationKind } from "ts-morph";
import { sourceFileText, type Block } from "./code/source-file.js";
import { exampleFixtureValue } from "./fixture-examples.js";
import type { ImportDeclaration, VariableStatement } from "./code/structures.js";
import { array, as, construct, name, numeric, object, pure, quoted, typeReference, type Expression, type TypeNode } from "./code/syntax.js";
import { jsonObject, jsonText, type JsonValue } from "./json.js";
import { resolveRef, type DeclarationSymbol, type SymbolTable } from "./symbols.js";
import { literalExpression, type DateRepresentation } from "./typescript-type.js";
import { enumValues, inheritedKeys, unionMemberTypes, wireFields } from "./wire.js";

export interface FixturesFileOptions {
  readonly naming: FieldNaming;
  /** The JSON fixtures' keys (default: as `naming`). */
  readonly wireNaming?: FieldNaming | undefined;
  readonly dates: DateRepresentation;
}

/** Nested models at this depth or deeper get only their required fields, even in `full`. */
const FULL_DEPTH = 2;
/** Nested models at this depth or deeper are built the shortest way (see the module comment). */
const CUT_DEPTH = 3;

/** Rank per declaration id: models and unions; missing means no finite value exists. */
export type Ranks = ReadonlyMap<string, number>;

interface Walk {
  readonly symbols: SymbolTable;
  readonly options: FixturesFileOptions;
  readonly ranks: Ranks;
  readonly full: boolean;
  /** How many models deep the value being built is. */
  readonly depth: number;
  /** Ids of the models and unions being built, outermost first. */
  readonly stack: readonly string[];
  /** Building the shortest value: past {@link CUT_DEPTH}, or inside a cycle. */
  readonly cutting: boolean;
  /** Inside an array's items: nested arrays get one item (see `valueOf`). */
  readonly inArray?: boolean;
}

function typeRank(type: TypeExpr, symbols: SymbolTable, ranks: Ranks): number {
  switch (type.kind) {
    case "ref": {
      const target = resolveRef(symbols, type);
      if (target === undefined || target.decl.kind === "enum") return 0;
      return ranks.get(target.decl.id) ?? Infinity;
    }
    case "union":
      return type.members.length === 0 ? 0 : Math.min(...type.members.map((m) => typeRank(m, symbols, ranks)));
    default:
      return 0; // scalars; arrays and maps can be empty
  }
}

function declRank(symbol: DeclarationSymbol, symbols: SymbolTable, ranks: Ranks, naming: FieldNaming): number {
  const decl = symbol.decl;
  if (decl.kind === "enum") return 0;
  if (decl.kind === "union") {
    const members = unionMemberTypes(decl);
    return members === undefined ? 0 : 1 + typeRank(members, symbols, ranks);
  }
  let deepest = 0;
  for (const { field, type } of wireFields(decl, naming)) {
    if (field.required && !field.nullable) deepest = Math.max(deepest, typeRank(type, symbols, ranks));
  }
  return 1 + deepest;
}

/** The symbols of the declarations given and of every declaration they reach through references. */
function reachedFrom(symbols: SymbolTable, from: Iterable<DeclarationSymbol>): DeclarationSymbol[] {
  const reached = new Set<DeclarationSymbol>(from);
  for (const symbol of reached) {
    for (const id of referencedIds(symbol.decl)) {
      const target = symbols.byId.get(id);
      if (target !== undefined) reached.add(target);
    }
  }
  return [...reached];
}

/**
 * Ranks by fixed-point iteration: a rank only ever goes down, from "none" to its least value. A rank
 * depends only on what its declaration reaches, so for the fixtures of a few declarations (a watcher's
 * edit) only their reach is ranked (`from`); by default, the whole table.
 */
export function computeRanks(symbols: SymbolTable, naming: FieldNaming, from?: Iterable<DeclarationSymbol>): Ranks {
  const ranked = from === undefined ? symbols.symbols : reachedFrom(symbols, from);
  const ranks = new Map<string, number>();
  for (let changed = true; changed;) {
    changed = false;
    for (const symbol of ranked) {
      const rank = declRank(symbol, symbols, ranks, naming);
      if (Number.isFinite(rank) && rank < (ranks.get(symbol.decl.id) ?? Infinity)) {
        ranks.set(symbol.decl.id, rank);
        changed = true;
      }
    }
  }
  return ranks;
}

const placeholder = (identifier: string): FixtureValue => ({ kind: "none", identifier });

function hasFiniteValue(type: TypeExpr, walk: Walk): boolean {
  return Number.isFinite(typeRank(type, walk.symbols, walk.ranks));
}

/** Whether building the type would enter a model or union already being built (a cycle). */
function reentersStack(type: TypeExpr, walk: Walk): boolean {
  switch (type.kind) {
    case "ref": {
      const target = resolveRef(walk.symbols, type);
      return target !== undefined && target.decl.kind !== "enum" && walk.stack.includes(target.decl.id);
    }
    case "union":
      return type.members.some((member) => reentersStack(member, walk));
    case "array":
      return reentersStack(type.items, walk);
    case "map":
      return reentersStack(type.values, walk);
    default:
      return false;
  }
}

function enumValue(decl: EnumDecl, walk: Walk, site: FixtureSite): FixtureValue {
  const values = enumValues(decl);
  const chosen = walk.full ? values[siteHash(site) % Math.max(values.length, 1)] : values[0];
  return chosen === undefined ? json(exampleString(site)) : json(chosen);
}

/** The member to build: the lowest rank when cutting or in `minimal`, else one picked by hash. */
function unionValue(members: readonly TypeExpr[], walk: Walk, site: FixtureSite): FixtureValue {
  const ranked = members.map((member) => ({ member, rank: typeRank(member, walk.symbols, walk.ranks) }));
  const finite = ranked.filter(({ rank }) => Number.isFinite(rank));
  let lowest = ranked[0];
  for (const candidate of ranked) if (lowest === undefined || candidate.rank < lowest.rank) lowest = candidate;
  const chosen = walk.full && !walk.cutting && finite.length !== 0 ? finite[siteHash(site) % finite.length] : lowest;
  return chosen === undefined ? json(exampleString(site)) : valueOf(chosen.member, walk, site);
}

/**
 * Keys every object literal already has through Object.prototype ({@link inheritedKeys}). TypeScript
 * checks an optional `constructor?: string` against the inherited `constructor` when the literal leaves
 * it out, so fixtures always spell such keys out, even in `minimal`.
 */
const objectPrototypeKeys = inheritedKeys;

/** `position` tells apart copies of one model (the elements of an array) so they get different values. */
function modelValue(symbol: DeclarationSymbol, decl: ModelDecl, walk: Walk, position: string): FixtureValue {
  const entries: [string, FixtureValue, string?][] = [];
  const wireNaming = walk.options.wireNaming ?? walk.options.naming;
  for (const { field, key, type } of wireFields(decl, walk.options.naming)) {
    const wire = wireNaming === walk.options.naming ? undefined : emittedFieldName(field, wireNaming);
    if (!field.required && !walk.full && !objectPrototypeKeys.has(key)) continue;
    const finite = hasFiniteValue(type, walk);
    if (!field.required && !finite) continue; // an optional field whose value could never end
    if (field.nullable && (walk.cutting || !finite)) {
      entries.push(wire === undefined ? [key, json(null)] : [key, json(null), wire]);
      continue;
    }
    const example = field.example === undefined ? undefined : exampleFixtureValue(field.example, type, { symbols: walk.symbols, naming: walk.options.naming, wireNaming });
    const item = example ?? valueOf(type, walk, { owner: symbol.identifier, field: field.canonicalName, position });
    entries.push(wire === undefined ? [key, item] : [key, item, wire]);
  }
  return { kind: "object", entries };
}

function refValue(symbol: DeclarationSymbol, walk: Walk, site: FixtureSite): FixtureValue {
  const decl = symbol.decl;
  if (decl.kind === "enum") return enumValue(decl, walk, site);
  const depth = walk.depth + 1;
  const cutting = walk.cutting || depth >= CUT_DEPTH || walk.stack.includes(decl.id);
  if (cutting && !walk.ranks.has(decl.id)) return placeholder(symbol.identifier);
  const nested: Walk = {
    ...walk,
    depth,
    cutting,
    full: walk.full && !cutting && depth < FULL_DEPTH,
    stack: [...walk.stack, decl.id],
  };
  if (decl.kind === "model") return modelValue(symbol, decl, nested, site.position);
  const members = unionMemberTypes(decl);
  return members === undefined ? json(null) : valueOf(members, nested, site);
}

/** Arrays and maps are left empty when cutting, and when their elements would close a cycle. */
function leaveEmpty(elements: TypeExpr, walk: Walk): boolean {
  return walk.cutting || !hasFiniteValue(elements, walk) || reentersStack(elements, walk);
}

function valueOf(type: TypeExpr, walk: Walk, site: FixtureSite): FixtureValue {
  switch (type.kind) {
    case "primitive":
      return examplePrimitive(type.name, site);
    case "array": {
      if (leaveEmpty(type.items, walk)) return { kind: "array", items: [] };
      const items: FixtureValue[] = [];
      // Two items in the outermost array of a `full` value, one below: two at every level would be 2^depth.
      const count = walk.full && !walk.inArray ? 2 : 1;
      const inner: Walk = walk.inArray ? walk : { ...walk, inArray: true };
      for (let index = 0; index < count; index++) {
        items.push(valueOf(type.items, inner, { ...site, position: `${site.position}[${index}]` }));
      }
      return { kind: "array", items };
    }
    case "map": {
      if (leaveEmpty(type.values, walk)) return { kind: "object", entries: [] };
      const key = `key_${siteHash(site).toString(16).padStart(8, "0").slice(0, 4)}`;
      return {
        kind: "object",
        entries: [[key, valueOf(type.values, walk, { ...site, position: `${site.position}.${key}` })]],
      };
    }
    case "ref": {
      const target = resolveRef(walk.symbols, type);
      return target === undefined ? json(exampleString(site)) : refValue(target, walk, site);
    }
    case "union":
      return type.members.length === 0 ? json(exampleString(site)) : unionValue(type.members, walk, site);
    case "literal":
      return json(typeof type.value === "number" && !Number.isFinite(type.value) ? 0 : type.value);
    case "binary":
      return exampleBytes(site);
    case "any":
    case "unknown":
    case "http-response":
      return json(exampleString(site));
  }
}

/** A fixture value as a TypeScript expression: dates as strings or `new Date(…)`, bytes as a Uint8Array. */
export function fixtureExpression(value: FixtureValue, dates: DateRepresentation): Expression {
  switch (value.kind) {
    case "json":
      return value.value === null || typeof value.value === "boolean" ? name(String(value.value)) : literalExpression(value.value);
    case "date":
      return dates === "Date" ? pure(construct("Date", [quoted(value.text)])) : quoted(value.text);
    case "bytes":
      return pure(construct("Uint8Array", [array(value.bytes.map(numeric))]));
    case "none":
      return {
        kind: "commented",
        comment: `modeldoc: ${value.identifier} has no finite value (a required field cycle)`,
        expression: as(name("null"), typeReference("never")),
      };
    case "array":
      return array(value.items.map((item) => fixtureExpression(item, dates)));
    case "object":
      return object(value.entries.map(([key, item]) => ({ key, value: fixtureExpression(item, dates) })));
  }
}

/** Standard base64 (RFC 4648, with padding): how JSON carries bytes. */
export function base64(bytes: readonly number[]): string {
  return Buffer.from(bytes).toString("base64");
}

/**
 * A fixture value as JSON, the wire form whatever the options: dates are ISO 8601 strings, bytes base64
 * strings, and a value that cannot exist (see {@link placeholder}) is `null`.
 */
export function fixtureJson(value: FixtureValue): JsonValue {
  switch (value.kind) {
    case "json":
      return value.value;
    case "date":
      return value.text;
    case "bytes":
      return base64(value.bytes);
    case "none":
      return null;
    case "array":
      return value.items.map(fixtureJson);
    case "object":
      return jsonObject(value.entries.map(([key, item, wire]) => [wire ?? key, fixtureJson(item)]));
  }
}

/** The identifiers of the declarations that stand as `none` inside a value. */
function noneIdentifiers(value: FixtureValue, found: Set<string>): Set<string> {
  if (value.kind === "none") found.add(value.identifier);
  else if (value.kind === "array") for (const item of value.items) noneIdentifiers(item, found);
  else if (value.kind === "object") for (const [, item] of value.entries) noneIdentifiers(item, found);
  return found;
}

/** The `minimal` or `full` fixture of a declaration. */
export function declarationFixture(
  symbol: DeclarationSymbol,
  symbols: SymbolTable,
  ranks: Ranks,
  full: boolean,
  options: FixturesFileOptions,
): FixtureValue {
  const walk: Walk = { symbols, options, ranks, full, depth: 0, stack: [symbol.decl.id], cutting: false };
  const decl = symbol.decl;
  const site = { owner: symbol.identifier, field: "", position: full ? "full" : "minimal" };
  if (decl.kind === "model") return modelValue(symbol, decl, walk, "");
  if (decl.kind === "enum") return enumValue(decl, walk, site);
  const members = unionMemberTypes(decl);
  return members === undefined ? json(null) : valueOf(members, walk, site);
}

/** The `minimal` and `full` fixtures of a declaration. */
export function declarationFixtures(
  self: DeclarationSymbol,
  symbols: SymbolTable,
  ranks: Ranks,
  options: FixturesFileOptions,
): { minimal: FixtureValue; full: FixtureValue } {
  return {
    minimal: declarationFixture(self, symbols, ranks, false, options),
    full: declarationFixture(self, symbols, ranks, true, options),
  };
}

/** Both fixture files of a declaration, `fixtures/<name>.ts` and `fixtures/<name>.json`, from one walk. */
export function fixtureFiles(
  self: DeclarationSymbol,
  symbols: SymbolTable,
  ranks: Ranks,
  options: FixturesFileOptions,
): { module: string; json: string } {
  const parts = fixtureParts(self, symbols, ranks, options);
  return { module: sourceFileText(pageBanner([self.decl.id]), parts.blocks), json: jsonText(parts.json) };
}

/** The blocks of `fixtures/<name>.ts` (its import, then its declaration) and the value of `fixtures/<name>.json`. */
export function fixtureParts(
  self: DeclarationSymbol,
  symbols: SymbolTable,
  ranks: Ranks,
  options: FixturesFileOptions,
): { blocks: Block[]; json: JsonValue } {
  const values = declarationFixtures(self, symbols, ranks, options);
  return { blocks: fixturesModuleBlocks(self, values, options), json: fixturesJson(self, values) };
}

function fixturesModuleBlocks(
  self: DeclarationSymbol,
  values: { minimal: FixtureValue; full: FixtureValue },
  options: FixturesFileOptions,
): Block[] {
  const typeName = self.identifier;
  const fixtures = object([
    { key: "minimal", value: fixtureExpression(values.minimal, options.dates) },
    { key: "full", value: fixtureExpression(values.full, options.dates) },
  ]);
  const type: TypeNode = {
    kind: "object-type",
    members: [
      { name: "minimal", optional: false, type: typeReference(typeName) },
      { name: "full", optional: false, type: typeReference(typeName) },
    ],
  };
  const typeImport: ImportDeclaration = {
    kind: StructureKind.ImportDeclaration,
    isTypeOnly: true,
    namedImports: [{ name: typeName }],
    moduleSpecifier: `../types/${self.fileName}.js`,
  };
  const declaration: VariableStatement = {
    kind: StructureKind.VariableStatement,
    isExported: true,
    declarationKind: VariableDeclarationKind.Const,
    docs: [`Example values of {@link ${typeName}}: \`minimal\` has only the required fields, \`full\` every field.`],
    declarations: [{ name: self.fixturesName, type, initializer: fixtures }],
  };
  return [[typeImport], [declaration]];
}

/**
 * `fixtures/<name>.json`: the same two fixtures in their JSON (wire) form, after a `$comment` key
 * carrying the banner (JSON has no comments).
 */
function fixturesJson(self: DeclarationSymbol, values: { minimal: FixtureValue; full: FixtureValue }): JsonValue {
  const { minimal, full } = values;
  let comment = pageBannerText([self.decl.id]);
  for (const identifier of noneIdentifiers(full, noneIdentifiers(minimal, new Set()))) {
    comment += ` ${identifier} has no finite value (a required field cycle): null stands where one would go.`;
  }
  return jsonObject([
    ["$comment", comment],
    ["minimal", fixtureJson(minimal)],
    ["full", fixtureJson(full)],
  ]);
}
