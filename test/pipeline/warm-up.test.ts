// The watcher's warm-up sample (pipeline/warm-up.ts): a few declarations that use every feature the variant has.
import { describe, expect, it } from "vitest";
import { declarationFeatures, warmUpSample } from "../../src/pipeline/warm-up.js";
import { corpusVariant } from "../corpus/corpus-ir.js";

describe("warm-up sample", () => {
  it("covers every feature of the Go and C# corpus with a few declarations, in the variant's order", async () => {
    for (const name of ["go", "csharp"] as const) {
      const variant = await corpusVariant(name);
      const sample = warmUpSample(variant);
      const all = new Set(variant.declarations.flatMap((declaration) => [...declarationFeatures(declaration)]));
      const covered = new Set(sample.flatMap((declaration) => [...declarationFeatures(declaration)]));
      expect([...all].filter((feature) => !covered.has(feature))).toEqual([]);
      // Features a dialect can say: dates, maps, unions, open and closed enums are all there to warm up.
      expect(all.size).toBeGreaterThan(15);
      expect(sample.length).toBeLessThan(20);
      const order = sample.map((declaration) => variant.declarations.indexOf(declaration));
      expect(order).toEqual([...order].sort((a, b) => a - b));
    }
  });
});
