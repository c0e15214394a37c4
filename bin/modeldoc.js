#!/usr/bin/env node
// The modeldoc command: dist/cli/main.js, built first in a clone of the repository (see ensure-built.js).
import { ensureBuilt } from "./ensure-built.js";

ensureBuilt();
const { endQuietlyOnClosedPipe } = await import("../dist/cli/closed-pipe.js");
const { main } = await import("../dist/cli/main.js");

endQuietlyOnClosedPipe();
// A run that did not finish never exits 0: should anything end the process before main returns (a
// process.exit in code modeldoc loads), the exit code says so.
let finished = false;
process.on("exit", (code) => {
  if (finished) return;
  process.stderr.write("modeldoc: internal error (please report it): the process was ended before the run finished; its output may be incomplete\n");
  if (code === 0) process.exitCode = 70;
});
process.exitCode = await main(process.argv);
finished = true;
