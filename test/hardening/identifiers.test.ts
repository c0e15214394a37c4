// Issue 24: a property name is written bare only when the TypeScript compiler takes it as an identifier,
// not when Node does. tsc reads identifiers by Unicode tables of its own, older than Node's: before, a field
// named 𲕏 (U+3254F, a CJK letter of Unicode 15) was written unquoted, the output did not compile, and the
// run exited 0 with no diagnostic. Checked here over every code point, against tsc (TypeScript 7, the
// devDependency) and against Node's parser.
import { spawnSync } from "node:child_process";
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { createRequire } from "node:module";
import { propertyKey } from "../../src/emit/common/literals.js";
import { identifierPartRuns, identifierStartRuns } from "../../src/emit/common/ts-identifier-table.js";
import { filesUnder } from "../helpers/files.js";
import { runCli, temporaryFolder } from "../helpers/run-cli.js";
import { createProject } from "../helpers/ts-project.js";

const tscBin = fileURLToPath(new URL("../../node_modules/.bin/tsc", import.meta.url));

/** Every Unicode scalar value but the ASCII ones (those are the plain names' rule). */
function* codePoints(): Generator<string> {
  for (let code = 0x80; code <= 0x10ffff; code++) if (code < 0xd800 || code > 0xdfff) yield String.fromCodePoint(code);
}

/** tsc's messages for a file of interface members named `names`. */
function tscOn(names: readonly string[]): string {
  const root = mkdtempSync(join(tmpdir(), "modeldoc-identifiers-"));
  const file = join(root, "names.ts");
  writeFileSync(file, `export interface Names {\n${names.map((name) => `  ${name}: 0;\n`).join("")}}\n`);
  const run = spawnSync(process.execPath, [tscBin, "--noEmit", "--strict", "--ignoreConfig", "--target", "ES2022", "--pretty", "false", file], { encoding: "utf8" });
  return `${run.stdout}${run.stderr}`;
}

/** The table's runs spelled out: 1 at each code point in a run. */
function spelledOut(runs: readonly number[]): Uint8Array {
  const inside = new Uint8Array(0x110000);
  for (let index = 0; index < runs.length; index += 2) inside.fill(1, runs[index], runs[index + 1]);
  return inside;
}

describe("property names beyond ASCII", () => {
  it("the table of tsc's identifier characters is the compiler's own (ts-morph's TypeScript), at every code point beyond ASCII", () => {
    const { ts } = createRequire(import.meta.url)("ts-morph") as typeof import("ts-morph");
    const [tableStart, tablePart] = [spelledOut(identifierStartRuns), spelledOut(identifierPartRuns)];
    const differ: string[] = [];
    let starts = 0;
    for (let code = 0x80; code <= 0x10ffff; code++) {
      const start = ts.isIdentifierStart(code, ts.ScriptTarget.ESNext);
      if (start) starts++;
      if (start !== (tableStart[code] === 1) || ts.isIdentifierPart(code, ts.ScriptTarget.ESNext) !== (tablePart[code] === 1)) differ.push(code.toString(16));
    }
    expect(differ).toEqual([]);
    expect(starts).toBeGreaterThan(100_000);
  }, 60_000);

  it("a name of a letter Node knows and tsc does not (U+3254F) is quoted; one both know (名前, éa) is bare", () => {
    expect(propertyKey("\u{3254F}")).toBe('"\u{3254F}"');
    expect(propertyKey("a\u{3254F}")).toBe('"a\u{3254F}"');
    expect(propertyKey("名前")).toBe("名前");
    expect(propertyKey("éa")).toBe("éa");
  });

  it("every code point written bare, as a name or after a letter, is an identifier to tsc and to Node", () => {
    const starts: string[] = [];
    const parts: string[] = [];
    for (const character of codePoints()) {
      if (propertyKey(character) === character) starts.push(character);
      if (propertyKey(`a${character}`) === `a${character}`) parts.push(`a${character}`);
    }
    // Most of the letters of the world's scripts are written bare.
    expect(starts.length).toBeGreaterThan(100_000);
    expect(parts.length).toBeGreaterThan(starts.length);
    expect(tscOn([...starts, ...parts])).toBe("");
    // Node's parser: an object literal with every key bare.
    expect(() => new Function(`return { ${[...starts, ...parts].map((name) => `${name}: 0`).join(", ")} };`)).not.toThrow();
  }, 300_000);

  it("a field named 𲕏 in the docs: the generated code compiles under tsc --strict", async () => {
    const root = temporaryFolder();
    const docs = join(root, "go");
    cpSync("specs/go", docs, { recursive: true });
    const page = join(docs, "docs/pkg/models/shared/webhook.md");
    writeFileSync(page, readFileSync(page, "utf8").replace("| `HookURL`", "| `\u{3254F}` | *string* | :heavy_minus_sign: | A letter of Unicode 15. |\n| `HookURL`"));
    const out = join(root, "out");
    const run = await runCli("generate", docs, "--out", out, "--no-cache", "--quiet", "--naming", "as-written");
    expect(run.code).toBe(0);
    const types = readFileSync(join(out, "go", "types", "webhook.ts"), "utf8");
    expect(types).toContain('"\u{3254F}"?: string;');
    const files = [...filesUnder(join(out, "go"))].map(([path, contents]) => ({ path, contents }));
    const project = createProject({ go: files });
    try {
      const result = project.tsc("tsconfig.json");
      expect(result.output).toBe("");
      expect(result.status).toBe(0);
    } finally {
      project.remove();
    }
  }, 300_000);
});
