/**
 * Issue 22 on formance's six SDKs. They come from five API documents (formance/MANIFEST.md: Go f8288afa,
 * Java and Python 8869b0f4, TypeScript 659bb579, C# bbc99988, PHP 5a14b806) and four Speakeasy versions, with
 * flat model folders (Go, Java, Python) against one folder per API area (TypeScript, C#, PHP). Their API
 * findings are what the documents make different, and where a name several areas share cannot be placed
 * (`Cursor`, `ErrorCode`, `Monetary` in several areas against one flat page). Each class of API finding —
 * the kind, and how the languages split on it — is listed below with its count and an example; none comes
 * from an envelope, a rename or a loose label, and the SDKs' shape is counted apart.
 *
 * Examples read off the pages:
 * - `model: go+java+python | typescript+csharp+php`: typescript/docs/sdk/models/auth/clientoptions2.md, a model
 *   of the later documents only;
 * - `field: go+java+python+php | typescript+csharp`: TypeScript's and C#'s `AccountsCursor.cursorBase`
 *   (typescript/docs/sdk/models/payments/accountscursor.md) where the others hold `cursor`, a model of another shape;
 * - `enum-value: go | …`: `HOLD_CLOSED`, in the wallets `ErrorCode` of five languages
 *   (csharp/docs/Models/Wallets/ErrorCode.md) and in Go's go/docs/pkg/models/sdkerrors/schemaswalletserrorresponseerrorcode.md,
 *   which Go names otherwise: the flat layout's `ErrorCode` is another area's.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { joinRoot, parity, parityGroups, type ParityReport } from "../../src/diff/index.js";
import type { Declaration, Variant } from "../../src/ir/types.js";
import { diffAllVariants } from "../../src/pipeline/diff-folders.js";
import { corpusVariant } from "../corpus/corpus-ir.js";
import { formanceLanguages } from "../corpus/paths.js";

let variants: Variant[];
let report: ParityReport;

beforeAll(async () => {
  variants = [];
  for (const language of formanceLanguages) variants.push(await corpusVariant(`formance/${language}`));
  const indexes = formanceLanguages.flatMap((_, i) => formanceLanguages.slice(i + 1).map((__, k) => [i, i + 1 + k] as const));
  report = parity(
    variants,
    diffAllVariants(variants).map((pair, index) => ({ left: indexes[index]![0], right: indexes[index]![1], result: pair.result })),
  );
});

/** `field: go+java+python+php | typescript+csharp`: the kind, and the languages grouped by what they say. */
function classOf(finding: ParityReport["models"][number]["findings"][number]): string {
  const groups = new Map<string, string[]>();
  finding.cells.forEach((cell, index) => {
    if (cell.state === "no-model") return;
    const key = cell.state === "value" ? `=${cell.value ?? ""}` : cell.state;
    groups.set(key, [...(groups.get(key) ?? []), formanceLanguages[index]!]);
  });
  return `${finding.kind.replace(/-missing$/, "")}: ${[...groups.values()].map((group) => group.join("+")).sort().join(" | ")}`;
}

/** Measured: every class of API finding, its count and its first example in report order. */
const classes: Array<[string, number, string]> = [
  ["field: go+java+python+php | typescript+csharp", 58, "AccountsCursor.cursorBase"],
  ["field: go | java+python | php | typescript+csharp", 1, "AccountsCursor.cursor"],
  ["model: go+java+python+php | typescript+csharp", 52, "AccountsCursorCursorBase"],
  ["type-changed: go+java+python | php | typescript+csharp", 11, "ActivityDebitWallet.data"],
  ["field: go+java+python | php | typescript+csharp", 69, "ActivityDebitWallet.data"],
  ["field: csharp | go+java+python+php | typescript", 53, "ActivityDebitWallet.debitWalletRequest"],
  ["type-changed: csharp | go | java+python+typescript | php", 2, "ActivityStripeTransfer.metadata"],
  ["field: csharp | go+java+python+typescript+php", 5, "Balances.assetHolder"],
  ["model: go+java+python | typescript+csharp+php", 81, "ClientOptions2"],
  ["field: csharp | typescript+php", 7, "ClientOptions2.id"],
  ["field: go+java+python | typescript+csharp+php", 35, "ConfigInfo.experimentalFeatures"],
  ["type-changed: go | java+python | php | typescript+csharp", 1, "ConnectorResponse.data"],
  ["type-changed: csharp | go+java+python+typescript | php", 10, "ConnectorsResponse.data"],
  ["type-changed: go+php | java+python | typescript+csharp", 1, "ConnectorsResponseData"],
  ["description-changed: go+php | java+python | typescript+csharp", 1, "ConnectorsResponseData"],
  ["field: csharp | go | java+python+typescript+php", 3, "ConnectorsResponseData.enabled"],
  ["type-changed: csharp | php | typescript", 6, "CreateTransferInitiationRequest.metadata"],
  ["field: go+php | java+python | typescript+csharp", 1, "Descriptor.key"],
  ["required-changed: go+php | java+python | typescript+csharp", 1, "Descriptor.name"],
  ["model: go+java+python+csharp+php | typescript", 17, "Error"],
  ["enum-value: go | java+python+csharp+php | typescript", 5, 'ErrorCode "HOLD_CLOSED"'],
  ["model: csharp+php | go+java+python+typescript", 4, "ErrorResponseError"],
  ["type-changed: csharp+php | go+java+python | typescript", 9, "GetHoldsResponseCursor.data"],
  ["field: csharp+php | typescript", 5, "ListAccountsPaymentsRequest.requestBody"],
  ["field: go+typescript | java+python+csharp+php", 19, "ListPoliciesRequest.query"],
  ["field: csharp+php | go+java+python+typescript", 20, "ListPoliciesRequest.requestBody"],
  ["type-changed: go | java+python+csharp+php | typescript", 4, "MigrationInfo.state"],
  ["type-changed: csharp | go+java+python | php | typescript", 5, "OrchestrationListWalletsResponseCursor.data"],
  ["required-changed: csharp | go+java+python+typescript | php", 1, "OrchestrationListWalletsResponseCursor.hasMore"],
  ["type-changed: csharp+php | go | java+python+typescript", 2, "OrchestrationPayment.scheme"],
  ["type-changed: csharp | go | java+python+php | typescript", 1, "Payment.raw"],
  ["type-changed: csharp | go+php | java+python+typescript", 6, "QueryTemplateAccountParams.resource"],
  ["field: go+python+php | java+typescript+csharp", 2, "Schemas.data"],
  ["description-changed: go+java+python | typescript+csharp+php", 2, "StageSendDestinationPayment.psp"],
  ["field: csharp | go+java+python | typescript+php", 5, "StageSendDestinationPayment.type"],
  ["type-changed: go+java+python+php | typescript+csharp", 2, "TaskResponse.data"],
  ["field: csharp | go+java+python+php", 4, "TriggerData.id"],
  ["field: csharp | go+java+python | php | typescript", 3, "UpdateClientRequest.clientOptions"],
  ["field: go+python | java+typescript+csharp+php", 3, "V2BulkElementResultDeleteMetadataSchemas.errorCode"],
  ["field: go+java+python+csharp | php | typescript", 4, "V2CreateExporterResponse.v2CreateExporterResponse"],
  ["type-changed: csharp | go+php | java+python | typescript", 1, "V2Log.data"],
  ["enum-value: csharp | go+php | java+python+typescript", 2, 'V2QueryParamsResource "accounts"'],
  ["field: go+java+python+typescript+csharp | php", 2, "V2WorkflowInstanceHistoryStageInput.createTransferInitiation"],
  ["type-changed: go+java+python | typescript+csharp+php", 1, "V3ConnectorConfig"],
  ["field: csharp+php | go+java+python", 3, "V3ListPaymentServiceUserConnectionsFromConnectorIdRequest.requestBody"],
  ["type-changed: csharp | go+java+python | typescript+php", 1, "Wallet.balances"],
  ["type-changed: csharp | go+java+python+php | typescript", 14, "WalletBalances.assetHolder"],
  ["field: php | typescript+csharp", 2, "ledger.V2CreateExporterResponse.data"],
  ["field: csharp | php | typescript", 2, "ledger.V2CreateExporterResponse.v2ExporterConfiguration"],
];

describe("formance's six languages", () => {
  it("lists every class of API finding, with its count and an example", () => {
    const found = new Map<string, { count: number; example: string }>();
    for (const model of report.models) {
      for (const finding of model.findings) {
        if (finding.kind === "sdk-shape") continue;
        const key = classOf(finding);
        const entry = found.get(key) ?? { count: 0, example: `${model.name}${finding.field !== undefined ? `.${finding.field}` : finding.subject !== undefined ? ` ${finding.subject}` : ""}` };
        entry.count++;
        found.set(key, entry);
      }
    }
    expect([...found].map(([key, { count, example }]) => [key, count, example])).toEqual(classes);
    expect(classes.reduce((sum, [, count]) => sum + count, 0)).toBe(549);
  });

  it("reports no API finding from an envelope, its transport data, an SDK utility, a rename or a loose label", () => {
    // Each model's declarations, found by where the report says each language documents it.
    const bySource = variants.map((variant) => new Map(variant.declarations.map((declaration) => [`${joinRoot(variant.root, declaration.source.file)}:${declaration.source.line}`, declaration] as const)));
    for (const model of report.models) {
      const declarations = model.sources.flatMap((source, index) => {
        const declaration = source === undefined ? undefined : bySource[index]!.get(`${source.file}:${source.line}`);
        return declaration === undefined ? [] : [declaration];
      });
      expect(declarations.length).toBe(model.sources.filter(Boolean).length);
      for (const finding of model.findings) {
        if (finding.kind === "sdk-shape") continue;
        const subject = `${model.name}.${finding.field ?? ""} ${finding.how}`;
        // Not an envelope's, nor an SDK utility's or HTTP metadata's.
        expect([subject, declarations.some((declaration: Declaration) => declaration.sdk !== undefined && (finding.field === undefined || declaration.sdk !== "envelope"))]).toEqual([subject, false]);
        // Not an envelope's transport data.
        const transport = declarations.some((declaration) => declaration.kind === "model" && declaration.fields.some((field) => field.canonicalName === finding.field && field.transport !== undefined));
        expect([subject, transport]).toEqual([subject, false]);
        // Nothing that rests on a weak fact: no nullability at all (C#'s `int?`), no date against a date-time.
        expect([subject, finding.kind === "nullable-changed" || /\bdate in .*\bdate-time in|\bdate-time in .*\bdate in/.test(finding.how)]).toEqual([subject, false]);
      }
    }
  });

  it("counts the SDKs' shape apart: C#'s HTTP metadata, the others' status code, content type and raw response, renamed members", () => {
    const shapes: Record<string, number> = {};
    for (const group of parityGroups(report, true)) shapes[group.shape ?? ""] = (shapes[group.shape ?? ""] ?? 0) + group.findings.length;
    expect(shapes).toEqual({ transport: 1013, rename: 364, envelope: 27, utility: 2, body: 1, inherited: 3 });
    const httpMeta = parityGroups(report, true).find((group) => group.how.startsWith("httpMeta: "));
    expect([httpMeta?.shape, httpMeta?.findings.length, httpMeta?.how]).toEqual(["transport", 236, "httpMeta: ref HttpMetadata in csharp; missing in go, java, python, typescript, php"]);
  });
});
