// Parses every corpus folder once per test run (see corpus-ir.ts) and prints the parse time of each.
import { rmSync } from "node:fs";
import { parseAndStore } from "./corpus-ir.js";
import { corpusNames } from "./paths.js";

export default async function setup(): Promise<void> {
  rmSync(".tmp/corpus-ir", { recursive: true, force: true });
  const times: string[] = [];
  for (const name of corpusNames) times.push(`${name} ${(await parseAndStore(name)).toFixed(1)} s`);
  console.log(`corpus parsed on one thread: ${times.join(", ")}`);
}
