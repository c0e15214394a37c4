/** Ruby (Speakeasy, Sorbet types): `*::String*`, `T.nilable(T)`, `T::Array<T>`, `T::Hash[Symbol, T]`, `[Models::Shared::X](…)`. */
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
    "T::Boolean": primitive.boolean,
    TrueClass: primitive.boolean,
    FalseClass: primitive.boolean,
    // Speakeasy's Ruby docs link every date-time field as `[Date](…/Date.html)`.
    Date: primitive.dateTime,
    DateTime: primitive.dateTime,
    Time: primitive.dateTime,
    Object: primitive.any,
    "T.untyped": primitive.any,
    NilClass: primitive.null,
    StringIO: primitive.binary,
    IO: primitive.binary,
    "Faraday::Response": primitive.httpResponse,
  },
  generics: {
    "T::Array": "array",
    "T::Hash": "map",
    "T.nilable": "nilable",
    "T.any": "union",
  },
  marks: {},
  nullability: "marked",
  notations: new Set(["::A", "A::B", "A.B", "N<>", "N[]", "N()"]),
  evidence: { codeLanguages: ["ruby", "rb"], linkHosts: ["ruby-doc.org", "www.rubydoc.info", "rubydoc.info"] },
};
