/**
 * Issue 16: `modeldoc checks` lists every kind of change with its severity per role and mode and a stable
 * id; every change of a real version diff (unified-to-history go 2025-02-05 → 2025-10-23) falls under a
 * listed check whose severity for its model's role is the change's; a config sets severities per check id
 * or per kind; an ignore file drops changes by check id as well as by fingerprint.
 */
import { rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CHANGE_KINDS, diffVariants, type CheckInfo } from "../../src/diff/index.js";
import type { Declaration, ModelRole } from "../../src/ir/types.js";
import { runCli, temporaryFolder } from "../helpers/run-cli.js";
import { corpusVariant } from "../corpus/corpus-ir.js";
import { editedGoCopy, noteAdded } from "../helpers/webhook-edits.js";

let root: string;
let withNote: string;

beforeAll(() => {
  root = temporaryFolder("modeldoc-checks-");
  withNote = editedGoCopy(root, "go-note", noteAdded);
});

afterAll(() => rmSync(root, { recursive: true, force: true }));

async function listed(...args: string[]): Promise<CheckInfo[]> {
  const run = await runCli("checks", "--json", ...args);
  expect(run.code).toBe(0);
  return (JSON.parse(run.stdout) as { checks: CheckInfo[] }).checks;
}

describe("modeldoc checks", () => {
  it("lists every kind, each check once, with the severities of the README's table", async () => {
    const checks = await listed();
    expect(new Set(checks.map((check) => check.kind))).toEqual(new Set(CHANGE_KINDS));
    expect(new Set(checks.map((check) => check.id)).size).toBe(checks.length);
    const row = (id: string) => {
      const check = checks.find((candidate) => candidate.id === id);
      return [check?.version?.request, check?.version?.response, check?.version?.shared, check?.variant];
    };
    // The rows of README.md's severity table, by hand.
    expect(row("field-added-required")).toEqual(["breaking", "non-breaking", "breaking", undefined]);
    expect(row("required-changed-to-optional")).toEqual(["non-breaking", "breaking", "breaking", undefined]);
    expect(row("nullable-changed-to-nullable")).toEqual(["non-breaking", "breaking", "breaking", undefined]);
    expect(row("type-changed-widened")).toEqual(["non-breaking", "breaking", "breaking", undefined]);
    expect(row("enum-value-added-open")).toEqual(["non-breaking", "non-breaking", "non-breaking", undefined]);
    expect(row("union-member-added")).toEqual(["non-breaking", "breaking", "breaking", undefined]);
    expect(row("description-changed")).toEqual(["info", "info", "info", "drift"]);
    expect(row("field-missing")).toEqual([undefined, undefined, undefined, "drift"]);
    const text = await runCli("checks");
    expect(text.stdout.split("\n")[0]).toMatch(/^id +kind +request +response +shared +variant +description$/);
    expect(text.stdout).toMatch(/\nfield-added-required +field-added +breaking +non-breaking +breaking +- +a required field is added\n/);
  });

  it("names the check of every change of a real version diff, with the severity it lists for the model's role", async () => {
    const older = await corpusVariant("history/go/2025-02-05");
    const newer = await corpusVariant("history/go/2025-10-23");
    const result = diffVariants(older, newer, { mode: "version" });
    const checks = new Map((await listed()).map((check) => [check.id, check] as const));
    const roleOf = new Map<string, ModelRole>();
    const add = (declaration: Declaration) => {
      const before = roleOf.get(declaration.canonicalName);
      roleOf.set(declaration.canonicalName, before === undefined || before === declaration.role ? declaration.role : "shared");
    };
    for (const declaration of [...older.declarations, ...newer.declarations]) add(declaration);
    expect(result.changes.length).toBeGreaterThan(400);
    const used = new Set<string>();
    for (const change of result.changes) {
      const check = checks.get(change.check);
      used.add(change.check);
      expect([change.message, check?.kind, check?.version?.[roleOf.get(change.model) ?? "shared"]]).toEqual([change.message, change.kind, change.severity]);
    }
    expect(used.size).toBeGreaterThanOrEqual(8);
  });
});

describe("severities and ignore lists by check", () => {
  it("takes severities from the config by check id or by kind, and shows them in modeldoc checks", async () => {
    const config = join(root, "modeldoc.config.json");
    writeFileSync(config, JSON.stringify({ diff: { severity: { "field-added-optional": "breaking", "description-changed": "non-breaking", "field-missing": "info" } } }));
    const plain = await runCli("diff", "specs/go", withNote, "--no-cache", "--format", "json");
    expect(plain.code).toBe(0); // an optional field added is non-breaking
    const strict = await runCli("diff", "specs/go", withNote, "--no-cache", "--format", "json", "--config", config);
    expect(strict.code).toBe(1);
    const report = JSON.parse(strict.stdout) as { changes: Array<{ check: string; severity: string }>; summary: { breaking: number } };
    expect(report.changes.map((change) => [change.check, change.severity])).toEqual([["field-added-optional", "breaking"]]);
    expect(report.summary.breaking).toBe(1);
    // A variant diff: field-missing drift becomes info, the rest stays drift.
    const variant = JSON.parse((await runCli("diff", "specs/go", "specs/csharp", "--no-cache", "--format", "json", "--config", config)).stdout) as typeof report;
    expect(new Set(variant.changes.filter((change) => change.check === "field-missing").map((change) => change.severity))).toEqual(new Set(["info"]));
    expect(new Set(variant.changes.filter((change) => change.check !== "field-missing").map((change) => change.severity))).toEqual(new Set(["drift"]));
    const checks = await listed("--config", config);
    expect(checks.find((check) => check.id === "field-added-optional")).toMatchObject({ version: { request: "breaking", response: "breaking", shared: "breaking" }, overridden: true });
    expect((await runCli("checks", "--config", config)).stdout).toMatch(/\nfield-added-optional +field-added +breaking\* +breaking\* +breaking\* +- /);
  });

  it("refuses a config key that is no check or kind, and a severity that is none", async () => {
    const config = join(root, "bad.config.json");
    writeFileSync(config, JSON.stringify({ diff: { severity: { "field-addded": "breaking" } } }));
    const bad = await runCli("checks", "--config", config);
    expect([bad.code, bad.stderr]).toEqual([2, `modeldoc: ${config}: "diff.severity.field-addded": unknown check; expected a check id or a kind, as modeldoc checks lists them; did you mean "field-added"?\n`]);
    writeFileSync(config, JSON.stringify({ diff: { severity: { "field-added": "fatal" } } }));
    const value = await runCli("diff", "specs/go", "specs/csharp", "--config", config);
    expect(value.code).toBe(2);
    expect(value.stderr).toContain('"diff.severity.field-added": expected one of breaking, non-breaking, info, drift, found "fatal"');
  });

  it("drops the changes of a check listed in the ignore file, next to fingerprints", async () => {
    const ignore = join(root, "ignore");
    writeFileSync(ignore, "# every optional field added\nfield-added-optional\n");
    const run = await runCli("diff", "specs/go", withNote, "--no-cache", "--format", "json", "--ignore", ignore);
    expect((JSON.parse(run.stdout) as { summary: unknown }).summary).toMatchObject({ changes: 0, ignored: 1 });
    writeFileSync(ignore, "enum-value-missing  # the values the older Go docs lack\n");
    const variant = JSON.parse((await runCli("diff", "specs/go", "specs/csharp", "--no-cache", "--format", "json", "--ignore", ignore)).stdout) as { summary: { changes: number; ignored: number } };
    expect(variant.summary).toMatchObject({ changes: 10, ignored: 25 });
  });
});
