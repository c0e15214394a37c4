/**
 * Rust (OpenAPI Generator's `rust` client): `**String**`, `**i32**`, `Option<**bool**>`, `Vec<T>`,
 * `std::collections::HashMap<String, T>`, `serde_json::Value`, `[**models::X**](X.md)`, `Box<models::X>`.
 */
import { type DialectSpec, primitive } from "./dialect.js";

export const rust: DialectSpec = {
  dialect: "rust",
  names: {
    String: primitive.string,
    str: primitive.string,
    char: primitive.string,
    bool: primitive.boolean,
    i8: primitive.integer,
    i16: primitive.integer,
    i32: primitive.integer,
    i64: primitive.integer,
    i128: primitive.integer,
    isize: primitive.integer,
    u8: primitive.integer,
    u16: primitive.integer,
    u32: primitive.integer,
    u64: primitive.integer,
    u128: primitive.integer,
    usize: primitive.integer,
    f32: primitive.number,
    f64: primitive.number,
    "serde_json::Value": primitive.any,
    Value: primitive.any,
    "uuid::Uuid": primitive.string,
    Uuid: primitive.string,
    "std::path::PathBuf": primitive.binary,
    PathBuf: primitive.binary,
    "reqwest::Response": primitive.httpResponse,
  },
  generics: {
    Vec: "array",
    HashMap: "map",
    BTreeMap: "map",
    HashSet: "array",
    BTreeSet: "array",
    // `Option<T>`: left out, or null where the field is required (OpenAPI Generator's nullable required fields).
    Option: "nilable",
    // `Box<T>` is T on the heap: the same value on the wire.
    Box: "same",
  },
  marks: {},
  nullability: "marked",
  notations: new Set(["N<>", "A::B"]),
  evidence: { codeLanguages: ["rust", "rs"], linkHosts: ["docs.rs", "doc.rust-lang.org"] },
};
