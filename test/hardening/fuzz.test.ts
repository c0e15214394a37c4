// Issue 13: a fuzz suite. Real corpus pages of every dialect, mutated by fast-check (seeded): cells, rows,
// columns, headers, sections, fences and lists; hostile text and names; unicode, a BOM, line endings, NUL;
// extremes of depth and width. Properties: parsing and emitting never throw; every diagnostic has a
// file:line:column on its page; the generated TypeScript compiles (a sample); every fixture passes its own
// validator; and the CLI on mutated folders (bytes on disk, invalid UTF-8 included) never exits 70, never
// prints a stack, and changes nothing outside its output folder.
//
// Bounded for CI: MODELDOC_FUZZ_RUNS cases in process (default 150) and MODELDOC_FUZZ_CLI_RUNS CLI runs
// (default 6); MODELDOC_FUZZ_SEED picks another seed. `MODELDOC_FUZZ_RUNS=5000 npx vitest run test/hardening/fuzz.test.ts`
// runs it longer.
import { spawnSync } from "node:child_process";
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import fc from "fast-check";
import { afterAll, describe, expect, it } from "vitest";
import { emitVariant, type OutputFile } from "../../src/emit/index.js";
import type { Variant } from "../../src/ir/types.js";
import { parsePages } from "../../src/parse/index.js";
import { corpusRoot } from "../corpus/paths.js";
import { temporaryFolder } from "../helpers/run-cli.js";
import { createProject, type TempProject } from "../helpers/ts-project.js";

const seed = Number(process.env["MODELDOC_FUZZ_SEED"] ?? 12);
const runs = Number(process.env["MODELDOC_FUZZ_RUNS"] ?? 150);
const cliRuns = Number(process.env["MODELDOC_FUZZ_CLI_RUNS"] ?? 6);

/** Pages of every dialect and every kind, with their neighbours so links resolve. */
const basePages: readonly (readonly [folder: string, page: string])[] = [
  ["unified-to/go", "docs/pkg/models/shared/webhook.md"],
  ["unified-to/go", "docs/pkg/models/shared/webhooktype.md"],
  ["unified-to/go", "docs/pkg/models/shared/value.md"],
  ["unified-to/csharp", "docs/Models/Components/Webhook.md"],
  ["unified-to/csharp", "docs/Models/Components/Value.md"],
  ["unified-to/typescript", "docs/sdk/models/shared/webhook.md"],
  ["unified-to/typescript", "docs/sdk/models/shared/webhooktype.md"],
  ["unified-to/python", "docs/models/shared/webhook.md"],
  ["unified-to/python", "docs/models/utils/retryconfig.md"],
  ["unified-to/java", "docs/models/shared/Webhook.md"],
  ["unified-to/php", "docs/Models/Shared/Webhook.md"],
  ["unified-to/php", "docs/Models/Shared/Value.md"],
  ["unified-to/ruby", "docs/models/shared/webhook.md"],
  ["formance/java", "docs/models/shared/V2Account.md"],
  ["formance/go", "docs/pkg/models/shared/accountbalance.md"],
];
const pages = basePages.map(([folder, page]) => ({ folder, page, text: readFileSync(join(corpusRoot, folder, page), "utf8") }));

/** Text that has broken parsers and generators: comment and template breakers, controls, bidi, emoji, huge. */
const hostile = fc.oneof(
  fc.constantFrom("*/", "/*", "${x}", "`", "\\", "|", "\\|", "<script>", "@deprecated", "__proto__", "constructor", "\u0000", "\u001b[2J", "\u202e", "\u2028", "🦀", "N/A", ":heavy_check_mark:", "~~x~~", "<br/>", "[x](#x)", "[y](../../nowhere.md)"),
  fc.string({ unit: "grapheme", maxLength: 40 }),
  fc.string({ unit: "binary", maxLength: 20 }),
  fc.integer({ min: 1, max: 12 }).map((n) => "x".repeat(10 ** (n % 5))),
);

/** Type cells at the extremes of the grammar: deep, wide, and every notation. */
const typeCell = fc.oneof(
  fc.constantFrom("*string*", "`*string`", "*?string*", "*T.nilable(::String)*", "List<*string*>", "Map\\<String, *Object*>", "map[string][]`string`", "array<string, *mixed*>", "[X](x.md)", "*shared.X*", "*string?*", "Union[str, None]", "`*str*`", "T::Hash[Symbol, *::Object*]", "*", "", "<>", "[]", "map[", "List<", "Optional[", "|"),
  fc.integer({ min: 1, max: 2000 }).map((n) => "`" + "[]".repeat(n) + "string`"),
  fc.integer({ min: 1, max: 600 }).map((n) => "List<".repeat(n) + "*string*" + ">".repeat(n)),
  fc.integer({ min: 2, max: 1200 }).map((n) => Array.from({ length: n }, (_, i) => `*T${i}*`).join(" \\| ")),
  fc.integer({ min: 1, max: 120 }).map((n) => "map[string]".repeat(n) + "`string`"),
  hostile,
);

type Mutation = (lines: string[]) => string[];

const rowLines = (lines: readonly string[]) => lines.flatMap((line, index) => (line.startsWith("|") && !/^\|[\s:|-]+\|?\s*$/.test(line) ? [index] : []));
const pick = <T,>(items: readonly T[], at: number): T | undefined => (items.length === 0 ? undefined : items[at % items.length]);

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  // A cell of a table row becomes something else (a type cell or hostile text).
  fc.tuple(fc.nat(), fc.nat(), fc.oneof(typeCell, hostile)).map(([row, column, text]): Mutation => (lines) => {
    const at = pick(rowLines(lines), row);
    if (at === undefined) return lines;
    const cells = lines[at]!.split(/(?<!\\)\|/);
    const index = 1 + (column % Math.max(1, cells.length - 2));
    cells[index] = ` ${text.replace(/\n/g, " ")} `;
    return lines.with(at, cells.join("|"));
  }),
  // A row deleted, repeated, cut short or given an extra cell.
  fc.tuple(fc.nat(), fc.constantFrom("delete", "repeat", "short", "long")).map(([row, how]): Mutation => (lines) => {
    const at = pick(rowLines(lines), row);
    if (at === undefined) return lines;
    const line = lines[at]!;
    if (how === "delete") return lines.toSpliced(at, 1);
    if (how === "repeat") return lines.toSpliced(at, 0, line, line);
    if (how === "short") return lines.with(at, line.split("|").slice(0, 2).join("|") + "|");
    return lines.with(at, `${line} extra |`);
  }),
  // The header's cells renamed or a column dropped.
  fc.tuple(fc.nat(), fc.constantFrom("Name", "Property", "Type", "Optional", "Notes", "", "Field | Field")).map(([column, header]): Mutation => (lines) => {
    const at = lines.findIndex((line) => /^\|\s*(Field|Name)\b/.test(line));
    if (at < 0) return lines;
    const cells = lines[at]!.split("|");
    cells[1 + (column % Math.max(1, cells.length - 2))] = ` ${header} `;
    return lines.with(at, cells.join("|"));
  }),
  // A heading inserted anywhere: another title, a second declaring section, an unknown one, a member.
  fc.tuple(fc.nat(), fc.constantFrom("# Again", "## Fields", "## Values", "## Supported Types", "## Other", "### `str`", "### ", "######", "## BackoffStrategy\n\n### Fields")).map(([line, heading]): Mutation => (lines) => lines.toSpliced(line % (lines.length + 1), 0, "", heading, "")),
  // An unclosed code fence, a list, a quote, an HTML block.
  fc.tuple(fc.nat(), fc.constantFrom("```go", "```", "- a\n- b", "> quote", "<div>", "1. one", "***")).map(([line, block]): Mutation => (lines) => lines.toSpliced(line % (lines.length + 1), 0, block)),
  // The page cut off anywhere.
  fc.nat().map((at): Mutation => (lines) => lines.slice(0, at % (lines.length + 1))),
  // Many rows (width of a model) or many sections.
  fc.integer({ min: 100, max: 1200 }).map((count): Mutation => (lines) => {
    const at = rowLines(lines)[0];
    if (at === undefined) return lines;
    const rows = Array.from({ length: count }, (_, i) => `| \`F${i}\` | *string* | :heavy_minus_sign: | N/A |`);
    return lines.toSpliced(at, 0, ...rows);
  }),
  // A name that collides with another under camelCase, or a hostile one.
  fc.tuple(fc.nat(), fc.oneof(fc.constantFrom("`HookURL`", "`hook_url`", "`HookUrl`", "`constructor`", "`__proto__`", "`0day`", "`a-b`", "`class`", "``", "`Ω`"), hostile)).map(([row, name]): Mutation => (lines) => {
    const at = pick(rowLines(lines), row);
    if (at === undefined) return lines;
    const cells = lines[at]!.split(/(?<!\\)\|/);
    cells[1] = ` ${name.replace(/\n/g, " ")} `;
    return lines.with(at, cells.join("|"));
  }),
);

/** How a page's text is finally written: as is, with a BOM, CRLF or CR line ends, a NUL. */
const encoding = fc.constantFrom<(text: string) => string>(
  (text) => text,
  (text) => `\uFEFF${text}`,
  (text) => text.replace(/\n/g, "\r\n"),
  (text) => text.replace(/\n/g, "\r"),
  (text) => text.replace("|", "|\u0000"),
);

const mutatedPage = fc.tuple(fc.nat(), fc.array(mutation, { minLength: 1, maxLength: 4 }), encoding).map(([which, steps, encode]) => {
  const base = pages[which % pages.length]!;
  const text = encode(steps.reduce((lines, step) => step(lines), base.text.split("\n")).join("\n"));
  return { folder: base.folder, id: base.page, text };
});

/** Emitted variants kept to compile together at the end (every fifth case). */
const sample: Record<string, OutputFile[]> = {};
let project: TempProject | undefined;
afterAll(() => project?.remove());

describe("fuzz: mutated corpus pages, in process", () => {
  it(`parses and emits ${runs} mutated pages without throwing, every diagnostic placed on its page`, async () => {
    let sampled = 0;
    await fc.assert(
      fc.asyncProperty(mutatedPage, async (page) => {
        const variant: Variant = parsePages("fuzz", ".", [{ id: page.id, text: page.text }]);
        for (const diagnostic of variant.diagnostics) {
          expect(diagnostic.source.file).toBe(page.id);
          expect(diagnostic.source.line).toBeGreaterThanOrEqual(1);
          expect(diagnostic.source.column).toBeGreaterThanOrEqual(1);
        }
        const files = await emitVariant(variant);
        expect(files.length).toBeGreaterThan(0);
        if (sampled++ % 5 === 0) sample[`case${sampled}`] = files;
      }),
      { seed, numRuns: runs },
    );
  }, 600_000);

  it("the sampled outputs compile with tsc --strict and every fixture passes its own validator", async () => {
    project = createProject(sample);
    const result = project.tsc("tsconfig.json");
    expect(result.output).toBe("");
    expect(result.status).toBe(0);
    for (const folder of Object.keys(sample)) {
      const index = (await project.importIndex(folder)) as { validators: Record<string, (value: unknown) => unknown[]>; fixtures: Record<string, { minimal: unknown; full: unknown }> };
      for (const [name, validate] of Object.entries(index.validators)) {
        const fixtures = index.fixtures[name]!;
        expect({ folder, name, minimal: validate(fixtures.minimal), full: validate(fixtures.full) }).toEqual({ folder, name, minimal: [], full: [] });
      }
    }
  }, 600_000);
});

/** Every file under a folder, path → size and mtime, leaving one subfolder out. */
function snapshot(root: string, leaveOut: string): Record<string, string> {
  const result: Record<string, string> = {};
  const visit = (folder: string) => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const path = join(folder, entry.name);
      if (path === leaveOut) continue;
      if (entry.isDirectory()) visit(path);
      else {
        const info = statSync(path);
        result[relative(root, path)] = `${info.size} ${info.mtimeMs}`;
      }
    }
  };
  visit(root);
  return result;
}

describe("fuzz: the CLI on mutated folders", () => {
  it(`never exits 70, never prints a stack, never writes outside --out (${cliRuns} folders, invalid UTF-8 included)`, () => {
    const bin = join(process.cwd(), "bin", "modeldoc.js");
    fc.assert(
      fc.property(fc.array(mutatedPage, { minLength: 1, maxLength: 6 }), fc.boolean(), (folderPages, invalidUtf8) => {
        const root = temporaryFolder("modeldoc-fuzz-");
        const docs = join(root, "docs");
        folderPages.forEach((page, index) => {
          const file = join(docs, page.folder.replace("/", "-"), `${index}-${page.id.split("/").pop()}`);
          mkdirSync(join(file, ".."), { recursive: true });
          const bytes = Buffer.from(page.text, "utf8");
          writeFileSync(file, invalidUtf8 ? Buffer.concat([bytes.subarray(0, bytes.length >> 1), Buffer.from([0xff, 0xfe, 0xc3]), bytes.subarray(bytes.length >> 1)]) : bytes);
        });
        writeFileSync(join(root, "sentinel.txt"), "untouched");
        const out = join(root, "out");
        const before = snapshot(root, out);
        const run = spawnSync(process.execPath, [bin, "generate", docs, "--out", out, "--no-cache"], { cwd: root, encoding: "utf8", timeout: 120_000 });
        expect({ signal: run.signal, status: run.status === 0 || run.status === 1 ? "ok" : run.status }).toEqual({ signal: null, status: "ok" });
        expect(run.stderr).not.toMatch(/\n\s+at .*\(.*:\d+:\d+\)/);
        expect(snapshot(root, out)).toEqual(before);
      }),
      { seed, numRuns: cliRuns },
    );
  }, 900_000);
});
