// The CLI as a first-time user meets it: choices in --help, short flags, colour, --cwd, the first-run
// message in an empty folder, and `modeldoc init`.
import { spawnSync } from "node:child_process";
import { cpSync, mkdirSync, readFileSync, writeFileSync, existsSync } from "node:fs";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { colorEnabled } from "../../src/cli/color.js";
import { findDocsFolders } from "../../src/config/docs-folders.js";
import * as options from "../../src/options.js";
import { dialectNames } from "../../src/parse/dialects/index.js";
import { runCli, temporaryFolder } from "../helpers/run-cli.js";

const cli = resolve("bin/modeldoc.js");

/** The built CLI in its own process, its output piped (not a terminal). */
function runBin(args: readonly string[], env: Record<string, string | undefined> = {}, cwd = process.cwd()) {
  const environment = { ...process.env, FORCE_COLOR: undefined, NO_COLOR: undefined, ...env };
  const run = spawnSync(process.execPath, [cli, ...args], { cwd, encoding: "utf8", env: environment as NodeJS.ProcessEnv });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

describe("--help", () => {
  it("lists the values of every choice option of src/options.ts, and the dialects", async () => {
    const helps = (await Promise.all(["parse", "generate", "watch", "diff"].map((command) => runCli(command, "--help")))).map((run) => run.stdout.replace(/\s+/g, " "));
    // A check's severity is set in the config only (diff.severity), by check: no flag lists it.
    const choices = Object.values(options).filter((value): value is options.Choice<string> => typeof value === "object" && value !== null && !Array.isArray(value) && "values" in value && value !== options.severityOption);
    expect(choices.length).toBeGreaterThanOrEqual(7);
    for (const choice of choices) {
      const listed = choice.values.join(choice === options.outputKindOption ? ", " : " | ");
      expect(helps.some((help) => help.includes(listed)), `${choice.description}: ${listed}`).toBe(true);
    }
    expect(helps[0]).toContain(dialectNames.join(" | "));
  });

  it("shows the short flags and the options every command takes", async () => {
    const generate = (await runCli("generate", "--help")).stdout;
    for (const flag of ["-c, --config <file>", "-o, --out <folder>", "-q, --quiet", "--color", "--no-color", "-C, --cwd <folder>"]) expect(generate).toContain(flag);
    expect((await runCli("diff", "--help")).stdout).toContain("-f, --format <format>");
    const watch = (await runCli("watch", "--help")).stdout;
    for (const flag of ["-q, --quiet", "--merge <variants>", "--json", "--strict"]) expect(watch).toContain(flag);
    expect(watch).not.toMatch(/^ +--check/m);
  });
});

describe("short flags and --cwd", () => {
  it("-o, -q and -c work as --out, --quiet and --config; -C runs in another folder and gives the folder back", async () => {
    const root = temporaryFolder();
    cpSync("specs/go", join(root, "docs/go"), { recursive: true });
    writeFileSync(join(root, "settings.json"), JSON.stringify({ variants: [{ folder: "docs/go" }], naming: "snake" }));
    const before = process.cwd();
    const run = await runCli("-C", root, "generate", "-c", "settings.json", "-o", "out", "-q");
    expect(run.stderr).toBe("");
    expect(run.stdout).toBe("");
    expect(run.code).toBe(0);
    expect(process.cwd()).toBe(before);
    expect(readFileSync(join(root, "out/go/types/webhook.ts"), "utf8")).toContain("hook_url");
    // After the command's name too, as git's and npm's global options.
    const check = await runCli("generate", "--check", "--cwd", root, "--config", "settings.json", "--out", "out");
    expect(check.stdout).toBe("modeldoc: out is up to date (go)\n");
    const missing = await runCli("--cwd", join(root, "nowhere"), "generate");
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain(`--cwd ${join(root, "nowhere")}: expected a folder, found none`);
  });
});

describe("colour", () => {
  it("follows --color / --no-color, then FORCE_COLOR, then NO_COLOR, then whether the output is a terminal", () => {
    const tty = { isTTY: true };
    const pipe = { isTTY: false };
    expect(colorEnabled(pipe, undefined, {})).toBe(false);
    expect(colorEnabled(tty, undefined, {})).toBe(true);
    expect(colorEnabled(tty, undefined, { TERM: "dumb" })).toBe(false);
    expect(colorEnabled(tty, undefined, { NO_COLOR: "1" })).toBe(false);
    expect(colorEnabled(tty, undefined, { NO_COLOR: "" })).toBe(true);
    expect(colorEnabled(pipe, undefined, { FORCE_COLOR: "1" })).toBe(true);
    expect(colorEnabled(pipe, undefined, { FORCE_COLOR: "" })).toBe(true);
    expect(colorEnabled(pipe, undefined, { FORCE_COLOR: "1", NO_COLOR: "1" })).toBe(true);
    expect(colorEnabled(tty, undefined, { FORCE_COLOR: "0" })).toBe(false);
    expect(colorEnabled(tty, undefined, { FORCE_COLOR: "false" })).toBe(false);
    expect(colorEnabled(pipe, true, { NO_COLOR: "1" })).toBe(true);
    expect(colorEnabled(tty, false, { FORCE_COLOR: "1" })).toBe(false);
  });

  it("a diff piped to another program is coloured with FORCE_COLOR or --color, and not without, nor with --no-color", () => {
    const escape = "\u001b[";
    const diff = ["diff", "specs/go", "specs/csharp"];
    expect(runBin(diff).stdout).not.toContain(escape);
    expect(runBin(diff, { FORCE_COLOR: "1" }).stdout).toContain(escape);
    expect(runBin([...diff, "--color"]).stdout).toContain(escape);
    expect(runBin(["--no-color", ...diff], { FORCE_COLOR: "1" }).stdout).not.toContain(escape);
    expect(runBin(diff, { FORCE_COLOR: "0" }).stdout).not.toContain(escape);
  });
});

describe("a first run", () => {
  it("in an empty folder, says what to do rather than only that specs/ is missing", async () => {
    const root = temporaryFolder();
    const run = await runCli("-C", root, "generate");
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("nothing to generate: no modeldoc.config.{ts,mts,mjs,js,json}");
    expect(run.stderr).toContain("modeldoc init ");
    expect(run.stderr).toContain("modeldoc generate <docs folder>");
    // An explicit --specs that is missing is still named as such.
    expect((await runCli("-C", root, "generate", "--specs", "docs")).stderr).toBe("modeldoc: no such file or folder: docs\n");
  });
});

describe("modeldoc init", () => {
  it("finds the folders of model pages, writes a commented config that generates them, and never overwrites it", async () => {
    const root = temporaryFolder();
    cpSync("specs/go", join(root, "sdks/go"), { recursive: true });
    cpSync("specs/csharp", join(root, "sdks/csharp"), { recursive: true });
    // Markdown that is not a model page, and a dot folder, are not docs folders.
    mkdirSync(join(root, "guides"));
    writeFileSync(join(root, "guides/setup.md"), "# Setup\n\nRun the installer.\n");
    cpSync("specs/go", join(root, ".cache/go"), { recursive: true });
    const run = await runCli("-C", root, "init");
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    // The SDK's folder, above docs/: the links between its pages are written from there.
    expect(run.stdout).toContain("csharp: sdks/csharp (5 pages)");
    expect(run.stdout).toContain("go: sdks/go (5 pages)");
    const config = readFileSync(join(root, "modeldoc.config.ts"), "utf8");
    expect(config).toContain('{ folder: "sdks/go", name: "go" }');
    expect(config).toContain('{ folder: "sdks/csharp", name: "csharp" }');
    expect(config).toContain('// naming: "camel",');
    expect(config).toContain('"camel" (default) | "as-written" | "snake"');
    expect(config).not.toContain(".cache");
    expect(config).not.toContain("guides");

    const generate = await runCli("-C", root, "generate", "-q");
    expect(generate.stderr).toBe("");
    expect(generate.code).toBe(0);
    expect(existsSync(join(root, "generated/go/types/webhook.ts"))).toBe(true);
    expect(existsSync(join(root, "generated/csharp/types/webhook.ts"))).toBe(true);

    writeFileSync(join(root, "modeldoc.config.ts"), "export default {};\n");
    const again = await runCli("-C", root, "init");
    expect(again.code).toBe(2);
    expect(again.stderr).toContain("modeldoc.config.ts already exists here");
    expect(readFileSync(join(root, "modeldoc.config.ts"), "utf8")).toBe("export default {};\n");
  });

  it("takes the folders given, and stops when it finds none", async () => {
    const root = temporaryFolder();
    cpSync("specs/go", join(root, "docs/go"), { recursive: true });
    const given = await runCli("-C", root, "init", "docs/go", "-q");
    expect(given.code).toBe(0);
    expect(given.stdout).toBe("");
    expect(readFileSync(join(root, "modeldoc.config.ts"), "utf8")).toContain('{ folder: "docs/go", name: "go" }');
    const empty = temporaryFolder();
    const none = await runCli("-C", empty, "init");
    expect(none.code).toBe(2);
    expect(none.stderr).toContain("init: found no docs folders below this folder");
    expect(existsSync(join(empty, "modeldoc.config.ts"))).toBe(false);
  });

  it("names two SDKs of one language by the folder above them, and takes a models folder without docs/ as it is", async () => {
    const root = temporaryFolder();
    const page = readFileSync("specs/go/docs/pkg/models/shared/webhook.md", "utf8");
    for (const folder of ["formance/go/docs/models/shared", "unified-to/go/docs/pkg/models/shared", "vendored/sdk/Models"]) {
      mkdirSync(join(root, folder), { recursive: true });
      writeFileSync(join(root, folder, "webhook.md"), page);
    }
    expect(await findDocsFolders(root)).toEqual([
      { folder: "formance/go", name: "formance-go", pages: 1 },
      { folder: "unified-to/go", name: "unified-to-go", pages: 1 },
      { folder: "vendored/sdk/Models", name: "vendored", pages: 1 },
    ]);
  });
});
