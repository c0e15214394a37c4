// Issue 24: the pages of a folder at a git revision are read by object id, never by a path on a line of
// its own. Before, paths went to `git cat-file --batch` one a line: a committed page whose name held a
// newline stopped `diff --base` with exit 2 and a raw newline in the message, and one whose name continued
// with another file's name read that file in its place.
import { spawnSync } from "node:child_process";
import { cpSync, mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readRevisionPages } from "../../src/pipeline/git-revision.js";
import { runCli, temporaryFolder } from "../helpers/run-cli.js";

function git(repo: string, ...args: string[]): string {
  const run = spawnSync("git", ["-c", "user.name=t", "-c", "user.email=t@example.com", ...args], { cwd: repo, encoding: "utf8" });
  if (run.status !== 0) throw new Error(`git ${args.join(" ")}: ${run.stderr}`);
  return run.stdout;
}

const modelPage = (name: string) => `# ${name}\n\nThe ${name} model.\n\n## Fields\n\n| Field | Type | Required | Description |\n| --- | --- | --- | --- |\n| \`ID\` | *string* | :heavy_check_mark: | The id. |\n`;

/** A repository whose docs/go holds the bundled Go pages and pages with odd names, committed. */
function repository(): string {
  const repo = temporaryFolder("modeldoc-git-names-");
  git(repo, "init", "-q", "-b", "main");
  mkdirSync(join(repo, "docs"));
  cpSync("specs/go", join(repo, "docs/go"), { recursive: true });
  const shared = join(repo, "docs/go/docs/pkg/models/shared");
  // Sent one a line, this name asked git for `…/shared/line` and then for `HEAD:other.md`.
  writeFileSync(join(shared, "line\nHEAD:other.md"), modelPage("Newline"));
  writeFileSync(join(shared, "line"), modelPage("Impostor"));
  writeFileSync(join(repo, "other.md"), modelPage("Outside"));
  writeFileSync(join(shared, "tab\there.md"), modelPage("Tab"));
  writeFileSync(join(shared, "bell\u0007.md"), modelPage("Bell"));
  git(repo, "add", ".");
  git(repo, "commit", "-q", "-m", "docs with odd names");
  return repo;
}

describe("a folder at a git revision, with file names holding control characters", () => {
  it("reads each page by its own name and bytes", async () => {
    const repo = repository();
    const pages = await readRevisionPages({ ref: "HEAD", folder: join(repo, "docs/go") });
    const byId = new Map(pages.map((page) => [page.id, page.text]));
    expect(byId.get("docs/pkg/models/shared/line\nHEAD:other.md")).toBe(modelPage("Newline"));
    expect(byId.get("docs/pkg/models/shared/tab\there.md")).toBe(modelPage("Tab"));
    expect(byId.get("docs/pkg/models/shared/bell\u0007.md")).toBe(modelPage("Bell"));
    expect([...byId.values()].some((text) => text.includes("Impostor") || text.includes("Outside"))).toBe(false);
    expect(pages).toHaveLength(8);
  });

  it("diff --base compares them (exit 0, no change), and names them escaped", async () => {
    const repo = repository();
    const run = await runCli("diff", "--base", "HEAD", join(repo, "docs/go"), "--no-cache", "--format", "json");
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    expect((JSON.parse(run.stdout) as { changes: unknown[] }).changes).toEqual([]);
    // Changed in the working tree: the change names the page, its newline escaped on the terminal.
    writeFileSync(join(repo, "docs/go/docs/pkg/models/shared/line\nHEAD:other.md"), modelPage("Newline").replace("| :heavy_check_mark: |", "| :heavy_minus_sign: |"));
    const changed = await runCli("diff", "--base", "HEAD", join(repo, "docs/go"), "--no-cache");
    expect(changed.stdout).toContain("line\\x0aHEAD:other.md");
    expect(changed.stdout).not.toContain("line\nHEAD");
    expect(changed.code).toBe(1);
  });

  it("a folder argument holding a newline is named escaped in the usage error", async () => {
    const run = await runCli("diff", "--base", "HEAD", "no\nsuch", "--no-cache");
    expect(run.stderr).toBe("modeldoc: no such file or folder: no\\x0asuch\n");
    expect(run.code).toBe(2);
  });
});
