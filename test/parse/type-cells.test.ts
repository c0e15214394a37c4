// Type cells as the five SDKs write them (each string below is copied from a page of ../shared/corpus),
// read through the real Markdown processor and the dialect's rules.
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
const ref = { kind: "ref", target: "docs/models/shared/x.md" } as const;

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
  ["typescript", "[Date](https://developer.mozilla.org/en-US/docs/Web/JavaScript/Reference/Global_Objects/Date)", { kind: "primitive", name: "date-time" }],
  ["typescript", "*ReadableStream<Uint8Array>*", { kind: "binary" }],
  ["typescript", "*shared.X*", { ...ref, written: "shared.X" }],
  ["python", "*Optional[str]*", str],
  ["python", "List[[shared.X](x.md)]", { kind: "array", items: { ...ref, written: "shared.X" } }],
  ["python", "[Optional[shared.X]](x.md)", { ...ref, written: "shared.X" }],
  ["python", "Dict[str, List[*str*]]", { kind: "map", values: { kind: "array", items: str } }],
  ["python", "*Optional[Union[bytes, IO[bytes], io.IOBase]]*", { kind: "union", members: [{ kind: "binary" }, { kind: "binary" }, { kind: "binary" }] }],
  ["python", "[date](https://docs.python.org/3/library/datetime.html#date-objects)", { kind: "primitive", name: "date-time" }],
  ["python", "[httpx.Response](https://www.python-httpx.org/api/#response)", { kind: "http-response" }],
  ["python", "*Optional[httpx.Response]*", { kind: "binary" }], // a streamed body
  ["java", "*Optional\\<String>*", str],
  ["java", "Map\\<String, List\\\\<*String*>>", { kind: "map", values: { kind: "array", items: str } }],
  ["java", "[Optional\\<X>](x.md)", { ...ref, written: "X" }],
  ["java", "[OffsetDateTime](https://docs.oracle.com/javase/8/docs/api/java/time/OffsetDateTime.html)", { kind: "primitive", name: "date-time" }],
  ["java", "[HttpResponse\\<?>](https://docs.oracle.com/javase/8/docs/api/java/net/http/HttpResponse.html)", { kind: "http-response" }],
  ["java", "*Optional\\<InputStream>*", { kind: "binary" }],
  ["java", "*JsonNullable\\<String>*", str, { nullable: true }],
];

describe("type cells of every dialect", () => {
  it.each(cases)("%s %s", (dialect, cell, expected, flags) => {
    const { field, diagnostics } = readCell(dialect, cell);
    expect(diagnostics).toEqual([]);
    expect(field.type).toEqual(expected);
    expect(field.nullable).toBe(flags?.nullable ?? false);
  });

  it("reports an unknown name with the cell's position and text", () => {
    const { field, diagnostics } = readCell("go", "*quaternion*");
    expect(field.type).toEqual({ kind: "unknown", written: "quaternion" });
    expect(diagnostics).toEqual([
      {
        severity: "error",
        code: "unknown-type",
        message: 'expected a go type or a link to a model page, found "quaternion" in "*quaternion*"',
        source: { file: page, line: 7, column: 9 },
      },
    ]);
  });
});
