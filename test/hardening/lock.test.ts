// One run per output folder: a second run waits for the first (a bounded time) instead of writing the
// same files at once, and the lock of a process that is gone is taken over at once.
// The concurrent runs are real processes of the built CLI (npm test builds it).
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import { hostname } from "node:os";
import { join } from "node:path";
import { describe, expect, it, vi } from "vitest";
import { generate, type GenerateOptions } from "../../src/pipeline/generate.js";
import { filesUnder } from "../helpers/files.js";
import { runCli, temporaryFolder } from "../helpers/run-cli.js";


const slowRenames = vi.hoisted(() => ({ ms: 0 }));
vi.mock("node:fs/promises", async (importOriginal) => {
  const fs = await importOriginal<typeof import("node:fs/promises")>();
  const rename: typeof fs.rename = async (from, to) => {
    if (slowRenames.ms > 0) await new Promise((resolve) => setTimeout(resolve, slowRenames.ms));
    return fs.rename(from, to);
  };
  return { ...fs, rename, default: { ...fs, rename } };
});

function finished(child: ChildProcess): Promise<{ code: number | null; stderr: string }> {
  let stderr = "";
  child.stderr?.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
  return new Promise((resolve) => child.on("close", (code) => resolve({ code, stderr })));
}

function generateInto(out: string, naming: string): ChildProcess {
  return spawn(process.execPath, ["bin/modeldoc.js", "generate", "specs/go", "--out", out, "--naming", naming, "--no-cache", "--quiet"], { stdio: ["ignore", "ignore", "pipe"] });
}

/** A lock file as a run writes it, naming `pid` on this machine. */
function plantLock(out: string, pid: number): void {
  mkdirSync(out, { recursive: true });
  writeFileSync(join(out, ".modeldoc-lock"), `${JSON.stringify({ pid, host: hostname(), since: "2025-01-01T00:00:00.000Z", token: "planted" })}\n`);
}

describe("the output folder's lock", () => {
  it("two concurrent runs into one folder leave it as one of them made it, never mixed", async () => {
    // Two runs in one process, each file's rename held back so that a run's writing lasts seconds: the
    // second run reaches its plan while the first is writing. Without a lock it planned the folder as
    // it was before, and wrote its files beside the first run's: a folder neither run would make.
    const root = temporaryFolder();
    const runs: Array<Partial<GenerateOptions>> = [{ emit: ["interfaces"] }, { emit: ["validators", "fixtures"], naming: "as-written" }];
    const made = [];
    for (const [index, options] of runs.entries()) {
      await generate({ variants: [{ folder: "specs/go" }], out: join(root, `alone-${index}`), cacheFolder: false, ...options });
      made.push(filesUnder(join(root, `alone-${index}`)));
    }
    slowRenames.ms = 1_000;
    try {
      const out = join(root, "shared");
      await Promise.all(runs.map((options) => generate({ variants: [{ folder: "specs/go" }], out, cacheFolder: false, ...options })));
      expect(made).toContainEqual(filesUnder(out));
    } finally {
      slowRenames.ms = 0;
    }
  });

  it("two concurrent processes into one folder both finish, and leave it as one of them made it", async () => {
    const root = temporaryFolder();
    const made = [];
    for (const naming of ["camel", "as-written"]) {
      await finished(generateInto(join(root, naming), naming));
      made.push(filesUnder(join(root, naming)));
    }
    const out = join(root, "shared");
    const [first, second] = await Promise.all([finished(generateInto(out, "camel")), finished(generateInto(out, "as-written"))]);
    expect(first).toEqual({ code: 0, stderr: "" });
    expect(second).toEqual({ code: 0, stderr: "" });
    expect(made).toContainEqual(filesUnder(out));
  });

  it("a run that cannot have the lock in time exits 2 naming the holder", async () => {
    const holder = spawn("sleep", ["30"]);
    try {
      const out = join(temporaryFolder(), "out");
      plantLock(out, holder.pid!);
      const run = await runCli("generate", "specs/go", "--out", out, "--no-cache", "--lock-wait", "0.3");
      expect(run.code).toBe(2);
      expect(run.stderr).toContain(`modeldoc: waiting for process ${holder.pid} on ${hostname()}, since 2025-01-01T00:00:00.000Z, which is writing to ${out}…\n`);
      expect(run.stderr).toContain(
        `modeldoc: output folder ${out} is in use by another modeldoc run (process ${holder.pid} on ${hostname()}, since 2025-01-01T00:00:00.000Z); waited 0 s. If no modeldoc run is writing there, delete ${out}/.modeldoc-lock\n`,
      );
      expect(existsSync(join(out, "go"))).toBe(false);
      expect(existsSync(join(out, ".modeldoc-lock"))).toBe(true); // not ours to remove
    } finally {
      holder.kill();
    }
  });

  it("the lock of a process that is gone is taken over at once", async () => {
    const gone = spawnSync(process.execPath, ["-e", "process.stdout.write(String(process.pid))"], { encoding: "utf8" });
    const out = join(temporaryFolder(), "out");
    plantLock(out, Number(gone.stdout));
    const started = performance.now();
    const run = await runCli("generate", "specs/go", "--out", out, "--no-cache", "--quiet", "--lock-wait", "0");
    expect(run).toEqual({ code: 0, stdout: "", stderr: "" });
    expect(performance.now() - started).toBeLessThan(10_000);
    expect(existsSync(join(out, "go", "types", "webhook.ts"))).toBe(true);
    expect(existsSync(join(out, ".modeldoc-lock"))).toBe(false);
  });

  it("--check takes no lock: it writes nothing", async () => {
    const holder = spawn("sleep", ["30"]);
    try {
      const out = join(temporaryFolder(), "out");
      expect((await runCli("generate", "specs/go", "--out", out, "--no-cache", "--quiet")).code).toBe(0);
      plantLock(out, holder.pid!);
      const run = await runCli("generate", "specs/go", "--out", out, "--no-cache", "--check", "--lock-wait", "0");
      expect(run.code).toBe(0);
    } finally {
      holder.kill();
    }
  });
});
