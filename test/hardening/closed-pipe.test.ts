// A reader that stops early (`modeldoc diff … | head -1`) ends the output quietly: no EPIPE stack
// trace, and the exit code is the command's own. Runs the built CLI in a shell pipeline.
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { historyFolder } from "../corpus/paths.js";
import { temporaryFolder } from "../helpers/run-cli.js";

/** Runs `modeldoc <args> | head -1` in bash: what head printed, what modeldoc printed on stderr, and its exit code. */
function pipedToHead(args: readonly string[]): { first: string; stderr: string; code: number } {
  const folder = temporaryFolder();
  const stderr = join(folder, "stderr");
  const code = join(folder, "code");
  const command = `node bin/modeldoc.js ${args.map((arg) => `'${arg}'`).join(" ")} 2>'${stderr}' | head -1; echo "\${PIPESTATUS[0]}" >'${code}'`;
  const shell = spawnSync("bash", ["-c", command], { encoding: "utf8" });
  return { first: shell.stdout, stderr: readFileSync(stderr, "utf8"), code: Number(readFileSync(code, "utf8")) };
}

describe("a closed pipe", () => {
  it("diff … | head -1 ends quietly, with the diff's own exit code", () => {
    // A version diff with breaking changes: some 250 KB of JSON, far more than a pipe holds.
    const args = ["diff", historyFolder("go/2025-02-05"), historyFolder("go/2025-10-23"), "--format", "json"];
    const run = pipedToHead(args);
    expect(run.first).toBe("{\n");
    expect(run.stderr).not.toMatch(/EPIPE|node:events|\n\s+at /);
    expect(run.code).toBe(1);
  });

  it("parse --json … | head -1 too", () => {
    const run = pipedToHead(["parse", historyFolder("go/2025-10-23"), "--json"]);
    expect(run.first).toBe("{\n");
    expect(run.stderr).not.toMatch(/EPIPE|node:events|\n\s+at /);
    expect(run.code).toBe(0);
  });
});
