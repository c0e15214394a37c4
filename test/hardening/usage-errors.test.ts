// Bad usage and unusable paths or configs exit 2 with a message that names the culprit; exit 70 is for
// bugs only. Each case here was exit 70 ("internal error") or accepted in silence before.
import { cpSync, existsSync, mkdirSync, readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { generate } from "../../src/pipeline/generate.js";
import { UsageError } from "../../src/errors.js";
import { filesUnder } from "../helpers/files.js";
import { runCli, temporaryFolder } from "../helpers/run-cli.js";

/** Exit 2, one line saying what was wrong, no stack and no "internal error". */
async function expectUsageError(args: readonly string[], message: string | RegExp): Promise<void> {
  const run = await runCli(...args);
  expect(run.stderr).not.toContain("internal error");
  expect(run.stderr).not.toMatch(/\n\s+at /);
  expect(run.stderr).toMatch(message);
  expect(run.code).toBe(2);
}

describe("usage errors exit 2", () => {
  it("--out naming a file", async () => {
    const root = temporaryFolder();
    const file = join(root, "not-a-folder");
    writeFileSync(file, "mine\n");
    await expectUsageError(["generate", "specs/go", "--out", file, "--no-cache"], `output folder ${file}: expected a folder, found a file`);
  });

  it("a JSON config with a __proto__ key is an unknown key, not a crash", async () => {
    const config = join(temporaryFolder(), "modeldoc.config.json");
    writeFileSync(config, '{ "__proto__": { "out": "elsewhere" } }');
    await expectUsageError(["generate", "--config", config], `${config}: "__proto__": unknown key; expected one of variants`);
  });

  it("two folders with the same name (generate specs/go /tmp/x/go)", async () => {
    const other = join(temporaryFolder(), "go");
    mkdirSync(other);
    await expectUsageError(["generate", "specs/go", other, "--out", temporaryFolder()], 'two variants are named "go"');
  });

  it.each([
    ["export default { out: \"x\" } )))\n", 1],
    ["export default {};\n<<<<<<< HEAD\n=======\n>>>>>>> branch\n", 2],
    ["export default {\n  out: \"x\"\n  naming: \"camel\"\n};\n", 3],
  ])("a .ts config with a syntax error is rejected at its line, not accepted in silence (%j)", async (text, line) => {
    const config = join(temporaryFolder(), "modeldoc.config.ts");
    // Each of these transpiles to a module with a default export: before, it ran as a config.
    writeFileSync(config, text);
    await expectUsageError(["generate", "--config", config], new RegExp(`^modeldoc: ${config}:${line}:\\d+: expected TypeScript, found a syntax error: `));
  });

  it("a config variant named ../../x names the config key, and nothing is written", async () => {
    const root = temporaryFolder();
    const config = join(root, "deep", "er", "modeldoc.config.json");
    mkdirSync(join(root, "deep", "er"), { recursive: true });
    writeFileSync(config, JSON.stringify({ variants: [{ folder: `${process.cwd()}/specs/go`, name: "../../x" }], out: "out" }));
    await expectUsageError(["generate", "--config", config, "--no-cache"], `${config}: "variants[0].name": expected a plain folder name`);
    expect(readdirSync(root)).toEqual(["deep"]);
    expect(readdirSync(join(root, "deep"))).toEqual(["er"]);
  });

  it("a folder argument ending in /.. names the argument", async () => {
    const out = join(temporaryFolder(), "out");
    await expectUsageError(["generate", "specs/go/..", "--out", out, "--no-cache"], 'folder argument specs/go/..: the variant would be named "..", expected a plain folder name');
    expect(existsSync(out)).toBe(false);
  });

  it.each([["/"], ["/."], ["//"]])("--out %s (the file system's root)", async (out) => {
    await expectUsageError(["generate", "specs/go", "--out", out, "--no-cache"], "expected an output folder that is not the file system's root");
  });

  it("--out the home folder", async () => {
    const home = temporaryFolder();
    const saved = process.env["HOME"];
    process.env["HOME"] = home;
    try {
      await expectUsageError(["generate", "specs/go", "--out", home, "--no-cache"], "expected an output folder that is not the home folder");
    } finally {
      process.env["HOME"] = saved;
    }
    expect(readdirSync(home)).toEqual([]);
  });

  it.each([["docs"], ["docs/go"], ["."]])("--out %s, a docs root or a folder holding one", async (out) => {
    // In a copy: before the fix, this wrote into the docs.
    const root = temporaryFolder();
    cpSync("specs/go", join(root, "docs", "go"), { recursive: true });
    const before = filesUnder(root);
    await expectUsageError(
      ["generate", join(root, "docs", "go"), "--out", join(root, out), "--no-cache"],
      /expected an output folder outside the docs folders, found .* (is|holds) the docs folder .*\/docs\/go/,
    );
    expect(filesUnder(root)).toEqual(before);
  });

  it("a specs folder that is a file", async () => {
    const file = join(temporaryFolder(), "specs");
    writeFileSync(file, "");
    await expectUsageError(["generate", "--specs", file, "--out", temporaryFolder()], `specs folder ${file}: expected a folder of variant folders, found a file`);
  });
});

describe("the API throws UsageError for bad usage", () => {
  it.each([
    [{ variants: [{ folder: "specs/go" }, { folder: "specs/go" }] }, 'two variants are named "go"'],
    [{ variants: [{ folder: "specs/go", name: ".." }] }, 'variant name "..": expected a plain folder name'],
    [{ variants: [{ folder: "specs/go", name: "a/b" }] }, 'variant name "a/b": expected a plain folder name'],
    [{ variants: [{ folder: "specs/go" }], merge: ["csharp"] }, "--merge: expected names of variants among go, found csharp"],
  ])("%j", async (options, message) => {
    const attempt = generate({ out: join(temporaryFolder(), "out"), cacheFolder: false, ...options });
    await expect(attempt).rejects.toThrow(UsageError);
    await expect(attempt).rejects.toThrow(message);
  });
});
