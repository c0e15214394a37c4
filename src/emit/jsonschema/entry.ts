/** The JSON Schema output (`schema.json`, one file per variant): what the registry knows of it. The code is emitter.ts. */
import type { OutputEntry } from "../output.js";

export const jsonSchemaOutput: OutputEntry = {
  name: "jsonschema",
  requires: [],
  variantFilesHoldDeclarations: true,
  // One file for the variant, made apart from the declarations' files.
  millisecondsPerDeclaration: 0,
  load: async () => (await import("./emitter.js")).jsonSchemaEmitter,
};
