// `modeldoc diff` end to end: every exit-code policy, the ignore file, sides at a git revision (--base and
// <ref>:<folder>), several sides at once, and usage errors.
import { spawnSync } from "node:child_process";
import { cpSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runCli, temporaryFolder } from "../helpers/run-cli.js";
import { editedGoCopy, hookUrlOptional, noteAdded, WEBHOOK } from "../helpers/webhook-edits.js";

interface JsonReport {
  mode: string;
  modeReason?: string;
  left: string;
  right: string;
  summary: Record<string, number>;
  changes: Array<{ kind: string; severity: string; model: string; field?: string; left?: string; right?: string; fingerprint: string }>;
}

let root: string;
let breakingFolder: string;
let nonBreakingFolder: string;

beforeAll(() => {
  root = temporaryFolder("modeldoc-diff-cli-");
  breakingFolder = editedGoCopy(root, "breaking", (page) => noteAdded(hookUrlOptional(page)));
  nonBreakingFolder = editedGoCopy(root, "non-breaking", noteAdded);
});

afterAll(() => rmSync(root, { recursive: true, force: true }));

describe("exit codes (--fail-on)", () => {
  it("a variant diff fails on nothing by default, on drift with --fail-on drift or any", async () => {
    const policies: Array<[string[], number]> = [
      [[], 0],
      [["--fail-on", "none"], 0],
      [["--fail-on", "breaking"], 0],
      [["--fail-on", "drift"], 1],
      [["--fail-on", "any"], 1],
    ];
    for (const [flags, code] of policies) {
      const run = await runCli("diff", "specs/go", "specs/csharp", "--no-cache", ...flags);
      expect([flags.join(" "), run.code]).toEqual([flags.join(" "), code]);
    }
  });

  it("a version diff fails on breaking changes by default", async () => {
    const policies: Array<[string[], number, number]> = [
      // flags, exit with a breaking change, exit with only a non-breaking change
      [[], 1, 0],
      [["--fail-on", "breaking"], 1, 0],
      [["--fail-on", "drift"], 1, 0],
      [["--fail-on", "any"], 1, 1],
      [["--fail-on", "none"], 0, 0],
    ];
    for (const [flags, breaking, nonBreaking] of policies) {
      const one = await runCli("diff", "specs/go", breakingFolder, "--no-cache", ...flags);
      const two = await runCli("diff", "specs/go", nonBreakingFolder, "--no-cache", ...flags);
      expect([flags.join(" "), one.code, two.code]).toEqual([flags.join(" "), breaking, nonBreaking]);
    }
  });

  it("grades the version diff and says why it is one", async () => {
    const run = await runCli("diff", "specs/go", breakingFolder, "--no-cache", "--format", "json");
    const report = JSON.parse(run.stdout) as JsonReport;
    expect(report.mode).toBe("version");
    expect(report.modeReason).toBe("both sides are go docs; --mode variant to compare them as languages");
    expect(report.changes.map((c) => [c.kind, c.field, c.severity])).toEqual([
      ["required-changed", "hookUrl", "breaking"],
      ["field-added", "note", "non-breaking"],
    ]);
    const text = await runCli("diff", "specs/go", breakingFolder, "--no-cache");
    expect(text.stdout.split("\n").slice(0, 3)).toEqual([
      "version diff: go → breaking (2 changes)",
      "mode: version, both sides are go docs; --mode variant to compare them as languages",
      "breaking: 1, non-breaking: 1, info: 0",
    ]);
    // --mode overrides the choice, and the report says it was asked for.
    const asked = JSON.parse((await runCli("diff", "specs/go", breakingFolder, "--no-cache", "--format", "json", "--mode", "variant")).stdout) as JsonReport;
    expect([asked.mode, asked.modeReason, asked.changes.every((c) => c.severity === "drift")]).toEqual(["variant", "--mode variant", true]);
  });
});

describe("the ignore file", () => {
  it("--ignore drops known changes by fingerprint, and the exit code follows what is left", async () => {
    const report = JSON.parse((await runCli("diff", "specs/go", breakingFolder, "--no-cache", "--format", "json")).stdout) as JsonReport;
    const breaking = report.changes.filter((c) => c.severity === "breaking");
    const file = join(root, "known.txt");
    writeFileSync(file, `# known drift\n\n${breaking.map((c) => `${c.fingerprint}   # ${c.model}.${c.field}`).join("\n")}\n`);
    const run = await runCli("diff", "specs/go", breakingFolder, "--no-cache", "--ignore", file, "--format", "json");
    expect(run.code).toBe(0);
    const after = JSON.parse(run.stdout) as JsonReport;
    expect(after.changes.map((c) => c.kind)).toEqual(["field-added"]);
    expect(after.summary["ignored"]).toBe(1);
    expect((await runCli("diff", "specs/go", breakingFolder, "--no-cache", "--ignore", file)).stdout).toContain("ignored: 1 known change (by the ignore file)");
  });

  it("reads .modeldocignore from the working directory when --ignore is not given", async () => {
    const report = JSON.parse((await runCli("diff", "specs/go", breakingFolder, "--no-cache", "--format", "json")).stdout) as JsonReport;
    const cwd = process.cwd();
    const here = join(root, "project");
    mkdirSync(here, { recursive: true });
    writeFileSync(join(here, ".modeldocignore"), report.changes.map((c) => c.fingerprint).join("\n"));
    try {
      process.chdir(here);
      const run = await runCli("diff", resolve(cwd, "specs/go"), breakingFolder, "--no-cache", "--format", "json");
      expect(run.code).toBe(0);
      expect((JSON.parse(run.stdout) as JsonReport).summary).toMatchObject({ changes: 0, ignored: 2 });
    } finally {
      process.chdir(cwd);
    }
  });

  it("rejects a line that is not a fingerprint (exit 2, file:line) and a missing file", async () => {
    const file = join(root, "bad.txt");
    writeFileSync(file, "0123456789ab\nWebhook.hookUrl\n");
    const bad = await runCli("diff", "specs/go", breakingFolder, "--no-cache", "--ignore", file);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toBe(`modeldoc: ${file}:2: expected a fingerprint (12 hex digits) or a check id (modeldoc checks) and an optional # comment, found "Webhook.hookUrl"\n`);
    const missing = await runCli("diff", "specs/go", breakingFolder, "--no-cache", "--ignore", join(root, "nope.txt"));
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain("cannot read the ignore file");
  });
});

describe("sides at a git revision", () => {
  let repo: string;
  const git = (...args: string[]) => {
    const run = spawnSync("git", ["-c", "user.name=modeldoc", "-c", "user.email=modeldoc@example.invalid", "-c", "commit.gpgsign=false", ...args], { cwd: repo, encoding: "utf8" });
    if (run.status !== 0) throw new Error(`git ${args.join(" ")}: ${run.stderr}`);
    return run.stdout;
  };

  beforeAll(() => {
    repo = join(root, "repo");
    mkdirSync(repo);
    git("init", "-q", "-b", "main");
    cpSync("specs/go", join(repo, "docs/go"), { recursive: true });
    cpSync("specs/csharp", join(repo, "docs/csharp"), { recursive: true });
    git("add", ".");
    git("commit", "-q", "-m", "docs");
    // The working tree moves on: HookURL optional, a field added, and the C# docs deleted.
    const page = join(repo, "docs/go", WEBHOOK);
    writeFileSync(page, noteAdded(hookUrlOptional(readFileSync(page, "utf8"))));
    rmSync(join(repo, "docs/csharp"), { recursive: true });
  });

  it("--base compares the folder at the revision with the working tree, without touching either", async () => {
    const status = git("status", "--porcelain");
    const head = git("rev-parse", "HEAD");
    const index = statSync(join(repo, ".git/index")).mtimeMs; // after `git status`, which refreshes it
    const run = await runCli("diff", "--base", "main", join(repo, "docs/go"), "--no-cache", "--format", "json");
    const indexAfter = statSync(join(repo, ".git/index")).mtimeMs;
    expect(run.code).toBe(1); // a version diff with a breaking change
    const report = JSON.parse(run.stdout) as JsonReport;
    expect([report.mode, report.modeReason, report.left, report.right]).toEqual(["version", "the same folder at two revisions", "go@main", "go"]);
    expect(report.changes.map((c) => [c.kind, c.field, c.severity])).toEqual([
      ["required-changed", "hookUrl", "breaking"],
      ["field-added", "note", "non-breaking"],
    ]);
    expect([indexAfter, git("status", "--porcelain"), git("rev-parse", "HEAD")]).toEqual([index, status, head]);
  });

  it("points github annotations only at the working tree", async () => {
    const run = await runCli("diff", "--base", "HEAD", join(repo, "docs/go"), "--no-cache", "--format", "github");
    const lines = run.stdout.trimEnd().split("\n");
    // Relative to the working folder: GitHub attaches annotations to relative paths only.
    const file = relative(process.cwd(), join(repo, "docs/go", WEBHOOK));
    expect(file.startsWith("/")).toBe(false);
    expect(lines[0]).toMatch(new RegExp(`^::error file=${file.replace(/[/.]/g, "\\$&")},line=17,col=1,title=breaking required-changed Webhook\\.hookUrl::`));
    expect(lines).toHaveLength(3);
  });

  it("reads either side as <ref>:<folder>, even a folder the working tree no longer has", async () => {
    const run = await runCli("diff", `HEAD:${join(repo, "docs/go")}`, `main:${join(repo, "docs/csharp")}`, "--no-cache", "--format", "json");
    const report = JSON.parse(run.stdout) as JsonReport;
    expect([run.code, report.mode, report.left, report.right]).toEqual([0, "variant", "go@HEAD", "csharp@main"]);
    // The committed pages: the same 35 changes as the bundled specs.
    const specs = JSON.parse((await runCli("diff", "specs/go", "specs/csharp", "--no-cache", "--format", "json")).stdout) as JsonReport;
    expect(report.changes.map((c) => c.fingerprint)).toEqual(specs.changes.map((c) => c.fingerprint));
  });

  it("is a usage error (exit 2) for an unknown revision, a folder outside any repository, or --base with two folders", async () => {
    const unknown = await runCli("diff", "--base", "no-such-branch", join(repo, "docs/go"), "--no-cache");
    expect([unknown.code, unknown.stderr]).toEqual([2, 'modeldoc: unknown git revision "no-such-branch"\n']);
    const outside = temporaryFolder("modeldoc-not-a-repo-");
    cpSync("specs/go", outside, { recursive: true });
    const notRepo = await runCli("diff", "--base", "HEAD", outside, "--no-cache");
    expect(notRepo.code).toBe(2);
    expect(notRepo.stderr).toMatch(/is not inside a git repository/);
    rmSync(outside, { recursive: true });
    const two = await runCli("diff", "--base", "HEAD", "specs/go", "specs/csharp");
    expect(two.code).toBe(2);
    const empty = await runCli("diff", `HEAD:${join(repo, "docs/nothing")}`, "specs/go", "--no-cache");
    expect([empty.code, empty.stderr]).toEqual([2, `modeldoc: no *.md pages under docs/nothing at HEAD\n`]);
  });
});

describe("several sides", () => {
  it("compares every pair, each side parsed once, and fails if any pair trips the policy", async () => {
    const run = await runCli("diff", "specs/go", "specs/csharp", breakingFolder, "--no-cache", "--format", "json");
    const { pairs } = JSON.parse(run.stdout) as { pairs: JsonReport[] };
    expect(pairs.map((p) => [p.left, p.right, p.mode, p.changes.length])).toEqual([
      ["go", "csharp", "variant", 35],
      ["go", "breaking", "version", 2],
      ["csharp", "breaking", "variant", 35], // hookUrl now optional in both (-1), `note` only in one (+1)
    ]);
    expect(run.code).toBe(1); // go → breaking is a version diff with a breaking change
    // The text of several sides is their parity: each fact once, for every side.
    const text = (await runCli("diff", "specs/go", "specs/csharp", breakingFolder, "--no-cache")).stdout.split("\n");
    expect(text.slice(0, 2)).toEqual(["parity of 3 variants: go, csharp, breaking", "6 models: 2 the same API in every variant, 4 differ (36 API findings, from 72 pairwise changes)"]);
    const breaking = relative(process.cwd(), join(breakingFolder, WEBHOOK));
    // Checked against the pages: HookURL is row 17 of both Go pages, HookUrl row 21 of the C# page.
    expect(text.slice(3, 5)).toEqual([
      "[breaking] required-changed: hookUrl: required in go; optional in csharp, breaking",
      `  Webhook  (go specs/go/${WEBHOOK}:17, csharp specs/csharp/docs/Models/Components/Webhook.md:21, breaking ${breaking}:17)`,
    ]);
    // The 25 ObjectType values the Go docs lack, once, where the pairwise report had 50 lines.
    expect(text).toContain("[drift] enum-value-missing ×25: value: present in csharp; missing in go, breaking");
    expect(text.filter((line) => line.includes("ObjectType"))).toHaveLength(1);
  });

  it("needs two sides", async () => {
    const one = await runCli("diff", "specs/go");
    expect([one.code, one.stderr]).toEqual([2, "modeldoc: expected two sides to compare (or --base <ref> and one folder), found one (specs/go)\n"]);
  });
});
