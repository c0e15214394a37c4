/**
 * Issues 5 and 12 on the real corpus.
 *
 * Precision: ../shared/corpus/unified-to/* are one API on one day in seven languages (the same OpenAPI
 * document, see unified-to/MANIFEST.md), formance/{java,python} one API in two (formance/MANIFEST.md), and
 * unified-to-history/{go,csharp}/2025-10-23 one API on one day in two. All 21 unified-to pairs, the formance
 * pair and the history pair are diffed; every change must fall in a class of real drift in the docs,
 * listed below with an example page each, in the measured number, and every difference of the SDKs' shape
 * (envelopes, transport data, SDK utilities: issue 22) is an `sdk-shape` finding, counted apart. Nothing is
 * reported because one dialect cannot state a fact (Go's pointers and PHP's `?T` say nothing of null, PHP and
 * Ruby nothing of open enums, Java's and Ruby's title-only union pages nothing of members, TypeScript's
 * `number` nothing of integers).
 *
 * Recall: unified-to-history/go/2025-02-05 → 2025-10-23 is a real version diff. The Webhook changes of the
 * issue, twenty more changes checked by hand against the pages, and an independent reading of the raw
 * tables (field rows, Required column, type cells, enum values, pages) must all agree with the diff.
 *
 * The IR comes from the test run's corpus cache (test/corpus/global-setup.ts parses each folder once).
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { diffVariants, type Change, type DiffResult } from "../../src/diff/index.js";
import { matchKey } from "../../src/ir/naming.js";
import type { ModelDecl, Variant } from "../../src/ir/types.js";
import { diffAllVariants } from "../../src/pipeline/diff-folders.js";
import { corpusVariant } from "../corpus/corpus-ir.js";
import { historyFolder, languages, type Language } from "../corpus/paths.js";

const variants = new Map<Language, Variant>();
let historyGo: Variant;
let historyGoOld: Variant;
let historyCsharp: Variant;

beforeAll(async () => {
  for (const language of languages) variants.set(language, await corpusVariant(language));
  historyGoOld = { ...(await corpusVariant("history/go/2025-02-05")), name: "go/2025-02-05" };
  historyGo = { ...(await corpusVariant("history/go/2025-10-23")), name: "go/2025-10-23" };
  historyCsharp = { ...(await corpusVariant("history/csharp/2025-10-23")), name: "csharp/2025-10-23" };
});

/**
 * Between the seven languages (one API document, one day), the only API finding is one class, real:
 *
 * - `go-raw-body-any`: Go types the raw passthrough request body `*any` where the others take bytes
 *   (go/docs/pkg/models/operations/createpassthroughrawrequest.md:8 `RequestBody` `` `*any` ``; C# `*byte[]*`,
 *   TS `*ReadableStream<Uint8Array>*`, Python `*Optional[Union[bytes, IO[bytes], io.IOBase]]*`, Java `byte[]`,
 *   PHP `*?string*`, Ruby `*T.nilable(::String)*`); the same in patchpassthroughrawrequest.md and
 *   updatepassthroughrawrequest.md. The Go SDK's docs say something else of the API: a real finding.
 *
 * Everything else is the SDKs' shape (`sdk-shape`, info), counted by shape and aspect:
 * - `envelope`: TypeScript has no `<Op>Response` envelope for 704 operations, its SDK returns the body
 *   itself (go/docs/pkg/models/operations/getaccountingaccountresponse.md has no TypeScript page);
 * - `transport`: the 131 TypeScript response pages that exist list `headers` (and a body) but not the
 *   `ContentType`, `StatusCode` and `RawResponse` every other language documents
 *   (typescript/docs/sdk/models/operations/removeaccountingaccountresponse.md against the Go page);
 * - `body`: TypeScript returns the 8 passthrough bodies as one `result` field typed by a `…ResponseResult`
 *   union page of the same types, where the others have one field per content type
 *   (typescript/docs/sdk/models/operations/createpassthroughjsonresponse.md and …responseresult.md);
 * - `utility`: Python documents its SDK's `RetryConfig` (with `BackoffStrategy` on the same page) in the
 *   models tree (python/docs/models/utils/retryconfig.md).
 *
 * Fixed in the diff, not drift (tests in test/match/pairing.test.ts): C# names the binary body `…Bytes`
 * where the others say `…ResponseStream`; Python types a streamed body as `Optional[httpx.Response]`; PHP
 * and Ruby type it as a byte string; TypeScript names ShippingShipment's enum `ReturnTypeT` (`ReturnType` is a
 * TypeScript built-in), matched by link target; PHP's union pages spell out the members of a union they
 * link (`array<…AccountingMetadata1|string|float|bool>` where Go has `[]AccountingMetadata5`).
 */
type ApiClass = "go-raw-body-any";

function classify(change: Change, left: Variant, right: Variant): ApiClass | undefined {
  if (change.kind === "type-changed" && change.field === "requestBody" && /PassthroughRawRequest$/.test(change.model)) {
    const goSide = left.name === "go" ? change.left : right.name === "go" ? change.right : undefined;
    if (goSide === "any") return "go-raw-body-any";
  }
  return undefined;
}

/** The SDK-shape findings of a pair, by shape and aspect. */
function shapes(result: DiffResult): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const change of result.changes) if (change.kind === "sdk-shape") counts[`${change.shape}/${change.aspect}`] = (counts[`${change.shape}/${change.aspect}`] ?? 0) + 1;
  return counts;
}

const ts = { "envelope/model-missing": 704, "transport/field-missing": 393, "body/type-changed": 8, "body/model-missing": 8 };
const pythonUtility = { "utility/model-missing": 2 };
const rawBody = { "go-raw-body-any": 3 };

/** Measured per pair: every API change in a class (the test fails on any other), every SDK-shape finding counted. */
const expectedPairs: Record<string, { api: Partial<Record<ApiClass, number>>; shape: Record<string, number> }> = {
  "go → csharp": { api: rawBody, shape: {} },
  "go → typescript": { api: rawBody, shape: ts },
  "go → python": { api: rawBody, shape: pythonUtility },
  "go → java": { api: rawBody, shape: {} },
  "go → php": { api: rawBody, shape: {} },
  "go → ruby": { api: rawBody, shape: {} },
  "csharp → typescript": { api: {}, shape: ts },
  "csharp → python": { api: {}, shape: pythonUtility },
  "csharp → java": { api: {}, shape: {} },
  "csharp → php": { api: {}, shape: {} },
  "csharp → ruby": { api: {}, shape: {} },
  "typescript → python": { api: {}, shape: { ...ts, ...pythonUtility } },
  "typescript → java": { api: {}, shape: ts },
  "typescript → php": { api: {}, shape: ts },
  "typescript → ruby": { api: {}, shape: ts },
  "python → java": { api: {}, shape: pythonUtility },
  "python → php": { api: {}, shape: pythonUtility },
  "python → ruby": { api: {}, shape: pythonUtility },
  "java → php": { api: {}, shape: {} },
  "java → ruby": { api: {}, shape: {} },
  "php → ruby": { api: {}, shape: {} },
};

function classesOf(result: DiffResult, left: Variant, right: Variant): { classes: Record<string, number>; unclassified: string[] } {
  const classes: Record<string, number> = {};
  const unclassified: string[] = [];
  for (const change of result.changes) {
    if (change.kind === "sdk-shape") continue;
    const kind = classify(change, left, right);
    if (kind === undefined) unclassified.push(change.message);
    else classes[kind] = (classes[kind] ?? 0) + 1;
  }
  return { classes, unclassified };
}

describe("precision: the seven languages of unified-to, pairwise", () => {
  let pairs: Array<{ name: string; left: Variant; right: Variant; result: DiffResult; milliseconds: number }>;

  beforeAll(() => {
    const list = languages.map((language) => variants.get(language) as Variant);
    const started = performance.now();
    pairs = diffAllVariants(list).map((pair) => ({ ...pair, name: `${pair.left.name} → ${pair.right.name}` }));
    const total = performance.now() - started;
    console.log(
      `pairwise variant diff of 7 languages (IR already parsed): ${total.toFixed(0)} ms for 21 pairs\n` +
        pairs.map((pair) => `  ${pair.name.padEnd(22)} ${String(pair.result.changes.length).padStart(5)} changes  (${pair.milliseconds.toFixed(0)} ms)`).join("\n"),
    );
  });

  it("diffs 21 pairs, each in variant mode because the dialects differ", () => {
    expect(pairs.map((pair) => pair.name)).toEqual(Object.keys(expectedPairs));
    for (const pair of pairs) expect([pair.name, pair.result.mode, pair.result.modeReason?.startsWith("different dialects")]).toEqual([pair.name, "variant", true]);
  });

  it("reports only the one class of real API drift, and counts the SDKs' shape apart, in the measured numbers", () => {
    for (const pair of pairs) {
      const { classes, unclassified } = classesOf(pair.result, pair.left, pair.right);
      expect({ pair: pair.name, unclassified: unclassified.slice(0, 5) }).toEqual({ pair: pair.name, unclassified: [] });
      expect({ pair: pair.name, classes, shape: shapes(pair.result) }).toEqual({ pair: pair.name, classes: expectedPairs[pair.name]!.api, shape: expectedPairs[pair.name]!.shape });
    }
  });

  it("reports no requiredness, nullability, enum or union drift: no fact one dialect cannot state shows as a change", () => {
    const kinds = new Set(pairs.flatMap((pair) => pair.result.changes.map((change) => change.kind)));
    expect([...kinds].sort()).toEqual(["sdk-shape", "type-changed"]);
  });

  it("grades every SDK-shape finding info, under its shape's check", () => {
    const shaped = pairs.flatMap((pair) => pair.result.changes.filter((change) => change.kind === "sdk-shape"));
    expect(new Set(shaped.map((change) => `${change.severity} ${change.check === `sdk-shape-${change.shape}`}`))).toEqual(new Set(["info true"]));
  });

  it("is fast: each comparison takes well under a second or two", () => {
    for (const pair of pairs) expect(pair.milliseconds).toBeLessThan(2_000);
  });
});

describe("precision: formance java and python (one API document)", () => {
  it("finds no API drift, and the Python SDK's utility page as SDK shape", async () => {
    const java = await corpusVariant("formance/java");
    const python = await corpusVariant("formance/python");
    const result = diffVariants(java, python, { mode: "variant" });
    console.log(`formance java → python: ${result.changes.length} changes`);
    expect(classesOf(result, java, python)).toEqual({ classes: {}, unclassified: [] });
    expect(shapes(result)).toEqual(pythonUtility);
  });
});

describe("precision: unified-to-history go and csharp on 2025-10-23", () => {
  it("finds no drift at all", () => {
    const result = diffVariants(historyGo, historyCsharp, { mode: "variant" });
    console.log(`history pair go/2025-10-23 → csharp/2025-10-23: ${result.changes.length} changes`);
    expect(result.changes).toEqual([]);
  });
});

describe("a version diff still reports what changed for code written against the older docs", () => {
  it("grades an envelope field really removed between two versions as breaking, not as SDK shape", () => {
    // unified-to-history has shared models only: the newer version is unified-to/go with one envelope field
    // gone from go/docs/pkg/models/operations/removeaccountingaccountresponse.md (ContentType, Headers, StatusCode, RawResponse).
    const go = variants.get("go") as Variant;
    const envelope = go.declarations.find((d) => d.id.endsWith("operations/removeaccountingaccountresponse.md")) as ModelDecl;
    expect([envelope.sdk, envelope.fields.map((field) => `${field.name}:${field.transport}`)]).toEqual([
      "envelope",
      ["ContentType:content-type", "Headers:headers", "StatusCode:status-code", "RawResponse:raw-response"],
    ]);
    const without = { ...envelope, fields: envelope.fields.filter((field) => field.name !== "StatusCode") };
    const newer: Variant = { ...go, name: "go/next", declarations: go.declarations.map((d) => (d === envelope ? without : d)) };
    const result = diffVariants(go, newer, { mode: "version" });
    expect(result.changes.map((c) => [c.kind, c.model, c.field, c.severity, c.check])).toEqual([["field-removed", "RemoveAccountingAccountResponse", "statusCode", "breaking", "field-removed"]]);
    // Between languages the same difference would be the SDKs' shape.
    const across = diffVariants(go, { ...newer, name: "csharp" }, { mode: "variant" });
    expect(across.changes.map((c) => [c.kind, c.shape, c.severity])).toEqual([["sdk-shape", "transport", "info"]]);
  });
});

describe("recall: unified-to-history go 2025-02-05 → 2025-10-23 (version mode)", () => {
  let result: DiffResult;
  const row = (c: Change) => [c.kind, c.model, c.field ?? "", c.left ?? "", c.right ?? "", c.severity].join(" | ");

  beforeAll(() => {
    result = diffVariants(historyGoOld, historyGo, { mode: "version" });
    const tally: Record<string, number> = {};
    for (const c of result.changes) tally[`${c.kind} ${c.severity}`] = (tally[`${c.kind} ${c.severity}`] ?? 0) + 1;
    console.log(`version diff go 2025-02-05 → 2025-10-23: ${result.changes.length} changes ${JSON.stringify(tally)}`);
  });

  it("reports the issue's Webhook changes", () => {
    // go/2025-02-05/docs/pkg/models/shared/webhook.md against go/2025-10-23/…/webhook.md.
    expect(result.changes.filter((c) => c.model === "Webhook").map(row)).toEqual([
      "type-changed | Webhook | filters | map<string, string> | map<string, any> | breaking",
      "required-changed | Webhook | hookUrl | required | optional | breaking",
      "field-removed | Webhook | meta | ref Meta |  | breaking",
      "field-added | Webhook | dbNamePrefix |  | string | non-breaking",
      "field-added | Webhook | dbSchema |  | string | non-breaking",
      "field-added | Webhook | dbType |  | ref DbType | non-breaking",
      "field-added | Webhook | dbUrl |  | string | non-breaking",
      "field-added | Webhook | isPaused |  | boolean | non-breaking",
    ]);
  });

  it("reports twenty more changes checked by hand against the pages", () => {
    // Every page is under unified-to-history/go/<date>/docs/pkg/models/shared/. Webhook, Connection and the
    // rest are shared models (both directions), so anything a reader or a sender would trip on is breaking.
    const handChecked = [
      // connection.md: `IntegrationName` *string* :heavy_check_mark: → **string* :heavy_minus_sign:
      "required-changed | Connection | integrationName | required | optional | breaking",
      // hrispayslip.md and hristimeoff.md: `UserID` required → optional
      "required-changed | HrisPayslip | userId | required | optional | breaking",
      "required-changed | HrisTimeoff | userId | required | optional | breaking",
      // hristimeoff.md: the `Type` row ([*shared.HrisTimeoffType]) is gone
      "field-removed | HrisTimeoff | type | ref HrisTimeoffType |  | breaking",
      // kmspagemetadata.md: required `Name` gone; `Value` **string* → [*shared.KmsPageMetadataValue]
      "field-removed | KmsPageMetadata | name | string |  | breaking",
      "type-changed | KmsPageMetadata | value | string | ref KmsPageMetadataValue | breaking",
      // metadatametadata.md: `Type` gone; `Objects` map[string]*string* → map[string]*any*
      "field-removed | MetadataMetadata | type | string |  | breaking",
      "type-changed | MetadataMetadata | objects | map<string, string> | map<string, any> | breaking",
      // accountingtransactioncontact.md: a new required `ID` *string* (breaking for a model clients send)
      "field-added | AccountingTransactionContact | id |  | string | breaking",
      // atsoffer.md: new optional `Status` [*shared.AtsOfferStatus]
      "field-added | AtsOffer | status |  | ref AtsOfferStatus | non-breaking",
      // integration.md: `API` map[string]*any* → [*shared.API]; `Support` map of IntegrationSupport → map[string]*any*
      "type-changed | Integration | api | map<string, any> | ref Api | breaking",
      "type-changed | Integration | support | map<string, ref IntegrationSupport> | map<string, any> | breaking",
      // accountinginvoice.md: `PaymentCollectionMethod` now links accountinginvoicepaymentcollectionmethod.md
      "type-changed | AccountingInvoice | paymentCollectionMethod | ref PaymentCollectionMethod | ref AccountingInvoicePaymentCollectionMethod | breaking",
      // extradata.md: a `## Fields` page became a `## Supported Types` page
      "type-changed | ExtraData |  | model | union | breaking",
      // issuestatus.md: `IssueStatusUpNext` UP_NEXT gone
      "enum-value-removed | IssueStatus |  | UP_NEXT |  | breaking",
      // kmscommenttype.md: PAGE-INLINE became PAGE_INLINE (a removal and an addition to a closed enum)
      "enum-value-removed | KmsCommentType |  | PAGE-INLINE |  | breaking",
      "enum-value-added | KmsCommentType |  |  | PAGE_INLINE | breaking",
      // accountingcontactpaymentmethodtype.md: WIRE added to a closed enum (a reader's switch breaks)
      "enum-value-added | AccountingContactPaymentMethodType |  |  | WIRE | breaking",
      // atsjob.md: `Departments` description became "@deprecated Use `groups` instead"
      "deprecated-changed | AtsJob | departments | not deprecated | deprecated | info",
      // dbtype.md is new (an enum); meta.md is gone
      "model-added | DbType |  |  | enum | non-breaking",
      "model-removed | Meta |  | model |  | breaking",
    ];
    const rows = new Set(result.changes.map(row));
    expect(handChecked.filter((expected) => !rows.has(expected))).toEqual([]);
  });

  it("agrees with an independent reading of the raw tables (every kind, everywhere it occurs)", () => {
    const older = rawTables(historyFolder("go/2025-02-05"));
    const newer = rawTables(historyFolder("go/2025-10-23"));
    const expected = new Set<string>();
    for (const [title, before] of older) {
      const after = newer.get(title);
      if (after === undefined) {
        expected.add(`model-removed ${title}`);
        continue;
      }
      if (before.kind !== after.kind) {
        expected.add(`type-changed ${title}`);
        continue;
      }
      for (const [name, field] of before.fields) {
        const now = after.fields.get(name);
        if (now === undefined) expected.add(`field-removed ${title}.${name}`);
        else {
          if (now.required !== field.required) expected.add(`required-changed ${title}.${name}`);
          if (now.type !== field.type) expected.add(`type-changed ${title}.${name}`);
        }
      }
      for (const name of after.fields.keys()) if (!before.fields.has(name)) expected.add(`field-added ${title}.${name}`);
      for (const value of before.values) if (!after.values.has(value)) expected.add(`enum-value-removed ${title} ${value}`);
      for (const value of after.values) if (!before.values.has(value)) expected.add(`enum-value-added ${title} ${value}`);
    }
    for (const title of newer.keys()) if (!older.has(title)) expected.add(`model-added ${title}`);

    const structural = new Set(["model-added", "model-removed", "field-added", "field-removed", "required-changed", "type-changed", "enum-value-added", "enum-value-removed"]);
    const reported = new Set(
      result.changes
        .filter((c) => structural.has(c.kind))
        .map((c) => {
          const subject = matchKey(c.model) + (c.field === undefined ? "" : `.${matchKey(c.field)}`);
          const value = c.kind === "enum-value-added" ? ` ${c.right}` : c.kind === "enum-value-removed" ? ` ${c.left}` : "";
          return `${c.kind} ${subject}${value}`;
        }),
    );
    const missed = [...expected].filter((key) => !reported.has(key));
    const extra = [...reported].filter((key) => !expected.has(key));
    console.log(`raw-table reading: ${expected.size} structural changes; diff missed ${missed.length}, added ${extra.length}`);
    expect({ missed, extra }).toEqual({ missed: [], extra: [] });
  });
});

interface RawPage {
  readonly kind: "fields" | "values" | "union";
  /** matchKey(field name) → required, and the type cell with `*` and spaces dropped (Go pointers are optionality). */
  readonly fields: Map<string, { required: boolean; type: string }>;
  readonly values: Set<string>;
}

/** Page title (matchKey) → its table rows, read with nothing but string splitting. */
function rawTables(folder: string): Map<string, RawPage> {
  const pages = new Map<string, RawPage>();
  const shared = join(folder, "docs/pkg/models/shared");
  for (const file of readdirSync(shared)) {
    const text = readFileSync(join(shared, file), "utf8");
    const title = /^# (.+)$/m.exec(text)?.[1]?.trim() ?? file;
    const kind = text.includes("## Fields") ? "fields" : text.includes("## Values") ? "values" : "union";
    const fields = new Map<string, { required: boolean; type: string }>();
    const values = new Set<string>();
    for (const line of text.split("\n")) {
      if (!line.startsWith("| `")) continue;
      const cells = line.split("|").map((cell) => cell.trim());
      const name = (cells[1] as string).replace(/`/g, "");
      if (kind === "fields") fields.set(matchKey(name), { required: (cells[3] as string).includes("heavy_check_mark"), type: (cells[2] as string).replace(/[*\s]/g, "") });
      else if (kind === "values") values.add(cells[2] as string);
    }
    pages.set(matchKey(title), { kind, fields, values });
  }
  return pages;
}

