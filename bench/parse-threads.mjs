// Where a cold parse of one docs folder spends its time: on worker threads started for it, on the same
// workers once warm, and on one thread. `npm run build` first.
//
//   node bench/parse-threads.mjs [folder]        (default: ../shared/corpus/unified-to/go)
import { listPages, readPagesHere } from "../dist/parse/index.js";
import { closePool, readPagesInParallel } from "../dist/pipeline/pool.js";

const folder = process.argv[2] ?? "../shared/corpus/unified-to/go";
const { pages } = await listPages(folder);
const time = async (label, work) => {
  const started = performance.now();
  await work();
  console.log(`| ${label} | ${((performance.now() - started) / 1000).toFixed(2)} |`);
};
console.log(`${pages.length} pages of ${folder}\n\n| parse | time (s) |\n| --- | ---: |`);
await time("worker threads, cold (started for this run)", () => readPagesInParallel(pages, undefined));
await time("worker threads, warm", () => readPagesInParallel(pages, undefined));
await closePool();
await time("one thread", () => readPagesHere(pages, undefined));
