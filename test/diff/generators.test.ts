/**
 * Issue 22 on the same-spec groups of ../shared/corpus/generators (generators/MANIFEST.md): OpenAPI
 * Generator's, swagger-codegen's and APIMatic's docs of one API in several languages. Every class of API
 * finding — the kind, and how the languages split on it — is listed with its count and an example; none
 * comes from an envelope, a rename or a loose label, and the SDKs' shape is counted apart.
 *
 * Measured before issue 22 (main with issue 21, `modeldoc diff` of each group), API findings: Dropbox Sign
 * 300, Maxio 9.0.0 100, Maxio 7.0.0 18, Conekta 2.2.0 272, Conekta 2.3.0 149, VRChat 603, Splitit 6. Gone
 * since, each by a rule built from what the fields are:
 * - C#'s pages repeat the fields a model inherits ("This class extends …"), the others list only its own
 *   (generators/openapi-generator/dropbox-sign/csharp/sdks/dotnet/docs/TemplateResponseDocumentFormFieldText.md
 *   against …/python/…): `inherited`;
 * - APIMatic's escapes (`mtype`, `mDefault`, `ENUM_SELF`) and error classes named as the language names them
 *   (`CustomerErrorResponseException` for `CustomerErrorResponseError`), OpenAPI Generator's `ModelError` for
 *   `Error`: `rename`;
 * - loose labels: Rust's `String` for a date-time, Dart's and Python's `DateTime`/`datetime` for a date,
 *   TypeScript's `number` for Python's `int` and `float` in one union; title-only enum pages (python-legacy,
 *   dart) that say nothing of their kind; a side whose generator writes no descriptions of a kind (OpenAPI
 *   Generator's Go models, Java's enums); a literal in the language's quotes.
 *
 * What is left is the documents' own difference (the groups' languages come from generator versions and
 * nightlies apart: Conekta 2.2.0's PHP names inline schemas otherwise, VRChat's Python documents fewer
 * models) and a few notations not read as one yet (APIMatic's "This is List of a container for any-of
 * cases." against "This is Array of …"; Ruby documenting a oneOf as a union where the others flatten it).
 */
import { beforeAll, describe, expect, it } from "vitest";
import { joinRoot, parity, parityGroups, type ParityReport } from "../../src/diff/index.js";
import type { Variant } from "../../src/ir/types.js";
import { diffAllVariants } from "../../src/pipeline/diff-folders.js";
import { corpusVariant, type CorpusName } from "../corpus/corpus-ir.js";

interface Group {
  readonly name: string;
  readonly folder: string;
  readonly languages: readonly string[];
  readonly api: number;
  readonly shapes: Record<string, number>;
  /** Every class of API finding: the kind and the split, the count, the first example in report order. */
  readonly classes: ReadonlyArray<readonly [string, number, string]>;
}

/** Measured. */
const groups: Group[] = [
  {
    name: "dropbox-sign",
    folder: "openapi-generator/dropbox-sign",
    languages: ["python", "ruby", "csharp", "php", "typescript"],
    api: 2,
    shapes: { inherited: 298 },
    classes: [
      ["description-changed: csharp | python+ruby+php+typescript", 2, "SignatureRequestResponseCustomFieldBase"],
    ],
  },
  {
    name: "maxio 9.0.0",
    folder: "apimatic/maxio",
    languages: ["python", "typescript"],
    api: 5,
    shapes: { rename: 41 },
    classes: [
      ["description-changed: python | typescript", 1, "CreateComponentPricePointsRequest.pricePoints"],
      ["model: python | typescript", 4, "EventBasedBillingSegmentError"],
    ],
  },
  {
    name: "maxio 7.0.0",
    folder: "apimatic/maxio",
    languages: ["csharp", "ruby"],
    api: 5,
    shapes: { rename: 4 },
    classes: [
      ["type-changed: csharp | ruby", 4, "BaseRefundError.base"],
      ["description-changed: csharp | ruby", 1, "CreateComponentPricePointsRequest.pricePoints"],
    ],
  },
  {
    name: "conekta 2.2.0",
    folder: "openapi-generator/conekta",
    languages: ["python", "ruby", "php", "dart"],
    api: 172,
    shapes: { rename: 6, inherited: 6 },
    classes: [
      ["model: php | python+ruby+dart", 65, "ApiKeyResponseOnDelete"],
      ["type-changed: python+php+dart | ruby", 11, "ChargeOrderResponsePaymentMethod"],
      ["required-changed: dart | python+php | ruby", 4, "ChargeOrderResponsePaymentMethod.reference"],
      ["description-changed: dart | python+php | ruby", 2, "ChargeOrderResponsePaymentMethod.reference"],
      ["field: python+php | ruby+dart", 6, "ChargeOrderResponsePaymentMethod.deepLink"],
      ["description-changed: php | python+ruby+dart", 13, "ChargeResponse.paidAt"],
      ["field: php | python+ruby+dart", 19, "ChargeResponse.chargeback"],
      ["type-changed: php | python+ruby+dart", 8, "ChargesOrderResponse.data"],
      ["model: dart | python+ruby+php", 12, "CompanyDocumentRequest"],
      ["description-changed: python+php | ruby", 2, "CompanyDocumentRequest.fileClassification"],
      ["required-changed: dart | python+ruby+php", 4, "CompanyResponse.id"],
      ["description-changed: dart | python+ruby+php", 5, "CompanyResponse.id"],
      ["field: dart | python+ruby+php", 6, "CompanyResponse.active"],
      ["type-changed: dart | php | python+ruby", 1, "CompanyResponse.documents"],
      ["field: dart | php | python+ruby", 1, "CompanyResponse.documents"],
      ["model: php+dart | python+ruby", 1, "CompanyResponseDocumentsInner"],
      ["required-changed: php | python+ruby+dart", 7, "OrderResponseCheckout.allowedPaymentMethods"],
      ["model: php | python+dart | ruby", 1, "OrderUpdateRequestCustomerInfo"],
      ["type-changed: python+dart | ruby", 1, "OrderUpdateRequestCustomerInfo"],
      ["field: dart | python+ruby", 2, "PaymentMethodSpeiRecurrent.bank"],
      ["description-changed: dart | python+ruby", 1, "UpdatePaymentMethods.name"],
    ],
  },
  {
    name: "conekta 2.3.0",
    folder: "openapi-generator/conekta",
    languages: ["go", "typescript", "csharp"],
    api: 13,
    shapes: { rename: 3 },
    classes: [
      ["type-changed: go | typescript+csharp", 5, "BalanceResponse.targetCollateralAmount"],
      ["description-changed: csharp | go | typescript", 2, "CompanyDocumentRequest.fileClassification"],
      ["type-changed: csharp | go+typescript", 1, "CompanyDocumentRequest.fileData"],
      ["model: csharp | go+typescript", 5, "CustomerSubscriptionResponse"],
    ],
  },
  {
    name: "vrchat 1.20.8",
    folder: "openapi-generator/vrchat",
    languages: ["python", "java", "rust", "dart"],
    api: 128,
    shapes: { rename: 24 },
    classes: [
      ["field: dart | python+java+rust", 22, "Badge.isQuantifiable"],
      ["model: dart | python+java | rust", 4, "CalendarDayOfWeek"],
      ["type-changed: python+java | rust+dart", 2, "CalendarEvent.occurrenceKind"],
      ["description-changed: python+java | rust+dart", 2, "CalendarEvent.occurrenceKind"],
      ["model: python+java | rust+dart", 2, "CalendarEventRecurrence"],
      ["model: java | python+rust+dart", 9, "CategoryEnum"],
      ["model: java+rust+dart | python", 28, "ChangeWorldTagsRequest"],
      ["field: python+java | rust+dart", 3, "CreateCalendarEventRequest.occurrenceKind"],
      ["field: java+dart | python | rust", 5, "EconomyAccount.accountSellerRegisteredOn"],
      ["field: java+rust+dart | python", 25, "EconomyAccount.accountSellerStatus"],
      ["type-changed: java | python+dart | rust", 2, "FileData.category"],
      ["description-changed: python+java+dart | rust", 2, "FileData.category"],
      ["model: dart | java+rust | python", 2, "ImagePurpose"],
      ["model: python+java+dart | rust", 12, "NotificationDetailBoop"],
      ["type-changed: python+java+dart | rust", 2, "NotificationV2.data"],
      ["model: dart | python+java+rust", 4, "PrivateProfile"],
      ["type-changed: java+rust+dart | python", 1, "ProductPurchase.products"],
      ["description-changed: dart | python+java+rust", 1, "RegisterUserAccountRequest.subscribe"],
    ],
  },
  {
    name: "splitit",
    folder: "apimatic/splitit",
    languages: ["typescript", "java", "php"],
    api: 0,
    shapes: { rename: 3 },
    classes: [

    ],
  },
];

/** `field: go+java | python`: the kind, and the languages grouped by what they say. */
function classOf(finding: ParityReport["models"][number]["findings"][number], languages: readonly string[]): string {
  const split = new Map<string, string[]>();
  finding.cells.forEach((cell, index) => {
    if (cell.state === "no-model") return;
    const key = cell.state === "value" ? `=${cell.value ?? ""}` : cell.state;
    split.set(key, [...(split.get(key) ?? []), languages[index]!]);
  });
  return `${finding.kind.replace(/-missing$/, "")}: ${[...split.values()].map((group) => group.join("+")).sort().join(" | ")}`;
}

const reports = new Map<string, { variants: Variant[]; report: ParityReport }>();

beforeAll(async () => {
  for (const group of groups) {
    const variants: Variant[] = [];
    for (const language of group.languages) variants.push({ ...(await corpusVariant(`generators/${group.folder}/${language}` as CorpusName)), name: language });
    const indexes = group.languages.flatMap((_, i) => group.languages.slice(i + 1).map((__, k) => [i, i + 1 + k] as const));
    const pairs = diffAllVariants(variants, { mode: "variant" });
    reports.set(group.name, { variants, report: parity(variants, pairs.map((pair, index) => ({ left: indexes[index]![0], right: indexes[index]![1], result: pair.result }))) });
  }
});

describe.each(groups)("the same-spec group $name", (group) => {
  it("lists every class of API finding, with its count and an example, and counts the SDKs' shape apart", () => {
    const { report } = reports.get(group.name)!;
    const found = new Map<string, { count: number; example: string }>();
    for (const model of report.models) {
      for (const finding of model.findings) {
        if (finding.kind === "sdk-shape") continue;
        const key = classOf(finding, group.languages);
        const entry = found.get(key) ?? { count: 0, example: `${model.name}${finding.field !== undefined ? `.${finding.field}` : finding.subject !== undefined ? ` ${finding.subject}` : ""}` };
        entry.count++;
        found.set(key, entry);
      }
    }
    expect([...found].map(([key, { count, example }]) => [key, count, example])).toEqual(group.classes);
    expect(group.classes.reduce((sum, [, count]) => sum + count, 0)).toBe(group.api);
    const shapes: Record<string, number> = {};
    for (const shaped of parityGroups(report, true)) shapes[shaped.shape ?? ""] = (shapes[shaped.shape ?? ""] ?? 0) + shaped.findings.length;
    expect(shapes).toEqual(group.shapes);
  });

  it("reports no API finding from an envelope, an SDK utility, transport data or a loose label", () => {
    const { variants, report } = reports.get(group.name)!;
    const bySource = variants.map((variant) => new Map(variant.declarations.map((declaration) => [`${joinRoot(variant.root, declaration.source.file)}:${declaration.source.line}`, declaration] as const)));
    for (const model of report.models) {
      const declarations = model.sources.flatMap((source, index) => {
        const declaration = source === undefined ? undefined : bySource[index]!.get(`${source.file}:${source.line}`);
        return declaration === undefined ? [] : [declaration];
      });
      for (const finding of model.findings) {
        if (finding.kind === "sdk-shape") continue;
        const subject = `${model.name}.${finding.field ?? ""} ${finding.how}`;
        expect([subject, declarations.some((declaration) => declaration.sdk !== undefined && (finding.field === undefined || declaration.sdk !== "envelope"))]).toEqual([subject, false]);
        expect([subject, finding.kind === "nullable-changed" || /\bdate in .*\bdate-time in|\bdate-time in .*\bdate in/.test(finding.how)]).toEqual([subject, false]);
      }
    }
  });
});
