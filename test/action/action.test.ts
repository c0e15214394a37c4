/**
 * Issue 16: the GitHub Action (action.yml, composite) run against a scratch git repository, as a runner
 * would run it: each `run:` step in bash (`bash --noprofile --norc -eo pipefail`, GitHub's default), its
 * `env:` and `working-directory:` expressions evaluated from the inputs and the earlier steps' outputs,
 * with the files and variables GitHub sets (GITHUB_OUTPUT, GITHUB_STEP_SUMMARY, RUNNER_TEMP,
 * GITHUB_BASE_REF of a pull request, an `origin` to fetch the base from). `act` is not installable here.
 *
 * The repository: specs/go (the bundled Go docs) and its generated/ output on `main`; a pull request
 * branch that makes Webhook.HookURL optional (breaking), or adds an optional field (non-breaking), or
 * edits a page without regenerating (stale output). modeldoc runs from this checkout's bin/ (built by
 * `npm test`'s pretest).
 */
import { spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { parse } from "yaml";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { temporaryFolder } from "../helpers/run-cli.js";
import { hookUrlOptional, noteAdded, WEBHOOK as PAGE } from "../helpers/webhook-edits.js";

interface Step {
  readonly id?: string;
  readonly name?: string;
  readonly shell?: string;
  readonly run?: string;
  readonly uses?: string;
  readonly env?: Record<string, string>;
  readonly "working-directory"?: string;
}

interface Action {
  readonly inputs: Record<string, { readonly default?: string }>;
  readonly runs: { readonly using: string; readonly steps: readonly Step[] };
}

const action = parse(readFileSync("action.yml", "utf8")) as Action;
const MODELDOC = `node ${resolve("bin/modeldoc.js")}`;
const WEBHOOK = `specs/go/${PAGE}`;

interface ActionRun {
  readonly code: number;
  readonly stdout: string;
  readonly summary: string;
  readonly outputs: Record<string, Record<string, string>>;
}

/** `${{ inputs.x }}` and `${{ steps.id.outputs.y }}`: the only expressions action.yml uses. */
function evaluate(text: string, inputs: Record<string, string>, outputs: Record<string, Record<string, string>>): string {
  return text.replace(/\$\{\{\s*([^}]+?)\s*\}\}/g, (_, expression: string) => {
    const input = /^inputs\.([\w-]+)$/.exec(expression);
    if (input !== null) return inputs[input[1]!] ?? action.inputs[input[1]!]?.default ?? "";
    const output = /^steps\.([\w-]+)\.outputs\.([\w-]+)$/.exec(expression);
    if (output !== null) return outputs[output[1]!]?.[output[2]!] ?? "";
    throw new Error(`expression not supported by this runner: ${expression}`);
  });
}

/** Runs the action's steps in `repo` as GitHub would for a pull request into `main`. */
function runAction(repo: string, inputs: Record<string, string> = {}): ActionRun {
  const temp = temporaryFolder("modeldoc-runner-");
  const summaryFile = join(temp, "step-summary.md");
  writeFileSync(summaryFile, "");
  const outputs: Record<string, Record<string, string>> = {};
  let stdout = "";
  let code = 0;
  action.runs.steps.forEach((step, index) => {
    if (code !== 0 || step.run === undefined) return; // a failed step ends the job; no `uses:` steps here
    const outputFile = join(temp, `output-${index}`);
    writeFileSync(outputFile, "");
    const script = join(temp, `step-${index}.sh`);
    writeFileSync(script, step.run);
    const env: Record<string, string> = {
      PATH: process.env["PATH"] ?? "",
      HOME: process.env["HOME"] ?? temp,
      CI: "true",
      GITHUB_ACTIONS: "true",
      GITHUB_WORKSPACE: repo,
      GITHUB_ACTION_PATH: resolve("."),
      GITHUB_BASE_REF: "main",
      GITHUB_HEAD_REF: "feature",
      GITHUB_EVENT_NAME: "pull_request",
      GITHUB_OUTPUT: outputFile,
      GITHUB_STEP_SUMMARY: summaryFile,
      RUNNER_TEMP: temp,
    };
    for (const [name, value] of Object.entries(step.env ?? {})) env[name] = evaluate(String(value), { command: MODELDOC, ...inputs }, outputs);
    const cwd = resolve(repo, evaluate(step["working-directory"] ?? ".", inputs, outputs));
    expect(step.shell).toBe("bash");
    const run = spawnSync("bash", ["--noprofile", "--norc", "-eo", "pipefail", script], { cwd, env, encoding: "utf8" });
    stdout += run.stdout;
    code = run.status ?? 1;
    if (step.id !== undefined) {
      outputs[step.id] = Object.fromEntries(
        readFileSync(outputFile, "utf8")
          .split("\n")
          .filter((line) => line.includes("="))
          .map((line) => [line.slice(0, line.indexOf("=")), line.slice(line.indexOf("=") + 1)]),
      );
    }
  });
  const summary = readFileSync(summaryFile, "utf8");
  rmSync(temp, { recursive: true, force: true });
  return { code, stdout, summary, outputs };
}

let root: string;

function git(repo: string, ...args: string[]): string {
  const run = spawnSync("git", ["-c", "user.name=t", "-c", "user.email=t@example.com", ...args], { cwd: repo, encoding: "utf8" });
  if (run.status !== 0) throw new Error(`git ${args.join(" ")}: ${run.stderr}`);
  return run.stdout.trim();
}

function modeldoc(repo: string, ...args: string[]): void {
  const run = spawnSync("node", [resolve("bin/modeldoc.js"), ...args], { cwd: repo, encoding: "utf8" });
  if (run.status !== 0) throw new Error(`modeldoc ${args.join(" ")}: ${run.stderr}`);
}

/** A repository whose `main` has specs/go and its output, an `origin` holding main, and `feature` checked out with one more commit. */
function pullRequest(name: string, edit: (page: string) => string, regenerate: boolean): string {
  const repo = join(root, name);
  mkdirSync(join(repo, "specs"), { recursive: true });
  git(repo, "init", "-q", "-b", "main");
  cpSync("specs/go", join(repo, "specs/go"), { recursive: true });
  writeFileSync(join(repo, ".gitignore"), "node_modules/\n");
  modeldoc(repo, "generate");
  git(repo, "add", ".");
  git(repo, "commit", "-q", "-m", "docs and generated output");
  git(root, "clone", "-q", "--bare", repo, `${name}-origin.git`);
  git(repo, "remote", "add", "origin", join(root, `${name}-origin.git`));
  git(repo, "checkout", "-q", "-b", "feature");
  const page = join(repo, WEBHOOK);
  writeFileSync(page, edit(readFileSync(page, "utf8")));
  if (regenerate) modeldoc(repo, "generate");
  git(repo, "commit", "-q", "-am", "edit the Webhook page");
  return repo;
}


beforeAll(() => {
  if (!existsSync("dist/cli/main.js")) throw new Error("dist/ is missing: npm run build (npm test does it first)");
  root = temporaryFolder("modeldoc-action-");
});

afterAll(() => rmSync(root, { recursive: true, force: true }));

describe("the GitHub Action on a pull request", () => {
  it("is a composite action whose steps are bash scripts", () => {
    expect(action.runs.using).toBe("composite");
    expect(action.runs.steps.map((step) => step.id ?? step.name)).toEqual(["generate", "diff", "modeldoc result"]);
  });

  it("annotates a breaking change, writes the summary, and fails", () => {
    const repo = pullRequest("breaking", hookUrlOptional, true);
    const run = runAction(repo);
    expect(run.code).toBe(1);
    expect(run.outputs["generate"]).toEqual({ status: "0" });
    expect(run.outputs["diff"]?.["status"]).toBe("1");
    // The annotation points at the working tree's page, relative to the repository, on HookURL's row.
    expect(run.stdout).toMatch(
      /^::error file=specs\/go\/docs\/pkg\/models\/shared\/webhook\.md,line=17,col=1,title=breaking required-changed Webhook\.hookUrl::Webhook\.hookUrl: changed from required to optional \(fingerprint [0-9a-f]{12}\)$/m,
    );
    expect(run.summary.split("\n").slice(0, 3)).toEqual(["### modeldoc: version diff go@origin/main → go", "", "**1 change**: 1 breaking. Mode: version, the same folder at two revisions."]);
    expect(run.summary).toContain("| 🔴 breaking | Webhook | hookUrl | required-changed | `required` | `optional` | `specs/go/docs/pkg/models/shared/webhook.md:17` |");
  });

  it("passes a non-breaking change, and still sums it up", () => {
    const repo = pullRequest("non-breaking", noteAdded, true);
    const run = runAction(repo);
    expect([run.code, run.outputs["diff"]?.["status"]]).toEqual([0, "0"]);
    expect(run.stdout).toMatch(/^::notice file=specs\/go\/docs\/pkg\/models\/shared\/webhook\.md,line=29,col=1,title=non-breaking field-added Webhook\.note::/m);
    expect(run.summary).toContain("**1 change**: 1 non-breaking.");
    // --fail-on any fails it.
    expect(runAction(repo, { "fail-on": "any" }).code).toBe(1);
  });

  it("fails on stale generated output, saying what to do", () => {
    const repo = pullRequest("stale", noteAdded, false);
    const run = runAction(repo);
    expect(run.code).toBe(1);
    expect(run.outputs["generate"]).toEqual({ status: "1" });
    expect(run.stdout).toContain("::error title=modeldoc::generated output is stale or missing; run modeldoc generate and commit the result");
    expect(run.summary).toContain("`modeldoc generate --check` failed (exit 1)");
    // Without the check, the same pull request passes: the change is non-breaking.
    expect(runAction(repo, { "generate-check": "false" }).code).toBe(0);
  });

  it("with no folders given, diffs the config's variants: a modeldoc.config.ts and no specs/ (issue 24)", () => {
    const repo = pullRequest("config-variants", hookUrlOptional, true);
    // Both sides keep their docs in docs/go, named by a config, with no specs/ folder.
    git(repo, "checkout", "-q", "main");
    git(repo, "mv", "specs", "docs");
    writeFileSync(join(repo, "modeldoc.config.ts"), 'export default { variants: [{ folder: "docs/go", name: "go" }] };\n');
    git(repo, "add", ".");
    git(repo, "commit", "-q", "-m", "docs/ and a config");
    git(repo, "push", "-q", "origin", "main");
    git(repo, "checkout", "-q", "feature");
    git(repo, "rebase", "-q", "main");
    const run = runAction(repo, { "generate-check": "false" });
    expect(run.stdout).not.toContain("No such file or directory");
    expect(run.summary).toContain("### modeldoc: version diff go@origin/main → go");
    expect(run.outputs["diff"]?.["status"]).toBe("1"); // HookURL made optional: breaking
  });

  it("with no folders given and none found (no config variants, no specs/), fails saying so (issue 24)", () => {
    const repo = pullRequest("no-folders", noteAdded, true);
    git(repo, "rm", "-q", "-r", "specs");
    git(repo, "commit", "-q", "-m", "no docs");
    const run = runAction(repo, { "generate-check": "false" });
    expect(run.stdout).toContain("::error title=modeldoc::no docs folders to diff");
    expect(run.outputs["diff"]?.["status"]).toBe("1");
    expect(run.code).toBe(1);
  });
});
