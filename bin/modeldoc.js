#!/usr/bin/env node
import { endQuietlyOnClosedPipe } from "../dist/cli/closed-pipe.js";
import { main } from "../dist/cli/main.js";

endQuietlyOnClosedPipe();
process.exitCode = await main(process.argv);
