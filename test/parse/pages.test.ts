// Pages as issue 12 finds them, read from ../shared/corpus: several types on one page, columns found by
// what their headers mean, struck-through deprecated fields, an Example column, namespaced models, and
// facts a dialect cannot state. Hand-made pages only where the corpus has no such case.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { Declaration, Dialect, EnumDecl, ModelDecl, UnionDecl, Variant } from "../../src/ir/types.js";
import { parsePages } from "../../src/parse/index.js";
import { MAX_TYPE_DEPTH } from "../../src/parse/limits.js";
import { corpusRoot } from "../corpus/paths.js";

/** Corpus pages read as one variant: `folder` is the variant root under the corpus, `pages` page ids under it. */
function corpusPages(folder: string, pages: readonly string[], dialect?: Dialect): Variant {
  const sources = pages.map((id) => ({ id, text: readFileSync(join(corpusRoot, folder, id), "utf8") }));
  return parsePages(folder, join(corpusRoot, folder), sources, dialect ? { dialect } : {});
}

const byId = (variant: Variant, id: string): Declaration => {
  const found = variant.declarations.find((d) => d.id === id);
  if (found === undefined) throw new Error(`no declaration ${id} in ${variant.declarations.map((d) => d.id).join(", ")}`);
  return found;
};

describe("a page that documents two types (python/docs/models/utils/retryconfig.md)", () => {
  const variant = corpusPages("unified-to/python", ["docs/models/utils/retryconfig.md"]);

  it("declares both, the second identified by its heading's anchor, with no diagnostic", () => {
    expect(variant.diagnostics).toEqual([]);
    expect(variant.declarations.map((d) => [d.id, d.kind, d.name])).toEqual([
      ["docs/models/utils/retryconfig.md", "model", "RetryConfig"],
      ["docs/models/utils/retryconfig.md#backoffstrategy", "model", "BackoffStrategy"],
    ]);
    expect(byId(variant, "docs/models/utils/retryconfig.md#backoffstrategy").description).toBe(
      "The backoff strategy allows retrying a request with an exponential backoff between each retry.",
    );
  });

  it("finds the columns of `Name | Type | Description | Example` by meaning, and resolves the in-page link", () => {
    const retry = byId(variant, "docs/models/utils/retryconfig.md") as ModelDecl;
    expect(retry.fields.map((f) => [f.name, f.type, f.example ?? null])).toEqual([
      ["strategy", { kind: "primitive", name: "string" }, "backoff"],
      ["backoff", { kind: "ref", target: "docs/models/utils/retryconfig.md#backoffstrategy", written: "BackoffStrategy" }, null],
      ["retry_connection_errors", { kind: "primitive", name: "boolean" }, "true"],
    ]);
  });

  it("leaves requiredness unstated without a Required column (Python's notation marks only some optional fields)", () => {
    const backoff = byId(variant, "docs/models/utils/retryconfig.md#backoffstrategy") as ModelDecl;
    expect(backoff.fields.map((f) => [f.name, f.required, f.unstated])).toEqual([
      ["initial_interval", false, ["required"]],
      ["max_interval", false, ["required"]],
      ["exponent", false, ["required"]],
      ["max_elapsed_time", false, ["required"]],
    ]);
  });
});

describe("formance pages", () => {
  it("reads a 5-column table with a struck-through deprecated field (formance/go/docs/pkg/models/shared/accountbalance.md)", () => {
    const variant = corpusPages("formance/go", ["docs/pkg/models/shared/accountbalance.md"]);
    const model = variant.declarations[0] as ModelDecl;
    expect(model.fields.map((f) => [f.name, f.deprecated])).toEqual([
      ["AccountID", false],
      ["Asset", false],
      ["Balance", false],
      ["CreatedAt", false],
      ["Currency", true],
      ["LastUpdatedAt", false],
    ]);
    expect(model.fields.find((f) => f.name === "Balance")?.type).toEqual({ kind: "primitive", name: "integer" });
  });

  it("keeps an Example cell's line breaks (formance/java/docs/models/shared/V2Account.md)", () => {
    const variant = corpusPages("formance/java", ["docs/models/shared/V2Account.md", "docs/models/shared/V2Volume.md"]);
    const account = byId(variant, "docs/models/shared/V2Account.md") as ModelDecl;
    expect(account.fields.find((f) => f.name === "address")?.example).toBe("users:001");
    expect(account.fields.find((f) => f.name === "metadata")?.example).toBe('{\n"admin": "true"\n}');
    expect(account.fields.find((f) => f.name === "firstUsage")?.example).toBe("2023-01-01T00:00:00Z");
  });

  it("gives two models of one name in two areas two identities (formance/typescript ledger/ and payments/)", () => {
    const variant = corpusPages("formance/typescript", ["docs/sdk/models/ledger/account.md", "docs/sdk/models/payments/account.md"]);
    expect(variant.declarations.map((d) => [d.id, d.canonicalName, d.area])).toEqual([
      ["docs/sdk/models/ledger/account.md", "Account", "ledger"],
      ["docs/sdk/models/payments/account.md", "Account", "payments"],
    ]);
  });

  it("reads error pages as models the client receives (formance/go/docs/pkg/models/sdkerrors/error.md)", () => {
    const variant = corpusPages("formance/go", ["docs/pkg/models/sdkerrors/error.md", "docs/pkg/models/sdkerrors/errorcode.md"]);
    expect(variant.declarations.map((d) => [d.name, d.kind, d.role])).toEqual([
      ["Error", "model", "response"],
      ["ErrorCode", "enum", "response"],
    ]);
    expect(variant.diagnostics).toEqual([]);
  });
});

describe("facts a dialect cannot state", () => {
  it("Go's pointer says a field may be left out and nothing of null", () => {
    const variant = corpusPages("unified-to/go", ["docs/pkg/models/shared/webhook.md"]);
    const hookUrl = (variant.declarations[0] as ModelDecl).fields.find((f) => f.name === "HookURL");
    expect([hookUrl?.required, hookUrl?.nullable, hookUrl?.unstated]).toEqual([false, false, ["nullable"]]);
  });

  it("Java's Optional on a required field says null; its plain types say not null", () => {
    const variant = corpusPages("formance/java", ["docs/models/shared/Payment.md"]);
    const fields = (variant.declarations[0] as ModelDecl).fields;
    const facts = (name: string) => {
      const field = fields.find((f) => f.name === name);
      return [field?.required, field?.nullable, field?.unstated];
    };
    expect(facts("raw")).toEqual([true, true, undefined]); // `[Optional\<PaymentRaw>](…)` :heavy_check_mark:
    expect(facts("provider")).toEqual([false, false, undefined]); // `[Optional\<Connector>](…)` :heavy_minus_sign:
    expect(facts("asset")).toEqual([true, false, undefined]); // `*String*` :heavy_check_mark:
  });

  it("PHP and Ruby say nothing of open enums: their enums are open, and say so", () => {
    for (const [folder, page] of [
      ["unified-to/php", "docs/Models/Shared/WebhookType.md"],
      ["unified-to/ruby", "docs/models/shared/webhooktype.md"],
    ] as const) {
      const enumeration = corpusPages(folder, [page]).declarations[0] as EnumDecl;
      expect([folder, enumeration.open, enumeration.unstated]).toEqual([folder, true, ["open"]]);
    }
  });

  it("a variant that marks open enums states the closed ones (unified-to/go)", () => {
    // Every shared enum of unified-to is open ("// Open enum" in its example code); the query-parameter enums are not.
    const variant = corpusPages("unified-to/go", ["docs/pkg/models/shared/webhooktype.md", "docs/pkg/models/operations/getcdpprofilequeryparamfields.md"]);
    expect(variant.declarations.map((d) => [d.name, (d as EnumDecl).open, d.unstated])).toEqual([
      ["GetCdpProfileQueryParamFields", false, undefined],
      ["WebhookType", true, undefined],
    ]);
  });

  it("a variant whose generator marks no enum open states none of them (unified-to-history/go)", () => {
    const variant = corpusPages("unified-to-history/go/2025-10-23", ["docs/pkg/models/shared/webhooktype.md"]);
    expect([(variant.declarations[0] as EnumDecl).open, variant.declarations[0]?.unstated]).toEqual([true, ["open"]]);
  });

  it("Java's title-only union page states no members (java/docs/models/shared/AccountingMetadata5.md)", () => {
    const variant = corpusPages("unified-to/java", ["docs/models/shared/AccountingMetadata5.md"]);
    const union = variant.declarations[0] as UnionDecl;
    expect([union.members, union.unstated]).toEqual([[], ["members"]]);
  });
});

describe("the dialect is the variant's", () => {
  const webhook = (lang: string) => (lang === "go" ? "docs/pkg/models/shared/webhook.md" : lang === "csharp" ? "docs/Models/Components/Webhook.md" : "docs/models/shared/Webhook.md");

  it("decides from the evidence of all pages: a page with no evidence of its own is read in it", () => {
    // An enum page has no type cell; the Webhook page's cells speak for Java.
    const variant = corpusPages("unified-to/java", [webhook("java"), "docs/models/shared/WebhookType.md", "docs/models/shared/DbType.md", "docs/models/shared/WebhookEvent.md", "docs/models/shared/WebhookObjectType.md"]);
    expect(variant.dialect).toBe("java");
    expect(variant.diagnostics).toEqual([]);
  });

  it("reads a page in another dialect only on strong evidence of its own", () => {
    const go = readFileSync(join(corpusRoot, "unified-to/go", webhook("go")), "utf8");
    const csharp = readFileSync(join(corpusRoot, "unified-to/csharp", webhook("csharp")), "utf8");
    const pages = [
      { id: "go/a.md", text: go },
      { id: "go/b.md", text: go.replace("# Webhook", "# Other") },
      { id: "cs/c.md", text: csharp.replace("# Webhook", "# Third") },
    ];
    const variant = parsePages("mixed", ".", pages);
    expect(variant.dialect).toBe("go");
    // The C# page links learn.microsoft.com and writes `Dictionary<String, *string*>`: read as C#, no unknown type.
    expect(variant.diagnostics.filter((d) => d.code === "unknown-type")).toEqual([]);
  });

  it("is forced by --dialect: every page is read in it", () => {
    const variant = corpusPages("unified-to/php", ["docs/Models/Shared/Webhook.md"], "ruby");
    expect(variant.dialect).toBe("ruby");
    expect(variant.diagnostics.some((d) => d.code === "unknown-type")).toBe(true);
  });
});

describe("limits", () => {
  const page = (cell: string) => `# Deep\n\n## Fields\n\n| Field | Type | Required | Description |\n| --- | --- | --- | --- |\n| \`f\` | ${cell} | :heavy_check_mark: | N/A |\n`;

  it("reads a type nested past the limit as unknown, with a diagnostic at the cell, without overflowing the stack", () => {
    for (const cell of ["`" + "[]".repeat(10_000) + "string`", "List<".repeat(2_000) + "*string*" + ">".repeat(2_000), "`" + "*".repeat(5_000) + "string`"]) {
      const variant = parsePages("deep", ".", [{ id: "deep.md", text: page(cell) }], { dialect: "go" });
      expect((variant.declarations[0] as ModelDecl).fields[0]?.type.kind).toBe("unknown");
      expect(variant.diagnostics.map((d) => [d.code, d.source.line])).toEqual([["bad-type", 7]]);
      expect(variant.diagnostics[0]?.message).toMatch(new RegExp(`(nested at most ${MAX_TYPE_DEPTH} levels|at most 10000 characters)`));
    }
  });
});

describe("nothing dropped in silence", () => {
  const table = "| Field | Type | Required | Description |\n| --- | --- | --- | --- |\n| `a` | *string* | :heavy_check_mark: | N/A |\n";
  const read = (text: string) => parsePages("p", ".", [{ id: "p.md", text }], { dialect: "go" });
  const codes = (variant: Variant) => variant.diagnostics.map((d) => `${d.source.line} ${d.severity} ${d.code}`);

  it("a second declaring section is reported where it starts, and the first is read", () => {
    const variant = read(`# P\n\n## Fields\n\n${table}\n## Values\n\n| Name | Value |\n| --- | --- |\n| \`X\` | x |\n`);
    expect(variant.declarations.map((d) => d.kind)).toEqual(["model"]);
    expect(codes(variant)).toEqual(["9 error repeated-section"]);
    expect(variant.diagnostics[0]?.message).toBe('expected one section saying what "P" is, found "Fields" and then "Values"; the second is skipped');
  });

  it("a second table under Fields is reported", () => {
    expect(codes(read(`# P\n\n## Fields\n\n${table}\nText.\n\n${table}`))).toEqual(["11 error repeated-table"]);
  });

  it("a table swallowed by an unclosed code fence is reported with the fence's line", () => {
    const variant = read(`# P\n\n## Fields\n\n\`\`\`go\nvalue := 1\n\n${table}`);
    expect(codes(variant)).toEqual(["3 error missing-fields-table"]);
    expect(variant.diagnostics[0]?.message).toContain("the code block at line 5 holds table rows: is a fence left open?");
  });

  it("a column modeldoc does not read is named", () => {
    const variant = read("# P\n\n## Fields\n\n| Field | Type | Required | Description | Since |\n| --- | --- | --- | --- | --- |\n| `a` | *string* | :heavy_check_mark: | N/A | 2.0 |\n");
    expect(codes(variant)).toEqual(["5 warning unknown-column"]);
    expect(variant.diagnostics[0]?.message).toBe('expected a column among Field, Type, Required, Description, Example, Default, found "Since" (column 5, skipped)');
  });
});

describe("generator versions the corpus does not have", () => {
  const read = (dialect: Dialect, pages: Record<string, string>) => parsePages("v", ".", Object.entries(pages).map(([id, text]) => ({ id, text })), { dialect });

  it("an open enum said in a `Unrecognized<string>` row or in the description (stackone-client-typescript)", () => {
    const row = read("typescript", { "a.md": "# A\n\n## Values\n\n| Name | Value |\n| --- | --- |\n| `Home` | home |\n| - | `Unrecognized<string>` |\n" });
    expect(row.declarations[0]).toMatchObject({ open: true, values: [{ value: "home" }] });
    expect(row.declarations[0]?.unstated).toBeUndefined();
    const prose = read("typescript", { "b.md": "# B\n\nThis is an open enum. Unrecognized values will be captured.\n\n## Values\n\n| Name | Value |\n| --- | --- |\n| `Home` | home |\n" });
    expect(prose.declarations[0]).toMatchObject({ open: true });
  });

  it("a union member under an empty heading, typed in its code (shippo-python-sdk)", () => {
    const page = "# P\n\n## Supported Types\n\n### \n\n```python\nvalue: Dict[str, Any] = /* values here */\n```\n\n### `str`\n\n```python\nvalue: str = /* values here */\n```\n";
    const variant = read("python", { "p.md": page });
    expect(variant.diagnostics).toEqual([]);
    expect((variant.declarations[0] as UnionDecl).members.map((m) => m.type)).toEqual([{ kind: "map", values: { kind: "any" } }, { kind: "primitive", name: "string" }]);
  });

  it("a link to a folder that is not there still names its model (clerk-sdk-ruby links ../../models/shared/ for components/)", () => {
    const variant = read("ruby", {
      "docs/models/components/a.md": "# A\n\n## Fields\n\n| Field | Type | Required | Description |\n| --- | --- | --- | --- |\n| `b` | [Models::Components::B](../../models/shared/b.md) | :heavy_check_mark: | N/A |\n",
      "docs/models/components/b.md": "# B\n\n## Fields\n\n| Field | Type | Required | Description |\n| --- | --- | --- | --- |\n",
    });
    expect((variant.declarations[0] as ModelDecl).fields[0]?.type).toEqual({ kind: "ref", target: "docs/models/components/b.md", written: "Models::Components::B" });
    expect(variant.diagnostics.map((d) => [d.code, d.message])).toEqual([
      ["broken-link", 'expected the page docs/models/shared/b.md for "Models::Components::B", found no such page; took docs/models/components/b.md, the model of that name'],
    ]);
  });

  it("a description's list keeps an item a line (conductorone-sdk-go)", () => {
    const variant = read("go", { "a.md": "# A\n\nOne of:\n\n- event\n- functionCall\n\n## Fields\n\n| Field | Type | Required | Description |\n| --- | --- | --- | --- |\n" });
    expect(variant.declarations[0]?.description).toBe("One of:\n\n- event\n- functionCall");
  });
});
