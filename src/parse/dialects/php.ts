/** PHP (Speakeasy): `*?string*`, `array<T>`, `array<string, T>`, `[\DateTime](…)`, `[?Shared\X](…)`, `\Brick\Math\BigInteger`. */
import { type DialectSpec, primitive } from "./dialect.js";

export const php: DialectSpec = {
  dialect: "php",
  names: {
    // PHP strings hold text and bytes alike: a binary body is documented as `string` too.
    string: { kind: "primitive", name: "string", unstated: ["binary"] },
    int: primitive.integer,
    integer: primitive.integer,
    float: primitive.number,
    double: primitive.number,
    bool: primitive.boolean,
    boolean: primitive.boolean,
    mixed: primitive.any,
    object: primitive.any,
    // a bare `array` is a list or a map: PHP does not say which
    array: primitive.any,
    null: primitive.null,
    // PHP's date classes hold dates and date-times alike.
    DateTime: primitive.looseDateTime,
    DateTimeInterface: primitive.looseDateTime,
    DateTimeImmutable: primitive.looseDateTime,
    "Brick\\DateTime\\LocalDate": primitive.date,
    "Brick\\Math\\BigInteger": primitive.integer,
    "Brick\\Math\\BigDecimal": primitive.number,
    "Psr\\Http\\Message\\ResponseInterface": primitive.httpResponse,
    "Psr\\Http\\Message\\StreamInterface": primitive.binary,
    SplFileObject: primitive.binary,
  },
  generics: { array: "array-or-map" },
  // `?T` is PHP's nullable type; the SDK writes it for every field that may be left out, null or not.
  marks: { "?T": "nilable" },
  nullMember: "nilable",
  unionMemberCode: /@var\s+([^\n*]+?)\s*(?:\n|\*\/)/,
  nullability: "marked",
  // `string[]` and swagger-codegen's `map[string,T]` are how PHP docblocks and generators write arrays and maps.
  notations: new Set(["?T", "N<>", "A\\B", "::A", "A|B", "T[]", "map[K]V"]),
  evidence: { codeLanguages: ["php"], linkHosts: ["www.php.net", "php.net", "www.php-fig.org"] },
};
