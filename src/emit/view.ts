/**
 * The IR as the emitters read it, worked out once per run (per {@link EmitContext}): each model's fields
 * on the wire with their property names and wire keys, each union's members on the wire, which
 * declarations can hold a model whose unknown keys `strip` takes out, and the fixtures' ranks. Each is
 * computed on first use and kept in the view, so every emitter of a run shares it and nothing outlives
 * the run.
 */
import { emittedFieldName } from "../ir/naming.js";
import { namedFields, type NamedField } from "../ir/property-names.js";
import type { ModelDecl, TypeExpr, UnionDecl } from "../ir/types.js";
import type { ResolvedEmitOptions } from "../options.js";
import { resolveRef, type DeclarationSymbol, type SymbolTable } from "./common/symbols.js";
import { unionMemberTypes } from "./common/wire.js";
import { computeRanks, type Ranks } from "./fixtures/ranks.js";

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
    ranks() {
      ranks ??= computeRanks(symbols, view, selected);
      return ranks;
    },
  };
  return view;
}
