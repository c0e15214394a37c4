/**
 * Kotlin (OpenAPI Generator's `kotlin` client): `**kotlin.String**`, `**kotlin.Int**`,
 * `**kotlin.collections.List&lt;T&gt;**`, `**kotlin.collections.Map&lt;kotlin.String, T&gt;**`,
 * `**java.time.OffsetDateTime**`, `**kotlin.Any**`, `T?`. Names are listed without their package:
 * `names.ts` reads a namespaced name by its last segment.
 */
import { type DialectSpec, primitive } from "./dialect.js";

export const kotlin: DialectSpec = {
  dialect: "kotlin",
  names: {
    String: primitive.string,
    Char: primitive.string,
    Int: primitive.integer,
    Long: primitive.integer,
    Short: primitive.integer,
    Byte: primitive.integer,
    UInt: primitive.integer,
    ULong: primitive.integer,
    BigInteger: primitive.integer,
    Double: primitive.number,
    Float: primitive.number,
    BigDecimal: primitive.number,
    Boolean: primitive.boolean,
    OffsetDateTime: primitive.dateTime,
    LocalDateTime: primitive.dateTime,
    Instant: primitive.dateTime,
    LocalDate: primitive.date,
    UUID: primitive.string,
    URI: primitive.string,
    Any: primitive.any,
    ByteArray: primitive.binary,
    File: primitive.binary,
  },
  generics: { List: "array", MutableList: "array", Set: "array", Array: "array", Map: "map", MutableMap: "map" },
  marks: { "T?": "nilable" },
  nullability: "marked",
  notations: new Set(["N<>", "T?", "A.B"]),
  evidence: { codeLanguages: ["kotlin", "kt"], linkHosts: ["kotlinlang.org"] },
};
