/**
 * The modeldoc intermediate representation (IR).
 *
 * Every stage after parsing reads only these types: emitters and the diff never see Markdown.
 * The IR is plain data (no classes, no functions, no cycles) so it serialises with
 * `JSON.stringify` and is what `modeldoc parse --json` prints.
 *
 * Shape: a {@link Variant} (one language's docs folder) holds {@link Declaration}s (one per documented
 * type: a page, or a second type on a page), each a {@link ModelDecl}, {@link EnumDecl} or
 * {@link UnionDecl}. Field and member types are {@link TypeExpr} trees; references between declarations
 * are {@link RefType} nodes whose `target` is the referenced {@link Declaration.id}. What a dialect
 * cannot state is listed as `unstated` on the node it concerns (see {@link Fact}), and what it states only
 * loosely as `weak` (see {@link WeakFact}). What a declaration or field is to the SDK rather than to the
 * API (an operation's response envelope, its transport data, an SDK utility) is recorded in `sdk` and
 * `transport` (see {@link SdkRole}).
 */

/** A place in a source page. `line` and `column` are 1-based, as editors and CI annotations expect. */
export interface SourcePosition {
  /** Path of the page, relative to the variant root, with `/` separators. */
  readonly file: string;
  readonly line: number;
  readonly column: number;
}

/** The SDK language a page is written for; it decides how type cells are read. */
export type Dialect = "go" | "csharp" | "typescript" | "python" | "java" | "php" | "ruby" | "rust" | "dart" | "kotlin";

/**
 * The generator that laid the page out: which sections declare fields, values and union members, what
 * each column of a table says, and the notes and type wrappers it writes (`src/parse/formats/`).
 * Speakeasy writes `## Fields` with a `Required` column; OpenAPI Generator (and swagger-codegen, whose
 * pages it kept) `## Properties` with `Name | Type | Description | Notes` and `[optional]`; APIMatic
 * `## Structure` and a `Tags` column.
 */
export type GeneratorFormat = "speakeasy" | "openapi-generator" | "apimatic";

/**
 * Facts a dialect may have no way to state. Go's `*string` says a value may be left out and nothing of
 * null; C# docs carry no nullability markers at all; TypeScript writes integers and floats alike as
 * `number`; PHP and Ruby docs never say whether an enum is open; Java documents some union pages by
 * their title only. An IR node lists what its docs leave unsaid in `unstated`; the value the node
 * carries for such a fact is a safe default (see each fact), and the diff never compares it.
 */
export type Fact =
  /** Whether a field must be present. Unstated: `required` is false. */
  | "required"
  /** Whether a field may be null. Unstated: `nullable` is false. */
  | "nullable"
  /** Whether a `number` is an integer. Unstated: the primitive is `number`. */
  | "integer"
  /** Whether a `string` holds text or raw bytes (PHP's and Ruby's strings are both). Unstated: the primitive is `string`. */
  | "binary"
  /**
   * Whether a `string` holds a calendar date or a date-time (APIMatic's TypeScript writes both as `string`).
   * Unstated: the primitive is `string`.
   */
  | "date"
  /** Whether an enum admits values it does not list. Unstated: `open` is true (no value is refused). */
  | "open"
  /** Which types a union admits. Unstated: `members` is empty (any value). */
  | "members"
  /**
   * What an enum constant stands for on the wire (APIMatic lists the constants' names only). Unstated:
   * `value` repeats the constant's name, and emitters leave the value out (any value of the enum's kind).
   */
  | "value"
  /** Whether a `date-time` carries a time of day, rather than being a calendar date. */
  | "time";

/**
 * Facts a notation states, but loosely: some generators write it where the fact does not hold, so the
 * docs' word for it is weak. A date-time class is written for date-only fields too (Python's `datetime`,
 * C#'s `DateTime`, TypeScript's `Date`, PHP's `\DateTime`: `time`); C#'s `T?` on a value type is how an
 * optional value is written, whether or not the API allows null (`nullable`). A node lists them in
 * `weak`, beside `unstated`; it carries the value as read. The diff reports no difference that rests on a
 * weak fact alone, and `generate --merge` takes the fact from a variant that states it strongly.
 */
export type WeakFact = Extract<Fact, "nullable" | "time">;

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
  /**
   * `["integer"]` on a `number` whose notation cannot tell integers from floats (TypeScript's `number`);
   * `["binary"]` on a `string` whose notation cannot tell text from bytes (PHP's and Ruby's `string`);
   * `["date"]` on a `string` whose notation cannot tell a date or date-time from text.
   */
  readonly unstated?: readonly ("integer" | "binary" | "date")[];
  /** `["time"]` on a `date-time` written with a class some generators also write for date-only values (see {@link WeakFact}). */
  readonly weak?: readonly "time"[];
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

/** A reference to another declaration of the same variant. */
export interface RefType {
  readonly kind: "ref";
  /**
   * The referenced {@link Declaration.id}; empty when the reference could not be resolved. Before
   * resolution, a ref read from a link holds the page the link points at, and a name written without
   * a link (`*payments.ConnectorConfig*`) holds "" and is looked up by name and namespace.
   */
  readonly target: string;
  /** The name as the docs wrote it (`shared.Event`, `Models.Components.Event`, `\formance\stack\Models\Ledger\Account`). */
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
 * The SDK's raw HTTP objects: the response (`*http.Response`, `HttpResponseMessage`, `httpx.Response`),
 * or the request that produced it (`HttpRequestMessage`). They are properties of the SDK, not of the
 * API's wire format: emitters leave such fields out.
 */
export interface HttpResponseType {
  readonly kind: "http-response";
}

/** A type modeldoc could not read or place; always comes with a diagnostic. */
export interface UnknownType {
  readonly kind: "unknown";
  /** The cell's text (or the name in it) as written. */
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

/** A field of a model's `Fields` table. */
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
  /** `required` and `nullable` when the docs leave them unsaid (see {@link Fact}); absent when they state both. */
  readonly unstated?: readonly ("required" | "nullable")[];
  /** `["nullable"]` when the docs say the field may be null only loosely (C#'s `int?`; see {@link WeakFact}). */
  readonly weak?: readonly "nullable"[];
  /**
   * What the field holds when it is an SDK's transport data rather than part of the API's model (see
   * {@link TransportData}): set on the fields of a response envelope that carry the HTTP exchange.
   */
  readonly transport?: TransportData;
  /** The name is struck through (`~~Link~~`) or the description marks the field deprecated. */
  readonly deprecated: boolean;
  /** The description cell; empty when the docs say `N/A` or nothing. */
  readonly description: string;
  /** The `Example` cell as written, line breaks (`<br/>`) as `\n`; absent when there is none. */
  readonly example?: string;
  /** The default value as the docs write it (a `Default` cell, `[default to X]`, a `Default: X` tag); absent when there is none. */
  readonly default?: string;
  /**
   * The docs mark the field read-only (OpenAPI Generator's `[readonly]`): the server sets it and a client
   * does not send it. Absent when the docs do not mark it.
   */
  readonly readOnly?: true;
  /**
   * In a merged variant (`generate --merge`): for each fact some variant states, the name of the
   * variant it was taken from. Absent in a variant read from docs.
   */
  readonly statedBy?: Readonly<Partial<Record<"required" | "nullable" | "integer" | "time", string>>>;
  readonly source: SourcePosition;
}

/** What the API does with a model: sent by the client, read by it, or both (shared components). */
export type ModelRole = "request" | "response" | "shared";

/**
 * What a declaration is to the SDK rather than to the API, decided by what its fields are and hold, never
 * by its name (`ir/sdk-shape.ts`). Some SDKs document these and others keep them in code, so the diff
 * reports their differences apart from the API's (`sdk-shape`).
 * - `envelope`: an operation's response (or request) wrapper whose own fields are transport data (the SDK's
 *   raw HTTP response, HTTP metadata, status code, content type, headers) beside the body, which the API
 *   returns and other SDKs return directly (Go's `GetAccountResponse`: `Account`, `StatusCode`, `RawResponse`);
 * - `transport`: a model made of transport data alone (C#'s `HTTPMetadata`: the raw request and response);
 * - `utility`: an SDK's own configuration, referenced by no API model: retry and backoff settings,
 *   credentials (`Security`), global parameters, server options.
 */
export type SdkRole = "envelope" | "transport" | "utility";

/**
 * An envelope field that carries the HTTP exchange rather than the API's data: the SDK's raw response
 * (or request) object, a model of them (`HTTPMetadata`), the status code, the content type, the headers.
 */
export type TransportData = "raw-response" | "http-metadata" | "status-code" | "content-type" | "headers";

interface DeclarationBase {
  /**
   * Where the declaration is documented, unique within a variant; refs point here. The page's path
   * relative to the variant root, `/`-separated (`docs/pkg/models/shared/webhook.md`), and for a second
   * type documented on the same page the heading's anchor after `#` (`docs/models/utils/retryconfig.md#backoffstrategy`).
   */
  readonly id: string;
  /** The title (or, for a second type on a page, the heading) as written (`Webhook`). */
  readonly name: string;
  /** The language-neutral PascalCase name that declarations match on across variants (`Webhook`). */
  readonly canonicalName: string;
  /**
   * The namespace the declaration belongs to: the name of the folder holding its page (`shared`,
   * `operations`, `Ledger`, `Payments`); "" for a page at the variant root. A model's identity is its
   * area and its name: `Ledger/Account.md` and `Payments/Account.md` are two models.
   */
  readonly area: string;
  /** Text between the title and the first section; empty when none. */
  readonly description: string;
  readonly role: ModelRole;
  /** What the declaration is to the SDK (see {@link SdkRole}); absent for the API's own declarations. */
  readonly sdk?: SdkRole;
  readonly source: SourcePosition;
}

/** A `Fields` table: an object type. */
export interface ModelDecl extends DeclarationBase {
  readonly kind: "model";
  /** In the docs' order. */
  readonly fields: readonly Field[];
}

/** One allowed value of an enum. */
export interface EnumValue {
  /** The constant's name in the SDK (`WebhookTypeVirtual`), when the docs give one. */
  readonly name: string;
  /** The value on the wire (the constant's name when `unstated` says the docs do not give the value). */
  readonly value: string | number;
  /** `["value"]` when the docs name the constant and not its value on the wire (see {@link Fact}). */
  readonly unstated?: readonly "value"[];
  readonly source: SourcePosition;
}

/** A `Values` section. */
export interface EnumDecl extends DeclarationBase {
  readonly kind: "enum";
  readonly values: readonly EnumValue[];
  /** An open enum also accepts values the docs do not list. */
  readonly open: boolean;
  /** `["open"]` when the docs cannot say whether the enum is open (see {@link Fact}). */
  readonly unstated?: readonly "open"[];
  /** In a merged variant: the variant whose docs said whether the enum is open. */
  readonly statedBy?: Readonly<Partial<Record<"open", string>>>;
}

/** One alternative of a union page. */
export interface UnionMember {
  /** The heading the docs give the member, if any. */
  readonly label: string;
  readonly type: TypeExpr;
  readonly source: SourcePosition;
}

/**
 * The field whose value tells a union's members apart, as the docs name it (OpenAPI Generator's
 * `openapi_discriminator_name` and `openapi_discriminator_mapping`).
 */
export interface Discriminator {
  /** The field as the members' field tables write its name (`object`, `type`). */
  readonly field: string;
  /** Each value the docs list, with the index in {@link UnionDecl.members} of the member it selects; absent when they list none. */
  readonly mapping?: readonly { readonly value: string; readonly member: number }[];
}

/** A `Supported Types` section: a value of one of several types. */
export interface UnionDecl extends DeclarationBase {
  readonly kind: "union";
  readonly members: readonly UnionMember[];
  /** `["members"]` when the docs list no member types (a page with a title only); see {@link Fact}. */
  readonly unstated?: readonly "members"[];
  /** The discriminating field, when the docs name one; absent when they do not (the members' literals may still decide: emit/view.ts). */
  readonly discriminator?: Discriminator;
}

export type Declaration = ModelDecl | EnumDecl | UnionDecl;

export type Severity = "error" | "warning";

/**
 * A problem found in the docs. The run always goes on; `generate --strict` fails when there is one.
 * `error`: part of the docs is missing from the output (a row, a table, a page); `warning`: it is there,
 * read less precisely than written (a type read as `unknown`, a link that leads nowhere).
 */
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
  /** The dialect the variant is read in: given, or the one the evidence of all its pages supports best. */
  readonly dialect: Dialect;
  /** The generator format the variant is read in: given, or the one the evidence of all its pages supports best. */
  readonly format: GeneratorFormat;
  /** Declarations sorted by `id`, so that output never depends on the order files were read in. */
  readonly declarations: readonly Declaration[];
  /** Sorted by file, line, column. */
  readonly diagnostics: readonly Diagnostic[];
}
