// Issue 24: no page can stall or crash a run. What remark's parser handles badly (containers and inline
// constructs nested deep, delimiters that never pair up) is measured before it parses, and a page past a
// limit of src/parse/limits.ts is an error at its place, the page skipped and every other page read; any
// exception while reading a page is that page's error; and on the worker threads each page runs within a
// wall-clock budget. Before, a 6 KB page holding a list nested 3,000 deep ended generate, parse and diff
// with exit 70 (a stack overflow inside the Markdown parser), naming no page.
import { execFileSync, spawn } from "node:child_process";
import { existsSync, mkdirSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { Worker } from "node:worker_threads";
import { describe, expect, it } from "vitest";
import type { Diagnostic } from "../../src/ir/types.js";
import {
  MAX_BLOCK_NESTING,
  MAX_CODE_SPAN_SCAN,
  MAX_INLINE_NESTING,
  MAX_INLINE_SCAN,
  MAX_PAGE_LENGTH,
  PAGE_BUDGET_MS,
  PAGE_BUDGET_MS_PER_MB,
  pageBudgetMs,
} from "../../src/parse/limits.js";
import { readPage, readPagesHere } from "../../src/parse/index.js";
import { filesUnder } from "../helpers/files.js";
import { runCli, temporaryFolder } from "../helpers/run-cli.js";

/** A model page whose description (from line 5) is `description`; its one field is on the last line. */
function modelPage(description: string): string {
  return `# Deep\n\nA model.\n\n${description}\n\n## Fields\n\n| Field | Type | Required | Description |\n| --- | --- | --- | --- |\n| \`ID\` | *string* | :heavy_check_mark: | The id. |\n`;
}

function limitErrors(diagnostics: readonly Diagnostic[]): Diagnostic[] {
  return diagnostics.filter((diagnostic) => diagnostic.code === "markdown-limit");
}

/** `*a _b *a … a* b_ a*`: emphasis `levels` deep, the two characters taking turns. */
function nestedEmphasis(levels: number): string {
  let text = "x";
  for (let level = levels - 1; level >= 0; level--) text = level % 2 === 0 ? `*a ${text} a*` : `_b ${text} b_`;
  return text;
}

const over = MAX_BLOCK_NESTING + 1;
const overInline = MAX_INLINE_NESTING + 1;

/**
 * Each construct one level past its limit, and the column (on the description's first line unless a line
 * is given) of the opener that goes past it; for the work limits, the place where the work goes past it.
 */
const pastTheLimit: readonly { name: string; description: string; line?: number; column?: number; message: RegExp }[] = [
  { name: "list items on one line (- - - x)", description: `${"- ".repeat(over)}x`, column: 2 * MAX_BLOCK_NESTING + 1, message: /lists, block quotes and footnotes nested at most 32 deep/ },
  { name: "ordered list items on one line (1. 1. x)", description: `${"1. ".repeat(over)}x`, column: 3 * MAX_BLOCK_NESTING + 1, message: /nested at most 32 deep/ },
  {
    name: "a list nested by indentation",
    description: Array.from({ length: over + 5 }, (_, level) => `${"  ".repeat(level)}- item ${level}`).join("\n"),
    line: 5 + MAX_BLOCK_NESTING,
    column: 2 * MAX_BLOCK_NESTING + 1,
    message: /nested at most 32 deep/,
  },
  { name: "block quotes (>>>)", description: `${">".repeat(over)} x`, column: over, message: /nested at most 32 deep/ },
  { name: "footnote definitions ([^a]: [^a]:)", description: `${"[^a]: ".repeat(over)}x`, column: 6 * MAX_BLOCK_NESTING + 1, message: /nested at most 32 deep/ },
  { name: "emphasis (*a _b … b_ a*)", description: nestedEmphasis(overInline), column: 1, message: /emphasis and strikethrough nested at most 32 deep, found 33 levels/ },
  { name: "strikethrough (~~a ~~a … a~~ a~~)", description: `${"~~a ".repeat(overInline)}x${" a~~".repeat(overInline)}`, column: 1, message: /emphasis and strikethrough nested at most 32 deep/ },
  { name: "links ([[…](u)](u))", description: `${"[".repeat(overInline)}x${"](u)".repeat(overInline)}`, column: 1, message: /links, images and brackets nested at most 32 deep, found 33 levels/ },
  { name: "images (![![…](u)](u))", description: `${"![".repeat(overInline)}x${"](u)".repeat(overInline)}`, column: 2, message: /links, images and brackets nested at most 32 deep/ },
  { name: "brackets ([[[x]]])", description: `${"[".repeat(overInline)}x${"]".repeat(overInline)}`, column: 1, message: /links, images and brackets nested at most 32 deep/ },
  {
    name: "emphasis openers that never close, then closers of another kind (*a *a … b_ b_)",
    // Each `_` looks back over every `*` opener: n² steps.
    description: `${"*a ".repeat(Math.ceil(Math.sqrt(MAX_INLINE_SCAN)) + 1)}${" b_".repeat(Math.ceil(Math.sqrt(MAX_INLINE_SCAN)) + 1)}`,
    message: /emphasis delimiters and brackets that pair up .* over 2,000,000 steps/,
  },
  {
    name: "brackets that never close, then links ([[[… [a](u)[a](u)…)",
    // Each link made walks back over every `[` before it.
    description: `${"[".repeat(Math.ceil(Math.sqrt(MAX_INLINE_SCAN)) + 1)}${"[a](u)".repeat(Math.ceil(Math.sqrt(MAX_INLINE_SCAN)) + 1)}`,
    message: /over 2,000,000 steps/,
  },
  {
    // Found by the fuzz suite (seed 2401): read as a paragraph, the cell's first run closed on the next row;
    // remark reads the cell alone, and looked for every run's closing run to the cell's end.
    name: "backtick runs of every length in a table cell, the table's other cells with code spans",
    description: `| Field | Type |\n| --- | --- |\n| \`A\` | ${Array.from({ length: Math.ceil(Math.cbrt(4 * MAX_CODE_SPAN_SCAN)) + 10 }, (_, index) => "`".repeat(index + 1)).join(" ")} |\n| \`B\` | *string* |`,
    line: 7,
    column: 9,
    message: /backtick runs that close .* over 20,000,000 characters of scanning/,
  },
  {
    name: "backtick runs of every length, none closed (` `` ``` …)",
    // A run with no closing run of its length is looked for to the paragraph's end: about n³/4 characters.
    description: Array.from({ length: Math.ceil(Math.cbrt(4 * MAX_CODE_SPAN_SCAN)) + 10 }, (_, index) => "`".repeat(index + 1)).join(" "),
    column: 1,
    message: /backtick runs that close .* over 20,000,000 characters of scanning/,
  },
];

describe("a page past a Markdown limit (src/parse/limits.ts)", () => {
  it.each(pastTheLimit)("$name: an error at the opener past the limit, the page skipped", ({ description, line, column, message }) => {
    const result = readPage({ id: "deep.md", text: modelPage(description) }, { dialect: "go" });
    expect(result.declarations).toEqual([]);
    expect(result.diagnostics).toHaveLength(1);
    const [error] = limitErrors(result.diagnostics);
    expect(error?.severity).toBe("error");
    expect(error?.source).toMatchObject({ file: "deep.md", line: line ?? 5 });
    if (column !== undefined) expect(error?.source.column).toBe(column);
    else expect(error?.source.column).toBeGreaterThan(1);
    expect(error?.message).toMatch(message);
    expect(error?.message).toContain("page skipped");
  });

  it.each([
    ["list items on one line", `${"- ".repeat(MAX_BLOCK_NESTING)}x`],
    ["block quotes", `${">".repeat(MAX_BLOCK_NESTING)} x`],
    ["a list nested by indentation", Array.from({ length: MAX_BLOCK_NESTING }, (_, level) => `${"  ".repeat(level)}- item`).join("\n")],
    ["emphasis", nestedEmphasis(MAX_INLINE_NESTING)],
    ["images", `${"![".repeat(MAX_INLINE_NESTING)}x${"](u)".repeat(MAX_INLINE_NESTING)}`],
    // Openers that never close add no depth: a lone `*` in each of many table rows, or `[` in type cells.
    ["a thousand lone openers", Array.from({ length: 1000 }, (_, index) => `| [*shared.T${index}](t.md) | *a ${index} |`).join("\n")],
  ])("%s at the limit: read as usual", (_, description) => {
    const result = readPage({ id: "deep.md", text: modelPage(description) }, { dialect: "go" });
    expect(limitErrors(result.diagnostics)).toEqual([]);
    expect(result.declarations.map((declaration) => declaration.name)).toEqual(["Deep"]);
  });

  it(`a page longer than MAX_PAGE_LENGTH (${MAX_PAGE_LENGTH.toLocaleString("en")} characters) is not parsed`, () => {
    const text = `# Long\n\n${"a".repeat(MAX_PAGE_LENGTH)}\n`;
    const result = readPage({ id: "long.md", text }, { dialect: "go" });
    expect(result.declarations).toEqual([]);
    expect(result.diagnostics).toEqual([
      { severity: "error", code: "markdown-limit", message: `expected a page of at most ${MAX_PAGE_LENGTH.toLocaleString("en")} characters, found ${text.length.toLocaleString("en")}`, source: { file: "long.md", line: 1, column: 1 } },
    ]);
  });

});

/** A docs folder: the bundled Go specs and one more page. */
function folderWith(page: string): { root: string; docs: string } {
  const root = temporaryFolder("modeldoc-limits-");
  const docs = join(root, "go");
  execFileSync("cp", ["-r", resolve("specs/go"), docs]);
  writeFileSync(join(docs, "docs/pkg/models/shared/deep.md"), page);
  return { root, docs };
}

describe("the CLI on a folder with such a page", () => {
  // The issue's page: a 6 KB description holding `printf -- '- %.0s' $(seq 3000)` on one line.
  const deepList = modelPage(`${"- ".repeat(3000)}x`);
  // 80 KB of balanced nested emphasis: a minute in remark before the stack overflowed.
  const deepEmphasis = modelPage(nestedEmphasis(13_000));

  it.each([
    ["a list nested 3,000 deep", deepList, `${2 * MAX_BLOCK_NESTING + 1}`],
    // The 33rd pair from the inside.
    ["80 KB of nested emphasis", deepEmphasis, "\\d+"],
  ])("%s: generate, parse and diff name the page and read every other one (exit 0)", async (_, page, column) => {
    expect(page.length).toBeGreaterThan(6000);
    const { root, docs } = folderWith(page);
    const out = join(root, "out");
    const place = new RegExp(`${docs}/docs/pkg/models/shared/deep\\.md:5:${column}: error markdown-limit: expected`);
    const generated = await runCli("generate", docs, "--out", out, "--no-cache", "--quiet");
    expect(generated.stderr).toMatch(place);
    expect(generated.stderr).not.toContain("internal error");
    expect(generated.code).toBe(0);
    expect([...filesUnder(join(out, "go")).keys()]).toContain("types/webhook.ts");
    expect([...filesUnder(join(out, "go")).keys()]).not.toContain("types/deep.ts");

    const parsed = await runCli("parse", docs, "--stats");
    expect(parsed.stderr).toMatch(place);
    expect(parsed.code).toBe(0);

    const diffed = await runCli("diff", resolve("specs/go"), docs, "--no-cache");
    expect(diffed.stderr).toMatch(place);
    expect(diffed.stderr).not.toContain("internal error");
    expect(diffed.code).toBe(0);
  });
});

describe("any exception while reading a page is that page's error", () => {
  it("a stack overflow inside remark (a thread with a small stack, the limits lifted) is a page-failed error, not the run's end", async () => {
    // The limits keep remark's recursion far from the stack's end; lifted, a list 1,000 deep overflows a
    // 512 KB stack. The reading runs on a thread of its own, from the build (npm test builds it).
    const page = modelPage(`${"- ".repeat(1000)}x`);
    const module = new URL("../../dist/parse/read-page.js", import.meta.url).href;
    const worker = new Worker(
      `const { workerData, parentPort } = require("node:worker_threads");
       import(workerData.module).then(({ readPage }) => {
         const lifted = { pageLength: Infinity, blockNesting: Infinity, inlineNesting: Infinity, inlineScan: Infinity, codeSpanScan: Infinity };
         parentPort.postMessage(readPage({ id: "deep.md", text: workerData.page }, { dialect: "go" }, lifted));
       });`,
      { eval: true, workerData: { module, page }, resourceLimits: { stackSizeMb: 0.5 } },
    );
    const result = await new Promise<{ declarations: unknown[]; diagnostics: Diagnostic[] }>((resolvePromise, reject) => {
      worker.once("message", resolvePromise);
      worker.once("error", reject);
    });
    await worker.terminate();
    expect(result.declarations).toEqual([]);
    expect(result.diagnostics).toHaveLength(1);
    expect(result.diagnostics[0]).toMatchObject({ severity: "error", code: "page-failed", source: { file: "deep.md", line: 1, column: 1 } });
    expect(result.diagnostics[0]?.message).toMatch(/found one whose reading failed \(RangeError: Maximum call stack size exceeded\); page skipped/);
  });

  it("a page deleted before it is read is a page-unreadable error", async () => {
    const root = temporaryFolder();
    writeFileSync(join(root, "kept.md"), modelPage("Kept."));
    const [gone, kept] = await readPagesHere(
      [
        { file: join(root, "gone.md"), id: "gone.md" },
        { file: join(root, "kept.md"), id: "kept.md" },
      ],
      { dialect: "go" },
    );
    expect(gone?.diagnostics).toEqual([
      {
        severity: "error",
        code: "page-unreadable",
        message: "expected a page to read, found none that could be read (ENOENT: deleted, renamed or replaced while modeldoc read the folder?); page skipped",
        source: { file: "gone.md", line: 1, column: 1 },
      },
    ]);
    expect(kept?.declarations.map((declaration) => declaration.name)).toEqual(["Deep"]);
  });

  it("a named pipe given as the page is an unreadable page, not a run that waits forever", async () => {
    const pipe = join(temporaryFolder(), "pipe.md");
    execFileSync("mkfifo", [pipe]);
    const run = await runCli("parse", pipe);
    expect(run.stderr).toContain("pipe.md:1:1: error page-unreadable: expected a page to read, found none that could be read (ENOTFILE");
    expect(run.code).toBe(0);
  });
});

describe("the wall-clock budget of a page on the worker threads", () => {
  it("grows with the page's length: a base, and more a megabyte", () => {
    expect(pageBudgetMs(0)).toBe(PAGE_BUDGET_MS);
    expect(pageBudgetMs(2_000_000)).toBe(PAGE_BUDGET_MS + 2 * PAGE_BUDGET_MS_PER_MB);
  });

  it("a page over its budget has its worker stopped and gets an error; the other pages of its batch are read", async () => {
    // From the build: only compiled code runs on worker threads. The large page (a table of 40,000 rows)
    // gets a budget of 50 ms, the others a minute each.
    const { readPagesOnWorkers, closePool } = (await import(new URL("../../dist/pipeline/pool.js", import.meta.url).href)) as typeof import("../../src/pipeline/pool.js");
    const root = temporaryFolder();
    const rows = Array.from({ length: 40_000 }, (_, index) => `| \`F${index}\` | *string* | :heavy_minus_sign: | Field ${index}. |`).join("\n");
    const pages = ["a", "big", "c", "d"].map((name) => {
      const file = join(root, `${name}.md`);
      mkdirSync(root, { recursive: true });
      writeFileSync(file, name === "big" ? modelPage("Big.").replace("| `ID`", `${rows}\n| \`ID\``) : modelPage(`Page ${name}.`));
      return { file, id: `${name}.md` };
    });
    try {
      const results = await readPagesOnWorkers(pages, { dialect: "go" }, (length: number) => (length > 100_000 ? 50 : 60_000));
      expect(results.map((result) => result.id)).toEqual(["a.md", "big.md", "c.md", "d.md"]);
      expect(results.map((result) => result.declarations.length)).toEqual([1, 0, 1, 1]);
      const [stopped] = results[1]!.diagnostics;
      expect(stopped).toMatchObject({ severity: "error", code: "page-over-budget", source: { file: "big.md", line: 1, column: 1 } });
      expect(stopped?.message).toMatch(/^expected a page read within its time budget, found one still being read after \d+\.\d s; stopped, page skipped/);
    } finally {
      await closePool();
    }
  });
});

describe("pages deleted or renamed while generate runs", () => {
  it("never end the run: each is read, or is a page-unreadable error (the built CLI, pages on worker threads)", async () => {
    // 420 pages: enough for the worker threads. While the run reads them, pages are renamed back and
    // forth and deleted; before, a page gone between the listing and its reading was `internal error …
    // ENOENT open '<page>'` (exit 70).
    const root = temporaryFolder("modeldoc-race-");
    const shared = join(root, "docs", "pkg", "models", "shared");
    mkdirSync(shared, { recursive: true });
    const pages = Array.from({ length: 420 }, (_, index) => join(shared, `model${index}.md`));
    pages.forEach((page, index) => writeFileSync(page, modelPage(`Model ${index}.`).replace("# Deep", `# Model${index}`)));
    for (const round of [["--no-cache"], []]) {
      const child = spawn(process.execPath, [resolve("bin/modeldoc.js"), "generate", join(root, "docs"), "--out", join(root, "out"), "--quiet", ...round], { cwd: root });
      let stderr = "";
      child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
      const done = new Promise<number | null>((resolvePromise) => child.on("close", resolvePromise));
      let turn = 0;
      const churn = setInterval(() => {
        for (let step = 0; step < 20; step++) {
          const page = pages[(turn++ * 7) % pages.length]!;
          const moved = `${page}.moved.md`;
          if (existsSync(page)) renameSync(page, moved);
          else if (existsSync(moved)) renameSync(moved, page);
          if (turn % 50 === 0) rmSync(page, { force: true });
        }
      }, 1);
      const code = await done;
      clearInterval(churn);
      expect(stderr).not.toContain("internal error");
      expect({ ok: code === 0 || code === 1, stderr: code === 0 || code === 1 ? "" : stderr }).toEqual({ ok: true, stderr: "" });
    }
  });
});
