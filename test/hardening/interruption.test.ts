// A large generate (a whole corpus language folder) killed with SIGKILL or SIGINT at 20 moments drawn from
// a seed: each time, every file is whole (one run's version or the other's), the manifest (with the
// killed run's writing log, `.modeldoc-writing`) lists every file on disk, and the next run picks up from there; the last run leaves exactly what a run from
// scratch makes. Runs the built CLI (npm test builds it), in a working directory of its own so that
// its page cache is its own.
import { spawn } from "node:child_process";
import { cpSync, existsSync, statSync } from "node:fs";
import { join, resolve } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { corpusRoot } from "../corpus/paths.js";
import { filesUnder } from "../helpers/files.js";
import { temporaryFolder } from "../helpers/run-cli.js";

const bin = resolve("bin/modeldoc.js");
/** 1,115 pages: some 3,000 files per output, a few seconds per run, 20 kills well within CI's patience. */
const docs = resolve(corpusRoot, "formance", "go");
/** Two outputs that differ in most files' text and in which files there are (validators come and go). */
const outputs = [
  ["--emit", "interfaces", "--naming", "camel"],
  ["--emit", "interfaces,validators", "--naming", "as-written"],
] as const;

interface Moment {
  readonly signal: "SIGKILL" | "SIGINT";
  /** `writing`: counted from the moment the run starts writing (its marker file appears); `any`: from its start. */
  readonly from: "writing" | "any";
  /** Of the time a whole run takes from there. */
  readonly fraction: number;
}

const moments: Moment[] = fc.sample(
  fc.record({
    signal: fc.constantFrom("SIGKILL" as const, "SIGINT" as const),
    from: fc.constantFrom("writing" as const, "any" as const),
    // Spread evenly: fast-check's own bias towards the ends of a range would kill most runs at 0 or 1.
    fraction: fc.noBias(fc.integer({ min: 0, max: 999 })).map((permille) => permille / 1000),
  }),
  { seed: 13, numRuns: 20 },
);

interface Timing {
  /** From the start to the marker file appearing, and from then to the end, in ms. */
  readonly untilWriting: number;
  readonly writing: number;
}

/**
 * Runs generate into `out` with one of the outputs; kills it at `moment` when given. Reports when it
 * started writing (it polls for the marker file that stands in the folder while a run writes).
 */
async function generate(cwd: string, out: string, output: readonly string[], moment?: Moment, timing?: Timing): Promise<{ code: number | null; timing: Timing }> {
  const started = performance.now();
  const startedAt = Date.now();
  const marker = join(out, "go", ".modeldoc-writing");
  // A killed run leaves its marker: this run's is the one created or truncated since it started.
  const markedSinceStart = () => {
    try {
      return statSync(marker).mtimeMs >= startedAt - 5;
    } catch {
      return false;
    }
  };
  const child = spawn(process.execPath, [bin, "generate", docs, "--out", out, ...output, "--quiet"], { cwd, stdio: "ignore" });
  let writingAt: number | undefined;
  let killAt = moment && timing && moment.from === "any" ? started + moment.fraction * (timing.untilWriting + timing.writing) : undefined;
  const poll = setInterval(() => {
    const now = performance.now();
    if (writingAt === undefined && markedSinceStart()) {
      writingAt = now;
      if (moment && timing && moment.from === "writing") killAt = now + moment.fraction * timing.writing;
    }
    if (killAt !== undefined && now >= killAt) {
      child.kill(moment!.signal);
      killAt = undefined;
    }
  }, 2);
  const code = await new Promise<number | null>((done) => child.on("close", (exitCode) => done(exitCode)));
  clearInterval(poll);
  const ended = performance.now();
  return { code, timing: { untilWriting: (writingAt ?? ended) - started, writing: ended - (writingAt ?? ended) } };
}

/** modeldoc's own bookkeeping files that a killed run may leave behind for the next run to sweep. */
const isLeftover = (path: string) => /(^|\/)\.modeldoc-[^/]*\.tmp$/.test(path) || path === ".modeldoc-writing";

describe("interrupted generate", () => {
  it("killed at 20 moments, leaves every file whole and the manifest true; the next run repairs it", async () => {
    const cwd = temporaryFolder();
    const made = outputs.map(() => new Map<string, string>());
    const timings: Timing[] = [];
    for (const [index, output] of outputs.entries()) {
      const out = join(cwd, `alone-${index}`);
      const run = await generate(cwd, out, output);
      expect(run.code).toBe(0);
      timings.push(run.timing);
      made[index] = filesUnder(join(out, "go"));
    }
    const out = join(cwd, "killed");
    cpSync(join(cwd, "alone-0"), out, { recursive: true });

    let interruptedMidWrite = 0;
    let target = 1;
    for (const [index, moment] of moments.entries()) {
      await generate(cwd, out, outputs[target]!, moment, timings[target]);
      const onDisk = filesUnder(join(out, "go"));
      const manifest = JSON.parse(onDisk.get(".modeldoc-manifest.json")!) as { files: string[] };
      // The log holds one JSON string per line; a line the kill cut short lists nothing yet written.
      const logged = (onDisk.get(".modeldoc-writing") ?? "").split("\n").filter((line) => line.endsWith('"')).map((line) => JSON.parse(line) as string);
      const listed = new Set([...manifest.files, ...logged]);
      let first = 0;
      let second = 0;
      for (const [path, text] of onDisk) {
        if (isLeftover(path) || path === ".modeldoc-manifest.json") continue;
        const isFirst = made[0]!.get(path) === text;
        const isSecond = made[1]!.get(path) === text;
        expect(isFirst || isSecond, `after kill ${index} (${JSON.stringify(moment)}): ${path} is neither run's version`).toBe(true);
        expect(listed.has(path), `after kill ${index}: ${path} is on disk but neither in the manifest nor in the log`).toBe(true);
        if (isFirst && !isSecond) first++;
        if (isSecond && !isFirst) second++;
      }
      if (first > 0 && second > 0) interruptedMidWrite++;
      // Each run sets out to turn the folder into the output it is not (from a mix, the other one again).
      target = second === 0 ? 1 : first === 0 ? 0 : 1 - target;
    }
    // The moments did land while files were being written (the check above is not about idle folders).
    expect(interruptedMidWrite).toBeGreaterThan(0);

    expect((await generate(cwd, out, outputs[target]!)).code).toBe(0);
    expect(filesUnder(join(out, "go"))).toEqual(made[target]);
    expect(existsSync(join(out, ".modeldoc-lock"))).toBe(false);
  }, 240_000);
});
