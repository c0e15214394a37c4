/** TypeScript (Speakeasy): `*string*`, `T[]`, `Record<string, T>`, `[shared.X](…)`, `[Date](…)`. */
import { type DialectSpec, primitive } from "./dialect.js";

export const typescript: DialectSpec = {
  dialect: "typescript",
  names: {
    string: primitive.string,
    // `number` is an integer or a float: TypeScript has no way to say which.
    number: { kind: "primitive", name: "number", unstated: ["integer"] },
    bigint: primitive.integer,
    BigInt: primitive.integer,
    boolean: primitive.boolean,
    // JavaScript's one date class holds dates and date-times alike.
    Date: primitive.looseDateTime,
    RFCDate: primitive.date,
    any: primitive.any,
    object: primitive.any,
    unknown: primitive.any,
    Uint8Array: primitive.binary,
    ArrayBuffer: primitive.binary,
    Blob: primitive.binary,
    File: primitive.binary,
    Response: primitive.httpResponse,
    null: primitive.null,
  },
  generics: { Record: "map", Array: "array", Set: "array", ReadonlyArray: "array", ReadableStream: "binary" },
  absentNames: ["undefined"],
  marks: {},
  // `const value: { [k: string]: any } = {…}` under a member heading
  unionMemberCode: /^\s*(?:const|let|var)\s+[A-Za-z_$][\w$]*\s*:\s*(.+?)\s*=(?!>)/m,
  nullability: "marked",
  notations: new Set(["T[]", "N<>", "A|B", "{[K]:V}", "A.B"]),
  evidence: { codeLanguages: ["typescript", "ts"], linkHosts: ["developer.mozilla.org"] },
};
