/**
 * Issue 16: the CI formats of `modeldoc diff` end to end: several outputs in one run, paths relative to the
 * working folder even for sides given as absolute paths, JUnit XML whose failures follow --fail-on, and
 * the usage errors of a bad --format.
 */
import { readFileSync, rmSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runCli, temporaryFolder } from "../helpers/run-cli.js";
import { editedGoCopy, hookUrlOptional, noteAdded, WEBHOOK } from "../helpers/webhook-edits.js";

let root: string;
let newer: string;

beforeAll(() => {
  root = temporaryFolder("modeldoc-formats-");
  // A newer Go version: HookURL optional (breaking for a shared model), a field `Note` added at the end.
  newer = editedGoCopy(root, "go-newer", (page) => noteAdded(hookUrlOptional(page)));
});

afterAll(() => rmSync(root, { recursive: true, force: true }));

describe("several outputs in one run", () => {
  it("prints the annotations and writes the Markdown and JUnit files, every path relative to the working folder", async () => {
    const markdownFile = join(root, "out/report.md");
    const junitFile = join(root, "out/junit.xml");
    const run = await runCli("diff", resolve("specs/go"), resolve("specs/csharp"), "--no-cache", "--format", "github", "--format", `markdown=${markdownFile}`, "--format", `junit=${junitFile}`);
    expect(run.code).toBe(0);
    const annotations = run.stdout.trimEnd().split("\n");
    expect(annotations).toHaveLength(11);
    // A model one language lacks: the annotation points at the page of the language that has it.
    expect(annotations[0]).toMatch(/^::warning file=specs\/csharp\/docs\/Models\/Components\/DbType\.md,line=1,col=1,title=drift model-missing DbType::DbType: enum in csharp, missing in go \(fingerprint [0-9a-f]{12}\)$/);
    expect(annotations[1]).toMatch(/^::warning file=specs\/go\/docs\/pkg\/models\/shared\/meta\.md,line=1,col=1,title=drift model-missing Meta::/);
    expect(annotations.filter((line) => line.includes("file=/"))).toEqual([]);
    const markdown = readFileSync(markdownFile, "utf8");
    expect(markdown.split("\n")[0]).toBe("### modeldoc: variant diff go → csharp");
    expect(markdown).toContain("| 🟡 drift | Webhook | meta | field-missing | `ref Meta` |  | `specs/go/docs/pkg/models/shared/webhook.md:22` |");
    expect(markdown).not.toContain(resolve("specs"));
    const junit = readFileSync(junitFile, "utf8");
    expect(junit.split("\n").slice(0, 3)).toEqual([
      '<?xml version="1.0" encoding="UTF-8"?>',
      '<testsuites name="modeldoc" tests="35" failures="0">',
      '  <testsuite name="variant diff go → csharp" tests="35" failures="0">',
    ]);
    expect(junit).toContain('<testcase classname="Webhook" name="required-changed hookUrl" file="specs/csharp/docs/Models/Components/Webhook.md" line="21">');
  });

  it("fails the JUnit cases that trip --fail-on: the breaking change of a version diff, or every change with --fail-on any", async () => {
    const file = join(root, "version.xml");
    const run = await runCli("diff", "specs/go", newer, "--no-cache", "--format", `junit=${file}`);
    expect([run.code, run.stdout]).toEqual([1, ""]);
    const junit = readFileSync(file, "utf8");
    expect(junit).toContain('<testsuites name="modeldoc" tests="2" failures="1">');
    const newerPage = relative(process.cwd(), join(newer, WEBHOOK));
    expect(junit).toContain(
      `<testcase classname="Webhook" name="required-changed hookUrl" file="${newerPage}" line="17">\n` +
        '      <failure type="breaking" message="Webhook.hookUrl: changed from required to optional">',
    );
    // The added field points at its own row in the newer page (row 29), not at line 1 of the older one.
    expect(junit).toContain(`<testcase classname="Webhook" name="field-added note" file="${newerPage}" line="29">\n      <system-out>non-breaking: Webhook.note: optional field (string) added`);
    await runCli("diff", "specs/go", newer, "--no-cache", "--fail-on", "any", "--format", `junit=${file}`);
    expect(readFileSync(file, "utf8")).toContain('<testsuites name="modeldoc" tests="2" failures="2">');
  });

  it("puts the findings the GitHub annotations leave out in the job summary, when GitHub gives one", async () => {
    const summary = join(root, "step-summary.md");
    process.env["GITHUB_STEP_SUMMARY"] = summary;
    try {
      const run = await runCli("diff", "specs/go", "specs/csharp", "--no-cache", "--format", "github");
      expect(run.stdout.trimEnd().split("\n").at(-1)).toBe(
        "::notice title=modeldoc::variant diff go → csharp: 35 changes (35 drift); 10 shown as annotations, the other 25 in the job summary (or run modeldoc diff for the full list)",
      );
    } finally {
      delete process.env["GITHUB_STEP_SUMMARY"];
    }
    const markdown = readFileSync(summary, "utf8");
    expect(markdown.split("\n").slice(0, 3)).toEqual(["### modeldoc: variant diff go → csharp", "", "**25 more findings** than the annotations show:"]);
    expect(markdown.split("\n").filter((line) => line.startsWith("| 🟡 drift |"))).toHaveLength(25);
  });

  it("gives several sides one GitHub annotation and one JUnit case per finding, however many pairs report it", async () => {
    const file = join(root, "three.xml");
    const run = await runCli("diff", "specs/go", "specs/csharp", newer, "--no-cache", "--format", "github", "--format", `junit=${file}`);
    const annotations = run.stdout.trimEnd().split("\n");
    // 36 findings (72 pairwise changes): 1 breaking, 35 drift; GitHub shows 10 of each level.
    expect(annotations.filter((line) => line.startsWith("::error "))).toHaveLength(1);
    expect(annotations.filter((line) => line.startsWith("::warning "))).toHaveLength(10);
    expect(annotations.at(-1)).toBe(`::notice title=modeldoc::parity of go, csharp, go-newer: 36 API findings (from 72 pairwise changes); 11 shown as annotations, the other 25 in the job summary (or run modeldoc diff for the full list)`);
    const junit = readFileSync(file, "utf8");
    expect(junit).toContain('<testsuites name="modeldoc" tests="36" failures="1">');
    expect(junit).toContain('<failure type="breaking" message="Webhook: hookUrl: required in go; optional in csharp, go-newer">');
  });

  it("is a usage error to send two formats to stdout, or to name an unknown format", async () => {
    const two = await runCli("diff", "specs/go", "specs/csharp", "--format", "github", "--format", "markdown");
    expect(two.code).toBe(2);
    expect(two.stderr).toContain("at most one --format without a file");
    const bogus = await runCli("diff", "specs/go", "specs/csharp", "--format", "yaml");
    expect(bogus.code).toBe(2);
    expect(bogus.stderr).toContain("expected one of text, json, markdown, github, junit, html, patch, or <format>=<file>");
    const empty = await runCli("diff", "specs/go", "specs/csharp", "--format", "html=");
    expect([empty.code, empty.stderr.includes('expected a file after "html="')]).toEqual([2, true]);
  });
});
