/**
 * Ruby (Speakeasy, Sorbet types): `*::String*`, `T.nilable(T)`, `T::Array<T>`, `T::Hash[Symbol, T]`,
 * `[Models::Shared::X](…)`; newer generators write the same with Speakeasy's own module,
 * `Crystalline::Nilable.new(::String)`, `Crystalline::Array<T>`. Names are listed without their module
 * (`names.ts` reads a namespaced name by its last segment), so `T::Array` and `Crystalline::Array` are one.
 */
import { type DialectSpec, primitive } from "./dialect.js";

export const ruby: DialectSpec = {
  dialect: "ruby",
  names: {
    // Ruby strings hold text and bytes alike: a binary body is documented as `::String` too.
    String: { kind: "primitive", name: "string", unstated: ["binary"] },
    Symbol: primitive.string,
    Integer: primitive.integer,
    Float: primitive.number,
    Numeric: primitive.number,
    BigDecimal: primitive.number,
    Boolean: primitive.boolean,
    TrueClass: primitive.boolean,
    FalseClass: primitive.boolean,
    // Speakeasy's Ruby docs link every date-time field as `[Date](…/Date.html)`: loosely.
    Date: primitive.looseDateTime,
    DateTime: primitive.dateTime,
    Time: primitive.dateTime,
    Object: primitive.any,
    untyped: primitive.any,
    NilClass: primitive.null,
    nil: primitive.null,
    File: primitive.binary,
    StringIO: primitive.binary,
    IO: primitive.binary,
    "Faraday::Response": primitive.httpResponse,
  },
  generics: {
    Array: "array",
    Hash: "map",
    // `T.nilable(T)`, `Crystalline::Nilable.new(T)`
    nilable: "nilable",
    Nilable: "nilable",
    // `T.any(A, B)`
    any: "union",
  },
  constructorSuffix: ".new",
  marks: {},
  nullability: "marked",
  notations: new Set(["::A", "A::B", "A.B", "N<>", "N[]", "N()"]),
  evidence: { codeLanguages: ["ruby", "rb"], linkHosts: ["ruby-doc.org", "www.rubydoc.info", "rubydoc.info"] },
};
