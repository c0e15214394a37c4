/** The validators output (`validators/<name>.ts`): what the registry knows of it. The code is emitter.ts. */
import { typeReference } from "../code/syntax.js";
import type { OutputEntry } from "../output.js";

export const validatorsOutput: OutputEntry = {
  name: "validators",
  folder: "validators",
  requires: ["interfaces", "runtime"],
  index: {
    runtimeTypes: ["ValidationIssue", "ModelSchema", "ModelValidator"],
    runtimeValues: ["ValidationError", "pathSegments"],
    exports: (symbol, ctx) => {
      const strips = ctx.options.unknownKeys === "strip" && ctx.view.strips(symbol);
      return [{ names: [symbol.validatorName, symbol.guardName, symbol.assertName, symbol.schemaName, ...(strips ? [symbol.stripName] : [])] }];
    },
    registryRuntimeTypes: ["ModelSchema", "ModelValidator"],
    registries: [
      {
        name: "validators",
        typeDoc: "The type of {@link validators}: each declaration's validator, typed to it.",
        doc: "The validator (validateX) of each declaration, by type name.",
        member: (type) => typeReference("ModelValidator", [type]),
        value: (symbol) => symbol.validatorName,
      },
      {
        name: "schemas",
        typeDoc: "The type of {@link schemas}: each declaration's Standard Schema object, typed to it.",
        doc: "The Standard Schema object (XSchema) of each declaration, by type name.",
        member: (type) => typeReference("ModelSchema", [type]),
        value: (symbol) => symbol.schemaName,
      },
    ],
  },
  millisecondsPerDeclaration: 0.17,
  load: async () => (await import("./emitter.js")).validatorsEmitter,
};
