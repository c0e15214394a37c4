// Parses every corpus folder once per test run (see corpus-ir.ts) and prints the parse time of each.
import { rmSync } from "node:fs";
import { parseAndStore, type CorpusName } from "./corpus-ir.js";
import { historyFolders, languages } from "./paths.js";

export default async function setup(): Promise<void> {
  rmSync(".tmp/corpus-ir", { recursive: true, force: true });
  const names: CorpusName[] = [...languages, ...historyFolders.map((folder) => `history/${folder}` as const)];
  const times: string[] = [];
  for (const name of names) times.push(`${name} ${(await parseAndStore(name)).toFixed(1)} s`);
  console.log(`corpus parsed on one thread: ${times.join(", ")}`);
}
