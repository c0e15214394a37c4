// Type cells as the seven SDKs write them (each string below is copied from a page of ../shared/corpus),
// read through the real Markdown processor, the one type grammar and the dialect's rules.
import { describe, expect, it } from "vitest";
import type { Dialect } from "../../src/ir/types.js";
import { parsePages } from "../../src/parse/index.js";

const page = "docs/models/shared/page.md";

/** Reads one type cell as the only field of a one-page variant. */
function readCell(dialect: Dialect, cell: string) {
  const text = `# Page\n\n## Fields\n\n| Field | Type | Required | Description |\n| --- | --- | --- | --- |\n| \`f\` | ${cell} | :heavy_minus_sign: | N/A |\n`;
  const variant = parsePages("t", ".", [{ id: page, text }, { id: "docs/models/shared/x.md", text: "# X\n\n## Fields\n\n| Field | Type | Required | Description |\n| --- | --- | --- | --- |\n" }], { dialect });
  const declaration = variant.declarations.find((d) => d.id === page);
  if (declaration?.kind !== "model") throw new Error("not a model");
  return { field: declaration.fields[0]!, diagnostics: variant.diagnostics };
}

const str = { kind: "primitive", name: "string" } as const;
/** PHP's and Ruby's strings: text or bytes, the notation does not say. */
const byteStr = { kind: "primitive", name: "string", unstated: ["binary"] } as const;
const ref = { kind: "ref", target: "docs/models/shared/x.md" } as const;
/** A date-time class generators also write for dates: whether it holds a time of day is a weak fact. */
const looseDateTime = { kind: "primitive", name: "date-time", weak: ["time"] } as const;

const cases: [Dialect, string, unknown, { nullable?: boolean }?][] = [
  ["go", "`*string`", str],
  ["go", "**float64*", { kind: "primitive", name: "number" }],
  ["go", "`int`", { kind: "primitive", name: "integer" }],
  ["go", "map[string][]`string`", { kind: "map", values: { kind: "array", items: str } }],
  ["go", "map[string]`any`", { kind: "map", values: { kind: "any" } }],
  ["go", "[][shared.X](x.md)", { kind: "array", items: { ...ref, written: "shared.X" } }],
  ["go", "[*shared.X](x.md)", { ...ref, written: "shared.X" }],
  ["go", "[]map[string][shared.X](x.md)", { kind: "array", items: { kind: "map", values: { ...ref, written: "shared.X" } } }],
  ["go", "[*http.Response](https://pkg.go.dev/net/http#Response)", { kind: "http-response" }],
  ["go", "`io.ReadCloser`", { kind: "binary" }],
  ["csharp", "Dictionary<String, List<*string*>>", { kind: "map", values: { kind: "array", items: str } }],
  ["csharp", "List<[X](x.md)>", { kind: "array", items: { ...ref, written: "X" } }],
  ["csharp", "*byte[]*", { kind: "binary" }],
  ["csharp", "[HttpResponseMessage](https://learn.microsoft.com/en-us/dotnet/api/system.net.http.httpresponsemessage?view=net-5.0)", { kind: "http-response" }],
  ["typescript", "*string*[]", { kind: "array", items: str }],
  ["typescript", "Record<string, *string*[]>", { kind: "map", values: { kind: "array", items: str } }],
  ["typescript", "[shared.X](x.md)[]", { kind: "array", items: { ...ref, written: "shared.X" } }],
  ["typescript", "Record<string, [shared.X](x.md)>[]", { kind: "array", items: { kind: "map", values: { ...ref, written: "shared.X" } } }],
  ["typescript", "[Date](https://developer.mozilla.org/en-US/docs/Web/JavaScript/Reference/Global_Objects/Date)", looseDateTime],
  ["typescript", "*ReadableStream<Uint8Array>*", { kind: "binary" }],
  ["typescript", "*shared.X*", { ...ref, written: "shared.X" }],
  ["python", "*Optional[str]*", str],
  ["python", "List[[shared.X](x.md)]", { kind: "array", items: { ...ref, written: "shared.X" } }],
  ["python", "[Optional[shared.X]](x.md)", { ...ref, written: "shared.X" }],
  ["python", "Dict[str, List[*str*]]", { kind: "map", values: { kind: "array", items: str } }],
  ["python", "*Optional[Union[bytes, IO[bytes], io.IOBase]]*", { kind: "union", members: [{ kind: "binary" }, { kind: "binary" }, { kind: "binary" }] }],
  ["python", "[date](https://docs.python.org/3/library/datetime.html#date-objects)", looseDateTime],
  ["python", "[httpx.Response](https://www.python-httpx.org/api/#response)", { kind: "http-response" }],
  ["python", "*Optional[httpx.Response]*", { kind: "binary" }], // a streamed body
  ["java", "*Optional\\<String>*", str],
  ["java", "Map\\<String, List\\\\<*String*>>", { kind: "map", values: { kind: "array", items: str } }],
  ["java", "[Optional\\<X>](x.md)", { ...ref, written: "X" }],
  ["java", "[OffsetDateTime](https://docs.oracle.com/javase/8/docs/api/java/time/OffsetDateTime.html)", { kind: "primitive", name: "date-time" }],
  ["java", "[HttpResponse\\<?>](https://docs.oracle.com/javase/8/docs/api/java/net/http/HttpResponse.html)", { kind: "http-response" }],
  ["java", "*Optional\\<InputStream>*", { kind: "binary" }],
  ["java", "*JsonNullable\\<String>*", str, { nullable: true }],
  ["php", "*?string*", byteStr],
  ["php", "*int*", { kind: "primitive", name: "integer" }],
  ["php", "*?float*", { kind: "primitive", name: "number" }],
  ["php", "[\\DateTime](https://www.php.net/manual/en/class.datetime.php)", looseDateTime],
  ["php", "[?Shared\\DbType](x.md)", { ...ref, written: "Shared\\DbType" }],
  ["php", "array<[Shared\\X](x.md)>", { kind: "array", items: { ...ref, written: "Shared\\X" } }],
  ["php", "array<string, *mixed*>", { kind: "map", values: { kind: "any" } }],
  ["php", "array<string, array<*string*>>", { kind: "map", values: { kind: "array", items: byteStr } }],
  ["php", "[\\Psr\\Http\\Message\\ResponseInterface](https://www.php-fig.org/psr/psr-7/#33-psrhttpmessageresponseinterface)", { kind: "http-response" }],
  ["php", "*\\Brick\\Math\\BigInteger*", { kind: "primitive", name: "integer" }],
  // A union spelled out in a link's text names the union page it links to; PHP's `|null` is its `?T`.
  ["php", "[array\\|string\\|float\\|bool\\|null](x.md)", { ...ref, written: "array | string | float | bool" }],
  ["ruby", "*T.nilable(::String)*", byteStr],
  ["ruby", "*::Integer*", { kind: "primitive", name: "integer" }],
  ["ruby", "*T.nilable(T::Boolean)*", { kind: "primitive", name: "boolean" }],
  ["ruby", "T::Array<*::String*>", { kind: "array", items: byteStr }],
  ["ruby", "T::Hash[Symbol, *::Object*]", { kind: "map", values: { kind: "any" } }],
  ["ruby", "T::Hash[Symbol, T::Array<*::String*>]", { kind: "map", values: { kind: "array", items: byteStr } }],
  ["ruby", "[T.nilable(Models::Shared::X)](x.md)", { ...ref, written: "Models::Shared::X" }],
  ["ruby", "T::Array<[Models::Operations::X](x.md)>", { kind: "array", items: { ...ref, written: "Models::Operations::X" } }],
  ["ruby", "[Faraday::Response](https://www.rubydoc.info/gems/faraday/Faraday/Response)", { kind: "http-response" }],
  ["ruby", "[Date](https://ruby-doc.org/stdlib-2.6.1/libdoc/date/rdoc/Date.html)", looseDateTime],
  ["ruby", "[T.nilable(T.any(T::Hash[Symbol, ::Object], ::String, ::Float, T::Boolean))](x.md)", { ...ref, written: "T.any(T::Hash(Symbol, Object), String, Float, T::Boolean)" }],
  // formance: big integers, TypeScript's unlinked models of any area, C#'s namespaced models.
  ["go", "[*big.Int](https://pkg.go.dev/math/big#Int)", { kind: "primitive", name: "integer" }],
  ["typescript", "*BigInt*", { kind: "primitive", name: "integer" }],
  ["typescript", "*number*", { kind: "primitive", name: "number", unstated: ["integer"] }],
  ["csharp", "[Models.Ledger.X](x.md)", { ...ref, written: "Models.Ledger.X" }],
  ["python", "`*str*`", str], // python/docs/models/utils/retryconfig.md writes emphasis inside a code span
];

/**
 * Notations no corpus page writes, read by the same grammar: C#'s `T?`, a Go slice of 20 dimensions, Java's
 * `byte[]` in a generic, escaped pipes, and classes a dialect was never shown, read from the library
 * documentation their link points at.
 */
const unseen: [Dialect, string, unknown, { nullable?: boolean }?][] = [
  ["csharp", "*string?*", str, { nullable: true }],
  ["csharp", "List<*long?*>", { kind: "array", items: { kind: "primitive", name: "integer" } }],
  ["go", "`[][][][]string`", { kind: "array", items: { kind: "array", items: { kind: "array", items: { kind: "array", items: str } } } }],
  ["typescript", "*string* \\| *number*", { kind: "union", members: [str, { kind: "primitive", name: "number", unstated: ["integer"] }] }],
  ["typescript", "*string* \\| *null*", str, { nullable: true }],
  ["java", "[Instant](https://docs.oracle.com/javase/8/docs/api/java/time/Instant.html)", { kind: "primitive", name: "date-time" }],
  ["java", "[ZonedDateTime](https://docs.oracle.com/javase/8/docs/api/java/time/ZonedDateTime.html)", { kind: "primitive", name: "date-time" }],
  ["python", "[StreamingBody](https://botocore.amazonaws.com/v1/documentation/api/latest/reference/response.html)", { kind: "binary" }],
  ["php", "[\\GuzzleHttp\\Psr7\\Response](https://docs.guzzlephp.org/en/stable/psr7.html)", { kind: "http-response" }],
  ["ruby", "[ActiveSupport::TimeWithZone](https://api.rubyonrails.org/classes/ActiveSupport/TimeWithZone.html)", { kind: "primitive", name: "date-time" }],
  // A newer Speakeasy Ruby generator (clerk/clerk-sdk-ruby, 1.723) writes Sorbet's types with its own module and `.new`.
  ["ruby", "*Crystalline::Nilable.new(::Integer)*", { kind: "primitive", name: "integer" }],
  ["ruby", "*Crystalline::Boolean.new*", { kind: "primitive", name: "boolean" }],
  ["ruby", "Crystalline::Array<*::String*>", { kind: "array", items: byteStr }],
  ["ruby", "Crystalline::Hash[Symbol, *::Object*]", { kind: "map", values: { kind: "any" } }],
  ["ruby", "[Crystalline::Nilable.new(Models::Components::X)](x.md)", { ...ref, written: "Models::Components::X" }],
  // Standard-library names written with their namespace.
  ["python", "*typing.Optional[typing.List[str]]*", { kind: "array", items: str }],
  ["csharp", "System.Collections.Generic.List<*System.String*>", { kind: "array", items: str }],
];

describe("type cells of every dialect", () => {
  it.each(cases)("%s %s", (dialect, cell, expected, flags) => {
    const { field, diagnostics } = readCell(dialect, cell);
    expect(diagnostics).toEqual([]);
    expect(field.type).toEqual(expected);
    expect(field.nullable).toBe(flags?.nullable ?? false);
  });

  it.each(unseen)("%s %s (a notation or class no corpus page has)", (dialect, cell, expected, flags) => {
    const { field, diagnostics } = readCell(dialect, cell);
    expect(diagnostics).toEqual([]);
    expect(field.type).toEqual(expected);
    expect(field.nullable).toBe(flags?.nullable ?? false);
  });

  it("records what a notation says loosely as weak: C#'s `T?` on a value type, date-time classes written for dates too", () => {
    // `int?`, `bool?`, `DateTime?`: how OpenAPI Generator's and APIMatic's C# write an optional value type
    // (generators/openapi-generator/dropbox-sign/csharp/…/SubSignatureRequestGroupedSigners.md `**Order** | **int?**`).
    for (const cell of ["*int?*", "`bool?`", "`DateTime?`", "[X?](x.md)"]) {
      const { field } = readCell("csharp", cell);
      expect([cell, field.nullable, field.weak]).toEqual([cell, true, ["nullable"]]);
    }
    // A string (a reference type) marked `?` says null as it is; DateTimeOffset is an instant, strongly.
    expect(readCell("csharp", "*string?*").field.weak).toBeUndefined();
    expect(readCell("csharp", "[DateTimeOffset](https://learn.microsoft.com/en-us/dotnet/api/system.datetimeoffset)").field.type).toEqual({ kind: "primitive", name: "date-time" });
    expect(readCell("csharp", "[DateTime](https://learn.microsoft.com/en-us/dotnet/api/system.datetime)").field.type).toEqual(looseDateTime);
    expect(readCell("python", "*datetime*").field.type).toEqual(looseDateTime);
    // Java and Go name dates and date-times apart: strong.
    expect(readCell("java", "[LocalDate](https://docs.oracle.com/javase/8/docs/api/java/time/LocalDate.html)").field.type).toEqual({ kind: "primitive", name: "date" });
    expect(readCell("go", "[time.Time](https://pkg.go.dev/time#Time)").field.type).toEqual({ kind: "primitive", name: "date-time" });
  });

  it("reports an unknown name with the cell's position and text", () => {
    const { field, diagnostics } = readCell("go", "*quaternion*");
    expect(field.type).toEqual({ kind: "unknown", written: "quaternion" });
    expect(diagnostics).toEqual([
      {
        severity: "warning",
        code: "unknown-type",
        message: 'expected a go type or a link to a model page, found "quaternion" in "*quaternion*"; typed as unknown',
        source: { file: page, line: 7, column: 9 },
      },
    ]);
  });
});
