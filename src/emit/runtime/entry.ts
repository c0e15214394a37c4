/** `runtime.ts`, the helpers the validators, the zod schemas and the wire form share: written when one of them is. */
import type { OutputEntry } from "../output.js";

export const runtimeOutput: OutputEntry = {
  name: "runtime",
  requires: [],
  // One fixed file for the variant.
  millisecondsPerDeclaration: 0,
  load: async () => (await import("./emitter.js")).runtimeEmitter,
};
