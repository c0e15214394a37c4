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
    DateTime: primitive.dateTime,
    DateTimeOffset: primitive.dateTime,
    LocalDate: primitive.date,
    DateOnly: primitive.date,
    object: primitive.any,
    Stream: primitive.binary,
    HttpResponseMessage: primitive.httpResponse,
  },
  generics: { List: "array", Dictionary: "map", Nullable: "nullable" },
  modelPrefixes: [/^(Models\.)?(Components|Requests|Operations|Shared)\./],
  pointerIsOptional: false,
  evidence: {
    codeLanguages: ["csharp", "cs", "c#"],
    linkHosts: ["learn.microsoft.com", "docs.microsoft.com"],
    typePatterns: [/\bList</, /\bDictionary</, /\*double\*/, /\*long\*/, /\bModels\.Components\./, /\*object\*/],
  },
};
