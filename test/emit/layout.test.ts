// The emitters lay out TypeScript as prettier does (src/emit/layout.ts), and format.ts skips prettier for
// every file `isLaidOut` vouches for. These tests hold that claim against prettier itself: on the real
// corpus, every vouched-for file must come out of prettier unchanged.
import { describe, expect, it } from "vitest";
import { formatFiles, formatFilesSeparately, needsPrettier } from "../../src/emit/format.js";
import { emitVariantParts, type EmitOptions } from "../../src/emit/index.js";
import { printDoc } from "../../src/emit/doc-printer.js";
import { arrayDoc, expressionDoc, isLaidOut, objectDoc, unionAliasText } from "../../src/emit/layout.js";
import { stringLiteral } from "../../src/emit/literals.js";
import { corpusVariant } from "../corpus/corpus-ir.js";
import { languages } from "../corpus/paths.js";

/** The vouched-for TypeScript files of a corpus language (every `step`th declaration), and how many there are. */
async function vouchedFiles(language: (typeof languages)[number], step: number, options?: EmitOptions) {
  const variant = await corpusVariant(language);
  const ids = new Set(variant.declarations.filter((_, index) => index % step === 0).map((declaration) => declaration.id));
  const parts = emitVariantParts(variant, options, { declarations: ids });
  const files = [...parts.variantFiles, ...[...parts.declarationFiles.values()].flat()].filter((file) => file.path.endsWith(".ts"));
  return { files: files.filter((file) => !needsPrettier(file)), total: files.length };
}

async function changedByPrettier(files: { path: string; contents: string }[]): Promise<string[]> {
  const formatted = await formatFilesSeparately(files);
  return files.filter((file, index) => file.contents !== formatted[index]!.contents).map((file) => file.path);
}

describe("prettier's layout, written by the emitters", () => {
  it("prettier changes none of the Go files the emitters vouch for, and they are nearly all of them", async () => {
    const { files, total } = await vouchedFiles("go", 1);
    console.log(`go: ${files.length} of ${total} TypeScript files need no prettier pass`);
    expect(files.length / total).toBeGreaterThan(0.97);
    expect(await changedByPrettier(files)).toEqual([]);
  }, 120_000);

  it("prettier changes none of them in the other languages, nor with Date dates and snake_case names", async () => {
    for (const language of languages.filter((name) => name !== "go")) {
      const { files } = await vouchedFiles(language, 5);
      expect(files.length).toBeGreaterThan(1000);
      expect({ language, changed: await changedByPrettier(files) }).toEqual({ language, changed: [] });
    }
    const { files } = await vouchedFiles("go", 5, { naming: "snake", dates: "Date", unknownKeys: "strip" });
    expect(await changedByPrettier(files)).toEqual([]);
  }, 240_000);

  it("formatFiles gives exactly prettier's output for every file, vouched for or not", async () => {
    const variant = await corpusVariant("csharp");
    const ids = new Set(variant.declarations.slice(0, 400).map((declaration) => declaration.id));
    const parts = emitVariantParts(variant, undefined, { declarations: ids });
    const files = [...parts.variantFiles, ...[...parts.declarationFiles.values()].flat()];
    expect(files.filter(needsPrettier).length).toBeGreaterThan(5);
    const fast = await formatFiles(files);
    const reference = await formatFilesSeparately(files);
    expect(fast.filter((file, index) => file.contents !== reference[index]!.contents).map((file) => file.path)).toEqual([]);
  }, 120_000);
});

describe("layout documents", () => {
  it("keeps a group flat when it fits and breaks it one entry a line, with a trailing comma, when not", () => {
    const short = objectDoc(["a: 1", "b: [1, 2]"]);
    expect(printDoc(["const x = ", short, ";"])).toBe("const x = { a: 1, b: [1, 2] };");
    const long = objectDoc(["alpha: " + stringLiteral("x".repeat(50)), ["beta: ", arrayDoc(['"one"', '"two"'])]]);
    expect(printDoc(["export const value = ", long, ";"])).toBe(
      `export const value = {\n  alpha: "${"x".repeat(50)}",\n  beta: ["one", "two"],\n};`,
    );
  });

  it("puts a long union on the next line, then one member a line", () => {
    expect(unionAliasText("A", ['"x"', '"y"'])).toBe('export type A = "x" | "y";');
    const members = Array.from({ length: 7 }, (_, index) => `"member_${index}"`);
    expect(unionAliasText("LongEnoughName", members)).toBe(`export type LongEnoughName =\n  ${members.join(" | ")};`);
    const many = Array.from({ length: 12 }, (_, index) => `"member_number_${index}"`);
    expect(unionAliasText("N", many)).toBe(`export type N =\n${many.map((member) => `  | ${member}`).join("\n")};`);
  });

  it("breaks call arguments but leaves a hugged last array to prettier", () => {
    const call = `report(${"a".repeat(40)}, ${"b".repeat(40)}, ${"c".repeat(30)})`;
    expect(printDoc([expressionDoc(call), ";"])).toBe(`report(\n  ${"a".repeat(40)},\n  ${"b".repeat(40)},\n  ${"c".repeat(30)},\n);`);
    expect(expressionDoc("push(issues, [m1, m2])")).toBe("push(issues, [m1, m2])");
  });

  it("vouches only for text prettier would keep: long code lines, wide characters and 1e+21 are refused", () => {
    expect(isLaidOut(`const a = 1;\n// ${"long comment ".repeat(10)}\n`)).toBe(true);
    expect(isLaidOut(`const a = "${"x".repeat(100)}";\n`)).toBe(false);
    expect(isLaidOut(`const a = "日本";\n`)).toBe(false);
    expect(isLaidOut(`const a = 1e+21;\n`)).toBe(false);
  });
});
