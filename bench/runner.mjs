// What the bench scripts share: running a scenario in its own process, and listing a folder's pages.
import { spawnSync } from "node:child_process";
import { readdirSync, writeFileSync } from "node:fs";
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

/** Runs one bench/scenario.mjs scenario in its own process (its peak RSS is its own); its JSON result. */
export function scenario(work, name, args, timeoutSeconds = 1800) {
  log(`running ${name}…`);
  // Arguments go through a file: the page list is longer than a command line may be.
  const argsFile = join(work, `args-${name}.json`);
  writeFileSync(argsFile, JSON.stringify(args));
  const result = spawnSync(process.execPath, [join(repo, "bench", "scenario.mjs"), name, argsFile], {
    cwd: repo,
    encoding: "utf8",
    timeout: timeoutSeconds * 1000,
    maxBuffer: 64 * 1024 * 1024,
  });
  if (result.error?.code === "ETIMEDOUT") return { timedOut: true, ms: timeoutSeconds * 1000, rssMB: NaN };
  if (result.status !== 0) throw new Error(`${name} failed: ${result.error?.message ?? ""}\n${result.stderr}`);
  return JSON.parse(result.stdout.trim().split("\n").pop());
}
