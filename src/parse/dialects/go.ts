/** Go (Speakeasy): `*string*`, `` `*string` ``, `**string*` (optional pointer), `[]T`, `map[string]T`, `[*shared.X](…)`. */
import { type DialectSpec, primitive } from "./dialect.js";

export const go: DialectSpec = {
  dialect: "go",
  names: {
    string: primitive.string,
    bool: primitive.boolean,
    int: primitive.integer,
    int8: primitive.integer,
    int16: primitive.integer,
    int32: primitive.integer,
    int64: primitive.integer,
    uint: primitive.integer,
    uint8: primitive.integer,
    uint16: primitive.integer,
    uint32: primitive.integer,
    uint64: primitive.integer,
    float32: primitive.number,
    float64: primitive.number,
    "big.Int": primitive.integer,
    "big.Float": primitive.number,
    "decimal.Big": primitive.number,
    "time.Time": primitive.dateTime,
    "types.Date": primitive.date,
    any: primitive.any,
    "interface{}": primitive.any,
    "io.Reader": primitive.binary,
    "io.ReadCloser": primitive.binary,
    "http.Response": primitive.httpResponse,
  },
  generics: {},
  // A pointer says a value may be left out; Go also points to values that are never null (`*big.Int`).
  marks: { "*T": "optional" },
  unionMemberCode: /\(\s*([^(){]+?)\s*\{/,
  nullability: "marked",
  notations: new Set(["*T", "[]T", "map[K]V", "A.B"]),
  evidence: { codeLanguages: ["go"], linkHosts: ["pkg.go.dev"] },
};
