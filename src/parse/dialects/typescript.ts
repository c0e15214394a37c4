/** TypeScript (Speakeasy): `*string*`, `T[]`, `Record<string, T>`, `[shared.X](…)`, `[Date](…)`. */
import { type DialectSpec, primitive } from "./dialect.js";

export const typescript: DialectSpec = {
  dialect: "typescript",
  names: {
    string: primitive.string,
    number: primitive.number,
    bigint: primitive.integer,
    boolean: primitive.boolean,
    Date: primitive.dateTime,
    RFCDate: primitive.date,
    any: primitive.any,
    unknown: primitive.any,
    Uint8Array: primitive.binary,
    ArrayBuffer: primitive.binary,
    Blob: primitive.binary,
    File: primitive.binary,
    Response: primitive.httpResponse,
    null: { kind: "literal", value: null },
  },
  generics: { Record: "map", Array: "array", ReadableStream: "binary" },
  modelPrefixes: [/^(shared|operations|components)\./],
  pointerIsOptional: false,
  evidence: {
    codeLanguages: ["typescript", "ts"],
    linkHosts: ["developer.mozilla.org"],
    typePatterns: [/\bRecord</, /\*number\*/, /\*boolean\*/, /\]\[\]|\*\[\]/, /ReadableStream</],
  },
};
