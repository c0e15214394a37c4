/** C# (Speakeasy): `*string*`, `List<T>`, `Dictionary<String, T>`, `[DateTime](…)`, `[Models.Components.X](…)`. */
import { type DialectSpec, primitive } from "./dialect.js";

export const csharp: DialectSpec = {
  dialect: "csharp",
  names: {
    string: primitive.string,
    String: primitive.string,
    bool: primitive.boolean,
    int: primitive.integer,
    long: primitive.integer,
    short: primitive.integer,
    BigInteger: primitive.integer,
    float: primitive.number,
    double: primitive.number,
    decimal: primitive.number,
    // Written for date-only fields too (before .NET 6 C# had no date type); DateTimeOffset is an instant.
    DateTime: primitive.looseDateTime,
    DateTimeOffset: primitive.dateTime,
    LocalDate: primitive.date,
    DateOnly: primitive.date,
    object: primitive.any,
    Object: primitive.any,
    Guid: primitive.string,
    Stream: primitive.binary,
    HttpResponseMessage: primitive.httpResponse,
    HttpRequestMessage: primitive.httpResponse,
    byte: { kind: "primitive", name: "integer" },
  },
  generics: { List: "array", Dictionary: "map", Nullable: "nullable" },
  marks: { "T?": "nullable" },
  // `int?` is how generators write an optional value type, whether or not the API allows null.
  weakMarks: ["T?"],
  nullability: "marked",
  notations: new Set(["N<>", "T[]", "T?", "A.B"]),
  evidence: { codeLanguages: ["csharp", "cs", "c#"], linkHosts: ["learn.microsoft.com", "docs.microsoft.com"] },
};
