/**
 * Issue 23: the wire form's JSON Schema accepts every JSON fixture, on the folders of the corpus (Go and
 * C# are in wire-form.test.ts, with the rest of the wire form; below, which others are left out). Each folder
 * is emitted with the JSON spelled otherwise than the TypeScript (`wireNaming: snake`): `wire-schema.json` is the wire form, the JSON
 * fixtures are in it, and ajv (draft 2020-12, strict mode) compiles every definition and passes every
 * fixture. A fixture that holds a type with no finite value (its `$comment` says so) is left out: its
 * placeholder null is rightly rejected.
 */
import { describe, expect, it } from "vitest";
import { buildSymbolTable } from "../../src/emit/common/symbols.js";
import { emitVariantFiles } from "../../src/emit/index.js";
import { corpusNames } from "../corpus/paths.js";
import { corpusVariant } from "../corpus/corpus-ir.js";
import { ajvErrors, newAjv } from "../validators/build.js";

// unified-to's Python, Java, PHP and Ruby are left out: one API document with Go, C# and TypeScript, so the
// same declarations (Go and C# are in wire-form.test.ts).
const sameDocument = new Set(["go", "csharp", "python", "java", "php", "ruby"]);
const folders = corpusNames.filter((name) => !sameDocument.has(name));

describe("wire-schema.json on the corpus", () => {
  it.each(folders)("%s: accepts every JSON fixture", async (name) => {
    const variant = await corpusVariant(name);
    const files = new Map(emitVariantFiles(variant, { wireNaming: "snake", emit: ["fixtures", "jsonschema"] }).map((file) => [file.path, file.contents]));
    const ajv = newAjv();
    ajv.addSchema(JSON.parse(files.get("wire-schema.json")!) as object, "wire");
    const failures: string[] = [];
    let checked = 0;
    for (const symbol of buildSymbolTable(variant.declarations).symbols) {
      const fixtures = JSON.parse(files.get(`fixtures/${symbol.fileName}.json`)!) as { $comment: string; minimal: unknown; full: unknown };
      if (fixtures.$comment.includes("has no finite value")) continue;
      const validate = ajv.getSchema(`wire#/$defs/${symbol.identifier}`)!;
      for (const kind of ["minimal", "full"] as const) {
        checked++;
        if (!validate(fixtures[kind])) failures.push(`${symbol.identifier}.${kind}: ${ajvErrors(validate)}`);
      }
    }
    expect(failures).toEqual([]);
    expect(checked).toBeGreaterThan(variant.declarations.length);
  });
});
