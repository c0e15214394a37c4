/**
 * Hand-built IR for the diff tests: small builders that fill in canonical names (with the real
 * naming rules), sources and defaults, so a test states only what it is about.
 */
import { areaOf } from "../../src/parse/page-reader.js";
import { canonicalFieldName, canonicalTypeName } from "../../src/ir/naming.js";
import { withSdkShape } from "../../src/ir/sdk-shape.js";
import type {
  Declaration,
  Dialect,
  EnumDecl,
  Field,
  ModelDecl,
  ModelRole,
  PrimitiveName,
  TypeExpr,
  UnionDecl,
  Variant,
} from "../../src/ir/types.js";

const prim = (name: PrimitiveName): TypeExpr => ({ kind: "primitive", name });

export const t = {
  string: prim("string"),
  integer: prim("integer"),
  number: prim("number"),
  /** TypeScript's `number`: integer or not, the notation does not say. */
  vagueNumber: { kind: "primitive", name: "number", unstated: ["integer"] } as TypeExpr,
  /** PHP's and Ruby's `string`: text or bytes, the notation does not say. */
  byteString: { kind: "primitive", name: "string", unstated: ["binary"] } as TypeExpr,
  boolean: prim("boolean"),
  date: prim("date"),
  dateTime: prim("date-time"),
  /** A date-time class generators write for dates too (Python's `datetime`): whether it has a time of day is weak. */
  looseDateTime: { kind: "primitive", name: "date-time", weak: ["time"] } as TypeExpr,
  any: { kind: "any" } as TypeExpr,
  binary: { kind: "binary" } as TypeExpr,
  httpResponse: { kind: "http-response" } as TypeExpr,
  array: (items: TypeExpr): TypeExpr => ({ kind: "array", items }),
  map: (values: TypeExpr): TypeExpr => ({ kind: "map", values }),
  ref: (target: string, written: string): TypeExpr => ({ kind: "ref", target, written }),
  union: (...members: TypeExpr[]): TypeExpr => ({ kind: "union", members }),
  literal: (value: string | number | boolean | null): TypeExpr => ({ kind: "literal", value }),
  unknown: (written: string): TypeExpr => ({ kind: "unknown", written }),
};

export interface FieldSpec {
  readonly name: string;
  readonly type: TypeExpr;
  readonly required?: boolean;
  readonly nullable?: boolean;
  readonly deprecated?: boolean;
  readonly description?: string;
  readonly typeText?: string;
  /** Facts the field's docs leave unsaid. */
  readonly unstated?: readonly ("required" | "nullable")[];
  /** Facts the field's docs say loosely (C#'s `int?`: nullable). */
  readonly weak?: readonly "nullable"[];
}

/** A field spec: `f("HookURL", t.string, { required: true })`. */
export function f(name: string, type: TypeExpr, options: Omit<FieldSpec, "name" | "type"> = {}): FieldSpec {
  return { name, type, ...options };
}

interface DeclOptions {
  readonly role?: ModelRole;
  readonly description?: string;
}

/** The first table row of a page is on line 10 (title, blank lines, section heading, table head). */
const FIRST_ROW = 10;

export function model(id: string, name: string, fields: readonly FieldSpec[], options: DeclOptions = {}): ModelDecl {
  return {
    kind: "model",
    id,
    name,
    canonicalName: canonicalTypeName(name),
    area: areaOf(id),
    description: options.description ?? "",
    role: options.role ?? "shared",
    source: { file: id, line: 1, column: 1 },
    fields: fields.map(
      (spec, index): Field => ({
        name: spec.name,
        canonicalName: canonicalFieldName(spec.name),
        type: spec.type,
        typeText: spec.typeText ?? spec.type.kind,
        required: spec.required ?? false,
        nullable: spec.nullable ?? false,
        ...(spec.unstated ? { unstated: spec.unstated } : {}),
        ...(spec.weak ? { weak: spec.weak } : {}),
        deprecated: spec.deprecated ?? false,
        description: spec.description ?? "",
        source: { file: id, line: FIRST_ROW + index, column: 1 },
      }),
    ),
  };
}

export function enumDecl(
  id: string,
  name: string,
  values: ReadonlyArray<string | number>,
  options: DeclOptions & { readonly open?: boolean; readonly openUnstated?: boolean } = {},
): EnumDecl {
  return {
    kind: "enum",
    id,
    name,
    canonicalName: canonicalTypeName(name),
    area: areaOf(id),
    description: options.description ?? "",
    role: options.role ?? "shared",
    source: { file: id, line: 1, column: 1 },
    open: options.openUnstated === true ? true : (options.open ?? false),
    ...(options.openUnstated === true ? { unstated: ["open" as const] } : {}),
    values: values.map((value, index) => ({
      name: `${name}${String(value)}`,
      value,
      source: { file: id, line: FIRST_ROW + index, column: 1 },
    })),
  };
}

export function unionDecl(id: string, name: string, members: readonly TypeExpr[], options: DeclOptions = {}): UnionDecl {
  return {
    kind: "union",
    id,
    name,
    canonicalName: canonicalTypeName(name),
    area: areaOf(id),
    description: options.description ?? "",
    role: options.role ?? "shared",
    source: { file: id, line: 1, column: 1 },
    members: members.map((type, index) => ({ label: `Member${index}`, type, source: { file: id, line: FIRST_ROW + index * 4, column: 1 } })),
    // As the parser reads a union page that lists no member (Java's title-only pages): its members are unstated.
    ...(members.length === 0 ? { unstated: ["members" as const] } : {}),
  };
}

/** A variant of the declarations, what is the SDK's recorded as the parser records it (ir/sdk-shape.ts). */
export function variant(name: string, root: string, declarations: readonly Declaration[], dialect: Dialect = "go"): Variant {
  return {
    name,
    root,
    dialect,
    declarations: withSdkShape([...declarations].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))),
    diagnostics: [],
  };
}

/** A variant holding one declaration (for version-mode tests). */
export function single(name: string, declaration: Declaration, extra: readonly Declaration[] = []): Variant {
  return variant(name, name, [declaration, ...extra]);
}
