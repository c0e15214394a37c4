// Issue 13: emitted code compiles and works whatever a model's size or depth. A model of 1,500 fields
// (tsc refused one of 750 with TS2563 before its checks were split into helpers), and types nested to the
// parser's limit (MAX_TYPE_DEPTH): arrays whose `full` fixture doubled at every level (2^31 items) and maps;
// and validators whose size grew with the square of that depth (a 342 KB validator for `map[string]`×31,
// each level rebuilding the paths of every level above it inline).
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { emitVariant, type OutputFile } from "../../src/emit/index.js";
import { FIELDS_PER_FUNCTION } from "../../src/emit/validators/bodies.js";
import { parseFolder } from "../../src/parse/index.js";
import { MAX_TYPE_DEPTH } from "../../src/parse/limits.js";
import { changedByPrettier } from "../helpers/prettier.js";
import { createProject, type TempProject } from "../helpers/ts-project.js";
import { temporaryFolder } from "../helpers/run-cli.js";

type Validator = (value: unknown) => { path: string; message: string }[];
interface Index {
  validators: Record<string, Validator>;
  fixtures: Record<string, { minimal: Record<string, unknown>; full: Record<string, unknown> }>;
}

const header = "## Fields\n\n| Field | Type | Required | Description |\n| --- | --- | --- | --- |\n";
const fieldCount = 1500;
const depth = MAX_TYPE_DEPTH - 1;

/** Go type cells nested `levels` deep: arrays, maps, and the two in turn (a map first). */
function goCells(levels: number): { grid: string; tree: string; mix: string } {
  const mix = Array.from({ length: levels }, (_, level) => (level % 2 === 0 ? "map[string]" : "[]")).join("");
  return { grid: `${"[]".repeat(levels)}*string*`, tree: `${"map[string]".repeat(levels)}string`, mix: `${mix}string` };
}

/** A Python cell nesting unions in maps and arrays, two levels per step: `Dict[str, Union[bool, List[Union[int, …]]]]`. */
function pythonUnionCell(steps: number): string {
  let cell = "str";
  for (let step = steps - 1; step >= 0; step--) cell = step % 2 === 0 ? `Dict[str, Union[bool, ${cell}]]` : `List[Union[int, ${cell}]]`;
  return cell;
}

/** The Deep page (arrays and maps) and the Mixed page (the two in turn), as files of a folder. */
function deepPages(levels: number): Record<string, string> {
  const { grid, tree, mix } = goCells(levels);
  const row = (field: string, type: string) => `| \`${field}\` | ${type} | :heavy_check_mark: | N/A |\n`;
  return {
    "deep.md": `# Deep\n\n\n${header}${row("Grid", grid)}${row("Tree", tree)}`,
    "mixed.md": `# Mixed\n\n\n${header}${row("Mix", mix)}`,
  };
}

/** A Python page whose one field nests unions `steps` deep (twice as many levels). */
function unionPage(steps: number): string {
  return `# Nested\n\n\`\`\`python\nfrom sdk import models\n\`\`\`\n\n${header}| \`tree\` | *${pythonUnionCell(steps)}* | :heavy_check_mark: | N/A |\n`;
}

/** The emitted files of a docs folder holding the pages. */
async function emitPages(folder: string, pages: Record<string, string>): Promise<OutputFile[]> {
  const root = temporaryFolder();
  mkdirSync(join(root, "docs", folder), { recursive: true });
  for (const [file, page] of Object.entries(pages)) writeFileSync(join(root, "docs", folder, file), page);
  const variant = await parseFolder(join(root, "docs"), { name: "depth" });
  expect(variant.diagnostics).toEqual([]);
  return emitVariant(variant, { naming: "camel", dates: "string" });
}

/** The validator files of the emitted files, and their total size. */
function validatorFiles(files: readonly OutputFile[]): { files: OutputFile[]; size: number } {
  const validators = files.filter((file) => file.path.startsWith("validators/"));
  return { files: validators, size: validators.reduce((total, file) => total + file.contents.length, 0) };
}

/** A value nested as the levels say (`map` or `array`), with `leaf` at the bottom, and the path of that leaf. */
function nestedValue(levels: readonly ("map" | "array")[], leaf: unknown): { value: unknown; path: string } {
  let value = leaf;
  for (const level of [...levels].reverse()) value = level === "map" ? { key: value } : [value];
  return { value, path: levels.map((level) => (level === "map" ? ".key" : "[0]")).join("") };
}

function writePages(root: string): void {
  const shared = join(root, "docs/pkg/models/shared");
  mkdirSync(shared, { recursive: true });
  const rows = Array.from({ length: fieldCount }, (_, index) => `| \`Field${index}\` | *string* | :heavy_check_mark: | N/A |\n`);
  writeFileSync(join(shared, "wide.md"), `# Wide\n\n\n${header}${rows.join("")}`);
  for (const [file, page] of Object.entries(deepPages(depth))) writeFileSync(join(shared, file), page);
}

describe("emitted code past tsc's and the fixtures' limits", () => {
  let files: OutputFile[];
  let project: TempProject;
  let tscOutput: string;
  let index: Index;
  let unionFiles: OutputFile[];
  let unionIndex: Index;

  beforeAll(async () => {
    const root = temporaryFolder();
    writePages(root);
    const variant = await parseFolder(join(root, "docs"), { name: "limits" });
    expect(variant.diagnostics).toEqual([]);
    files = await emitVariant(variant, { naming: "camel", dates: "string" });
    unionFiles = await emitPages("models", { "nested.md": unionPage(MAX_TYPE_DEPTH / 2 - 1) });
    project = createProject({ limits: files, unions: unionFiles });
    tscOutput = project.tsc("tsconfig.json").output;
    index = (await project.importIndex("limits")) as unknown as Index;
    unionIndex = (await project.importIndex("unions")) as unknown as Index;
  });
  afterAll(() => project?.remove());

  const file = (path: string) => files.find((candidate) => candidate.path === path)?.contents ?? "";

  it("compiles under tsc --strict", () => {
    expect(tscOutput).toBe("");
  });

  it("splits a wide model's checks into helpers of FIELDS_PER_FUNCTION fields, which still see every field", () => {
    const helpers = file("validators/wide.ts").match(/^function \w+\(/gm) ?? [];
    expect(helpers).toHaveLength(2 * Math.ceil(fieldCount / FIELDS_PER_FUNCTION));
    const validate = index.validators["Wide"]!;
    const minimal = index.fixtures["Wide"]!.minimal;
    expect(Object.keys(minimal)).toHaveLength(fieldCount);
    expect(validate(minimal)).toEqual([]);
    const { field1499: _last, ...withoutLast } = minimal;
    expect(validate({ ...withoutLast, field700: 7 }).map(({ path }) => path)).toEqual(["$.field700", "$.field1499"]);
  });

  it("gives nested arrays a fixture that grows with the depth, not 2^depth, and both deep fields validate", () => {
    const fixture = file("fixtures/deep.ts");
    expect(fixture.length).toBeLessThan(10_000); // 2^31 items before
    const { minimal, full } = index.fixtures["Deep"]!;
    const validate = index.validators["Deep"]!;
    expect(validate(minimal)).toEqual([]);
    expect(validate(full)).toEqual([]);
    // A wrong leaf at the bottom of the grid is found at its path.
    let grid: unknown = 5;
    for (let level = 0; level < depth; level++) grid = [grid];
    expect(validate({ ...full, grid }).map(({ path }) => path)).toEqual([`$.grid${"[0]".repeat(depth)}`]);
  });

  it("gives a deep invalid value its issues at the deepest level, in maps, arrays, both in turn and unions", () => {
    const validate = index.validators["Deep"]!;
    const full = index.fixtures["Deep"]!.full;
    const validateMixed = index.validators["Mixed"]!;
    const maps = nestedValue(Array(depth).fill("map"), 5);
    expect(validate({ ...full, tree: maps.value })).toEqual([expect.objectContaining({ path: `$.tree${maps.path}`, expected: "string" })]);
    // Mixed nesting, wrong at the bottom and, in a second entry, one level below the top.
    const levels = Array.from({ length: depth }, (_, level) => (level % 2 === 0 ? "map" : "array") as "map" | "array");
    const bottom = nestedValue(levels, true);
    const mix = { ...(bottom.value as object), other: [{ key: "not an array" }] };
    expect(validateMixed({ mix }).map(({ path }) => path)).toEqual([`$.mix${bottom.path}`, "$.mix.other[0].key"]);
    // A union's closest member is reported, level after level: the wrong leaf at the bottom.
    const steps = MAX_TYPE_DEPTH / 2 - 1;
    const unionLevels = Array.from({ length: steps }, (_, step) => (step % 2 === 0 ? "map" : "array") as "map" | "array");
    const wrong = nestedValue(unionLevels, 5);
    const unionIssues = unionIndex.validators["Nested"]!({ tree: wrong.value });
    expect(unionIssues).toEqual([expect.objectContaining({ path: `$.tree${wrong.path}`, expected: "boolean | string" })]);
  });

  it("writes validators that grow linearly with the nesting depth, their paths nested at most three calls deep", async () => {
    const deepValidators = async (levels: number) => validatorFiles(await emitPages("pkg/models/shared", deepPages(levels)));
    const unionValidators = async (steps: number) => validatorFiles(await emitPages("models", { "nested.md": unionPage(steps) }));
    // Measured, the three Go fields: 15 levels 38,238 bytes, 30 levels 76,032 (×1.99; before, 168,711 and
    // 976,498, ×5.79). The Python unions: 7 steps 11,916 bytes, 14 steps 24,513 (×2.06; before, 23,321 and
    // 120,899, ×5.18). At the limit, `map[string]`×31 alone went from 348 KB to 28 KB. What still grows
    // faster than the depth is only the indentation of the nested JSON Schema literal.
    const [shallow, deep] = [await deepValidators(15), await deepValidators(30)];
    const [fewer, more] = [await unionValidators(7), await unionValidators(14)];
    expect(deep.size).toBeLessThan(2.3 * shallow.size);
    expect(more.size).toBeLessThan(2.3 * fewer.size);
    for (const { contents } of [...deep.files, ...more.files]) {
      expect(contents).not.toMatch(/((propertyPath|indexPath)\(){4}/);
    }
    // The walk helpers are laid out as prettier would (the corpus has no type deep enough to have one).
    expect(await changedByPrettier([...deep.files, ...more.files])).toEqual([]);
  });
});
