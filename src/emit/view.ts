/**
 * The IR as the emitters read it, worked out once per run (per {@link EmitContext}): each model's fields
 * on the wire with their property names and wire keys, each union's members on the wire, which
 * declarations can hold a model whose unknown keys `strip` takes out, and the fixtures' ranks. Each is
 * computed on first use and kept in the view, so every emitter of a run shares it and nothing outlives
 * the run.
 */
import { canonicalFieldName, emittedFieldName } from "../ir/naming.js";
import { namedFields, type NamedField } from "../ir/property-names.js";
import type { ModelDecl, TypeExpr, UnionDecl } from "../ir/types.js";
import { wireType } from "../ir/wire-type.js";
import type { ResolvedEmitOptions } from "../options.js";
import { resolveRef, type DeclarationSymbol, type SymbolTable } from "./common/symbols.js";
import { enumValues, isOpenEnum, unionMemberTypes } from "./common/wire.js";
import { computeRanks, type Ranks } from "./fixtures/ranks.js";

/** A member of a discriminated union: a model, and the values of the discriminating field that select it. */
export interface DiscriminatedMember {
  readonly symbol: DeclarationSymbol;
  readonly values: readonly (string | number | boolean)[];
  /** Whether the member's field is typed with exactly these values (a literal, a closed enum); else only the docs' mapping says them. */
  readonly typed: boolean;
}

/**
 * A union whose members are told apart by one field: the docs name it (`UnionDecl.discriminator`, with
 * the values it maps to members, or the members' literals), or, named or not, every member is a model
 * whose field of one name is required and typed with values of its own (a literal, a closed enum), no
 * value shared. Emitters dispatch on it: a validator reads the field and checks the member it selects,
 * zod's `z.discriminatedUnion`, JSON Schema's `oneOf`, OpenAPI's `discriminator`.
 */
export interface UnionDiscriminator {
  /** The field's property name in TypeScript, and its key in the API's JSON. */
  readonly key: string;
  readonly wire: string;
  /** `docs`: the docs name the field; `literals`: the members' types decide. */
  readonly source: "docs" | "literals";
  /** In the union's order. */
  readonly members: readonly DiscriminatedMember[];
}

/** A model field as emitted: its property name, its wire type, and its key in the API's JSON. */
export interface WireField extends NamedField {
  /** The key in the API's JSON (`wireNaming`); the property name when both namings agree. */
  readonly wire: string;
}

export interface IRView {
  /** A model's fields on the wire, in the docs' order, each with a property name of its own (ir/property-names.ts). */
  fields(model: ModelDecl): readonly WireField[];
  /** A union page's member types on the wire as one union; `undefined` when no member is (then anything is accepted). */
  members(union: UnionDecl): TypeExpr | undefined;
  /** Whether a declaration's values can hold a model with fields, whose unknown keys `strip` takes out. */
  strips(symbol: DeclarationSymbol): boolean;
  /** Whether values of the type can hold such a model. */
  typeStrips(type: TypeExpr): boolean;
  /** How a union page's members are told apart, when one field does (see {@link UnionDiscriminator}). */
  discriminator(union: UnionDecl): UnionDiscriminator | undefined;
  /** The ids of the models that are members of a discriminated union whose members' types state its values. */
  typedDiscriminatedMembers(): ReadonlySet<string>;
  /**
   * The fixtures' rank of each model and union (the depth of its smallest finite value; fixtures/ranks.ts),
   * of the declarations selected and what they reach; missing: no finite value.
   */
  ranks(): Ranks;
}

/** The view of a run; `selected`: the declarations whose fixtures are made (their ranks are what is needed). */
export function newIRView(symbols: SymbolTable, options: ResolvedEmitOptions, selected?: readonly DeclarationSymbol[]): IRView {
  const fieldsOf = new Map<ModelDecl, readonly WireField[]>();
  const membersOf = new Map<UnionDecl, TypeExpr | undefined>();
  const strippable = new Map<string, boolean>();
  const discriminators = new Map<UnionDecl, UnionDiscriminator | undefined>();
  let typedMembers: ReadonlySet<string> | undefined;
  let ranks: Ranks | undefined;
  const view: IRView = {
    fields(model) {
      let fields = fieldsOf.get(model);
      if (fields === undefined) {
        const sameKeys = options.wireNaming === options.naming;
        fields = namedFields(model, options.naming).map((named) => ({ ...named, wire: sameKeys ? named.key : emittedFieldName(named.field, options.wireNaming) }));
        fieldsOf.set(model, fields);
      }
      return fields;
    },
    members(union) {
      if (!membersOf.has(union)) membersOf.set(union, unionMemberTypes(union));
      return membersOf.get(union);
    },
    strips(symbol) {
      const known = strippable.get(symbol.decl.id);
      if (known !== undefined) return known;
      const decl = symbol.decl;
      if (decl.kind === "enum") return false;
      if (decl.kind === "model") {
        const strips = view.fields(decl).length !== 0;
        strippable.set(decl.id, strips);
        return strips;
      }
      strippable.set(decl.id, false); // a cycle through union pages alone holds no model
      const members = view.members(decl);
      const strips = members !== undefined && view.typeStrips(members);
      strippable.set(decl.id, strips);
      return strips;
    },
    typeStrips(type) {
      switch (type.kind) {
        case "ref": {
          const target = resolveRef(symbols, type);
          return target !== undefined && view.strips(target);
        }
        case "array":
          return view.typeStrips(type.items);
        case "map":
          return view.typeStrips(type.values);
        case "union":
          return type.members.some((member) => view.typeStrips(member));
        default:
          return false;
      }
    },
    discriminator(union) {
      if (!discriminators.has(union)) discriminators.set(union, findDiscriminator(union, symbols, view));
      return discriminators.get(union);
    },
    typedDiscriminatedMembers() {
      typedMembers ??= new Set(
        symbols.symbols.flatMap(({ decl }) => {
          const found = decl.kind === "union" ? view.discriminator(decl) : undefined;
          return found === undefined || !found.members.every(({ typed }) => typed) ? [] : found.members.map(({ symbol }) => symbol.decl.id);
        }),
      );
      return typedMembers;
    },
    ranks() {
      ranks ??= computeRanks(symbols, view, selected);
      return ranks;
    },
  };
  return view;
}

/** The values a field's type allows, when it is a literal or a closed enum: what can tell members apart. */
function literalValues(type: TypeExpr, symbols: SymbolTable): (string | number | boolean)[] | undefined {
  if (type.kind === "literal") {
    const { value } = type;
    return value === null || (typeof value === "number" && !Number.isFinite(value)) ? undefined : [value];
  }
  if (type.kind !== "ref") return undefined;
  const target = resolveRef(symbols, type)?.decl;
  if (target?.kind !== "enum" || isOpenEnum(target)) return undefined;
  const values = enumValues(target);
  return values.length === 0 ? undefined : values;
}

/** Whether no value selects two members. */
function disjoint(members: readonly DiscriminatedMember[]): boolean {
  const seen = new Set<string | number | boolean>();
  for (const { values } of members) {
    for (const value of values) {
      if (seen.has(value)) return false;
      seen.add(value);
    }
  }
  return true;
}

function findDiscriminator(union: UnionDecl, symbols: SymbolTable, view: IRView): UnionDiscriminator | undefined {
  // Every member a model of the variant, each once.
  const models: DeclarationSymbol[] = [];
  for (const member of union.members) {
    const type = wireType(member.type);
    if (type === undefined) continue;
    const target = type.kind === "ref" ? resolveRef(symbols, type) : undefined;
    if (target?.decl.kind !== "model" || models.includes(target)) return undefined;
    models.push(target);
  }
  if (models.length < 2) return undefined;
  const fieldsOf = (symbol: DeclarationSymbol): readonly WireField[] => view.fields(symbol.decl as ModelDecl);
  /** The member's required, non-null field of this property name. */
  const fieldNamed = (symbol: DeclarationSymbol, key: string): WireField | undefined =>
    fieldsOf(symbol).find((field) => field.key === key && field.field.required && !field.field.nullable);
  const named = union.discriminator;
  if (named !== undefined) {
    const canonical = canonicalFieldName(named.field);
    const first = fieldsOf(models[0]!).find((field) => field.field.canonicalName === canonical);
    if (first === undefined) return undefined;
    const fields = models.map((symbol) => fieldNamed(symbol, first.key));
    if (fields.some((field) => field === undefined)) return undefined;
    const members = models.map((symbol, position): DiscriminatedMember => {
      const typedValues = literalValues(fields[position]!.type, symbols);
      const mapped = named.mapping?.filter(({ member }) => {
        const type = union.members[member] === undefined ? undefined : wireType(union.members[member]!.type);
        return type?.kind === "ref" && type.target === symbol.decl.id;
      }).map(({ value }) => value);
      const values = mapped !== undefined && mapped.length !== 0 ? mapped : (typedValues ?? []);
      const typed = typedValues !== undefined && typedValues.length === values.length && values.every((value) => typedValues.includes(value));
      return { symbol, values, typed };
    });
    if (members.some(({ values }) => values.length === 0) || !disjoint(members)) return undefined;
    return { key: first.key, wire: first.wire, source: "docs", members };
  }
  for (const candidate of fieldsOf(models[0]!)) {
    const fields = models.map((symbol) => fieldNamed(symbol, candidate.key));
    const valueSets = fields.map((field) => (field === undefined ? undefined : literalValues(field.type, symbols)));
    if (valueSets.some((values) => values === undefined)) continue;
    const members = models.map((symbol, position): DiscriminatedMember => ({ symbol, values: valueSets[position]!, typed: true }));
    if (disjoint(members)) return { key: candidate.key, wire: candidate.wire, source: "literals", members };
  }
  return undefined;
}
