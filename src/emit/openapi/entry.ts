/** The OpenAPI output (`openapi.json`, one file per variant): what the registry knows of it. The code is emitter.ts. */
import type { OutputEntry } from "../output.js";

export const openApiOutput: OutputEntry = {
  name: "openapi",
  requires: [],
  variantFilesHoldDeclarations: true,
  // One file for the variant, made apart from the declarations' files.
  millisecondsPerDeclaration: 0,
  load: async () => (await import("./emitter.js")).openApiEmitter,
};
