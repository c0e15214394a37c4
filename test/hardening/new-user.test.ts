// Issue 24: a run that cannot be cut short by what it loads, and what a new user runs into. Before: a
// config that called process.exit(0) (at once, or from a timer) made `generate --check` exit 0 with stale
// output, and `generate` exit 0 having written nothing; the API threw a plain Error (ENOENT) for a missing
// folder where the README promises a UsageError; `init` left out layout and wireNaming; `--dates date` got
// no did-you-mean.
import { spawnSync } from "node:child_process";
import { cpSync, existsSync, readFileSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { configShape } from "../../src/config/shape.js";
import { configTemplate } from "../../src/config/template.js";
import { diff, generate, parse, UsageError } from "../../src/index.js";
import { runCli, temporaryFolder } from "../helpers/run-cli.js";

const bin = resolve("bin/modeldoc.js");

/** The bundled specs and a config holding `code`, run through the built CLI (the config's own thread). */
function withConfig(code: string, ...args: string[]) {
  const root = temporaryFolder("modeldoc-exit-");
  cpSync("specs", join(root, "specs"), { recursive: true });
  writeFileSync(join(root, "modeldoc.config.ts"), code);
  const run = spawnSync(process.execPath, [bin, ...args], { cwd: root, encoding: "utf8", timeout: 120_000 });
  return { root, run };
}

describe("a config cannot end the run", () => {
  it.each([
    ["at once", 'process.exit(0);\nexport default { out: "gen" };\n'],
    ["from a timer, while it loads", 'await new Promise((resolve) => setTimeout(() => { process.exit(0); resolve(undefined); }, 20));\nexport default { out: "gen" };\n'],
  ])("process.exit(0) %s is a usage error (exit 2), for generate and generate --check", (_, code) => {
    for (const args of [["generate", "--no-cache"], ["generate", "--check", "--no-cache"]]) {
      const { root, run } = withConfig(code, ...args);
      expect(run.stderr).toContain("modeldoc.config.ts: \"(file)\": expected a config that gives its settings, found one that stopped before it gave them (exit code 0");
      expect(run.status).toBe(2);
      expect(existsSync(join(root, "gen"))).toBe(false);
    }
  });

  it("process.exit(0) from a timer that fires after it has loaded: the run goes on and finishes (its thread is gone)", () => {
    const { root, run } = withConfig('setTimeout(() => process.exit(0), 200);\nsetInterval(() => {}, 1000);\nexport default { out: "gen" };\n', "generate", "--no-cache");
    expect(run.stderr).toBe("");
    expect(run.status).toBe(0);
    expect(existsSync(join(root, "gen", "go", "types", "webhook.ts"))).toBe(true);
    // --check on the output it wrote, with the config's timer: up to date.
    const check = spawnSync(process.execPath, [bin, "generate", "--check", "--no-cache", "--quiet"], { cwd: root, encoding: "utf8" });
    expect(check.status).toBe(0);
  });

  it("a run ended by anything else before it finished never exits 0", () => {
    // Code loaded with the process (node --import) ends it once generate holds its output folder's lock.
    const root = temporaryFolder();
    cpSync("specs", join(root, "specs"), { recursive: true });
    const ender = join(root, "ender.mjs");
    writeFileSync(ender, 'import { existsSync } from "node:fs";\nsetInterval(() => existsSync("generated/.modeldoc-lock") && process.exit(0), 1).unref();\n');
    const run = spawnSync(process.execPath, ["--import", ender, bin, "generate", "--no-cache"], { cwd: root, encoding: "utf8" });
    expect(run.stderr).toContain("modeldoc: internal error (please report it): the process was ended before the run finished");
    expect(run.status).toBe(70);
  });
});

describe("the API's errors", () => {
  it("a folder that is not there is a UsageError for parse, generate and diff", async () => {
    const missing = join(temporaryFolder(), "no-such-folder");
    for (const call of [() => parse(missing), () => generate({ variants: [{ folder: missing }], out: join(temporaryFolder(), "out") }), () => diff(missing, "specs/go")]) {
      const error = await call().then(
        () => undefined,
        (caught: unknown) => caught,
      );
      expect(error).toBeInstanceOf(UsageError);
      expect((error as Error).message).toBe(`no such docs folder or page: ${missing}`);
    }
  });
});

describe("init and did-you-mean", () => {
  it("init's config names every setting of the config with its default", () => {
    const template = configTemplate([{ folder: "docs/go", name: "go", pages: 5 }]);
    const keys = (shape: typeof configShape): string[] =>
      shape.kind === "object" ? Object.entries(shape.properties).flatMap(([key, value]) => [key, ...(value.kind === "object" ? keys(value) : [])]) : [];
    for (const key of keys(configShape).filter((key) => key !== "$schema")) expect(template).toMatch(new RegExp(`\\b${key}: `));
    expect(template).toContain('// layout: "pages",');
    expect(template).toContain('"pages" (default) | "single"');
    expect(template).toContain("// wireNaming: ");
  });

  it.each([
    [["generate", "--dates", "date"], 'expected one of string, Date; did you mean "Date"?'],
    [["generate", "--naming", "snak"], 'expected one of camel, as-written, snake; did you mean "snake"?'],
    [["generate", "--emit", "interface,zod"], 'did you mean "interfaces"?'],
    [["diff", "a", "b", "--format", "markdwn"], 'did you mean "markdown"?'],
  ])("%j suggests the value meant", async (args, message) => {
    const run = await runCli(...args);
    expect(run.stderr).toContain(message);
    expect(run.code).toBe(2);
  });

  it("a config value one edit away from a known one is suggested too", async () => {
    const root = temporaryFolder();
    writeFileSync(join(root, "modeldoc.config.json"), JSON.stringify({ dates: "date" }));
    const run = await runCli("--cwd", root, "generate");
    expect(run.stderr).toBe(`modeldoc: ${join(root, "modeldoc.config.json")}: "dates": expected one of string, Date, found "date"; did you mean "Date"?\n`);
    expect(readFileSync(join(root, "modeldoc.config.json"), "utf8")).toContain("date");
  });
});
