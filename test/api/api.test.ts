// The programmatic API behaves as the CLI does: the same IR, the same files, the same changes.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { defineConfig, diff, generate, parse, variantStats } from "../../src/index.js";
import { runCli, temporaryFolder } from "../helpers/run-cli.js";

describe("programmatic API", () => {
  it("parse gives the IR that `modeldoc parse --json` prints", async () => {
    const variant = await parse("specs/go");
    const cli = await runCli("parse", "specs/go", "--json");
    expect(JSON.parse(cli.stdout)).toEqual(JSON.parse(JSON.stringify(variant)));
    expect(variantStats(variant)).toMatchObject({ models: 2, enums: 3, fields: 19 });
  });

  it("generate writes the files the CLI writes", async () => {
    const viaApi = temporaryFolder();
    const viaCli = temporaryFolder();
    const result = await generate({ variants: [{ folder: "specs/csharp" }], out: viaApi });
    await runCli("generate", "specs/csharp", "--out", viaCli, "--no-cache", "--quiet");
    expect(result.diagnostics).toEqual([]);
    for (const path of result.variants[0]!.plan.write) {
      expect(readFileSync(join(viaApi, "csharp", path), "utf8")).toBe(readFileSync(join(viaCli, "csharp", path), "utf8"));
    }
  });

  it("diff gives the changes `modeldoc diff --format json` prints", async () => {
    const result = await diff("specs/go", "specs/csharp");
    const cli = JSON.parse((await runCli("diff", "specs/go", "specs/csharp", "--format", "json", "--no-cache")).stdout) as { changes: unknown[] };
    expect(result.mode).toBe("variant");
    expect(result.changes.map((change) => change.fingerprint)).toEqual(cli.changes.map((change) => (change as { fingerprint: string }).fingerprint));
  });

  it("defineConfig types a config and returns it", () => {
    const config = { out: "gen", naming: "snake" as const };
    expect(defineConfig(config)).toBe(config);
  });
});
