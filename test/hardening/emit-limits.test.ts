// Issue 13: emitted code compiles and works whatever a model's size or depth. A model of 1,500 fields
// (tsc refused one of 750 with TS2563 before its checks were split into helpers), and types nested to the
// parser's limit (MAX_TYPE_DEPTH): arrays whose `full` fixture doubled at every level (2^31 items) and maps.
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { emitVariant, type OutputFile } from "../../src/emit/index.js";
import { FIELDS_PER_FUNCTION } from "../../src/emit/validator-bodies.js";
import { parseFolder } from "../../src/parse/index.js";
import { MAX_TYPE_DEPTH } from "../../src/parse/limits.js";
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

function writePages(root: string): void {
  const shared = join(root, "docs/pkg/models/shared");
  mkdirSync(shared, { recursive: true });
  const rows = Array.from({ length: fieldCount }, (_, index) => `| \`Field${index}\` | *string* | :heavy_check_mark: | N/A |\n`);
  writeFileSync(join(shared, "wide.md"), `# Wide\n\n\n${header}${rows.join("")}`);
  const deep = [
    `| \`Grid\` | ${"[]".repeat(depth)}*string* | :heavy_check_mark: | N/A |`,
    `| \`Tree\` | ${"map[string]".repeat(depth)}string | :heavy_check_mark: | N/A |`,
  ];
  writeFileSync(join(shared, "deep.md"), `# Deep\n\n\n${header}${deep.join("\n")}\n`);
}

describe("emitted code past tsc's and the fixtures' limits", () => {
  let files: OutputFile[];
  let project: TempProject;
  let tscOutput: string;
  let index: Index;

  beforeAll(async () => {
    const root = temporaryFolder();
    writePages(root);
    const variant = await parseFolder(join(root, "docs"), { name: "limits" });
    expect(variant.diagnostics).toEqual([]);
    files = await emitVariant(variant, { naming: "camel", dates: "string" });
    project = createProject({ limits: files });
    tscOutput = project.tsc("tsconfig.json").output;
    index = (await project.importIndex("limits")) as unknown as Index;
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
});
