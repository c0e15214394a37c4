import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { diffVariants, fingerprint, formatJson, formatText, type DiffResult } from "../../src/diff/index.js";
import { enumDecl, f, model, t, variant } from "./builder.js";
import { csharpVariant, goVariant } from "./fixtures.js";

const variantResult = (): DiffResult => diffVariants(goVariant(), csharpVariant(), { mode: "variant" });

describe("fingerprints", () => {
  it("are sha1 of kind|model|field|left|right, first 12 hex digits", () => {
    const expected = createHash("sha1").update("type-changed|Webhook|filters|map<string, string>|map<string, any>").digest("hex").slice(0, 12);
    const change = variantResult().changes.find((c) => c.kind === "type-changed");
    expect(change?.fingerprint).toBe(expected);
    expect(fingerprint({ kind: "model-added", model: "DbType", right: "enum" })).toBe(
      createHash("sha1").update("model-added|DbType|||enum").digest("hex").slice(0, 12),
    );
  });

  it("are stable across runs and distinct across changes", () => {
    const first = variantResult().changes.map((c) => c.fingerprint);
    const second = variantResult().changes.map((c) => c.fingerprint);
    expect(second).toEqual(first);
    expect(new Set(first).size).toBe(first.length);
    for (const print of first) expect(print).toMatch(/^[0-9a-f]{12}$/);
  });

  it("do not depend on where the change is (line moves keep the fingerprint)", () => {
    const before = variant("go", "a", [model("m.md", "M", [f("a", t.string, { required: true })])]);
    const after = variant("cs", "b", [model("m.md", "M", [f("a", t.string)])]);
    const moved = variant("cs", "elsewhere", [model("x/y.md", "M", [f("pad", t.string), f("a", t.string)])]);
    const one = diffVariants(before, after, { mode: "variant" }).changes[0];
    const two = diffVariants(before, moved, { mode: "variant" }).changes.find((c) => c.kind === "required-changed");
    expect(one?.fingerprint).toBeDefined();
    expect(two?.fingerprint).toBe(one?.fingerprint);
  });
});

describe("formatJson", () => {
  it("is parseable, with the documented shape and key order", () => {
    const json = formatJson(variantResult());
    expect(json.endsWith("}\n")).toBe(true);
    expect(json.startsWith('{\n  "mode": "variant",\n  "left": "go",\n  "right": "csharp",\n  "summary": {\n')).toBe(true);
    const parsed = JSON.parse(json) as { mode: string; left: string; right: string; summary: unknown; changes: Array<Record<string, unknown>> };
    expect(Object.keys(parsed)).toEqual(["mode", "left", "right", "summary", "changes"]);
    expect(parsed.summary).toEqual({ changes: 11, breaking: 0, drift: 11, "non-breaking": 0, info: 0, "sdk-shape": 0, ignored: 0 });
    expect(parsed.changes).toHaveLength(11);
    const typeChanged = parsed.changes.find((c) => c["kind"] === "type-changed");
    expect(Object.keys(typeChanged ?? {})).toEqual([
      "kind",
      "severity",
      "check",
      "model",
      "field",
      "left",
      "right",
      "message",
      "fingerprint",
      "leftSource",
      "rightSource",
    ]);
    expect(typeChanged).toMatchObject({
      kind: "type-changed",
      severity: "drift",
      model: "Webhook",
      field: "filters",
      left: "map<string, string>",
      right: "map<string, any>",
      leftSource: { file: "specs/go/docs/pkg/models/shared/webhook.md", line: 16, column: 1 },
      rightSource: { file: "specs/csharp/docs/Models/Components/Webhook.md", line: 20, column: 1 },
    });
    // Absent values are left out rather than written as null.
    const added = parsed.changes.find((c) => c["kind"] === "model-missing" && c["right"] !== undefined);
    expect(added).not.toHaveProperty("left");
    expect(added).not.toHaveProperty("field");
    expect(added).not.toHaveProperty("leftSource");
  });

  it("round-trips to the result (plus the summary)", () => {
    const result = variantResult();
    const { summary, ...rest } = JSON.parse(formatJson(result)) as Record<string, unknown>;
    expect(summary).toBeDefined();
    expect(rest).toEqual(JSON.parse(JSON.stringify(result)));
  });

  it("says why the mode was chosen and how many changes were ignored, when it knows", () => {
    const result = { ...variantResult(), modeReason: "different dialects (go, csharp)", ignored: 2 };
    const parsed = JSON.parse(formatJson(result)) as Record<string, unknown>;
    expect(Object.keys(parsed)).toEqual(["mode", "modeReason", "left", "right", "summary", "changes"]);
    expect(parsed["modeReason"]).toBe("different dialects (go, csharp)");
    expect((parsed["summary"] as Record<string, number>)["ignored"]).toBe(2);
  });

  it("is byte-identical from run to run, with 2-space indent", () => {
    expect(formatJson(variantResult())).toBe(formatJson(variantResult()));
    expect(formatJson(variantResult())).toBe(`${JSON.stringify(JSON.parse(formatJson(variantResult())), null, 2)}\n`);
  });

  it("writes an empty diff as an empty list", () => {
    expect(JSON.parse(formatJson(diffVariants(goVariant(), goVariant(), { mode: "version" })))).toEqual({
      mode: "version",
      left: "go",
      right: "go",
      summary: { changes: 0, breaking: 0, drift: 0, "non-breaking": 0, info: 0, "sdk-shape": 0, ignored: 0 },
      changes: [],
    });
  });
});

describe("formatText", () => {
  it("starts with a header naming the mode, both sides and the count", () => {
    const text = formatText(variantResult());
    expect(text.split("\n")[0]).toBe("variant diff: go → csharp (11 changes)");
    expect(text.endsWith("\n")).toBe(true);
    const version = formatText(diffVariants(goVariant(), csharpVariant(), { mode: "version" }));
    expect(version.split("\n")[0]).toBe("version diff: go → csharp (11 changes)");
    expect(version.split("\n")[1]).toMatch(/^breaking: \d+, non-breaking: \d+, info: \d+$/);
  });

  it("groups changes under one heading per model, in model order, each page named once", () => {
    const lines = formatText(variantResult()).split("\n");
    const headings = lines.filter((line) => line !== "" && !line.startsWith(" ") && !line.includes(" diff: "));
    expect(headings).toEqual([
      "DbType  (csharp specs/csharp/docs/Models/Components/DbType.md)",
      "Meta  (go specs/go/docs/pkg/models/shared/meta.md)",
      "ObjectType  (csharp specs/csharp/docs/Models/Components/ObjectType.md)",
      "Webhook  (go specs/go/docs/pkg/models/shared/webhook.md, csharp specs/csharp/docs/Models/Components/Webhook.md)",
    ]);
    const webhook = lines.slice(lines.findIndex((line) => line.startsWith("Webhook  ")) + 1).filter((line) => line.startsWith("  "));
    // Lines checked against the pages: specs/go/…/webhook.md rows 16, 17, 22; specs/csharp/…/Webhook.md rows 13–16, 20, 21, 26.
    expect(webhook).toEqual([
      "  [drift] type-changed filters: type map<string, string> in go, map<string, any> in csharp  (go:16, csharp:20)",
      "  [drift] required-changed hookUrl: required in go, optional in csharp  (go:17, csharp:21)",
      "  [drift] field-missing meta: optional field (ref Meta) in go, missing in csharp  (go:22)",
      "  [drift] field-missing ×3 dbNamePrefix: optional field (string) in csharp, missing in go; and 2 more alike: dbSchema, dbUrl  (csharp:13–14, 16)",
      "  [drift] field-missing dbType: optional field (ref DbType) in csharp, missing in go  (csharp:15)",
      "  [drift] field-missing isPaused: optional field (boolean) in csharp, missing in go  (csharp:26)",
    ]);
    expect(lines).toContain("  [drift] model-missing DbType: enum in csharp, missing in go  (csharp:1)");
  });

  it("points a field added to the newer version at the newer page's line of the field", () => {
    const older = variant("v1", "docs/v1", [model("m.md", "M", [f("a", t.string)])]);
    const newer = variant("v2", "docs/v2", [model("m.md", "M", [f("a", t.string), f("b", t.string), f("pad", t.integer), f("c", t.string)])]);
    const lines = formatText(diffVariants(older, newer, { mode: "version" })).split("\n");
    // Only the newer page has what changed: the heading names it alone, not line 1 of the older page.
    expect(lines).toContain("M  (v2 docs/v2/m.md)");
    // The builder puts field i of a page on line 10 + i.
    expect(lines.filter((line) => line.startsWith("  "))).toEqual([
      "  [non-breaking] field-added ×2 b: optional field (string) added; and 1 more alike: c  (v2:11, 13)",
      "  [non-breaking] field-added pad: optional field (integer) added  (v2:12)",
    ]);
  });

  it("collapses the values one side lacks into one line with a count", () => {
    const values = Array.from({ length: 25 }, (_, i) => `v${String(i).padStart(2, "0")}`);
    const left = variant("go", "go", [enumDecl("e.md", "Kind", ["v00"])]);
    const right = variant("csharp", "cs", [enumDecl("e.md", "Kind", values)]);
    const lines = formatText(diffVariants(left, right, { mode: "variant" })).split("\n").filter((line) => line.startsWith("  "));
    expect(lines).toHaveLength(1);
    const named = values.slice(2, 22).map((value) => `"${value}"`).join(", ");
    // Values on lines 10–34 of the csharp page (the builder's rows); v01 is the second.
    expect(lines[0]).toBe(`  [drift] enum-value-missing ×24 Kind: value "v01" in csharp, missing in go; and 23 more alike: ${named}, … (3 more)  (csharp:11–34)`);
  });

  it("uses ANSI colours only when asked", () => {
    const ESC = "\u001b[";
    expect(formatText(variantResult())).not.toContain(ESC);
    expect(formatText(variantResult(), { color: false })).not.toContain(ESC);
    const coloured = formatText(variantResult(), { color: true });
    expect(coloured).toContain(`${ESC}33m[drift]${ESC}0m`);
    expect(coloured.replace(/\u001b\[[0-9;]*m/g, "")).toBe(formatText(variantResult()));
  });

  it("names the mode it chose and why, and counts ignored changes", () => {
    const text = formatText({ ...variantResult(), modeReason: "different dialects (go, csharp); --mode version to compare them as versions", ignored: 3 });
    const lines = text.split("\n");
    expect(lines[0]).toBe("variant diff: go → csharp (11 changes)");
    expect(lines[1]).toBe("mode: variant, different dialects (go, csharp); --mode version to compare them as versions");
    expect(lines[2]).toBe("ignored: 3 known changes (by the ignore file)");
  });

  it("says so when there is nothing to report", () => {
    expect(formatText(diffVariants(goVariant(), goVariant(), { mode: "variant" }))).toBe("variant diff: go → go (0 changes)\n");
  });
});
