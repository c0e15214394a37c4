// Atomic writes: a generate run killed while it writes leaves every file either as it was or as the new
// run makes it, never half written; the next run completes the output. Runs the built CLI (npm test builds it).
import { spawn, spawnSync } from "node:child_process";
import { statSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { filesUnder } from "../helpers/files.js";
import { temporaryFolder } from "../helpers/run-cli.js";
import { historyFolder } from "../corpus/paths.js";

const docs = historyFolder("go/2025-10-23");

function cli(...args: string[]) {
  const result = spawnSync(process.execPath, ["bin/modeldoc.js", ...args], { encoding: "utf8" });
  expect(result.stderr).toBe("");
  return result;
}

describe("atomic writes", () => {
  it("a run killed mid-write leaves each file old or new, and the next run completes", async () => {
    const root = temporaryFolder();
    const killed = join(root, "killed");
    const reference = join(root, "reference");
    cli("generate", docs, "--out", killed, "--naming", "as-written", "--no-cache", "--quiet");
    cli("generate", docs, "--out", reference, "--naming", "camel", "--no-cache", "--quiet");
    const before = filesUnder(killed);
    const after = filesUnder(reference);

    // Files are written in path order; the first one changing means the write phase has begun.
    const first = [...before.keys()].filter((path) => !path.includes("/.")).sort()[0]!;
    const firstMtime = statSync(join(killed, first)).mtimeMs;
    const child = spawn(process.execPath, ["bin/modeldoc.js", "generate", docs, "--out", killed, "--naming", "camel", "--no-cache", "--quiet"]);
    await new Promise<void>((resolve) => {
      const poll = setInterval(() => {
        let changed = false;
        try {
          changed = statSync(join(killed, first)).mtimeMs !== firstMtime;
        } catch {
          // being renamed into place
        }
        if (changed) {
          child.kill("SIGKILL");
          clearInterval(poll);
          resolve();
        }
      }, 2);
      child.on("exit", () => {
        clearInterval(poll);
        resolve();
      });
    });
    await new Promise((resolve) => child.on("close", resolve));

    const interrupted = filesUnder(killed);
    let old = 0;
    let fresh = 0;
    for (const [path, contents] of interrupted) {
      // A temporary file, or the marker saying a run was writing: the next run sweeps them up.
      if (/\.modeldoc-.*\.tmp$|\.modeldoc-writing$/.test(path)) continue;
      const isOld = before.get(path) === contents;
      const isNew = after.get(path) === contents;
      expect(isOld || isNew, `${path} is neither the old nor the new version`).toBe(true);
      if (isOld && !isNew) old++;
      if (isNew && !isOld) fresh++;
    }
    expect(fresh).toBeGreaterThan(0);
    expect(old).toBeGreaterThan(0); // it really was interrupted mid-write

    cli("generate", docs, "--out", killed, "--naming", "camel", "--no-cache", "--quiet");
    expect(filesUnder(killed)).toEqual(after);
  });
});
