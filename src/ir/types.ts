/**
 * The modeldoc intermediate representation (IR).
 *
 * Every stage after parsing reads only these types: emitters and the diff never see Markdown.
 * The IR is plain data (no classes, no functions, no cycles) so it serialises with
 * `JSON.stringify` and is what `modeldoc parse --json` prints.
 *
 * Shape: a {@link Variant} (one language's docs folder) holds {@link Declaration}s (one per page),
 * each a {@link ModelDecl}, {@link EnumDecl} or {@link UnionDecl}. Field and member types are
 * {@link TypeExpr} trees; references between pages are {@link RefType} nodes whose `target` is the
 * referenced page's {@link Declaration.id}.
 */

/** A place in a source page. `line` and `column` are 1-based, as editors and CI annotations expect. */
export interface SourcePosition {
  /** Path of the page, relative to the variant root, with `/` separators. */
  readonly file: string;
  readonly line: number;
  readonly column: number;
}

/** The SDK language a page is written for; it decides how type cells are read. */
export type Dialect = "go" | "csharp" | "typescript" | "python" | "java";

/**
 * Scalar types. Integers and floating-point numbers are kept apart (`int64` vs `float64`),
 * and so are calendar dates and date-times.
 */
export type PrimitiveName =
  | "string"
  | "integer"
  | "number"
  | "boolean"
  /** A calendar date, `YYYY-MM-DD`. */
  | "date"
  /** An instant, ISO 8601 / RFC 3339 (`2025-01-31T12:00:00Z`). */
  | "date-time";

/** A scalar. */
export interface PrimitiveType {
  readonly kind: "primitive";
  readonly name: PrimitiveName;
}

/** Any JSON value (`any`, `object`, `Object`, `Any`, `interface{}`). */
export interface AnyType {
  readonly kind: "any";
}

/** An ordered list (`[]T`, `List<T>`, `T[]`, `List[T]`). */
export interface ArrayType {
  readonly kind: "array";
  readonly items: TypeExpr;
}

/** A string-keyed dictionary (`map[string]T`, `Dictionary<String, T>`, `Record<string, T>`). */
export interface MapType {
  readonly kind: "map";
  readonly values: TypeExpr;
}

/** A reference to another page of the same variant. */
export interface RefType {
  readonly kind: "ref";
  /** The referenced page's {@link Declaration.id}; empty when the reference could not be resolved. */
  readonly target: string;
  /** The name as the docs wrote it (`shared.Event`, `Models.Components.Event`). */
  readonly written: string;
}

/** One of several types (`Union[A, B]`, TypeScript `A | B`). */
export interface UnionType {
  readonly kind: "union";
  readonly members: readonly TypeExpr[];
}

/** A single constant value (a TypeScript literal type in a union, say). */
export interface LiteralType {
  readonly kind: "literal";
  readonly value: string | number | boolean | null;
}

/**
 * Raw bytes or a byte stream: a file upload or a binary response body
 * (`io.ReadCloser`, `byte[]`, `ReadableStream<Uint8Array>`, `IO[bytes]`, `InputStream`).
 */
export interface BinaryType {
  readonly kind: "binary";
}

/**
 * The SDK's raw HTTP response object (`*http.Response`, `HttpResponseMessage`, `httpx.Response`).
 * It is a property of the SDK, not of the API's wire format: emitters leave such fields out.
 */
export interface HttpResponseType {
  readonly kind: "http-response";
}

/** A type cell modeldoc could not read; always comes with a diagnostic. */
export interface UnknownType {
  readonly kind: "unknown";
  /** The cell's text as written. */
  readonly written: string;
}

/** A type expression, nested to any depth. */
export type TypeExpr =
  | PrimitiveType
  | AnyType
  | ArrayType
  | MapType
  | RefType
  | UnionType
  | LiteralType
  | BinaryType
  | HttpResponseType
  | UnknownType;

/** A field of a model page's `## Fields` table. */
export interface Field {
  /** The name exactly as the docs wrote it (`HookURL`, `hook_url`). */
  readonly name: string;
  /**
   * The language-neutral name: camelCase words (`HookURL`, `HookUrl`, `hook_url` → `hookUrl`).
   * Fields of the same model in two languages match when their canonical names are equal.
   */
  readonly canonicalName: string;
  readonly type: TypeExpr;
  /** The type cell as written, for messages and the diff. */
  readonly typeText: string;
  /** The key must be present. */
  readonly required: boolean;
  /** The docs allow `null` (Java `JsonNullable<T>`, for instance). */
  readonly nullable: boolean;
  readonly deprecated: boolean;
  /** The description cell; empty when the docs say `N/A` or nothing. */
  readonly description: string;
  readonly source: SourcePosition;
}

/** What the API does with a model: sent by the client, read by it, or both (shared components). */
export type ModelRole = "request" | "response" | "shared";

interface DeclarationBase {
  /**
   * The page's path relative to the variant root, `/`-separated (`docs/pkg/models/shared/webhook.md`).
   * Unique within a variant; refs point here.
   */
  readonly id: string;
  /** The page title as written (`Webhook`). */
  readonly name: string;
  /** The language-neutral PascalCase name that declarations match on across variants (`Webhook`). */
  readonly canonicalName: string;
  /** Text between the title and the first section; empty when none. */
  readonly description: string;
  readonly role: ModelRole;
  readonly source: SourcePosition;
}

/** A page with a `## Fields` table: an object type. */
export interface ModelDecl extends DeclarationBase {
  readonly kind: "model";
  /** In the docs' order. */
  readonly fields: readonly Field[];
}

/** One allowed value of an enum. */
export interface EnumValue {
  /** The constant's name in the SDK (`WebhookTypeVirtual`), when the docs give one. */
  readonly name: string;
  /** The value on the wire. */
  readonly value: string | number;
  readonly source: SourcePosition;
}

/** A page with a `## Values` section. */
export interface EnumDecl extends DeclarationBase {
  readonly kind: "enum";
  readonly values: readonly EnumValue[];
  /** An open enum also accepts values the docs do not list. */
  readonly open: boolean;
}

/** One alternative of a union page. */
export interface UnionMember {
  /** The heading the docs give the member, if any. */
  readonly label: string;
  readonly type: TypeExpr;
  readonly source: SourcePosition;
}

/** A page with a `## Supported Types` section: a value of one of several types. */
export interface UnionDecl extends DeclarationBase {
  readonly kind: "union";
  readonly members: readonly UnionMember[];
}

export type Declaration = ModelDecl | EnumDecl | UnionDecl;

export type Severity = "error" | "warning";

/** A problem found in the docs. The run goes on; the exit code reports it. */
export interface Diagnostic {
  readonly severity: Severity;
  /** A stable, greppable code such as `missing-fields-table` or `unknown-type`. */
  readonly code: string;
  /** What was expected and what was found. */
  readonly message: string;
  readonly source: SourcePosition;
}

/** One language's docs folder, parsed and resolved. */
export interface Variant {
  /** The variant's name (by default the folder's name: `go`, `csharp`). */
  readonly name: string;
  /** The folder the variant was read from, as given (relative to the working directory or absolute). */
  readonly root: string;
  /** The dialect most pages were written in. */
  readonly dialect: Dialect;
  /** Declarations sorted by `id`, so that output never depends on the order files were read in. */
  readonly declarations: readonly Declaration[];
  /** Sorted by file, line, column. */
  readonly diagnostics: readonly Diagnostic[];
}
