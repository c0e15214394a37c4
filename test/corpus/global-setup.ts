// Parses every corpus folder once per test run (see corpus-ir.ts) and prints the parse time of each.
// MODELDOC_LAZY_CORPUS=1 skips it, for a run of a few test files: each parses only the folders it reads.
//
// The folders are parsed on one worker thread per core (two parses at once save about a third on two
// cores), each running this run's own sources: parse-worker.ts is bundled with esbuild first, so no
// build of dist/ is needed or trusted.
import { build } from "esbuild";
import { rmSync } from "node:fs";
import { availableParallelism } from "node:os";
import { resolve } from "node:path";
import { Worker } from "node:worker_threads";
import { corpusNames, type CorpusName } from "./paths.js";

interface Parsed {
  readonly name: CorpusName;
  readonly seconds?: number;
  readonly error?: string;
}

const workerBundle = resolve(".tmp/corpus-parse-worker.mjs");

/** Parses the folders on `threads` workers, each taking the next folder when it is done with one. */
async function parseOnWorkers(names: readonly CorpusName[], threads: number): Promise<Parsed[]> {
  const queue = [...names];
  const done: Parsed[] = [];
  const runWorker = () =>
    new Promise<void>((settle, fail) => {
      const worker = new Worker(workerBundle);
      const next = () => {
        const name = queue.shift();
        if (name === undefined) void worker.terminate().then(() => settle());
        else worker.postMessage(name);
      };
      worker.on("message", (parsed: Parsed) => {
        done.push(parsed);
        next();
      });
      worker.on("error", fail);
      next();
    });
  await Promise.all(Array.from({ length: Math.min(threads, names.length) }, runWorker));
  return done;
}

export default async function setup(): Promise<void> {
  rmSync(".tmp/corpus-ir", { recursive: true, force: true });
  if (process.env["MODELDOC_LAZY_CORPUS"] === "1") return;
  await build({ entryPoints: ["test/corpus/parse-worker.ts"], bundle: true, platform: "node", format: "esm", packages: "external", outfile: workerBundle, logLevel: "warning" });
  const started = performance.now();
  const parsed = await parseOnWorkers(corpusNames, availableParallelism());
  const failed = parsed.filter((folder) => folder.error !== undefined);
  if (failed.length > 0) throw new Error(`the corpus could not be parsed: ${failed.map((folder) => `${folder.name}: ${folder.error}`).join("; ")}`);
  const times = corpusNames.map((name) => `${name} ${parsed.find((folder) => folder.name === name)?.seconds?.toFixed(1)} s`);
  console.log(`corpus parsed in ${((performance.now() - started) / 1000).toFixed(1)} s on ${availableParallelism()} threads: ${times.join(", ")}`);
}
