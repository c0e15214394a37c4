// `modeldoc generate --merge`: one TypeScript output from several variants; a field is required only where
// every variant requires it, and the doc comment names the variants that disagree.
import { existsSync, readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { emitVariant } from "../../src/emit/index.js";
import { mergeVariants } from "../../src/merge/merge.js";
import type { Declaration, EnumDecl, Field, ModelDecl, UnionDecl, Variant } from "../../src/ir/types.js";
import { corpusVariant } from "../corpus/corpus-ir.js";
import { languages } from "../corpus/paths.js";
import { enumDecl, f, model, t, unionDecl, variant } from "../diff/builder.js";
import { csharpVariant, goVariant } from "../diff/fixtures.js";
import { runCli, temporaryFolder } from "../helpers/run-cli.js";
import { createProject } from "../helpers/ts-project.js";

const named = (merged: Variant, name: string): Declaration => {
  const found = merged.declarations.find((d) => d.canonicalName === name);
  if (found === undefined) throw new Error(`no ${name} in ${merged.declarations.map((d) => d.canonicalName).join(", ")}`);
  return found;
};
const fieldOf = (merged: Variant, modelName: string, field: string): Field => {
  const found = (named(merged, modelName) as ModelDecl).fields.find((candidate) => candidate.canonicalName === field);
  if (found === undefined) throw new Error(`no ${modelName}.${field}`);
  return found;
};

describe("mergeVariants", () => {
  const merged = mergeVariants([goVariant(), csharpVariant()]);

  it("keeps every declaration of every variant, once, with ids naming the variant whose page it is", () => {
    expect(merged.name).toBe("merged");
    expect(merged.declarations.map((d) => d.id)).toEqual([
      "csharp/docs/Models/Components/DbType.md",
      "go/docs/pkg/models/shared/event.md",
      "go/docs/pkg/models/shared/meta.md",
      "go/docs/pkg/models/shared/objecttype.md",
      "go/docs/pkg/models/shared/webhook.md",
      "go/docs/pkg/models/shared/webhooktype.md",
    ]);
    expect(named(merged, "Meta").description).toBe("Variants disagree: Only in go; not in csharp.");
  });

  it("makes a field required only where every variant requires it, and says who disagrees", () => {
    // go/…/webhook.md: HookURL :heavy_check_mark:; csharp/…/Webhook.md: HookUrl :heavy_minus_sign:.
    expect(fieldOf(merged, "Webhook", "hookUrl")).toMatchObject({ required: false, description: "Variants disagree: Required in go; optional in csharp." });
    expect(fieldOf(merged, "Webhook", "connectionId")).toMatchObject({ required: true, description: "" });
    expect(fieldOf(merged, "Webhook", "meta")).toMatchObject({ required: false, description: "Variants disagree: Only in go; not in csharp." });
    expect(fieldOf(merged, "Webhook", "dbType")).toMatchObject({
      required: false,
      type: { kind: "ref", target: "csharp/docs/Models/Components/DbType.md" },
      description: "Variants disagree: Only in csharp; not in go.",
    });
  });

  it("unites disagreeing types, values and members, naming the variants", () => {
    const filters = fieldOf(merged, "Webhook", "filters");
    expect(filters.type).toEqual(t.union(t.map(t.string), t.map(t.any)));
    expect(filters.description).toBe("Variants disagree: Type: `map<string, string>` in go; `map<string, any>` in csharp.");
    // Agreeing refs point at the one merged page, wherever each variant's page was.
    expect(fieldOf(merged, "Webhook", "event").type).toEqual({ kind: "ref", target: "go/docs/pkg/models/shared/event.md", written: "shared.Event" });
    const objectType = named(merged, "ObjectType") as EnumDecl;
    expect(objectType.values.map((v) => v.value)).toEqual(["accounting_account", "accounting_transaction", "payment_payment", "accounting_bill"]);
    expect(objectType.description).toBe("Variants disagree: Values listed by only some variants: `accounting_bill` (csharp).");
  });

  it("requires a field only when all of three variants require it", () => {
    const spec = (required: boolean[]) =>
      required.map((req, i) => variant(["a", "b", "c"][i] as string, "x", [model("m.md", "M", [f("id", t.string, { required: req }), ...(i === 2 ? [] : [f("extra", t.string, { required: true })])])]));
    const all = mergeVariants(spec([true, true, true]));
    expect(fieldOf(all, "M", "id").required).toBe(true);
    expect(fieldOf(all, "M", "extra")).toMatchObject({ required: false, description: "Variants disagree: Only in a, b; not in c." });
    const some = mergeVariants(spec([true, false, true]));
    expect(fieldOf(some, "M", "id")).toMatchObject({ required: false, description: "Variants disagree: Required in a, c; optional in b." });
  });

  it("matches pages by link target and binary bodies by stem, as the diff does", () => {
    // typescript/docs/sdk/models/shared/returntypet.md is everyone else's ReturnType.
    const go = variant("go", "go", [
      model("s.md", "ShippingShipment", [f("ReturnType", t.ref("r.md", "shared.ReturnType"))]),
      enumDecl("r.md", "ReturnType", ["CUSTOMER"]),
      model("o.md", "CreatePassthroughJSONResponse", [f("DefaultWildcardWildcardResponseStream", t.binary)], { role: "response" }),
    ]);
    const ts = variant("typescript", "ts", [
      model("s.md", "ShippingShipment", [f("returnType", t.ref("rt.md", "shared.ReturnTypeT"))]),
      enumDecl("rt.md", "ReturnTypeT", ["CUSTOMER"]),
      model("o.md", "CreatePassthroughJsonResponse", [f("DefaultWildcardWildcardBytes", t.binary)], { role: "response" }),
    ]);
    const merged = mergeVariants([go, ts]);
    expect(merged.declarations.map((d) => d.name)).toEqual(["CreatePassthroughJSONResponse", "ReturnType", "ShippingShipment"]);
    expect(fieldOf(merged, "ShippingShipment", "returnType")).toMatchObject({ type: { kind: "ref", target: "go/r.md" }, description: "" });
    expect((named(merged, "CreatePassthroughJsonResponse") as ModelDecl).fields.map((field) => [field.name, field.description])).toEqual([
      ["DefaultWildcardWildcardResponseStream", ""],
    ]);
  });

  it("takes a union's members from the variants that document them (Java's union pages are title-only)", () => {
    const go = variant("go", "go", [unionDecl("u.md", "Five", [t.string, t.map(t.any)])]);
    const java = variant("java", "java", [unionDecl("U.md", "Five", [])]);
    const five = named(mergeVariants([go, java]), "Five") as UnionDecl;
    expect(five.members.map((m) => m.type)).toEqual([t.string, t.map(t.any)]);
    expect(five.description).toBe("Variants disagree: No members documented in java.");
  });

  it("takes each fact from the variants that state it, and records which one did", () => {
    const go = variant("go", "go", [
      model("m.md", "M", [f("Raw", t.ref("r.md", "shared.Raw"), { required: true, unstated: ["nullable"] }), f("Count", t.integer)]),
      model("r.md", "Raw", []),
      enumDecl("k.md", "Kind", ["A"]),
    ]);
    const ts = variant("typescript", "ts", [
      model("m.md", "M", [f("raw", t.ref("r.md", "shared.Raw"), { required: true, unstated: ["nullable"] }), f("count", t.vagueNumber)]),
      model("r.md", "Raw", []),
      enumDecl("k.md", "Kind", ["A"]),
    ], "typescript");
    const java = variant("java", "java", [
      model("M.md", "M", [f("raw", t.ref("R.md", "Raw"), { required: true, nullable: true }), f("count", t.integer)]),
      model("R.md", "Raw", []),
      enumDecl("K.md", "Kind", ["A"], { openUnstated: true }),
    ], "java");
    const merged = mergeVariants([ts, go, java]);
    // Nullability: only Java states it. Integer-ness: TypeScript's `number` does not say; Go's `int64` does.
    expect(fieldOf(merged, "M", "raw")).toMatchObject({ nullable: true, statedBy: { required: "typescript", nullable: "java" } });
    expect(fieldOf(merged, "M", "raw").unstated).toBeUndefined();
    expect(fieldOf(merged, "M", "count")).toMatchObject({ type: t.integer, statedBy: { integer: "go" } });
    // Openness: TypeScript and Go say closed; Java says nothing.
    expect(named(merged, "Kind")).toMatchObject({ open: false, statedBy: { open: "typescript" } });
  });

  it("leaves unstated what no variant states", () => {
    const go = variant("go", "go", [model("m.md", "M", [f("Name", t.string, { unstated: ["nullable"] })])]);
    const csharp = variant("csharp", "cs", [model("m.md", "M", [f("Name", t.string, { unstated: ["nullable"] })])], "csharp");
    const field = fieldOf(mergeVariants([go, csharp]), "M", "name");
    expect([field.nullable, field.unstated, field.statedBy]).toEqual([false, ["nullable"], { required: "go" }]);
  });

  it("emits TypeScript that compiles under --strict, with the disagreements in JSDoc", async () => {
    const files = await emitVariant(merged);
    const webhook = files.find((file) => file.path === "types/webhook.ts")?.contents ?? "";
    expect(webhook).toContain("/** Variants disagree: Required in go; optional in csharp. */\n  hookUrl?: string;");
    expect(webhook).toContain("  connectionId: string;");
    const project = createProject({ merged: files });
    try {
      const { status, output } = project.tsc("tsconfig.json");
      expect(output).toBe("");
      expect(status).toBe(0);
    } finally {
      project.remove();
    }
  });

  it("merges the seven languages of the corpus: the only disagreements are the known drift classes", async () => {
    const seven = await Promise.all(languages.map((language) => corpusVariant(language)));
    const started = performance.now();
    const all = mergeVariants(seven);
    const milliseconds = performance.now() - started;
    const tally: Record<string, number> = {};
    for (const declaration of all.declarations) {
      const texts = declaration.kind === "model" ? [declaration.description, ...declaration.fields.map((field) => field.description)] : [declaration.description];
      for (const text of texts) {
        const note = /Variants disagree: (.*)$/s.exec(text)?.[1];
        if (note === undefined) continue;
        const shape = note.replace(/`[^`]*`/g, "`T`").replace(/\b(go|csharp|typescript|python|java|php|ruby)(, (go|csharp|typescript|python|java|php|ruby))*\b/g, "L");
        tally[shape] = (tally[shape] ?? 0) + 1;
      }
    }
    console.log(`merged 7 languages in ${milliseconds.toFixed(0)} ms: ${all.declarations.length} declarations; notes ${JSON.stringify(tally)}`);
    // 3430 pages in each language, plus the 8 passthrough `…ResponseResult` unions only TypeScript has and
    // the RetryConfig page only Python has (two types: RetryConfig, BackoffStrategy).
    expect(all.declarations).toHaveLength(3440);
    expect(tally).toEqual({
      // TypeScript lacks 704 response models, 262 envelope fields, 131 raw responses and the 40 passthrough
      // body fields; it alone has 8 `result` fields and 8 result unions; Python alone has its 2 utility types.
      "Only in L; not in L.": 1155,
      // Java's and Ruby's 44 title-only union pages (PHP spells out the members other languages link: the same members).
      "No members documented in L.": 44,
      // Go's `*any` raw passthrough body against everyone else's bytes.
      "Type: `T` in L; `T` in L.": 3,
    });
  });
});

describe("modeldoc generate --merge", () => {
  it("writes one output folder from the listed variants, which --check then finds up to date", async () => {
    const out = temporaryFolder("modeldoc-merge-");
    try {
      const run = await runCli("generate", "--merge", "go,csharp", "--out", out, "--no-cache");
      expect(run.stderr).toBe("");
      expect(run.code).toBe(0);
      expect(run.stdout).toMatch(/^modeldoc: merged → /);
      const webhook = readFileSync(join(out, "merged/types/webhook.ts"), "utf8");
      expect(webhook.split("\n")[0]).toBe("// Generated by modeldoc from go/docs/pkg/models/shared/webhook.md. Do not edit.");
      expect(webhook).toContain("/** Variants disagree: Required in go; optional in csharp. */\n  hookUrl?: string;");
      expect(existsSync(join(out, "merged/types/db-type.ts"))).toBe(true);
      expect(existsSync(join(out, "go"))).toBe(false);
      const check = await runCli("generate", "--merge", "go,csharp", "--out", out, "--no-cache", "--check");
      expect([check.code, check.stdout]).toEqual([0, `modeldoc: ${out} is up to date (merged)\n`]);
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  });

  it("rejects a name that is not one of the variants (exit 2)", async () => {
    const run = await runCli("generate", "--merge", "go,kotlin", "--check", "--no-cache");
    expect(run.code).toBe(2);
    expect(run.stderr).toBe("modeldoc: --merge: expected variant names among csharp, go, found kotlin\n");
  });
});
