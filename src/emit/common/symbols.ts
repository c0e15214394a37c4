/**
 * The names every emitted file agrees on: for each declaration its TypeScript identifier, its module
 * file name and the names of the functions and constants generated for it.
 *
 * Two declarations can have one name (`Ledger/Account.md`, `Payments/Account.md`): each is then named
 * with its area in front (`LedgerAccount`, `PaymentsAccount`). Names can still clash (an area-prefixed
 * name another page already has, `DbType` and `DBType` → `db-type.ts` on a case-insensitive file
 * system): declarations are taken in page-path (`id`) order, the first keeps its name and later ones get
 * a numeric suffix, so the result never depends on the order the declarations were given in.
 */
import { camelCase, pascalCase } from "change-case";
import type { Declaration, RefType } from "../../ir/types.js";
import { nameIndexOf, sameLists } from "../../ir/name-index.js";
import { moduleFileName, typeIdentifier } from "../../ir/naming.js";
import { compareCodeUnits } from "../../code-units.js";

/** Everything generated for one declaration is named here. */
export interface DeclarationSymbol {
  readonly decl: Declaration;
  /** The exported type name (`Webhook`); also the key of the `validators` and `fixtures` registries. */
  readonly identifier: string;
  /** The module base name shared by `types/`, `validators/` and `fixtures/` (`webhook`). */
  readonly fileName: string;
  /** `validateWebhook` */
  readonly validatorName: string;
  /** `isWebhook` */
  readonly guardName: string;
  /** `assertWebhook` */
  readonly assertName: string;
  /** `collectWebhookIssues`: pushes the issues of an invalid value (used by validators of other declarations). */
  readonly collectName: string;
  /** `stripWebhook`: a copy of a valid value without the keys its models do not list (the unknown-key policy `strip`). */
  readonly stripName: string;
  /** `WebhookSchema`: the Standard Schema object (validators). */
  readonly schemaName: string;
  /** `addWebhookJsonSchema`: adds the JSON Schema to a set of definitions (validators). */
  readonly jsonSchemaName: string;
  /** `zWebhook`: the zod schema (zod). */
  readonly zodName: string;
  /** `lazyZWebhook`: returns the zod schema, for references (zod). */
  readonly zodLazyName: string;
  /** `wireShapeWebhook`, `parseWebhook`, `toJsonWebhook`: the wire form (wire/). */
  readonly wireShapeName: string;
  readonly parseName: string;
  readonly toJsonName: string;
  /** `WebhookWireSchema`: the Standard Schema of the wire form, JSON in and the TypeScript value out (wire/). */
  readonly wireSchemaName: string;
  /** `addWebhookWireJsonSchema`: adds the wire form's JSON Schema to a set of definitions (wire/). */
  readonly wireJsonSchemaName: string;
  /** `zWebhookWire`, `lazyZWebhookWire`, `zWebhookCodec`: the wire form's zod schema and the zod codec from it to `zWebhook` (zod/). */
  readonly zodWireName: string;
  readonly zodWireLazyName: string;
  readonly zodCodecName: string;
  /** `makeWebhook`: the fixture builder, `full` with overrides (fixtures/, models only but always reserved). */
  readonly makeName: string;
  /** `webhookFixtures` */
  readonly fixturesName: string;
  /** `EventValues`: the `as const` array of an enum's values (enums only, but always reserved). */
  readonly valuesName: string;
}

export interface SymbolTable {
  /** In `id` order. */
  readonly symbols: readonly DeclarationSymbol[];
  readonly byId: ReadonlyMap<string, DeclarationSymbol>;
}

/**
 * Names that generated code uses from the runtime module, the index module and the global scope. A
 * declaration named like one of them would shadow it (`Error`, `Date`, `Record`), so it is renamed the
 * way {@link typeIdentifier} renames reserved words: with a `Type` suffix.
 */
export const RUNTIME_EXPORTS = [
  "ValidationIssue",
  "ValidationError",
  "describeValue",
  "issueAt",
  "missingAt",
  "unknownKeyAt",
  "propertyPath",
  "indexPath",
  "isRecord",
  "ownValue",
  "hasOwnKey",
  "isDateString",
  "isDateTimeString",
  "isValidDate",
  "isOneOf",
  "pushUnionIssues",
  "DATE_PATTERN",
  "DATE_TIME_PATTERN",
  "ModelSchema",
  "ModelValidator",
  "modelSchema",
  "pathSegments",
  "WireShape",
  "ParseResult",
  "parseWire",
  "encodeWire",
  "decodeWire",
  "SAME_SHAPE",
  "DATE_SHAPE",
  "DATE_TIME_SHAPE",
  "BYTES_SHAPE",
  "ZodResultLike",
  "ZodContextLike",
  "ownProperties",
  "checkOwnProto",
  "setOwnKey",
  "keepKeys",
  "wireSchema",
  "wireTransforms",
  "WireTransforms",
  "DeepPartial",
  "DeepPartialObject",
  "WholeValue",
  "makeFixture",
] as const;

/** A name the emitted `runtime.ts` exports. */
export type RuntimeExport = (typeof RUNTIME_EXPORTS)[number];

const shadowedNames = new Set<string>([
  ...RUNTIME_EXPORTS,
  "validators",
  "fixtures",
  "schemas",
  "Validators",
  "Fixtures",
  "Schemas",
  "ModelName",
  "Array",
  "ArrayBuffer",
  "BigInt",
  "Blob",
  "Boolean",
  "Date",
  "Error",
  "Function",
  "Infinity",
  "JSON",
  "Map",
  "Math",
  "NaN",
  "Number",
  "Object",
  "Partial",
  "Promise",
  "Readonly",
  "ReadonlyArray",
  "Record",
  "RegExp",
  "Set",
  "String",
  "Symbol",
  "Uint8Array",
]);

function lowerCamelIdentifier(identifier: string): string {
  const camel = camelCase(identifier);
  return /^[A-Za-z_$][A-Za-z0-9_$]*$/.test(camel) ? camel : identifier.charAt(0).toLowerCase() + identifier.slice(1);
}

/** A symbol's names, without its declaration. */
type SymbolNames = Omit<DeclarationSymbol, "decl">;

/** The names a declaration of this identifier exports and is kept in, and its file's name in lower case. */
export interface NamesOfIdentifier {
  readonly names: SymbolNames;
  readonly exported: readonly string[];
  readonly fileKey: string;
}

function namesOfIdentifier(identifier: string): NamesOfIdentifier {
  const names: SymbolNames = {
    identifier,
    fileName: moduleFileName(identifier),
    validatorName: `validate${identifier}`,
    guardName: `is${identifier}`,
    assertName: `assert${identifier}`,
    collectName: `collect${identifier}Issues`,
    stripName: `strip${identifier}`,
    schemaName: `${identifier}Schema`,
    jsonSchemaName: `add${identifier}JsonSchema`,
    zodName: `z${identifier}`,
    wireShapeName: `wireShape${identifier}`,
    parseName: `parse${identifier}`,
    toJsonName: `toJson${identifier}`,
    wireSchemaName: `${identifier}WireSchema`,
    wireJsonSchemaName: `add${identifier}WireJsonSchema`,
    zodWireName: `z${identifier}Wire`,
    zodWireLazyName: `lazyZ${identifier}Wire`,
    zodCodecName: `z${identifier}Codec`,
    makeName: `make${identifier}`,
    zodLazyName: `lazyZ${identifier}`,
    fixturesName: `${lowerCamelIdentifier(identifier)}Fixtures`,
    valuesName: `${identifier}Values`,
  };
  const { fileName, ...exportedByKind } = names;
  return { names, exported: Object.values(exportedByKind), fileKey: fileName.toLowerCase() };
}

/**
 * The names worked out for identifiers, kept by a caller that builds many tables (a watcher builds one
 * after every edit). Case conversion costs microseconds a call and a variant makes thousands; kept, the
 * names are also the same strings each time, whose hashes the sets below have already worked out. The
 * last table's names are kept too: they depend only on each declaration's id, name and area, in order.
 */
export interface NameMemory {
  readonly identifiers: Map<string, string>;
  readonly names: Map<string, NamesOfIdentifier>;
  /** The last table's names (undefined for a repeated id), and the ids, names and areas they were given for. */
  table: { readonly from: readonly (readonly string[])[]; readonly names: readonly (SymbolNames | undefined)[] } | undefined;
  /** The last tables' symbols, by declaration: the same again while its names are. */
  readonly symbols: WeakMap<Declaration, DeclarationSymbol>;
}

export function newNameMemory(): NameMemory {
  return { identifiers: new Map(), names: new Map(), table: undefined, symbols: new WeakMap() };
}

function remembered<T>(results: Map<string, T>, text: string, convert: (text: string) => T): T {
  let result = results.get(text);
  if (result === undefined) results.set(text, (result = convert(text)));
  return result;
}

function isFree(names: NamesOfIdentifier, takenNames: ReadonlySet<string>, takenFiles: ReadonlySet<string>): boolean {
  return !takenFiles.has(names.fileKey) && names.exported.every((name) => !takenNames.has(name) && !shadowedNames.has(name));
}

/** The names of declarations in `id` order, disambiguating clashes with numeric suffixes; undefined for a repeated id. */
function assignNames(ordered: readonly Declaration[], memory: NameMemory): (SymbolNames | undefined)[] {
  const identifierFor = (name: string): string => remembered(memory.identifiers, name, typeIdentifier);
  const namesOf = (identifier: string): NamesOfIdentifier => remembered(memory.names, identifier, namesOfIdentifier);
  const sharing = new Map<string, number>();
  for (const decl of ordered) sharing.set(decl.canonicalName, (sharing.get(decl.canonicalName) ?? 0) + 1);
  const takenNames = new Set<string>();
  const takenFiles = new Set<string>();
  const ids = new Set<string>();
  return ordered.map((decl) => {
    if (ids.has(decl.id)) return undefined; // ids are unique by contract; a repeated page is emitted once
    ids.add(decl.id);
    const shared = (sharing.get(decl.canonicalName) ?? 0) > 1 && decl.area !== "";
    let base = identifierFor(shared ? pascalCase(decl.area) + decl.canonicalName : decl.canonicalName);
    if (shadowedNames.has(base)) base = `${base}Type`;
    let names = namesOf(base);
    for (let suffix = 2; !isFree(names, takenNames, takenFiles); suffix++) names = namesOf(`${base}${suffix}`);
    for (const name of names.exported) takenNames.add(name);
    takenFiles.add(names.fileKey);
    return names.names;
  });
}

/** Assigns names to all declarations, in `id` order, disambiguating clashes with numeric suffixes. */
export function buildSymbolTable(declarations: readonly Declaration[], memory: NameMemory = newNameMemory()): SymbolTable {
  const ordered = [...declarations].sort((a, b) => compareCodeUnits(a.id, b.id));
  const from = nameIndexOf(ordered);
  const names = memory.table !== undefined && sameLists(memory.table.from, from) ? memory.table.names : assignNames(ordered, memory);
  memory.table = { from, names };
  const symbols: DeclarationSymbol[] = [];
  const byId = new Map<string, DeclarationSymbol>();
  ordered.forEach((decl, position) => {
    const given = names[position];
    if (given === undefined) return;
    // Every name of a symbol follows from its identifier.
    let symbol = memory.symbols.get(decl);
    if (symbol?.identifier !== given.identifier) {
      symbol = { decl, ...given };
      memory.symbols.set(decl, symbol);
    }
    symbols.push(symbol);
    byId.set(decl.id, symbol);
  });
  return { symbols, byId };
}

/** The declaration a ref points at, or `undefined` when the reference was not resolved. */
export function resolveRef(table: SymbolTable, ref: RefType): DeclarationSymbol | undefined {
  return ref.target === "" ? undefined : table.byId.get(ref.target);
}
