// The emitters write prettier's layout themselves (src/emit/code: ts-morph structures and code nodes laid
// out with prettier's printer), and prettier's parser never runs on their output. These tests hold that
// claim against prettier itself on the real corpus: every TypeScript file checked must come out of
// prettier unchanged.
//
// Formatting every output of the seven unified-to languages takes prettier about three CPU minutes, so
// each language is checked on a seventh of its declarations (all their files), a different seventh for
// each language, so that together they cover each declaration position once; plus each language's
// `index.ts` and `runtime.ts`; plus a seventh of Go and of C# under the other options.
// MODELDOC_LAYOUT_ALL=1 checks every declaration of every language (about ten minutes on two cores).
import { describe, expect, it } from "vitest";
import { emitVariantParts, type EmitOptions, type OutputFile } from "../../src/emit/index.js";
import { corpusVariant } from "../corpus/corpus-ir.js";
import { languages as unifiedToLanguages, type Language as UnifiedToLanguage } from "../corpus/paths.js";
import { changedByPrettier } from "../helpers/prettier.js";

const SHARE = process.env["MODELDOC_LAYOUT_ALL"] === "1" ? 1 : unifiedToLanguages.length;

/** The TypeScript files of the declarations at positions `offset`, `offset + SHARE`, …, and the variant's own files. */
async function sampledFiles(language: UnifiedToLanguage, offset: number, options?: EmitOptions): Promise<OutputFile[]> {
  const variant = await corpusVariant(language);
  const ids = new Set(variant.declarations.filter((_, position) => position % SHARE === offset % SHARE).map((declaration) => declaration.id));
  const parts = emitVariantParts(variant, options, { declarations: ids });
  return [...parts.variantFiles, ...[...parts.declarationFiles.values()].flat()].filter((file) => file.path.endsWith(".ts"));
}

describe("every emitted TypeScript file is what prettier makes of it", () => {
  unifiedToLanguages.forEach((language, offset) => {
    it(`${language}: ${SHARE === 1 ? "every declaration" : "a seventh of the declarations"}, index.ts and runtime.ts`, async () => {
      const files = await sampledFiles(language, offset);
      expect(files.length).toBeGreaterThan(1000);
      expect(files.map((file) => file.path)).toEqual(expect.arrayContaining(["index.ts", "runtime.ts"]));
      expect(await changedByPrettier(files)).toEqual([]);
    }, SHARE === 1 ? 1_200_000 : 240_000);
  });

  it("Go with snake_case names, Date dates and stripped unknown keys; C# as written, rejecting unknown keys; zod for both", async () => {
    const withZod: EmitOptions["emit"] = ["interfaces", "validators", "fixtures", "zod"];
    const snake = await sampledFiles("go", 3, { naming: "snake", dates: "Date", unknownKeys: "strip", emit: withZod });
    const asWritten = await sampledFiles("csharp", 5, { naming: "as-written", dates: "string", unknownKeys: "reject", emit: withZod });
    expect(snake.some((file) => file.contents.includes("export function strip"))).toBe(true);
    expect(asWritten.some((file) => file.contents.includes("knownKeys"))).toBe(true);
    expect([...snake, ...asWritten].filter((file) => file.path.startsWith("zod/") && file.contents.includes("checkOwnProto(")).length).toBeGreaterThan(10);
    expect(await changedByPrettier([...snake, ...asWritten])).toEqual([]);
  }, 240_000);
});
