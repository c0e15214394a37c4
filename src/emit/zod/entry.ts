/** The zod output (`zod/<name>.ts`): what the registry knows of it. The code is emitter.ts. */
import type { OutputEntry } from "../output.js";

export const zodOutput: OutputEntry = {
  name: "zod",
  folder: "zod",
  requires: ["interfaces", "runtime"],
  // Not re-exported from index.ts (zod's import has side effects, which a bundler keeps): zod.ts re-exports them.
  // Measured on a busy machine (.20 ms a declaration against the validators' .53 there, the least of two runs on
  // the Go corpus) and scaled to the validators' 0.17 measured on an idle one; with the wire form, about twice that.
  millisecondsPerDeclaration: 0.07,
  load: async () => (await import("./emitter.js")).zodEmitter,
};
