// Parses every corpus folder once per test run (see corpus-ir.ts) and prints the parse time of each.
// MODELDOC_LAZY_CORPUS=1 skips it, for a run of a few test files: each parses only the folders it reads.
import { rmSync } from "node:fs";
import { parseAndStore } from "./corpus-ir.js";
import { corpusNames } from "./paths.js";

export default async function setup(): Promise<void> {
  rmSync(".tmp/corpus-ir", { recursive: true, force: true });
  if (process.env["MODELDOC_LAZY_CORPUS"] === "1") return;
  const times: string[] = [];
  for (const name of corpusNames) times.push(`${name} ${(await parseAndStore(name)).toFixed(1)} s`);
  console.log(`corpus parsed on one thread: ${times.join(", ")}`);
}
