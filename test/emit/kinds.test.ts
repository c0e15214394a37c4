// The structure kinds modeldoc names without loading ts-morph (emit/code/kinds.ts) are ts-morph's own.
import { createRequire } from "node:module";
import { describe, expect, it } from "vitest";
import { StructureKind, VariableDeclarationKind } from "../../src/emit/code/kinds.js";

const tsMorph = createRequire(import.meta.url)("ts-morph") as typeof import("ts-morph");

describe("structure kinds of our own", () => {
  it("hold ts-morph's values", () => {
    for (const [name, value] of Object.entries(StructureKind)) expect([name, value]).toEqual([name, tsMorph.StructureKind[name as keyof typeof StructureKind]]);
    for (const [name, value] of Object.entries(VariableDeclarationKind)) expect([name, value]).toEqual([name, tsMorph.VariableDeclarationKind[name as keyof typeof VariableDeclarationKind]]);
  });
});
