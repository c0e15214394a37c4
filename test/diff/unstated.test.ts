// Issue 12: a dialect's silence is not a difference. The variant diff compares only what both sides
// state (see `Fact` in the IR); the version diff grades what a side does not state as the worst case.
import { describe, expect, it } from "vitest";
import { diffVariants, type Change } from "../../src/diff/index.js";
import { enumDecl, f, model, t, unionDecl, variant } from "./builder.js";

const rows = (changes: readonly Change[]) => changes.map((c) => [c.kind, c.model, c.field ?? "", c.left ?? "", c.right ?? ""].join(" | "));

describe("facts one side cannot state are not compared", () => {
  it("Go's `*string` (null unstated) against Python's `OptionalNullable[str]` (nullable): no nullable-changed", () => {
    const go = variant("go", "go", [model("webhook.md", "Webhook", [f("HookURL", t.string, { unstated: ["nullable"] })])]);
    const python = variant("python", "py", [model("webhook.md", "Webhook", [f("hook_url", t.string, { nullable: true })])], "python");
    expect(diffVariants(go, python, { mode: "variant" }).changes).toEqual([]);
  });

  it("but two sides that both state it still differ (Java's `JsonNullable` against Python's `Optional`)", () => {
    const java = variant("java", "java", [model("w.md", "Webhook", [f("hookUrl", t.string, { nullable: true })])], "java");
    const python = variant("python", "py", [model("w.md", "Webhook", [f("hook_url", t.string)])], "python");
    expect(rows(diffVariants(java, python, { mode: "variant" }).changes)).toEqual(["nullable-changed | Webhook | hookUrl | nullable | non-nullable"]);
  });

  it("TypeScript's `number` against Go's `int64`, and against `float64`: no type-changed", () => {
    const go = variant("go", "go", [model("m.md", "M", [f("Count", t.integer), f("Ratio", t.number)])]);
    const ts = variant("typescript", "ts", [model("m.md", "M", [f("count", t.vagueNumber), f("ratio", t.vagueNumber)])], "typescript");
    expect(diffVariants(go, ts, { mode: "variant" }).changes).toEqual([]);
    // A number that is stated not to be an integer is not one.
    const csharp = variant("csharp", "cs", [model("m.md", "M", [f("Count", t.number), f("Ratio", t.number)])], "csharp");
    expect(rows(diffVariants(go, csharp, { mode: "variant" }).changes)).toEqual(["type-changed | M | count | integer | number"]);
  });

  it("PHP's `string` (text or bytes) against C#'s `byte[]`: no type-changed", () => {
    const csharp = variant("csharp", "cs", [model("r.md", "R", [f("Body", t.binary)])], "csharp");
    const php = variant("php", "php", [model("r.md", "R", [f("body", t.byteString)])], "php");
    expect(diffVariants(csharp, php, { mode: "variant" }).changes).toEqual([]);
  });

  it("PHP's enum (openness unstated) against Go's closed one: no type-changed; values still compared", () => {
    const go = variant("go", "go", [enumDecl("e.md", "Kind", ["A", "B"])]);
    const php = variant("php", "php", [enumDecl("e.md", "Kind", ["A", "C"], { openUnstated: true })], "php");
    expect(rows(diffVariants(go, php, { mode: "variant" }).changes)).toEqual(["enum-value-missing | Kind |  | B | ", "enum-value-missing | Kind |  |  | C"]);
  });

  it("Java's title-only union page against Go's members: no member changes", () => {
    const go = variant("go", "go", [unionDecl("u.md", "Five", [t.string, t.map(t.any)])]);
    const java = variant("java", "java", [unionDecl("U.md", "Five", [])], "java");
    expect(diffVariants(go, java, { mode: "variant" }).changes).toEqual([]);
  });

  it("a field whose requiredness one side does not state: no required-changed", () => {
    const go = variant("go", "go", [model("r.md", "Retry", [f("Strategy", t.string, { required: true })])]);
    const python = variant("python", "py", [model("r.md", "Retry", [f("strategy", t.string, { unstated: ["required"] })])], "python");
    expect(diffVariants(go, python, { mode: "variant" }).changes).toEqual([]);
  });

  it("a ref to a union page against the union spelled out (PHP's `array<X|string>` where Go links `[]U`)", () => {
    const go = variant("go", "go", [model("m.md", "M", [f("Values", t.array(t.ref("u.md", "shared.U")))]), unionDecl("u.md", "U", [t.ref("x.md", "X"), t.string]), model("x.md", "X", [])]);
    const php = variant("php", "php", [model("m.md", "M", [f("values", t.array(t.union(t.ref("x.md", "X"), t.byteString)))]), unionDecl("u.md", "U", [t.ref("x.md", "X"), t.byteString]), model("x.md", "X", [])], "php");
    expect(diffVariants(go, php, { mode: "variant" }).changes).toEqual([]);
  });
});

describe("version mode grades an unstated fact as the worst case", () => {
  it("a value added to an enum whose openness the docs do not state is breaking for a reader", () => {
    const before = variant("v1", "v1", [enumDecl("e.md", "Kind", ["A"], { openUnstated: true, role: "response" })]);
    const after = variant("v2", "v2", [enumDecl("e.md", "Kind", ["A", "B"], { openUnstated: true, role: "response" })]);
    expect(diffVariants(before, after, { mode: "version" }).changes.map((c) => [c.kind, c.severity])).toEqual([["enum-value-added", "breaking"]]);
  });
});
