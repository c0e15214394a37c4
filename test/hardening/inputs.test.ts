// Issue 24: every input a clear diagnostic, and summaries that count what happened. Each case here was
// before: bytes that are not UTF-8 read as U+FFFD in silence (a field `Bad\xff` emitted as `bad`); a UTF-16
// page (with its byte order mark) dropped as "missing-title"; a JSON config with a UTF-8 byte order mark
// refused, and JSON syntax errors without a line and column; a `.txt`, `.json` or binary file as a side of
// `diff` compared as a page (every model added or removed); a file of the docs folder that is not a page
// read as one; a full disk leaving an empty `.modeldoc-lock` that the next run took as held; "2 removed"
// when a forged manifest made a run remove nothing; a manifest entry holding a NUL byte: exit 70 on every run.
import { spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readPage } from "../../src/parse/index.js";
import { decodePage } from "../../src/parse/page-text.js";
import { runCli, temporaryFolder } from "../helpers/run-cli.js";

const WEBHOOK = "docs/pkg/models/shared/webhook.md";

/** The bundled Go docs in a folder of their own. */
function goDocs(): { root: string; docs: string } {
  const root = temporaryFolder("modeldoc-inputs-");
  const docs = join(root, "go");
  cpSync("specs/go", docs, { recursive: true });
  return { root, docs };
}

describe("page encodings", () => {
  it("bytes that are not UTF-8 are a warning at their line and column, naming them", () => {
    const text = readFileSync(join("specs/go", WEBHOOK), "utf8");
    const row = text.split("\n").findIndex((line) => line.startsWith("| `HookURL`"));
    const bytes = Buffer.from(text.replace("| `HookURL`", "| `Bad\u0000`"), "utf8");
    bytes[bytes.indexOf(0)] = 0xff; // `Bad` then a byte no UTF-8 text holds
    const source = decodePage(WEBHOOK, bytes);
    const result = readPage(source, { dialect: "go" });
    expect(result.diagnostics.filter((diagnostic) => diagnostic.code === "invalid-utf8")).toEqual([
      {
        severity: "warning",
        code: "invalid-utf8",
        message: "expected UTF-8 text, found bytes that are not (0xff 0x60 0x20 0x20); read as U+FFFD, so the text here is not as written",
        source: { file: WEBHOOK, line: row + 1, column: 7 },
      },
    ]);
  });

  it("a sequence cut short at a line's end, and one in the middle of a letter, are found where they start", () => {
    const bytes = Buffer.concat([Buffer.from("# Title\n\nok é"), Buffer.from([0xc3]), Buffer.from("\nnext \u00e9"), Buffer.from([0xe2, 0x82]), Buffer.from("x\n")]);
    const { decodingProblems } = decodePage("p.md", bytes);
    expect(decodingProblems?.map((problem) => [problem.source.line, problem.source.column, problem.message.split(";")[0]])).toEqual([
      [3, 5, "expected UTF-8 text, found bytes that are not (0xc3)"],
      [4, 7, "expected UTF-8 text, found bytes that are not (0xe2 0x82 0x78)"],
    ]);
  });

  it("a UTF-16 page with its byte order mark (little or big endian) reads as the same page", () => {
    const text = readFileSync(join("specs/go", WEBHOOK), "utf8");
    const expected = readPage({ id: WEBHOOK, text }, { dialect: "go" });
    const little = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, "utf16le")]);
    const big = Buffer.from(little);
    big.swap16();
    for (const bytes of [little, big]) {
      const result = readPage(decodePage(WEBHOOK, bytes), { dialect: "go" });
      expect(result.diagnostics).toEqual([]);
      expect(result.declarations).toEqual(expected.declarations);
    }
  });

  it("the CLI: a field `Bad\\xff` is warned about at its place, not emitted silently as `bad`", async () => {
    const { root, docs } = goDocs();
    const page = join(docs, WEBHOOK);
    const text = readFileSync(page, "utf8").replace("| `HookURL`", "| `Bad\u0000` | *string* | :heavy_minus_sign: | N/A |\n| `HookURL`");
    const bytes = Buffer.from(text, "utf8");
    bytes[bytes.indexOf(0)] = 0xff;
    writeFileSync(page, bytes);
    const run = await runCli("generate", docs, "--out", join(root, "out"), "--quiet");
    expect(run.stderr).toMatch(new RegExp(`${page}:\\d+:7: warning invalid-utf8: expected UTF-8 text, found bytes that are not \\(0xff`));
    expect(run.code).toBe(0);
  });
});

describe("config files", () => {
  it("a JSON config with a UTF-8 byte order mark is read", async () => {
    const { root } = goDocs();
    writeFileSync(join(root, "modeldoc.config.json"), `\uFEFF${JSON.stringify({ variants: [{ folder: "go" }], out: "gen" })}`);
    const run = await runCli("--cwd", root, "generate", "--quiet", "--no-cache");
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    expect(existsSync(join(root, "gen", "go", "types", "webhook.ts"))).toBe(true);
  });

  it.each([
    ['{\n  "out": "gen"\n  "naming": "camel"\n}\n', 3, 3],
    ['{\n  "out": "gen",\n}\n', 3, 1],
    ['{ "out": tru }', 1, 10],
    ['{ "out": "gen" }\n}', 2, 1],
    ['{\n  "variants": [\n', 3, 1],
    ["", 1, 1],
  ])("every JSON syntax error has its line and column (%j)", async (text, line, column) => {
    const { root } = goDocs();
    const config = join(root, "modeldoc.config.json");
    writeFileSync(config, text);
    const run = await runCli("--cwd", root, "generate", "--quiet");
    expect(run.stderr).toMatch(new RegExp(`^modeldoc: ${config}:${line}:${column}: expected JSON, found a syntax error: `));
    expect(run.code).toBe(2);
  });
});

describe("what a side of diff, parse or generate may be", () => {
  it.each([
    ["notes.txt", "some notes\n"],
    ["models.json", '{ "models": [] }\n'],
    ["logo.png", "\u0089PNG\r\n\u001a\n"],
  ])("%s is refused with exit 2, not compared as a page", async (name, contents) => {
    const root = temporaryFolder();
    const file = join(root, name);
    writeFileSync(file, contents);
    for (const args of [["diff", "specs/go", file], ["diff", file, "specs/go"], ["parse", file], ["diff", "--base", "HEAD", file]]) {
      const run = await runCli(...args);
      expect(run.stderr).toBe(`modeldoc: ${file}: expected a docs folder or a Markdown page (*.md), found a file of another kind\n`);
      expect(run.code).toBe(2);
    }
  });

  it("a file of the docs folder that is not a page is not read as one", async () => {
    const { docs } = goDocs();
    writeFileSync(join(docs, "notes.txt"), "some notes\n");
    writeFileSync(join(docs, "docs", "logo.png"), "\u0089PNG\r\n");
    const run = await runCli("parse", docs, "--stats");
    expect(run.stderr).toBe("");
    expect(run.stdout).toContain("5 pages");
  });
});

describe("the output folder", () => {
  it("a manifest entry holding a NUL byte is not modeldoc's: the run goes on (exit 0), and so does the next", async () => {
    const { root, docs } = goDocs();
    const out = join(root, "out");
    expect((await runCli("generate", docs, "--out", out, "--no-cache", "--quiet")).code).toBe(0);
    const manifest = join(out, "go", ".modeldoc-manifest.json");
    const listed = JSON.parse(readFileSync(manifest, "utf8")) as { files: string[] };
    writeFileSync(manifest, JSON.stringify({ ...listed, files: [...listed.files, "types/evil\u0000.ts"] }));
    for (let run = 0; run < 2; run++) {
      const again = await runCli("generate", docs, "--out", out, "--no-cache", "--quiet");
      expect(again.stderr).not.toContain("internal error");
      expect(again.code).toBe(0);
    }
    expect(readFileSync(manifest, "utf8")).not.toContain("evil");
  });

  it("files a forged manifest lists but modeldoc did not write are neither removed nor counted as removed", async () => {
    const { root, docs } = goDocs();
    const out = join(root, "out");
    expect((await runCli("generate", docs, "--out", out, "--no-cache", "--quiet")).code).toBe(0);
    const mine = ["notes.md", "types/hand-written.ts"].map((path) => join(out, "go", path));
    for (const file of mine) writeFileSync(file, "// written by a person\n");
    const manifest = join(out, "go", ".modeldoc-manifest.json");
    const listed = JSON.parse(readFileSync(manifest, "utf8")) as { files: string[] };
    writeFileSync(manifest, JSON.stringify({ ...listed, files: [...listed.files, "notes.md", "types/hand-written.ts"] }));
    const run = await runCli("generate", docs, "--out", out, "--no-cache");
    // The one file written is the manifest, which no longer lists them.
    expect(run.stdout).toMatch(/, 1 written, 0 removed, /);
    for (const file of mine) expect(readFileSync(file, "utf8")).toBe("// written by a person\n");
    expect((await runCli("generate", docs, "--out", out, "--no-cache", "--check", "--quiet")).code).toBe(0);
  });

  const tmpfsAllowed = process.getuid?.() === 0 && process.platform === "linux";

  it.skipIf(!tmpfsAllowed)("a full disk leaves no lock behind: the next run is not kept waiting", async () => {
    const root = temporaryFolder();
    const disk = join(root, "disk");
    mkdirSync(disk);
    const mount = spawnSync("mount", ["-t", "tmpfs", "-o", "size=1m", "tmpfs", disk], { encoding: "utf8" });
    if (mount.status !== 0) return; // no mounts in this sandbox: nothing to show here
    try {
      const out = join(disk, "out");
      mkdirSync(out);
      // Fill the disk to its last byte.
      spawnSync("sh", ["-c", `head -c 2000000 /dev/zero > ${join(disk, "fill")}`]);
      const full = await runCli("generate", "specs/go", "--out", out, "--no-cache", "--quiet", "--lock-wait", "0");
      expect(full.stderr).toMatch(/ENOSPC|no space/i);
      expect(full.code).toBe(2);
      expect(readdirSync(out)).toEqual([]);
      spawnSync("rm", [join(disk, "fill")]);
      const next = await runCli("generate", "specs/go", "--out", out, "--no-cache", "--quiet", "--lock-wait", "0");
      expect(next.stderr).toBe("");
      expect(next.code).toBe(0);
    } finally {
      spawnSync("umount", [disk]);
    }
  });
});
