/**
 * Dart (OpenAPI Generator's `dart` and `dart-dio`): `**String**`, `**int**`, `**num**`, `**bool**`,
 * `[**DateTime**](…)`, `List<T>`, `Map<String, T>`, and built_value's `BuiltList<T>`, `BuiltMap<String, T>`,
 * `BuiltSet<T>`, `JsonObject`, `Date`.
 */
import { type DialectSpec, primitive } from "./dialect.js";

export const dart: DialectSpec = {
  dialect: "dart",
  names: {
    String: primitive.string,
    int: primitive.integer,
    // `num` is an int or a double: Dart does not say which.
    num: { kind: "primitive", name: "number", unstated: ["integer"] },
    double: primitive.number,
    bool: primitive.boolean,
    // Dart's core date class, which generators write for dates too (dart-dio's `dateLibrary: core`): loosely.
    DateTime: primitive.looseDateTime,
    Date: primitive.date,
    Object: primitive.any,
    dynamic: primitive.any,
    JsonObject: primitive.any,
    Uint8List: primitive.binary,
    MultipartFile: primitive.binary,
  },
  generics: {
    List: "array",
    BuiltList: "array",
    Set: "array",
    BuiltSet: "array",
    Map: "map",
    BuiltMap: "map",
  },
  marks: { "T?": "nilable" },
  nullability: "marked",
  notations: new Set(["N<>", "T?", "A.B"]),
  evidence: { codeLanguages: ["dart"], linkHosts: ["api.dart.dev", "pub.dev"] },
};
