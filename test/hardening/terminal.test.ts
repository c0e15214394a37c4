// Control characters from docs, file names and ignore files never reach the terminal raw: escape
// sequences (window title, clear screen), C1 controls, DEL and bidirectional overrides are shown
// escaped in diagnostics, reports and messages, and JSON output stays JSON with the same data.
import { cpSync, mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { terminalJson, terminalLines, terminalText } from "../../src/terminal-text.js";
import { runCli, temporaryFolder } from "../helpers/run-cli.js";

const title = "\u001b]0;pwned\u0007";
const clear = "\u001b[2J";
/** Every kind of character that must not reach a terminal, but a line feed. */
const raw = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/;

/** A Go page whose title, field names, types, descriptions and file name carry control characters. */
function hostileDocs(): string {
  const docs = join(temporaryFolder(), "go");
  cpSync("specs/go", docs, { recursive: true });
  const shared = join(docs, "docs", "pkg", "models", "shared");
  const page = [
    `# Evil${clear}Model`,
    "",
    `Description ${title} with \u009b31m C1, DEL\u007f and a \u202eright-to-left override.`,
    "",
    "## Fields",
    "",
    "| Field | Type | Required | Description |",
    "| ----- | ---- | -------- | ----------- |",
    `| \`Name${clear}\` | *string* | :heavy_check_mark: | ${title} |`,
    `| \`Weird\` | *quater${title}nion* | :heavy_minus_sign: | an unknown type that the diagnostic quotes |`,
    "",
  ].join("\n");
  writeFileSync(join(shared, `evil${clear}.md`), page);
  return docs;
}

function expectNoRawControls(text: string): void {
  const found = raw.exec(text);
  expect(found, found ? `raw U+${found[0].charCodeAt(0).toString(16)} near ${JSON.stringify(text.slice(Math.max(0, found.index - 40), found.index + 40))}` : "").toBeNull();
}

describe("the escaping module", () => {
  it("escapes every control character, keeping line feeds only where asked", () => {
    expect(terminalText(`a${title}b\u009b\u007f\u202e\n\t`)).toBe("a\\x1b]0;pwned\\x07b\\x9b\\x7f\\u202e\\x0a\\x09");
    expect(terminalLines("one\u001b[2J\ntwo\r\n")).toBe("one\\x1b[2J\ntwo\\x0d\n");
    expect(terminalText("plain ünïcode → text")).toBe("plain ünïcode → text");
  });

  it("keeps JSON as JSON, with the same data", () => {
    const value = { text: `${title}\u009b\u007f\u202e\u2028` };
    const json = terminalJson(JSON.stringify(value));
    expectNoRawControls(json);
    expect(JSON.parse(json)).toEqual(value);
  });
});

describe("what the CLI prints", () => {
  it("parse: the summary, declarations and diagnostics are escaped; --json stays JSON", async () => {
    const docs = hostileDocs();
    const text = await runCli("parse", docs);
    expect(text.stderr).toContain("quater\\x1b]0;pwned\\x07nion");
    expectNoRawControls(text.stdout + text.stderr);
    const json = await runCli("parse", docs, "--json");
    expectNoRawControls(json.stdout + json.stderr);
    const ir = JSON.parse(json.stdout) as { declarations: { name: string; description?: string }[] };
    expect(ir.declarations.map((declaration) => declaration.name)).toContain(`Evil${clear}Model`);
  });

  it("generate: diagnostics, conflicts and the summary are escaped; --json stays JSON", async () => {
    const docs = hostileDocs();
    const out = join(temporaryFolder(), "out");
    mkdirSync(join(out, "go", "types"), { recursive: true });
    writeFileSync(join(out, "go", "types", "evil-model.ts"), "mine\n"); // a conflict, named on stderr
    const run = await runCli("generate", docs, "--out", out, "--no-cache");
    expect(run.stderr).toContain(`evil\\x1b[2J.md`);
    expectNoRawControls(run.stdout + run.stderr);
    const json = await runCli("generate", docs, "--out", join(temporaryFolder(), "out"), "--no-cache", "--json");
    expectNoRawControls(json.stdout + json.stderr);
    const summary = JSON.parse(json.stdout) as { diagnostics: string[] };
    expect(summary.diagnostics.some((line) => line.includes(`quater${title}nion`))).toBe(true);
  });

  it.each([["text"], ["json"], ["markdown"], ["github"], ["patch"]])("diff --format %s", async (format) => {
    const run = await runCli("diff", "specs/go", hostileDocs(), "--format", format, "--no-cache");
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/Evil/);
    expectNoRawControls(run.stdout + run.stderr);
    if (format === "json") {
      const { changes } = JSON.parse(run.stdout) as { changes: { rightSource?: { file: string } }[] };
      expect(changes.some((change) => change.rightSource?.file.endsWith(`evil${clear}.md`))).toBe(true);
    }
  });

  it("a binary --ignore file is refused without printing its bytes", async () => {
    const ignore = join(temporaryFolder(), "ignore");
    writeFileSync(ignore, Buffer.from([0x00, 0x1b, 0x5b, 0x32, 0x4a, 0xff, 0xfe, 0x0a, 0x9b, 0x33, 0x31, 0x6d]));
    const run = await runCli("diff", "specs/go", "specs/csharp", "--ignore", ignore, "--no-cache");
    expect(run).toEqual({ code: 2, stdout: "", stderr: `modeldoc: ignore file ${ignore}: expected a text file of fingerprints and check ids, found binary data\n` });
  });

  it("a text --ignore file's bad lines are echoed escaped, ten at most", async () => {
    const ignore = join(temporaryFolder(), "ignore");
    writeFileSync(ignore, Array.from({ length: 30 }, (_, index) => `${clear}line ${index}\u202e`).join("\n"));
    const run = await runCli("diff", "specs/go", "specs/csharp", "--ignore", ignore, "--no-cache");
    expect(run.code).toBe(2);
    expectNoRawControls(run.stderr);
    expect(run.stderr).toContain(`${ignore}:1: expected a fingerprint (12 hex digits) or a check id (modeldoc checks) and an optional # comment, found "\\x1b[2Jline 0\\u202e"`);
    expect(run.stderr).toContain("… and 20 more lines that are not fingerprints or check ids");
    expect(run.stderr.split("\n")).toHaveLength(12);
  });

  it("an unknown flag is echoed escaped", async () => {
    const run = await runCli("generate", `--out${clear}`);
    expect(run.code).toBe(2);
    expectNoRawControls(run.stderr);
    expect(run.stderr).toContain("--out\\x1b[2J");
  });
});
