import { describe, expect, it } from "vitest";
import { diffVariants } from "../../src/diff/index.js";
import { csharpVariant, goVariant } from "./fixtures.js";

const summary = (changes: ReturnType<typeof diffVariants>["changes"]) =>
  changes.map((change) => [change.kind, change.model, change.field ?? "", change.left ?? "", change.right ?? ""].join(" | "));

describe("Webhook: go → csharp (variant mode)", () => {
  const result = diffVariants(goVariant(), csharpVariant(), { mode: "variant" });

  it("reports exactly the real differences, in order", () => {
    expect(result.mode).toBe("variant");
    expect(result.left).toBe("go");
    expect(result.right).toBe("csharp");
    expect(summary(result.changes)).toEqual([
      "model-missing | DbType |  |  | enum",
      "model-missing | Meta |  | model | ",
      "enum-value-missing | ObjectType |  |  | accounting_bill",
      "type-changed | Webhook | filters | map<string, string> | map<string, any>",
      "required-changed | Webhook | hookUrl | required | optional",
      "field-missing | Webhook | meta | ref Meta | ",
      "field-missing | Webhook | dbNamePrefix |  | string",
      "field-missing | Webhook | dbSchema |  | string",
      "field-missing | Webhook | dbType |  | ref DbType",
      "field-missing | Webhook | dbUrl |  | string",
      "field-missing | Webhook | isPaused |  | boolean",
    ]);
  });

  it("grades every change as drift", () => {
    expect(result.changes.every((change) => change.severity === "drift")).toBe(true);
  });

  it("has no casing false positives: ConnectionID ≡ ConnectionId, HookURL ≡ HookUrl, ID ≡ Id", () => {
    const fields = result.changes.map((change) => change.field).filter((field) => field !== undefined);
    for (const name of ["connectionId", "id", "workspaceId", "checkedAt", "event", "objectType", "webhookType", "runs", "environment"]) {
      expect(fields).not.toContain(name);
    }
    // hookUrl shows up once, for its requiredness only.
    expect(result.changes.filter((change) => change.field === "hookUrl").map((change) => change.kind)).toEqual(["required-changed"]);
  });

  it("points at both sides' files and lines", () => {
    const hookUrl = result.changes.find((change) => change.field === "hookUrl");
    expect(hookUrl?.leftSource).toEqual({ file: "specs/go/docs/pkg/models/shared/webhook.md", line: 17, column: 1 });
    expect(hookUrl?.rightSource).toEqual({ file: "specs/csharp/docs/Models/Components/Webhook.md", line: 21, column: 1 });
    const meta = result.changes.find((change) => change.kind === "field-missing" && change.left !== undefined);
    expect(meta?.leftSource?.file).toBe("specs/go/docs/pkg/models/shared/webhook.md");
    expect(meta?.rightSource?.file).toBe("specs/csharp/docs/Models/Components/Webhook.md");
    const dbType = result.changes.find((change) => change.kind === "model-missing" && change.right !== undefined);
    expect(dbType?.leftSource).toBeUndefined();
    expect(dbType?.rightSource).toEqual({ file: "specs/csharp/docs/Models/Components/DbType.md", line: 1, column: 1 });
  });

  it("names what one side lacks the same way in the kind and the message, with the fingerprint a version diff gives it", () => {
    const kinds = result.changes.map((change) => change.kind);
    for (const kind of ["model-added", "model-removed", "field-added", "field-removed", "enum-value-added", "enum-value-removed"]) expect(kinds).not.toContain(kind);
    const version = diffVariants(goVariant(), csharpVariant(), { mode: "version" });
    expect(version.changes.map((change) => change.kind)).toContain("model-added");
    // Same facts, same fingerprints: a baseline of a variant diff keeps working.
    expect(result.changes.map((change) => change.fingerprint)).toEqual(version.changes.map((change) => change.fingerprint));
    for (const change of result.changes.filter((change) => change.kind.endsWith("-missing"))) expect(change.message).toMatch(/ in (go|csharp), missing in (go|csharp)$/);
  });

  it("writes messages with the variant names", () => {
    const messages = result.changes.map((change) => change.message);
    expect(messages).toContain("Webhook.hookUrl: required in go, optional in csharp");
    expect(messages).toContain("Webhook.filters: type map<string, string> in go, map<string, any> in csharp");
    expect(messages).toContain("Webhook.meta: optional field (ref Meta) in go, missing in csharp");
    expect(messages).toContain("DbType: enum in csharp, missing in go");
    expect(messages).toContain('ObjectType: value "accounting_bill" in csharp, missing in go');
  });

  it("is symmetric: csharp → go swaps the sides of what one side lacks", () => {
    const reverse = diffVariants(csharpVariant(), goVariant(), { mode: "variant" });
    expect(summary(reverse.changes)).toEqual([
      "model-missing | DbType |  | enum | ",
      "model-missing | Meta |  |  | model",
      "enum-value-missing | ObjectType |  | accounting_bill | ",
      "field-missing | Webhook | dbNamePrefix | string | ",
      "field-missing | Webhook | dbSchema | string | ",
      "field-missing | Webhook | dbType | ref DbType | ",
      "field-missing | Webhook | dbUrl | string | ",
      "type-changed | Webhook | filters | map<string, any> | map<string, string>",
      "required-changed | Webhook | hookUrl | optional | required",
      "field-missing | Webhook | isPaused | boolean | ",
      "field-missing | Webhook | meta |  | ref Meta",
    ]);
  });

  it("finds nothing when a variant is compared with itself", () => {
    expect(diffVariants(goVariant(), goVariant(), { mode: "variant" }).changes).toEqual([]);
    expect(diffVariants(csharpVariant(), csharpVariant(), { mode: "version" }).changes).toEqual([]);
  });

  it("does not depend on the order declarations come in", () => {
    const go = goVariant();
    const shuffled = { ...go, declarations: [...go.declarations].reverse() };
    expect(diffVariants(shuffled, csharpVariant(), { mode: "variant" })).toEqual(result);
  });
});
