// Issues 3 and 12: what modeldoc generates from whole folders of the corpus — formance's six languages
// (four API documents), the three history folders, and three of unified-to's seven (Go, C#, TypeScript: one
// API document, so the other four emit the same declarations in the same constructs; their emitted files are
// checked elsewhere: wire-schema-corpus.test.ts, layout.test.ts, single-layout.test.ts) — compiles with tsc
// --strict (bundler resolution; test/emit/compile.test.ts covers nodenext on the hand-made variants). One
// project per family keeps each tsc run to a size a CI machine handles; all seven unified-to languages took
// 625 s of tsc on two loaded cores, most of the suite's time.
import { afterAll, describe, expect, it } from "vitest";
import { emitVariant, type OutputFile } from "../../src/emit/index.js";
import { createProject, type TempProject } from "../helpers/ts-project.js";
import { corpusVariant } from "./corpus-ir.js";
import { formanceLanguages, historyFolders, type CorpusName } from "./paths.js";

const families: Record<string, readonly CorpusName[]> = {
  "unified-to": ["go", "csharp", "typescript"],
  formance: formanceLanguages.map((language) => `formance/${language}` as const),
  "unified-to-history": historyFolders.map((folder) => `history/${folder}` as const),
};

describe.each(Object.entries(families))("generate on every whole folder of %s", (family, names) => {
  let project: TempProject | undefined;
  const outputs: Record<string, OutputFile[]> = {};
  afterAll(() => project?.remove());

  it("emits interfaces, validators and fixtures for every declaration", async () => {
    for (const name of names) {
      const started = performance.now();
      const variant = await corpusVariant(name);
      const files = await emitVariant(variant);
      outputs[name.replaceAll("/", "-")] = files;
      const count = (folder: string) => files.filter((file) => file.path.startsWith(`${folder}/`) && file.path.endsWith(".ts")).length;
      console.log(`emitted ${name}: ${files.length} files in ${((performance.now() - started) / 1000).toFixed(1)} s`);
      expect([name, count("types")]).toEqual([name, variant.declarations.length]);
      expect(count("validators")).toBe(count("types"));
      expect(count("fixtures")).toBe(count("types"));
    }
  }, 600_000);

  it("compiles with tsc --strict --noEmit (bundler resolution)", () => {
    project = createProject(outputs);
    const started = performance.now();
    const result = project.tsc("tsconfig.bundler.json");
    console.log(`${family}: tsc --strict on ${Object.values(outputs).flat().length} files in ${((performance.now() - started) / 1000).toFixed(1)} s`);
    expect(result.output).toBe("");
    expect(result.status).toBe(0);
  }, 900_000);
});
