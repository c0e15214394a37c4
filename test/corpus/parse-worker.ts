// A worker thread of global-setup.ts: parses the corpus folders it is sent and stores their IR.
import { parentPort } from "node:worker_threads";
import { parseAndStore, type CorpusName } from "./corpus-ir.js";

parentPort?.on("message", (name: CorpusName) => {
  parseAndStore(name).then(
    (seconds) => parentPort?.postMessage({ name, seconds }),
    (error: unknown) => parentPort?.postMessage({ name, error: String(error) }),
  );
});
