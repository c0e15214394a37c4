// Prettier runs on batches of files joined by a marker (format.ts); each file must come out exactly as
// prettier formats it alone. Checked on the bundled specs and on 300 declarations of the Go corpus.
import { describe, expect, it } from "vitest";
import { formatFiles, formatFilesSeparately } from "../../src/emit/format.js";
import { emitVariantParts, emitVariantUnformatted } from "../../src/emit/index.js";
import { parseFolder } from "../../src/parse/index.js";
import { corpusVariant } from "../corpus/corpus-ir.js";

describe("batched formatting", () => {
  it("formats the specs exactly as file-by-file formatting does", async () => {
    for (const folder of ["specs/go", "specs/csharp"]) {
      const files = emitVariantUnformatted(await parseFolder(folder));
      expect(await formatFiles(files)).toEqual(await formatFilesSeparately(files));
    }
  });

  it("formats 300 Go corpus declarations exactly as file-by-file formatting does", async () => {
    const variant = await corpusVariant("go");
    const ids = new Set(variant.declarations.slice(0, 300).map((declaration) => declaration.id));
    const parts = emitVariantParts(variant, undefined, { declarations: ids, variantFiles: false });
    const files = [...parts.declarationFiles.values()].flat();
    expect(files.length).toBeGreaterThan(900);
    const batched = await formatFiles(files);
    const separate = await formatFilesSeparately(files);
    expect(batched.filter((file, index) => file.contents !== separate[index]!.contents).map((file) => file.path)).toEqual([]);
  });
});
