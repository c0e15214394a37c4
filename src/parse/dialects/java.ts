/** Java (Speakeasy): `*String*`, `Optional<T>`, `List<T>`, `Map<String, T>`, `JsonNullable<T>`, `[OffsetDateTime](…)`. */
import { type DialectSpec, primitive } from "./dialect.js";

export const java: DialectSpec = {
  dialect: "java",
  names: {
    String: primitive.string,
    int: primitive.integer,
    Integer: primitive.integer,
    long: primitive.integer,
    Long: primitive.integer,
    short: primitive.integer,
    Short: primitive.integer,
    BigInteger: primitive.integer,
    double: primitive.number,
    Double: primitive.number,
    float: primitive.number,
    Float: primitive.number,
    BigDecimal: primitive.number,
    boolean: primitive.boolean,
    Boolean: primitive.boolean,
    OffsetDateTime: primitive.dateTime,
    LocalDate: primitive.date,
    Object: primitive.any,
    InputStream: primitive.binary,
    byte: primitive.integer,
  },
  generics: {
    List: "array",
    Map: "map",
    Optional: "nilable",
    JsonNullable: "optional-nullable",
    HttpResponse: "http-response",
  },
  marks: {},
  nullability: "exact",
  notations: new Set(["N<>", "T[]", "?", "A.B"]),
  evidence: { codeLanguages: ["java"], linkHosts: ["docs.oracle.com"] },
};
