/**
 * The wire form (`wire/<name>.ts`: parseX, toJsonX), written with the validators when the API's JSON is
 * not the TypeScript value: keys spelled otherwise (`wireNaming`), or dates as `Date`. The code is emitter.ts.
 */
import type { OutputEntry } from "../output.js";

export const wireOutput: OutputEntry = {
  name: "wire",
  folder: "wire",
  requires: ["interfaces", "validators", "runtime"],
  implied: (written, options) => written.has("validators") && (options.wireNaming !== options.naming || options.dates === "Date"),
  index: {
    runtimeTypes: ["ParseResult"],
    exports: (symbol) => [{ names: [symbol.parseName, symbol.toJsonName, symbol.wireSchemaName] }],
  },
  // Measured on a busy machine (.26 ms a declaration against the validators' .53 there, the least of two runs on
  // the Go corpus) and scaled to the validators' 0.17 measured on an idle one.
  millisecondsPerDeclaration: 0.09,
  load: async () => (await import("./emitter.js")).wireEmitter,
};
