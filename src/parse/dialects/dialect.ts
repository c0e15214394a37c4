/**
 * What a dialect module declares. The grammar is shared (`type-syntax.ts`); a dialect says what
 * its names mean, which wrappers mark optionality or nullability, and how to recognise its pages.
 */
import type { Dialect, TypeExpr } from "../../ir/types.js";

/** How a generic name (`List<T>`, `Optional[T]`, `Map<K, V>`) is read. */
export type GenericRule =
  /** `List<T>`: an array of the single argument. */
  | "array"
  /** `Dictionary<K, V>`: a string-keyed map of the last argument. */
  | "map"
  /** `Optional<T>`: T, and the field may be absent. */
  | "optional"
  /** `JsonNullable<T>`, `Nullable[T]`: T or null. */
  | "nullable"
  /** `OptionalNullable[T]`: T or null, may be absent. */
  | "optional-nullable"
  /** `Union[A, B]`: any of the arguments. */
  | "union"
  /** `ReadableStream<Uint8Array>`, `IO[bytes]`: bytes, whatever the argument. */
  | "binary"
  /** `HttpResponse<?>`: the SDK's raw response. */
  | "http-response";

export interface DialectSpec {
  readonly dialect: Dialect;
  /** Non-generic names and what they mean (`float64` → number, `time.Time` → date-time). */
  readonly names: Readonly<Record<string, TypeExpr>>;
  readonly generics: Readonly<Record<string, GenericRule>>;
  /** Package prefixes that name the SDK's own models (`shared.`, `operations.`, `Models.Components.`). */
  readonly modelPrefixes: readonly RegExp[];
  /** A leading `*` (Go pointer) marks an optional value. */
  readonly pointerIsOptional: boolean;
  /**
   * An optional SDK response object is a streamed body, not the raw response: Python documents a
   * binary response body as `Optional[httpx.Response]` and the raw response as a required `httpx.Response`.
   */
  readonly optionalResponseIsBody?: boolean;
  /** Evidence that a page is written in this dialect; see `detect.ts`. */
  readonly evidence: DialectEvidence;
}

export interface DialectEvidence {
  /** Info strings of fenced code blocks (```go). */
  readonly codeLanguages: readonly string[];
  /** Hosts of standard-library links (pkg.go.dev). */
  readonly linkHosts: readonly string[];
  /** Type-cell patterns only this dialect writes. */
  readonly typePatterns: readonly RegExp[];
}

export const primitive = {
  string: { kind: "primitive", name: "string" },
  integer: { kind: "primitive", name: "integer" },
  number: { kind: "primitive", name: "number" },
  boolean: { kind: "primitive", name: "boolean" },
  date: { kind: "primitive", name: "date" },
  dateTime: { kind: "primitive", name: "date-time" },
  any: { kind: "any" },
  binary: { kind: "binary" },
  httpResponse: { kind: "http-response" },
} as const satisfies Record<string, TypeExpr>;
