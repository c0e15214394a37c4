/** The zod output (`zod/<name>.ts`): what the registry knows of it. The code is emitter.ts. */
import type { OutputEntry } from "../output.js";

export const zodOutput: OutputEntry = {
  name: "zod",
  folder: "zod",
  requires: ["interfaces", "runtime"],
  // Not re-exported from index.ts (zod's import has side effects, which a bundler keeps): zod.ts re-exports them.
  millisecondsPerDeclaration: 0.08,
  load: async () => (await import("./emitter.js")).zodEmitter,
};
