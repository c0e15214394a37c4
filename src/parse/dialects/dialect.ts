/**
 * What a dialect module declares: data only. The grammar is shared (`type-syntax.ts`); a dialect says
 * what its names mean, what its wrappers say of a field, which notations it writes and how to recognise
 * its pages. A name a dialect does not list is read by the rules every dialect shares (`type-reader.ts`):
 * a link to a page is a reference, a namespaced or capitalised name a model looked up by name, a link
 * to a library's documentation a type read by what it is (`library-types.ts`), anything else unknown.
 */
import type { Dialect, TypeExpr } from "../../ir/types.js";
import type { Notation } from "../type-syntax.js";

/** How a generic name (`List<T>`, `Optional[T]`, `T.nilable(T)`) is read. */
export type GenericRule =
  /** `List<T>`: an array of the single argument. */
  | "array"
  /** `Dictionary<K, V>`: a string-keyed map of the last argument. */
  | "map"
  /** PHP's `array<T>` and `array<K, V>`: an array of one argument, a map of two. */
  | "array-or-map"
  /** T, and the value may be left out; nothing is said of null (Go's `*T`). */
  | "optional"
  /**
   * T, or no value: left out on a field that may be left out, null on a required one (Java's
   * `Optional<T>`, Python's `Optional[T]`, PHP's `?T`, Ruby's `T.nilable(T)`).
   */
  | "nilable"
  /** `Nullable[T]`: T or null. */
  | "nullable"
  /** `JsonNullable<T>`, `OptionalNullable[T]`: T or null, and may be left out. */
  | "optional-nullable"
  /** `Union[A, B]`, `T.any(A, B)`: any of the arguments. */
  | "union"
  /** `ReadableStream<Uint8Array>`, `IO[bytes]`: bytes, whatever the argument. */
  | "binary"
  /** `HttpResponse<?>`: the SDK's raw response. */
  | "http-response"
  /** `Box<T>`: T itself, as the wire carries it. */
  | "same";

/** What a wrapper mark (`*T`, `?T`, `T?`) says of a field (see {@link GenericRule}). */
export type MarkRule = "optional" | "nilable" | "nullable";

export interface DialectSpec {
  readonly dialect: Dialect;
  /** Names and what they mean (`float64` → number, `time.Time` → date-time), as written without a root marker. */
  readonly names: Readonly<Record<string, TypeExpr>>;
  readonly generics: Readonly<Record<string, GenericRule>>;
  /** What the dialect's marks say: Go's `*T` and PHP's `?T` that a value may be left out, C#'s `T?` that it may be null. */
  readonly marks: Readonly<Partial<Record<"*T" | "?T" | "T?", MarkRule>>>;
  /**
   * Marks whose word on null is weak around a value type (a primitive other than a string, or a named type,
   * which may be an enum): generators write C#'s `int?` for a value that may be left out, null or not.
   */
  readonly weakMarks?: readonly ("*T" | "?T" | "T?")[];
  /**
   * `exact`: the notation says of every field whether it may be null (Java and Python write
   * `JsonNullable`/`OptionalNullable` for a nullable field that may be left out, and `Optional` for one
   * that may only be left out). `marked`: a marker says a field may be null, and a field without one may
   * be null or not (PHP's `?T` and Ruby's `T.nilable` on a field that may be left out say nothing of null;
   * Go's pointer says nothing of it anywhere).
   */
  readonly nullability: "exact" | "marked";
  /** Names that stand for another name and say the value may be null (OpenAPI Generator's Go `NullableString` → `string`). */
  readonly nullableNames?: Readonly<Record<string, string>>;
  /** Names of a member of a cell's top-level union that says the value may be left out (TypeScript's `T | undefined`). */
  readonly absentNames?: readonly string[];
  /** What a `null` member of a cell's top-level union says (`T | null`): `nullable` unless the dialect writes it for "may be left out" (PHP's `T|null` is its `?T`). */
  readonly nullMember?: MarkRule;
  /**
   * Where a union member's type is written in its example code, when the code says more than the
   * heading: group 1 of the first match (Go's constructor argument, PHP's `@var` annotation).
   */
  readonly unionMemberCode?: RegExp;
  /** The notations this dialect writes; a type cell using another is evidence against it. */
  readonly notations: ReadonlySet<Notation>;
  /**
   * An optional SDK response object is a streamed body, not the raw response: Python documents a
   * binary response body as `Optional[httpx.Response]` and the raw response as a required `httpx.Response`.
   */
  readonly optionalResponseIsBody?: boolean;
  /**
   * Names the SDK gives the model's additional-properties field (`__pydantic_extra__`), and the
   * language-neutral name they stand for.
   */
  readonly fieldAliases?: Readonly<Record<string, string>>;
  /** How the dialect writes the construction of a type, after its name (Ruby's `.new`): read as the type itself. */
  readonly constructorSuffix?: string;
  /** Evidence that a page is written in this dialect; see `detect.ts`. */
  readonly evidence: DialectEvidence;
}

/**
 * What a generator format means by a dialect's notation where it differs from the language's own
 * docs (`formats/`): names and generics added or read otherwise, marks read otherwise.
 */
export interface DialectPatch {
  readonly names?: Readonly<Record<string, TypeExpr>>;
  readonly nullableNames?: Readonly<Record<string, string>>;
  readonly generics?: Readonly<Record<string, GenericRule>>;
  readonly marks?: DialectSpec["marks"];
  readonly nullMember?: MarkRule;
}

/** A dialect as a format reads it: the patch's names, generics and marks over the dialect's own. */
export function patchDialect(spec: DialectSpec, patch: DialectPatch | undefined, nullability: "marked" | undefined): DialectSpec {
  if (patch === undefined && nullability === undefined) return spec;
  return {
    ...spec,
    names: { ...spec.names, ...patch?.names },
    generics: { ...spec.generics, ...patch?.generics },
    marks: { ...spec.marks, ...patch?.marks },
    ...(patch?.nullableNames ? { nullableNames: { ...spec.nullableNames, ...patch.nullableNames } } : {}),
    ...(patch?.nullMember ? { nullMember: patch.nullMember } : {}),
    nullability: nullability ?? spec.nullability,
  };
}

export interface DialectEvidence {
  /** Info strings of fenced code blocks (```go). */
  readonly codeLanguages: readonly string[];
  /** Hosts of standard-library documentation links (pkg.go.dev). */
  readonly linkHosts: readonly string[];
}

export const primitive = {
  string: { kind: "primitive", name: "string" },
  integer: { kind: "primitive", name: "integer" },
  number: { kind: "primitive", name: "number" },
  boolean: { kind: "primitive", name: "boolean" },
  date: { kind: "primitive", name: "date" },
  dateTime: { kind: "primitive", name: "date-time" },
  /** A date-time class that generators also write for date-only fields: its time of day is a weak fact. */
  looseDateTime: { kind: "primitive", name: "date-time", weak: ["time"] },
  any: { kind: "any" },
  binary: { kind: "binary" },
  httpResponse: { kind: "http-response" },
  null: { kind: "literal", value: null },
} as const satisfies Record<string, TypeExpr>;
