// Issue 13: fields whose names collide under the chosen naming (`HookURL`, `hook_url`, `HookUrl` are all
// `hookUrl` in camel case) are all emitted, told apart deterministically, and each renamed one is a warning
// at its row; nothing is dropped in silence.
import { cpSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { generate } from "../../src/pipeline/generate.js";
import { runCli, temporaryFolder } from "../helpers/run-cli.js";

const webhookPage = "docs/pkg/models/shared/webhook.md";

function docsWithCollidingFields(): string {
  const docs = join(temporaryFolder(), "go");
  cpSync("specs/go", docs, { recursive: true });
  const lines = readFileSync(join(docs, webhookPage), "utf8").split("\n");
  const at = lines.findIndex((line) => line.startsWith("| `HookURL`"));
  // Line numbers below are 1-based: the `HookURL` row is at + 1; the new rows follow it.
  lines.splice(at + 1, 0, "| `hook_url` | *string* | :heavy_minus_sign: | N/A |", "| `HookUrl` | *int64* | :heavy_minus_sign: | N/A |", "| `HookUrl2` | *bool* | :heavy_minus_sign: | N/A |");
  writeFileSync(join(docs, webhookPage), lines.join("\n"));
  return docs;
}

describe("fields whose property names collide", () => {
  it("are all emitted, the later ones as <name>2, <name>3…, each with a warning at its row", async () => {
    const docs = docsWithCollidingFields();
    const out = join(temporaryFolder(), "out");
    const run = await generate({ variants: [{ folder: docs }], out, cacheFolder: false });
    const types = readFileSync(join(out, "go", "types/webhook.ts"), "utf8");
    expect(types).toMatch(/\n  hookUrl: string;/);
    // `HookUrl2` keeps its own name; the renamed fields take the first free suffixes around it.
    expect(types).toMatch(/\n  hookUrl3\?: string;/);
    expect(types).toMatch(/\n  hookUrl4\?: number;/);
    expect(types).toMatch(/\n  hookUrl2\?: boolean;/);
    expect(types).toContain("`hook_url` in the docs: its property name `hookUrl` is the name of `HookURL`, so it is `hookUrl3` here.");
    const collisions = run.diagnostics.filter((diagnostic) => diagnostic.code === "property-name-collision");
    expect(collisions.map(({ severity, source, message }) => [severity, source.file.endsWith("webhook.md"), source.line, message])).toEqual([
      ["warning", true, 18, 'expected field names that stay distinct under camel naming, found "hook_url" and "HookURL" (line 17), both "hookUrl"; "hook_url" is emitted as "hookUrl3"'],
      ["warning", true, 19, 'expected field names that stay distinct under camel naming, found "HookUrl" and "HookURL" (line 17), both "hookUrl"; "HookUrl" is emitted as "hookUrl4"'],
    ]);
    // The validator checks each of them under its own name.
    const validator = readFileSync(join(out, "go", "validators/webhook.ts"), "utf8");
    for (const key of ["hookUrl", "hookUrl2", "hookUrl3", "hookUrl4"]) expect(validator).toContain(`"${key}"`);
  });

  it("do not collide under a naming that keeps them apart: no warning", async () => {
    const docs = docsWithCollidingFields();
    const run = await generate({ variants: [{ folder: docs }], out: join(temporaryFolder(), "out"), cacheFolder: false, naming: "as-written" });
    expect(run.diagnostics.filter((diagnostic) => diagnostic.code === "property-name-collision")).toEqual([]);
  });

  it("the CLI prints them with file:line:column; --strict fails on them", async () => {
    const docs = docsWithCollidingFields();
    const plain = await runCli("generate", docs, "--out", join(temporaryFolder(), "out"), "--no-cache");
    expect(plain.code).toBe(0);
    expect(plain.stderr).toMatch(/webhook\.md:18:\d+: warning property-name-collision: /);
    const strict = await runCli("generate", docs, "--out", join(temporaryFolder(), "out"), "--no-cache", "--strict");
    expect(strict.code).toBe(1);
  });
});
