/** The interfaces output (`types/<name>.ts`): what the registry knows of it. The code is emitter.ts. */
import type { OutputEntry } from "../output.js";

export const interfacesOutput: OutputEntry = {
  name: "interfaces",
  folder: "types",
  requires: [],
  index: {
    exports: (symbol) => [{ names: [symbol.identifier], typeOnly: true }, ...(symbol.decl.kind === "enum" ? [{ names: [symbol.valuesName] }] : [])],
  },
  millisecondsPerDeclaration: 0.05,
  load: async () => (await import("./emitter.js")).interfacesEmitter,
};
