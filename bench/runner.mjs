// What the bench scripts share: running a scenario in its own process, and listing a folder's pages.
import { spawnSync } from "node:child_process";
import { readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const repo = resolve(dirname(fileURLToPath(import.meta.url)), "..");

export const log = (line) => process.stderr.write(`${line}\n`);

/** The `.md` files under a folder, sorted. */
export function pagesUnder(folder) {
  const files = [];
  const visit = (dir) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) visit(path);
      else if (entry.name.endsWith(".md")) files.push(path);
    }
  };
  visit(folder);
  return files.sort();
}

/**
 * Runs one bench/scenario.mjs scenario in its own process (its peak RSS is its own); its JSON result.
 * `root`: the checkout whose scenario.mjs and dist/ run (bench/against.mjs runs a base revision's).
 */
export function scenario(work, name, args, timeoutSeconds = 1800, root = repo) {
  log(`running ${name}${root === repo ? "" : ` (${root})`}…`);
  // Arguments go through a file: the page list is longer than a command line may be.
  const argsFile = join(work, `args-${name}.json`);
  writeFileSync(argsFile, JSON.stringify(args));
  const result = spawnSync(process.execPath, [join(root, "bench", "scenario.mjs"), name, argsFile], {
    cwd: root,
    encoding: "utf8",
    timeout: timeoutSeconds * 1000,
    maxBuffer: 64 * 1024 * 1024,
  });
  if (result.error?.code === "ETIMEDOUT") return { timedOut: true, ms: timeoutSeconds * 1000, rssMB: NaN };
  if (result.status !== 0) throw new Error(`${name} failed: ${result.error?.message ?? ""}\n${result.stderr}`);
  return JSON.parse(result.stdout.trim().split("\n").pop());
}

/**
 * Runs the modeldoc CLI as a user does, in its own process (`cwd`: the project), `runs` times; each run
 * first calls `prepare(run)` (e.g. a fresh copy of the project: a first run). The run of median time,
 * process start included, with the largest peak RSS of all the runs (bench/max-rss.mjs reports it).
 */
export function command(work, argv, { cwd = repo, runs = 5, prepare = () => {}, root = repo } = {}) {
  log(`running modeldoc ${argv.join(" ")} (${runs}×)…`);
  const rssFile = join(work, "max-rss.txt");
  const results = [];
  for (let run = 0; run < runs; run++) {
    const runCwd = prepare(run) ?? cwd;
    rmSync(rssFile, { force: true });
    const started = performance.now();
    const result = spawnSync(process.execPath, ["--import", join(repo, "bench", "max-rss.mjs"), join(root, "bin", "modeldoc.js"), ...argv], {
      cwd: runCwd,
      encoding: "utf8",
      env: { ...process.env, BENCH_MAX_RSS: rssFile },
    });
    const ms = performance.now() - started;
    if (result.status !== 0) throw new Error(`modeldoc ${argv.join(" ")} failed (exit ${result.status}):\n${result.stderr}`);
    results.push({ ms, rssMB: Number(readFileSync(rssFile, "utf8")) / 1024 });
  }
  const sorted = [...results].sort((a, b) => a.ms - b.ms);
  return { ...sorted[Math.floor((sorted.length - 1) / 2)], rssMB: Math.max(...results.map((result) => result.rssMB)), runs: results };
}
