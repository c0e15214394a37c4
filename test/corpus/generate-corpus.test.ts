// Issue 3: what modeldoc generates from each whole language folder of the corpus compiles with tsc --strict
// (under nodenext resolution, and bundler resolution for the same files).
import { afterAll, describe, expect, it } from "vitest";
import { emitVariant, type OutputFile } from "../../src/emit/index.js";
import { createProject } from "../helpers/ts-project.js";
import { corpusVariant } from "./corpus-ir.js";
import { languages } from "./paths.js";

describe("generate on every whole language folder", async () => {
  const outputs: Record<string, OutputFile[]> = {};
  for (const language of languages) {
    const started = performance.now();
    outputs[language] = await emitVariant(await corpusVariant(language));
    console.log(`emitted ${language}: ${outputs[language].length} files in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  }
  const project = createProject(outputs);
  afterAll(() => project.remove());

  it("emits interfaces, validators and fixtures for every declaration", () => {
    for (const language of languages) {
      const files = outputs[language]!;
      const count = (folder: string) => files.filter((file) => file.path.startsWith(`${folder}/`) && file.path.endsWith(".ts")).length;
      expect(count("types")).toBeGreaterThan(2700);
      expect(count("validators")).toBe(count("types"));
      expect(count("fixtures")).toBe(count("types"));
    }
  });

  it("compiles with tsc --strict --noEmit (bundler resolution)", () => {
    const result = project.tsc("tsconfig.bundler.json");
    expect(result.output).toBe("");
    expect(result.status).toBe(0);
  });
});
