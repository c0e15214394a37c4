// Issue 13: a fuzz suite. Real corpus pages of every dialect, mutated by fast-check (seeded): cells, rows,
// columns, headers, sections, fences and lists; hostile text and names; unicode, a BOM, line endings, NUL;
// extremes of depth and width. Properties: parsing and emitting never throw; every diagnostic has a
// file:line:column on its page; the generated TypeScript compiles (a sample); every fixture passes its own
// validator; and the CLI on mutated folders (bytes on disk, invalid UTF-8 included) never exits 70, never
// prints a stack, and changes nothing outside its output folder.
//
// Issue 24 adds: every Markdown construct nested at random depths, within the limits and past them (each
// page read within its time budget, src/parse/limits.ts); cache files and manifests damaged between two CLI
// runs (the second run's output is the same as a run without a cache); page file names with control
// characters, spaces and non-ASCII, and UTF-16 pages. A fixture may fail its validator only for a type the
// run warns has no finite value (no-finite-value), and every such fixture does.
//
// Bounded for CI: MODELDOC_FUZZ_RUNS cases in process (default 150) and MODELDOC_FUZZ_CLI_RUNS CLI runs
// (default 6); MODELDOC_FUZZ_SEED picks another seed. `MODELDOC_FUZZ_RUNS=5000 npx vitest run test/hardening/fuzz.test.ts`
// runs it longer.
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, utimesSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import fc from "fast-check";
import { afterAll, describe, expect, it } from "vitest";
import { declarationsWithoutFiniteValue, emitVariant, type OutputFile } from "../../src/emit/index.js";
import { buildSymbolTable } from "../../src/emit/common/symbols.js";
import type { Variant } from "../../src/ir/types.js";
import { pageBudgetMs } from "../../src/parse/limits.js";
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
  // Issue 21's generator formats: rows with an empty last cell, outer pipes left out, rows run together,
  // Rust wrappers, an enum-variants page, a Ruby oneOf page with its discriminator, APIMatic's Structure.
  ["generators/swagger-codegen/sendinblue/java", "docs/TaskReminder.md"],
  ["generators/openapi-generator/vrchat/rust", "docs/Avatar.md"],
  ["generators/openapi-generator/vrchat/rust", "docs/FileStatus.md"],
  ["generators/openapi-generator/conekta/ruby", "docs/CreateCustomerPaymentMethodsRequest.md"],
  ["generators/openapi-generator/dropbox-sign/csharp", "sdks/dotnet/docs/TemplateResponse.md"],
  ["generators/apimatic/maxio/typescript", "doc/models/subscription.md"],
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

/** Each Markdown construct nested `depth` deep (the limits are 32): what remark handles badly. */
const nesting = fc.tuple(
  fc.constantFrom("list", "ordered", "indented", "quote", "footnote", "emphasis", "strike", "link", "image", "bracket", "backticks", "openers"),
  fc.oneof(fc.integer({ min: 1, max: 40 }), fc.integer({ min: 1, max: 4000 })),
).map(([construct, depth]): string => {
  switch (construct) {
    case "list":
      return `${"- ".repeat(depth)}x`;
    case "ordered":
      return `${"1. ".repeat(depth)}x`;
    case "indented":
      return Array.from({ length: Math.min(depth, 400) }, (_, level) => `${"  ".repeat(level)}- x`).join("\n");
    case "quote":
      return `${">".repeat(depth)} x`;
    case "footnote":
      return `${"[^a]: ".repeat(depth)}x`;
    case "emphasis": {
      let text = "x";
      for (let level = 0; level < depth; level++) text = level % 2 === 0 ? `*a ${text} a*` : `_b ${text} b_`;
      return text;
    }
    case "strike":
      return `${"~~a ".repeat(depth)}x${" a~~".repeat(depth)}`;
    case "link":
      return `${"[".repeat(depth)}x${"](u)".repeat(depth)}`;
    case "image":
      return `${"![".repeat(depth)}x${"](u)".repeat(depth)}`;
    case "bracket":
      return `${"[".repeat(depth)}${"[a](u)".repeat(depth)}`;
    case "backticks":
      return Array.from({ length: Math.min(depth, 600) }, (_, index) => "`".repeat(index + 1)).join(" ");
    default:
      return `${"*a ".repeat(depth)}${" b_".repeat(depth)}`;
  }
});

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
  // A construct nested deep, in the description or in a table cell.
  fc.tuple(fc.nat(), nesting).map(([line, block]): Mutation => (lines) => lines.toSpliced(line % (lines.length + 1), 0, "", block, "")),
  fc.tuple(fc.nat(), nesting).map(([row, block]): Mutation => (lines) => {
    const at = pick(rowLines(lines), row);
    if (at === undefined) return lines;
    const cells = lines[at]!.split(/(?<!\\)\|/);
    cells[cells.length > 4 ? 4 : 1] = ` ${block.replace(/\n/g, " ")} `;
    return lines.with(at, cells.join("|"));
  }),
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
/** The longest a case's page took to read, in ms (printed: the fuzz runs report it). */
let slowest = 0;
/** For each, the types the run warns have no finite value: their fixtures, and only theirs, fail their validator. */
const noFiniteValue: Record<string, Set<string>> = {};
let project: TempProject | undefined;
afterAll(() => project?.remove());

describe("fuzz: mutated corpus pages, in process", () => {
  it(`parses and emits ${runs} mutated pages without throwing, every diagnostic placed on its page`, async () => {
    let sampled = 0;
    await fc.assert(
      fc.asyncProperty(mutatedPage, async (page) => {
        // Each page within its time budget (read once or twice, in a second dialect): the limits leave remark
        // linear in the page's length.
        const started = performance.now();
        const variant: Variant = parsePages("fuzz", ".", [{ id: page.id, text: page.text }]);
        const milliseconds = performance.now() - started;
        expect(milliseconds).toBeLessThan(pageBudgetMs(page.text.length));
        slowest = Math.max(slowest, milliseconds);
        for (const diagnostic of variant.diagnostics) {
          expect(diagnostic.source.file).toBe(page.id);
          expect(diagnostic.source.line).toBeGreaterThanOrEqual(1);
          expect(diagnostic.source.column).toBeGreaterThanOrEqual(1);
        }
        const files = await emitVariant(variant);
        expect(files.length).toBeGreaterThan(0);
        if (sampled++ % 5 === 0) {
          sample[`case${sampled}`] = files;
          // What the run warns has no finite value (generate's no-finite-value), by registry name.
          const symbols = buildSymbolTable(variant.declarations).byId;
          noFiniteValue[`case${sampled}`] = new Set(declarationsWithoutFiniteValue(variant, "camel").map((declaration) => symbols.get(declaration.id)!.identifier));
        }
      }),
      { seed, numRuns: runs },
    );
    console.info(`fuzz seed ${seed}: ${runs} cases, the slowest page read in ${slowest.toFixed(0)} ms (its budget at least ${pageBudgetMs(0)} ms)`);
  }, 3_600_000);

  it("the sampled outputs compile with tsc --strict and every fixture passes its own validator but those of types warned to have no finite value", async () => {
    project = createProject(sample);
    const result = project.tsc("tsconfig.json");
    expect(result.output).toBe("");
    expect(result.status).toBe(0);
    for (const folder of Object.keys(sample)) {
      const index = (await project.importIndex(folder)) as { validators: Record<string, (value: unknown) => unknown[]>; fixtures: Record<string, { minimal: unknown; full: unknown }> };
      for (const [name, validate] of Object.entries(index.validators)) {
        const fixtures = index.fixtures[name]!;
        const passes = validate(fixtures.minimal).length === 0 && validate(fixtures.full).length === 0;
        // Exactly the types warned about fail: a required field typed [x](#x), a self-reference, is one.
        expect({ folder, name, passes }).toEqual({ folder, name, passes: !noFiniteValue[folder]!.has(name) });
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

/** How a page's bytes are written: UTF-8, with bytes that are not UTF-8 in its middle, or UTF-16 with a byte order mark. */
const pageBytes = fc.constantFrom<(text: string) => Buffer>(
  (text) => Buffer.from(text, "utf8"),
  (text) => {
    const bytes = Buffer.from(text, "utf8");
    return Buffer.concat([bytes.subarray(0, bytes.length >> 1), Buffer.from([0xff, 0xfe, 0xc3]), bytes.subarray(bytes.length >> 1)]);
  },
  (text) => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, "utf16le")]),
  (text) => {
    const bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, "utf16le")]);
    return bytes.swap16();
  },
);

/** A page file's name: plain, or with control characters, spaces, non-ASCII, a leading dash, `#`, `%`. */
const pageName = fc.constantFrom("", "new\nline ", "tab\there ", "bell\u0007", "two  spaces ", "-dash", "#hash", "100%", "名前 ", "e\u0301", "\u202eevil", "..dots");

/**
 * Damage done to the cache files and the manifest between two runs: an entry set to null, a field
 * changed, a file cut short or replaced by other JSON, a manifest entry with a NUL or leading out.
 */
const damage = fc.constantFrom<(value: unknown) => unknown>(
  () => null,
  () => [],
  () => "not json",
  (value) => JSON.parse(JSON.stringify(value).replace(/"[0-9a-f]{16}"/, '"0000000000000000"')),
  (value) => JSON.parse(JSON.stringify(value).replace(/:"[^"]{0,40}"/, ':"forged"')),
  (value) => JSON.parse(JSON.stringify(value).replace(/:\{/, ":null,\"x\":{")),
  (value) => JSON.parse(JSON.stringify(value).replace(/\d+(\.\d+)?/, "7")),
  (value) => (typeof value === "object" && value !== null && Array.isArray((value as { files?: unknown }).files) ? { ...value, files: [...(value as { files: string[] }).files, "types/evil\u0000.ts", "../../outside.ts", 7] } : value),
);

/** Rewrites a JSON file damaged (for "not json", cut short). */
function damageFile(file: string, harm: (value: unknown) => unknown): void {
  let value: unknown;
  try {
    value = JSON.parse(readFileSync(file, "utf8"));
  } catch {
    return;
  }
  const damaged = harm(value);
  writeFileSync(file, damaged === "not json" ? JSON.stringify(value).slice(0, 50) : JSON.stringify(damaged));
}

describe("fuzz: the CLI on mutated folders", () => {
  it(`never exits 70, never prints a stack, never writes outside --out (${cliRuns} folders: invalid UTF-8, UTF-16, odd file names); a damaged cache or manifest changes nothing in the output`, () => {
    const bin = join(process.cwd(), "bin", "modeldoc.js");
    const cli = (root: string, ...args: string[]) => spawnSync(process.execPath, [bin, ...args], { cwd: root, encoding: "utf8", timeout: 300_000 });
    const expectSound = (run: ReturnType<typeof cli>) => {
      expect({ signal: run.signal, status: run.status === 0 || run.status === 1 ? "ok" : run.status, stderr: /internal error/.test(run.stderr) ? run.stderr : "" }).toEqual({ signal: null, status: "ok", stderr: "" });
      expect(run.stderr).not.toMatch(/\n\s+at .*\(.*:\d+:\d+\)/);
    };
    fc.assert(
      fc.property(fc.array(fc.tuple(mutatedPage, pageName, pageBytes), { minLength: 1, maxLength: 6 }), fc.array(damage, { minLength: 1, maxLength: 3 }), (folderPages, harms) => {
        const root = temporaryFolder("modeldoc-fuzz-");
        const docs = join(root, "docs");
        folderPages.forEach(([page, name, bytes], index) => {
          const file = join(docs, page.folder.replace("/", "-"), `${index}-${name}${page.id.split("/").pop()}`);
          mkdirSync(join(file, ".."), { recursive: true });
          writeFileSync(file, bytes(page.text));
        });
        writeFileSync(join(root, "sentinel.txt"), "untouched");
        const out = join(root, "out");
        const fresh = join(root, "fresh");
        const before = snapshot(root, out);
        // A run from scratch, and a cached one into --out.
        expectSound(cli(root, "generate", docs, "--out", fresh, "--no-cache", "--quiet"));
        expectSound(cli(root, "generate", docs, "--out", out, "--quiet"));
        expect({ ...snapshot(root, out), ...snapshot(root, fresh) }).toMatchObject(before);
        // The cache files and the manifest damaged; the next cached run makes what a run from scratch makes.
        const cacheFolder = join(root, "node_modules", ".cache", "modeldoc");
        const damaged = [...readdirSync(cacheFolder).map((name) => join(cacheFolder, name)), join(out, "docs", ".modeldoc-manifest.json")];
        harms.forEach((harm, index) => damageFile(damaged[index % damaged.length]!, harm));
        for (const page of readdirSync(docs, { recursive: true, withFileTypes: true })) if (page.isFile()) utimesSync(join(page.parentPath, page.name), new Date(), new Date(Date.now() + 5000));
        expectSound(cli(root, "generate", docs, "--out", out, "--quiet"));
        const made = (folder: string) => Object.fromEntries(Object.entries(filesUnderText(join(folder, "docs"))).filter(([path]) => path !== ".modeldoc-manifest.json"));
        expect(made(out)).toEqual(made(fresh));
      }),
      { seed, numRuns: cliRuns },
    );
  }, 1_800_000);
});

/** Every file under a folder with its text (missing folder: none). */
function filesUnderText(folder: string): Record<string, string> {
  const files: Record<string, string> = {};
  if (!existsSync(folder)) return files;
  for (const entry of readdirSync(folder, { recursive: true, withFileTypes: true })) {
    if (entry.isFile()) files[relative(folder, join(entry.parentPath, entry.name))] = readFileSync(join(entry.parentPath, entry.name), "utf8");
  }
  return files;
}
