// Issues 3, 12 and 21: every page of the real corpus — unified-to's seven languages, formance's six, the
// three history folders, and the 28 folders of OpenAPI Generator, swagger-codegen and APIMatic docs — in
// its own dialect and format. Zero unknown types (but where a page names no type, or one it documents
// nowhere), zero unresolved refs, and no diagnostics but the ones listed here, each checked by hand.
import { describe, expect, it } from "vitest";
import { variantStats } from "../../src/ir/stats.js";
import type { Dialect, GeneratorFormat } from "../../src/ir/types.js";
import { corpusVariant } from "./corpus-ir.js";
import { corpusNames, type CorpusName } from "./paths.js";

interface Expected {
  readonly dialect: Dialect;
  /** Default `speakeasy`. */
  readonly format?: GeneratorFormat;
  /** Enum declarations, where the count is not the unified-to census's. */
  readonly enums?: number;
  /** Types a page names and does not document, or does not name at all (each listed below); default 0. */
  readonly unknownTypes?: number;
  /** Declarations: one per page, but pages that declare nothing, plus second types documented on a page. */
  readonly declarations: number;
  readonly fields: number;
  /** `severity code` → count. */
  readonly diagnostics: Readonly<Record<string, number>>;
}

/**
 * The diagnostics that point at real defects of the pages (hand-checked):
 * - `not-a-model-page`: go `docs/pkg/models/operations/option.md` (unified-to and formance) is the Go SDK's
 *   "# Options" guide (Global/Per-Method Options, Go code, no table), not a model page.
 * - `undocumented-type`: java and ruby write their union pages as a title and nothing else
 *   (unified-to/java/docs/models/shared/AccountingMetadata5.md, unified-to/ruby/docs/models/shared/value.md,
 *   formance/java/docs/models/shared/ConnectorConfig.md are `# Name` and an empty line): their members are
 *   not documented (unified-to: the 44 union pages of both; formance/java: 16).
 * - `link-case-mismatch`: formance/php links to `../../Models/<area>/X.md` with the area folder in lower
 *   case (docs/Models/Auth/Client.md:16 links `../../Models/auth/ClientSecret.md`; the folder is `Auth`):
 *   broken on GitHub, whose paths are case sensitive. modeldoc follows each to the one page it can mean.
 *
 * Declarations against the manifests' file counts: python's `utils/retryconfig.md` (unified-to and
 * formance) documents two types, `RetryConfig` (3 fields) and `BackoffStrategy` (4), one more than its
 * page; go's `option.md` declares none, one fewer. The same fields in every unified-to language (12,931)
 * but TypeScript, which has no `<Op>Response` page for 704 operations, and python, 7 more for RetryConfig.
 */
/*
 * Generators (issue 21). The diagnostics, each checked by hand against its pages:
 * - `undocumented-type` (OpenAPI Generator's python-legacy, dart, and swagger-codegen): a type whose page is
 *   an empty Properties table — an enum (vrchat/python/docs/FavoriteGroupVisibility.md, an enum in Rust's
 *   docs), a map (swagger-codegen/sendinblue/go/docs/GetStatsByBrowser.md) or a free-form object alike: the
 *   page says nothing of it, so it is a type with no documented members. Conekta's `EventTypes` in four
 *   languages; the seven `…Enum` pages of Dropbox Sign's every language.
 * - `unescaped-pipe`: a description holding a `|`, read as the description (vrchat's `Username`:
 *   `-| **DEPRECATED:** VRChat API no longer return usernames …` in CurrentUser, LimitedUser, Notification,
 *   SentNotification, User; conekta's `file_classification`, whose description holds a Markdown table, in
 *   CompanyDocumentRequest, CompanyDocumentResponse and, in some languages, CompanyResponseDocumentsInner).
 * - `joined-rows`: Dropbox Sign's C# template ends a row without a line break after every row whose notes
 *   are empty or a default (docs/AccountCreateRequest.md:7 holds four rows): 160 lines, read as their rows.
 * - `broken-cell`: swagger-codegen's Java writes an inline enum's type as `[**` at the end of one line and
 *   `WinningVersionEnum**](#WinningVersionEnum)` on the next (docs/AbTestCampaignResult.md:7 and :9).
 * - `link-case-mismatch`: links whose case differs from the file's (vrchat/rust `models::MimeType` →
 *   docs/MIMEType.md; sendinblue/go `AbTestVersionClicks` → docs/ABTestVersionClicks.md; sendinblue/php one):
 *   broken on GitHub, followed to the one page each can mean.
 * - `bad-field-name` (the one error): sendinblue/php docs/Model/GetExtendedCampaignOverview.md:35, a line
 *   of "Back to" links written right after the table, which GFM takes for a row.
 * - `unknown-type`: C# names an inline enum nested in its model and documents it nowhere
 *   (conekta/csharp docs/Checkout.md:9 `List<Checkout.ExcludedPaymentMethodsEnum>`, 9 such fields;
 *   dropbox-sign/csharp `ReportCreateRequest.ReportTypeEnum`, `ReportResponse.ReportTypeEnum`,
 *   `SubOAuth.ScopesEnum`).
 * - `bad-type`: conekta/go writes `Pointer to ` and no type for 13 free-form fields
 *   (docs/CreateCustomerFiscalEntitiesResponse.md:11 `**Metadata** | Pointer to  |  | [optional]`).
 * Enums: every enum page that lists values (OpenAPI Generator's `## Enum` lists and Rust's `## Enum
 * Variants`, swagger-codegen's and Java's inline `## Enum: X`, APIMatic's enumerations); none where the
 * generator writes enums as empty tables.
 */
const generators: Record<`generators/${string}`, Expected> = {
  "generators/openapi-generator/vrchat/go": { dialect: "go", format: "openapi-generator", declarations: 122, fields: 758, enums: 25, diagnostics: { "warning unescaped-pipe": 5 } },
  "generators/openapi-generator/vrchat/java": { dialect: "java", format: "openapi-generator", declarations: 328, fields: 2078, enums: 57, diagnostics: { "warning unescaped-pipe": 4 } },
  "generators/openapi-generator/vrchat/python": { dialect: "python", format: "openapi-generator", declarations: 291, fields: 1905, enums: 0, diagnostics: { "warning undocumented-type": 53, "warning unescaped-pipe": 4 } },
  "generators/openapi-generator/vrchat/rust": { dialect: "rust", format: "openapi-generator", declarations: 337, fields: 2087, enums: 63, diagnostics: { "warning link-case-mismatch": 19, "warning unescaped-pipe": 4 } },
  "generators/openapi-generator/vrchat/dart": { dialect: "dart", format: "openapi-generator", declarations: 329, fields: 2131, enums: 0, diagnostics: { "warning undocumented-type": 59, "warning unescaped-pipe": 4 } },
  "generators/openapi-generator/conekta/csharp": { dialect: "csharp", format: "openapi-generator", declarations: 194, fields: 1548, enums: 0, unknownTypes: 9, diagnostics: { "warning undocumented-type": 1, "warning unescaped-pipe": 2, "warning unknown-type": 9 } },
  "generators/openapi-generator/conekta/dart": { dialect: "dart", format: "openapi-generator", declarations: 182, fields: 1400, enums: 0, diagnostics: { "warning undocumented-type": 1 } },
  "generators/openapi-generator/conekta/go": { dialect: "go", format: "openapi-generator", declarations: 189, fields: 1497, enums: 1, unknownTypes: 13, diagnostics: { "warning bad-type": 13, "warning unescaped-pipe": 2 } },
  "generators/openapi-generator/conekta/php": { dialect: "php", format: "openapi-generator", declarations: 190, fields: 1509, enums: 0, diagnostics: { "warning undocumented-type": 1, "warning unescaped-pipe": 2 } },
  "generators/openapi-generator/conekta/python": { dialect: "python", format: "openapi-generator", declarations: 189, fields: 1431, enums: 1, diagnostics: { "warning unescaped-pipe": 3 } },
  "generators/openapi-generator/conekta/ruby": { dialect: "ruby", format: "openapi-generator", declarations: 189, fields: 1216, enums: 0, diagnostics: { "warning undocumented-type": 1, "warning unescaped-pipe": 3 } },
  "generators/openapi-generator/conekta/typescript": { dialect: "typescript", format: "openapi-generator", declarations: 189, fields: 1497, enums: 1, diagnostics: { "warning unescaped-pipe": 2 } },
  "generators/openapi-generator/dropbox-sign/csharp": { dialect: "csharp", format: "openapi-generator", declarations: 196, fields: 1305, enums: 0, unknownTypes: 3, diagnostics: { "warning joined-rows": 160, "warning undocumented-type": 7, "warning unknown-type": 3 } },
  "generators/openapi-generator/dropbox-sign/php": { dialect: "php", format: "openapi-generator", declarations: 196, fields: 1007, enums: 0, diagnostics: { "warning undocumented-type": 7 } },
  "generators/openapi-generator/dropbox-sign/python": { dialect: "python", format: "openapi-generator", declarations: 196, fields: 1007, enums: 0, diagnostics: { "warning undocumented-type": 7 } },
  "generators/openapi-generator/dropbox-sign/ruby": { dialect: "ruby", format: "openapi-generator", declarations: 196, fields: 1007, enums: 0, diagnostics: { "warning undocumented-type": 7 } },
  "generators/openapi-generator/dropbox-sign/typescript": { dialect: "typescript", format: "openapi-generator", declarations: 196, fields: 1007, enums: 0, diagnostics: { "warning undocumented-type": 7 } },
  "generators/swagger-codegen/sendinblue/go": { dialect: "go", format: "openapi-generator", declarations: 275, fields: 1119, enums: 0, diagnostics: { "warning link-case-mismatch": 18, "warning undocumented-type": 8 } },
  "generators/swagger-codegen/sendinblue/java": { dialect: "java", format: "openapi-generator", declarations: 325, fields: 1151, enums: 44, diagnostics: { "warning broken-cell": 2, "warning undocumented-type": 9 } },
  "generators/swagger-codegen/sendinblue/php": { dialect: "php", format: "openapi-generator", declarations: 288, fields: 1180, enums: 0, diagnostics: { "error bad-field-name": 1, "warning link-case-mismatch": 1, "warning undocumented-type": 11 } },
  "generators/swagger-codegen/sendinblue/python": { dialect: "python", format: "openapi-generator", declarations: 298, fields: 1251, enums: 0, diagnostics: { "warning undocumented-type": 9 } },
  "generators/apimatic/maxio/csharp": { dialect: "csharp", format: "apimatic", declarations: 698, fields: 2721, enums: 95, diagnostics: {} },
  "generators/apimatic/maxio/python": { dialect: "python", format: "apimatic", declarations: 732, fields: 2839, enums: 98, diagnostics: {} },
  "generators/apimatic/maxio/ruby": { dialect: "ruby", format: "apimatic", declarations: 698, fields: 2721, enums: 95, diagnostics: {} },
  "generators/apimatic/maxio/typescript": { dialect: "typescript", format: "apimatic", declarations: 732, fields: 2839, enums: 98, diagnostics: {} },
  "generators/apimatic/splitit/java": { dialect: "java", format: "apimatic", declarations: 63, fields: 263, enums: 14, diagnostics: {} },
  "generators/apimatic/splitit/php": { dialect: "php", format: "apimatic", declarations: 63, fields: 263, enums: 14, diagnostics: {} },
  "generators/apimatic/splitit/typescript": { dialect: "typescript", format: "apimatic", declarations: 63, fields: 263, enums: 14, diagnostics: {} },
};

const expected: Record<CorpusName, Expected> = {
  ...generators,
  go: { dialect: "go", declarations: 3430, fields: 12931, diagnostics: { "warning not-a-model-page": 1 } },
  csharp: { dialect: "csharp", declarations: 3430, fields: 12931, diagnostics: {} },
  typescript: { dialect: "typescript", declarations: 2734, fields: 9690, diagnostics: {} },
  python: { dialect: "python", declarations: 3432, fields: 12938, diagnostics: {} },
  java: { dialect: "java", declarations: 3430, fields: 12931, diagnostics: { "warning undocumented-type": 44 } },
  php: { dialect: "php", declarations: 3430, fields: 12931, diagnostics: {} },
  ruby: { dialect: "ruby", declarations: 3430, fields: 12931, diagnostics: { "warning undocumented-type": 44 } },
  "formance/go": { dialect: "go", declarations: 1114, fields: 3405, diagnostics: { "warning not-a-model-page": 1 } },
  "formance/java": { dialect: "java", declarations: 1114, fields: 3386, diagnostics: { "warning undocumented-type": 16 } },
  "formance/python": { dialect: "python", declarations: 1116, fields: 3393, diagnostics: {} },
  "formance/typescript": { dialect: "typescript", declarations: 1116, fields: 3463, diagnostics: {} },
  "formance/csharp": { dialect: "csharp", declarations: 1129, fields: 3006, diagnostics: {} },
  "formance/php": { dialect: "php", declarations: 1160, fields: 3603, diagnostics: { "warning link-case-mismatch": 765 } },
  "history/go/2025-02-05": { dialect: "go", declarations: 342, fields: 1596, diagnostics: {} },
  "history/go/2025-10-23": { dialect: "go", declarations: 420, fields: 2287, diagnostics: {} },
  "history/csharp/2025-10-23": { dialect: "csharp", declarations: 420, fields: 2287, diagnostics: {} },
};

function tally(diagnostics: readonly { severity: string; code: string }[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const d of diagnostics) counts[`${d.severity} ${d.code}`] = (counts[`${d.severity} ${d.code}`] ?? 0) + 1;
  return counts;
}

describe.each(corpusNames)("corpus %s", async (name) => {
  const variant = await corpusVariant(name);
  const stats = variantStats(variant);
  console.log(`${name}: ${JSON.stringify(stats)}`);

  it("is read in its own dialect and format, decided from all its pages", () => {
    expect([variant.dialect, variant.format]).toEqual([expected[name].dialect, expected[name].format ?? "speakeasy"]);
  });

  it("has no unknown types but the listed ones, and no unresolved references", () => {
    expect(stats.unknownTypes).toBe(expected[name].unknownTypes ?? 0);
    expect(stats.unresolvedRefs).toBe(0);
  });

  it("reports only the hand-checked defects", () => {
    expect(tally(variant.diagnostics)).toEqual(expected[name].diagnostics);
  });

  it("declares every documented type and field", () => {
    expect([stats.pages, stats.fields]).toEqual([expected[name].declarations, expected[name].fields]);
    expect(stats.models + stats.enums + stats.unions).toBe(stats.pages);
    // The unified-to manifest's census: 1213 enum pages in every language.
    if (!name.includes("/")) expect(stats.enums).toBe(1213);
    if (expected[name].enums !== undefined) expect(stats.enums).toBe(expected[name].enums);
  });
});
