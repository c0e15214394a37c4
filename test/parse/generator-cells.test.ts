// Issue 21: rows as OpenAPI Generator, swagger-codegen and APIMatic write them, each copied from a page of
// ../shared/corpus/generators (the page named beside it), read through the real Markdown processor, the
// format's page layout and the dialect's rules: the type, and what the row states of requiredness and null.
import { describe, expect, it } from "vitest";
import type { Dialect, Field, GeneratorFormat } from "../../src/ir/types.js";
import { parsePages } from "../../src/parse/index.js";

const page = "docs/page.md";
const x = { kind: "ref", target: "docs/x.md" } as const;
const str = { kind: "primitive", name: "string" } as const;
const int = { kind: "primitive", name: "integer" } as const;

/** A page with one row, laid out as the format lays it out (APIMatic's Java and PHP add Getter and Setter columns). */
function pageWith(format: GeneratorFormat, row: string): string {
  if (format === "apimatic" && /\| get\w+\(/.test(row)) {
    return `\n# Page\n\n## Structure\n\n\`Page\`\n\n## Fields\n\n| Name | Type | Tags | Description | Getter | Setter |\n|  --- | --- | --- | --- | --- | --- |\n${row}\n`;
  }
  if (format === "apimatic") return `\n# Page\n\n## Structure\n\n\`Page\`\n\n## Fields\n\n| Name | Type | Tags | Description |\n|  --- | --- | --- | --- |\n${row}\n`;
  return `# Page\n\n## Properties\n\nName | Type | Description | Notes\n------------ | ------------- | ------------- | -------------\n${row}\n`;
}

/**
 * Reads the one row of a one-page variant in a dialect and format, beside a page `x.md` for links to point
 * at, whose row marks requiredness as the row's folder does (`[optional]`, or Dropbox Sign's `<sup>`): a
 * mark speaks by its absence only in a variant that uses it.
 */
function readRow(dialect: Dialect, format: GeneratorFormat, row: string): { field: Field; codes: string[] } {
  const mark = row.includes("`<sup>") || row.startsWith("| `") ? "| `a`<sup>*_required_</sup> | ```int``` |  |  |" : "**a** | **int** | | [optional]";
  const other = format === "apimatic" ? "\n# X\n\n## Structure\n\n`X`\n\n## Fields\n\n| Name | Type | Tags | Description |\n|  --- | --- | --- | --- |\n" : `# X\n\n## Properties\n\nName | Type | Description | Notes\n------------ | ------------- | ------------- | -------------\n${mark}\n`;
  const variant = parsePages("t", ".", [{ id: page, text: pageWith(format, row) }, { id: "docs/x.md", text: other }], { dialect, format });
  const declaration = variant.declarations.find((d) => d.id === page);
  if (declaration?.kind !== "model" || declaration.fields.length !== 1) throw new Error(`expected a model of one field, found ${JSON.stringify(declaration)}`);
  return { field: declaration.fields[0]!, codes: variant.diagnostics.filter((d) => d.source.file === page).map((d) => d.code) };
}

interface Facts {
  readonly required?: boolean;
  readonly nullable?: boolean;
  readonly readOnly?: boolean;
  readonly default?: string;
}

/** [dialect, format, row as written, type, what the row states (`undefined`: unstated)]. */
const rows: [Dialect, GeneratorFormat, string, unknown, Facts][] = [
  // openapi-generator/vrchat/go/docs/CreateGroupAnnouncementRequest.md
  ["go", "openapi-generator", "**Title** | **string** | Announcement title | ", str, { required: true }],
  ["go", "openapi-generator", "**Text** | Pointer to **string** | Announcement text | [optional] ", str, { required: false }],
  ["go", "openapi-generator", "**SendNotification** | Pointer to **bool** | Send notification to group members. | [optional] [default to false]", { kind: "primitive", name: "boolean" }, { required: false, default: "false" }],
  // openapi-generator/vrchat/go/docs/AccountDeletionLog.md: the generator's nullable wrapper
  ["go", "openapi-generator", "**DeletionScheduled** | Pointer to **NullableTime** | When the deletion is scheduled to happen. | [optional] ", { kind: "primitive", name: "date-time" }, { required: false, nullable: true }],
  ["go", "openapi-generator", "**Data** | Pointer to **map[string]interface{}** |  | [optional] ", { kind: "map", values: { kind: "any" } }, { required: false }],
  // swagger-codegen/sendinblue/go/docs/AbTestCampaignResultClickedLinks.md: `[default to null]` on every field is no default
  ["go", "openapi-generator", "**VersionA** | [***AbTestVersionClicks**](x.md) |  | [default to null]", { ...x, written: "AbTestVersionClicks" }, { required: true }],
  // openapi-generator/vrchat/rust/docs/CalendarEvent.md and friends
  ["rust", "openapi-generator", "**category** | Option<[**models::CalendarEventCategory**](x.md)> |  | [optional]", { ...x, written: "models::CalendarEventCategory" }, { required: false }],
  ["rust", "openapi-generator", "**badges** | Option<[**Vec<models::Badge>**](x.md)> |  | [optional]", { kind: "array", items: { ...x, written: "models::Badge" } }, { required: false }],
  ["rust", "openapi-generator", "**max_favorite_groups** | **std::collections::HashMap<String, i32>** |  | ", { kind: "map", values: int }, { required: true }],
  ["rust", "openapi-generator", "**details** | Option<**serde_json::Value**> |  | [optional]", { kind: "any" }, { required: false }],
  ["rust", "openapi-generator", "**announcements** | [**HashSet<models::ApiConfigAnnouncement>**](x.md) |  | ", { kind: "array", items: { ...x, written: "models::ApiConfigAnnouncement" } }, { required: true }],
  // openapi-generator/conekta/dart/doc/*.md
  ["dart", "openapi-generator", "**items** | [**BuiltList&lt;X&gt;**](x.md) |  | ", { kind: "array", items: { ...x, written: "X" } }, { required: true }],
  ["dart", "openapi-generator", "**metadata** | [**BuiltMap&lt;String, JsonObject&gt;**](JsonObject.md) |  | [optional] ", { kind: "map", values: { kind: "any" } }, { required: false }],
  ["dart", "openapi-generator", "**price** | **num** |  | [optional] ", { kind: "primitive", name: "number", unstated: ["integer"] }, { required: false }],
  // openapi-generator/conekta/typescript/docs/CheckoutOrderTemplate.md
  ["typescript", "openapi-generator", "**metadata** | **{ [key: string]: any; }** | It is a set of key-value pairs | [optional] [default to undefined]", { kind: "map", values: { kind: "any" } }, { required: false }],
  ["typescript", "openapi-generator", "**id** | **string** |  | [optional] [readonly] [default to undefined]", str, { required: false, readOnly: true }],
  // openapi-generator/conekta/csharp/docs/*.md
  ["csharp", "openapi-generator", "**Metadata** | **Dictionary&lt;string, Object&gt;** |  | [optional] ", { kind: "map", values: { kind: "any" } }, { required: false }],
  // openapi-generator/vrchat/python/docs/*.md (python-legacy): a date is a date here
  ["python", "openapi-generator", "**max_favorite_groups** | **dict(str, int)** | Maximum favorite groups | [optional] ", { kind: "map", values: int }, { required: false }],
  ["python", "openapi-generator", "**tags** | **list[str]** |  | ", { kind: "array", items: str }, { required: true }],
  ["python", "openapi-generator", "**birthday** | **date** |  | [optional] ", { kind: "primitive", name: "date" }, { required: false }],
  // swagger-codegen/sendinblue/php/docs/Model/*.md
  ["php", "openapi-generator", "**browsers** | [**map[string,\\SendinBlue\\Client\\Model\\X]**](x.md) |  | ", { kind: "map", values: { ...x, written: "SendinBlue\\Client\\Model\\X" } }, { required: true }],
  // PHP's date class is written for dates and date-times alike: its time of day is a weak fact.
  ["php", "openapi-generator", "**createdAt** | [**\\DateTime**] | Creation date | [optional]", { kind: "primitive", name: "date-time", weak: ["time"] }, { required: false }],
  ["php", "openapi-generator", "**credits** | **double** | Remaining credits | [optional]", { kind: "primitive", name: "number" }, { required: false }],
  // openapi-generator/conekta/ruby/docs/*.md
  ["ruby", "openapi-generator", "| **metadata** | **Hash&lt;String, Object&gt;** |  | [optional] |", { kind: "map", values: { kind: "any" } }, { required: false }],
  // openapi-generator/dropbox-sign/python/sdks/python/docs/TemplateResponseDocumentFormFieldText.md: required marked on the name
  ["python", "openapi-generator", "| `type`<sup>*_required_</sup> | ```str``` |  The type of this form field.  |  [default to 'text'] |", str, { required: true, default: "'text'" }],
  ["python", "openapi-generator", "| `avg_text_length` | [```X```](x.md) |    |  |", { ...x, written: "X" }, { required: false }],
  // apimatic/maxio/typescript/doc/models/*.md
  // APIMatic's TypeScript writes dates and date-times as `string` too: its strings state no format.
  ["typescript", "apimatic", "| `uid` | `string \\| undefined` | Optional | The UID for the group |", { ...str, unstated: ["date"] }, { required: false }],
  ["typescript", "apimatic", "| `name` | `string` | Required | - |", { ...str, unstated: ["date"] }, { required: true }],
  ["typescript", "apimatic", "| `id` | `bigint \\| null \\| undefined` | Optional | - |", int, { required: false, nullable: true }],
  ["typescript", "apimatic", "| `prices` | [`X[] \\| undefined`](../docs/x.md) | Optional | - |", { kind: "array", items: { ...x, written: "X" } }, { required: false }],
  // apimatic/maxio/csharp: `int?` on every optional value type says nothing of null
  ["csharp", "apimatic", "| `Scheme` | `int?` | Optional | Whether the group is configured |", int, { required: false }],
  // apimatic/maxio/python and ruby: unions of titled links
  ["python", "apimatic", "| `value` | str \\| int \\| [X Model](../docs/x.md) | Optional | - |", { kind: "union", members: [str, int, { ...x, written: "X Model" }] }, { required: false }],
  ["ruby", "apimatic", "| `value` | String \\| Integer \\| nil | Optional | - |", { kind: "union", members: [{ kind: "primitive", name: "string", unstated: ["binary"] }, int] }, { required: false }],
  // apimatic/splitit/php/doc/models/*.md
  ["php", "apimatic", "| `installments` | [`?(X[])`](../docs/x.md) | Optional | - | getInstallments(): ?array | setInstallments(?array installments): void |", { kind: "array", items: { ...x, written: "X" } }, { required: false }],
  ["java", "apimatic", "| `extendedParams` | `Map<String, String>` | Optional | - | getExtendedParams() | setExtendedParams(Map<String, String> extendedParams) |", { kind: "map", values: str }, { required: false }],
];

describe("rows as the generators write them", () => {
  it.each(rows)("%s %s %s", (dialect, format, row, type, facts) => {
    const { field, codes } = readRow(dialect, format, row);
    expect(field.type).toEqual(type);
    expect(codes).toEqual([]);
    const unstated = field.unstated ?? [];
    expect(unstated.includes("required") ? undefined : field.required).toBe(facts.required);
    expect(unstated.includes("nullable") ? undefined : field.nullable).toBe(facts.nullable);
    expect(field.readOnly).toBe(facts.readOnly);
    expect(field.default).toBe(facts.default);
  });
});
