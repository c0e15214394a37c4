import { describe, expect, it } from "vitest";
import { diffVariants, joinRoot, normalizeDescription } from "../../src/diff/index.js";
import { enumDecl, f, model, t, unionDecl, variant } from "./builder.js";

const kinds = (result: ReturnType<typeof diffVariants>) => result.changes.map((c) => `${c.kind} ${c.model}${c.field ? `.${c.field}` : ""}`);

describe("matching", () => {
  it("matches fields across naming conventions (hook_url ≡ hookUrl ≡ HookURL, IDs ≡ ids)", () => {
    const py = variant("python", "py", [model("m.md", "webhook", [f("hook_url", t.string), f("connection_id", t.string), f("IDs", t.array(t.string))])]);
    const ts = variant("typescript", "ts", [model("models/m.md", "Webhook", [f("hookUrl", t.string), f("ConnectionID", t.string), f("ids", t.array(t.string))])]);
    expect(diffVariants(py, ts, { mode: "variant" }).changes).toEqual([]);
  });

  it("matches declarations by canonical name, whatever their page paths", () => {
    const a = variant("go", "go", [model("docs/pkg/models/shared/webhooktype.md", "WebhookType", [])]);
    const b = variant("csharp", "cs", [model("docs/Models/Components/WebhookType.md", "webhook_type", [])]);
    expect(diffVariants(a, b, { mode: "variant" }).changes).toEqual([]);
  });

  it("compares refs by target canonical name and reports a different target", () => {
    const a = variant("a", "a", [model("m.md", "M", [f("x", t.ref("e1.md", "E1"))]), model("e1.md", "Event", []), model("e2.md", "Other", [])]);
    const b = variant("b", "b", [model("m.md", "M", [f("x", t.ref("e2.md", "E1"))]), model("e1.md", "Event", []), model("e2.md", "Other", [])]);
    expect(diffVariants(a, b, { mode: "variant" }).changes.map((c) => [c.kind, c.left, c.right])).toEqual([["type-changed", "ref Event", "ref Other"]]);
  });

  it("treats N/A, empty and whitespace-only differences in descriptions as equal", () => {
    expect(normalizeDescription("  N/A ")).toBe("");
    expect(normalizeDescription("a\n  b")).toBe("a b");
    const a = variant("a", "a", [model("m.md", "M", [f("x", t.string, { description: "N/A" }), f("y", t.string, { description: "Some  text" })], { description: "N/A" })]);
    const b = variant("b", "b", [model("m.md", "M", [f("x", t.string), f("y", t.string, { description: "Some\ntext " })])]);
    expect(diffVariants(a, b, { mode: "variant" }).changes).toEqual([]);
  });

  it("reports description changes unless told not to", () => {
    const a = variant("a", "a", [model("m.md", "M", [f("x", t.string, { description: "Old" })])]);
    const b = variant("b", "b", [model("m.md", "M", [f("x", t.string, { description: "New" })])]);
    const changes = diffVariants(a, b, { mode: "variant" }).changes;
    expect(changes.map((c) => [c.kind, c.field, c.left, c.right])).toEqual([["description-changed", "x", "Old", "New"]]);
    expect(diffVariants(a, b, { mode: "variant", descriptions: false }).changes).toEqual([]);
  });

  it("reports a one-sided raw HTTP response between languages as SDK shape (info), and between versions as removed", () => {
    const a = variant("go", "go", [model("r.md", "GetWebhookResponse", [f("StatusCode", t.integer, { required: true }), f("RawResponse", t.httpResponse, { required: true })])]);
    const b = variant("csharp", "cs", [model("r.md", "GetWebhookResponse", [f("StatusCode", t.integer, { required: true })])]);
    const between = diffVariants(a, b, { mode: "variant" }).changes;
    expect(between.map((c) => [c.kind, c.shape, c.aspect, c.severity, c.check, c.field])).toEqual([["sdk-shape", "transport", "field-missing", "info", "sdk-shape-transport", "rawResponse"]]);
    expect(kinds(diffVariants(a, b, { mode: "version" }))).toEqual(["field-removed GetWebhookResponse.rawResponse"]);
    // Present on both sides, it is compared like any other field, and its difference is the SDKs' shape.
    const c = variant("python", "py", [model("r.md", "GetWebhookResponse", [f("status_code", t.integer, { required: true }), f("raw_response", t.string, { required: true })])]);
    expect(diffVariants(a, c, { mode: "variant" }).changes.map((change) => [change.kind, change.aspect, change.field])).toEqual([["sdk-shape", "type-changed", "rawResponse"]]);
  });

  it("matches enum values by value, not by constant name", () => {
    const a = variant("go", "go", [enumDecl("e.md", "Event", ["updated", "created"])]);
    const b = variant("cs", "cs", [enumDecl("E.md", "Event", ["created", "updated", "deleted"])]);
    expect(diffVariants(a, b, { mode: "variant" }).changes.map((c) => [c.kind, c.right])).toEqual([["enum-value-missing", "deleted"]]);
  });

  it("matches union members by canonical rendering, in any order", () => {
    const a = variant("a", "a", [unionDecl("u.md", "Value", [t.string, t.ref("m.md", "shared.Meta")]), model("m.md", "Meta", [])]);
    const b = variant("b", "b", [unionDecl("U.md", "Value", [t.ref("Meta.md", "Models.Meta"), t.string, t.integer]), model("Meta.md", "Meta", [])]);
    expect(diffVariants(a, b, { mode: "variant" }).changes.map((c) => [c.kind, c.right])).toEqual([["union-member-missing", "integer"]]);
  });

  it("reports a declaration that changed kind once, without comparing contents", () => {
    const a = variant("a", "a", [model("x.md", "Status", [f("code", t.string)])]);
    const b = variant("b", "b", [enumDecl("x.md", "Status", ["ok"])]);
    expect(diffVariants(a, b, { mode: "variant" }).changes.map((c) => [c.kind, c.model, c.left, c.right])).toEqual([["type-changed", "Status", "model", "enum"]]);
  });

  it("does not report an unreadable type as drift between languages", () => {
    const a = variant("go", "go", [model("m.md", "M", [f("x", t.unknown("chan int"))])]);
    const b = variant("cs", "cs", [model("m.md", "M", [f("x", t.string)])]);
    expect(diffVariants(a, b, { mode: "variant" }).changes).toEqual([]);
    expect(kinds(diffVariants(a, b, { mode: "version" }))).toEqual(["type-changed M.x"]);
  });

  it("treats `T | null` as T made nullable, matching the nullable flag", () => {
    const a = variant("ts", "ts", [model("m.md", "M", [f("x", t.union(t.string, t.literal(null)))])]);
    const b = variant("java", "java", [model("m.md", "M", [f("x", t.string, { nullable: true })])]);
    expect(diffVariants(a, b, { mode: "variant" }).changes).toEqual([]);
  });

  it("orders by model name, then left field order, right-only fields after, then kind", () => {
    const a = variant("a", "a", [
      model("z.md", "Zeta", [f("b", t.string, { required: true }), f("a", t.string)]),
      // A field description somewhere: variant a writes them (a side that writes none says nothing of them).
      model("a.md", "Alpha", [f("x", t.string, { description: "the x" })]),
    ]);
    const b = variant("b", "b", [
      model("z.md", "Zeta", [f("new2", t.string), f("a", t.integer, { description: "d", required: true }), f("new1", t.string), f("b", t.integer)]),
      model("a.md", "Alpha", []),
    ]);
    expect(kinds(diffVariants(a, b, { mode: "variant" }))).toEqual([
      "field-missing Alpha.x",
      "required-changed Zeta.b",
      "type-changed Zeta.b",
      "required-changed Zeta.a",
      "type-changed Zeta.a",
      "description-changed Zeta.a",
      "field-missing Zeta.new2",
      "field-missing Zeta.new1",
    ]);
  });

  it("joins variant roots and page paths with `/`", () => {
    expect(joinRoot("specs/go/", "docs/a.md")).toBe("specs/go/docs/a.md");
    expect(joinRoot("specs\\csharp", "docs/A.md")).toBe("specs/csharp/docs/A.md");
    expect(joinRoot(".", "./docs/a.md")).toBe("docs/a.md");
    expect(joinRoot("", "docs/a.md")).toBe("docs/a.md");
  });
});
