#!/usr/bin/env node
// The modeldoc command: dist/cli/main.js, built first in a clone of the repository (see ensure-built.js).
import { ensureBuilt } from "./ensure-built.js";

ensureBuilt();
const { endQuietlyOnClosedPipe } = await import("../dist/cli/closed-pipe.js");
const { main } = await import("../dist/cli/main.js");

endQuietlyOnClosedPipe();
process.exitCode = await main(process.argv);
