// Preloaded into a CLI run of the bench (`node --import ./bench/max-rss.mjs bin/modeldoc.js …`): writes the
// process's peak RSS, in kB, to the file BENCH_MAX_RSS names when the process exits, so that the bench can
// time the command as a user runs it, process start included, and still report its memory.
import { writeFileSync } from "node:fs";

const file = process.env.BENCH_MAX_RSS;
if (file) process.on("exit", () => writeFileSync(file, String(process.resourceUsage().maxRSS)));
