// The line diff behind `--format patch`: hunks that `patch` applies, in the shape `diff -u` writes.
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { diffLines, splitLines, unifiedDiff } from "../../src/diff/index.js";

/** Applies a unified diff made by {@link unifiedDiff} to `old` (test-side reference implementation). */
function applyPatch(old: string, patch: string): string {
  const source = splitLines(old);
  const out: string[] = [];
  let next = 0; // index into source
  const lines = splitLines(patch).slice(2);
  for (let i = 0; i < lines.length; ) {
    const header = /^@@ -(\d+)(?:,(\d+))? \+(\d+)(?:,(\d+))? @@$/.exec(lines[i] as string);
    if (header === null) throw new Error(`bad hunk header: ${lines[i]}`);
    const oldStart = Number(header[1]);
    const oldCount = header[2] === undefined ? 1 : Number(header[2]);
    const start = oldCount === 0 ? oldStart : oldStart - 1;
    while (next < start) out.push(source[next++] as string);
    i++;
    while (i < lines.length && !(lines[i] as string).startsWith("@@")) {
      const line = lines[i] as string;
      if (line.startsWith(" ")) {
        expect(source[next]).toBe(line.slice(1));
        out.push(source[next++] as string);
      } else if (line.startsWith("-")) {
        expect(source[next]).toBe(line.slice(1));
        next++;
      } else out.push(line.slice(1));
      i++;
    }
  }
  while (next < source.length) out.push(source[next++] as string);
  return out.length === 0 ? "" : `${out.join("\n")}\n`;
}

const text = (lines: readonly string[]) => (lines.length === 0 ? "" : `${lines.join("\n")}\n`);

describe("unifiedDiff", () => {
  it("writes the interface change a reviewer expects", () => {
    const before = text(["export interface Webhook {", "  /** N/A */", "  hookUrl: string;", "  id?: string;", "}"]);
    const after = text(["export interface Webhook {", "  /** N/A */", "  hookUrl?: string;", "  id?: string;", "  isPaused?: boolean;", "}"]);
    expect(unifiedDiff(before, after, { oldName: "go/types/webhook.ts", newName: "csharp/types/webhook.ts" })).toBe(
      [
        "--- go/types/webhook.ts",
        "+++ csharp/types/webhook.ts",
        "@@ -1,5 +1,6 @@",
        " export interface Webhook {",
        "   /** N/A */",
        "-  hookUrl: string;",
        "+  hookUrl?: string;",
        "   id?: string;",
        "+  isPaused?: boolean;",
        " }",
        "",
      ].join("\n"),
    );
  });

  it("is empty for equal texts, and diffs against nothing with a zero range", () => {
    expect(unifiedDiff("a\n", "a\n", { oldName: "x", newName: "y" })).toBe("");
    expect(unifiedDiff("", "a\nb\n", { oldName: "/dev/null", newName: "y" })).toBe("--- /dev/null\n+++ y\n@@ -0,0 +1,2 @@\n+a\n+b\n");
    expect(unifiedDiff("a\n", "", { oldName: "x", newName: "/dev/null" })).toBe("--- x\n+++ /dev/null\n@@ -1 +0,0 @@\n-a\n");
  });

  it("splits distant changes into hunks with three lines of context", () => {
    const before = Array.from({ length: 30 }, (_, i) => `line ${i + 1}`);
    const after = before.map((line, i) => (i === 2 || i === 25 ? `${line} changed` : line));
    const patch = unifiedDiff(text(before), text(after), { oldName: "a", newName: "b" });
    expect(patch.split("\n").filter((line) => line.startsWith("@@"))).toEqual(["@@ -1,6 +1,6 @@", "@@ -23,7 +23,7 @@"]);
  });

  it("agrees with diff -u and patch on the hunks it writes", () => {
    const dir = mkdtempSync(join(tmpdir(), "modeldoc-udiff-"));
    try {
      const before = text(["a", "b", "c", "d", "e", "f", "g", "h", "i", "j", "k", "l", "m"]);
      const after = text(["a", "B", "c", "d", "e", "f", "g", "h", "i", "x", "j", "k", "m", "n"]);
      writeFileSync(join(dir, "old.txt"), before);
      writeFileSync(join(dir, "new.txt"), after);
      const ours = unifiedDiff(before, after, { oldName: "old.txt", newName: "new.txt" });
      const theirs = spawnSync("diff", ["-u", "old.txt", "new.txt"], { cwd: dir, encoding: "utf8" });
      if (theirs.error === undefined) {
        // Same hunks (headers of `diff -u` carry timestamps; compare from the first @@).
        expect(ours.slice(ours.indexOf("@@"))).toBe(theirs.stdout.slice(theirs.stdout.indexOf("@@")));
      }
      writeFileSync(join(dir, "change.patch"), ours);
      const applied = spawnSync("patch", ["-s", "old.txt", "change.patch"], { cwd: dir, encoding: "utf8" });
      if (applied.error === undefined) expect(readFileSync(join(dir, "old.txt"), "utf8")).toBe(after);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("always yields a patch that turns the old text into the new one (property)", () => {
    const lines = fc.array(fc.constantFrom("a", "b", "c", "d", "  x;", "}"), { maxLength: 40 });
    fc.assert(
      fc.property(lines, lines, fc.integer({ min: 0, max: 4 }), (a, b, context) => {
        const patch = unifiedDiff(text(a), text(b), { oldName: "a", newName: "b", context });
        expect(patch === "" ? text(a) : applyPatch(text(a), patch)).toBe(text(b));
        // The edit script keeps a longest common subsequence: it never deletes more than it must.
        const kept = diffLines(a, b).filter((op) => op.kind === " ").length;
        expect(kept).toBe(lcsLength(a, b));
      }),
      { numRuns: 300 },
    );
  });
});

function lcsLength(a: readonly string[], b: readonly string[]): number {
  const row = new Array<number>(b.length + 1).fill(0);
  for (const x of a) {
    let diagonal = 0;
    for (let j = 1; j <= b.length; j++) {
      const saved = row[j] as number;
      row[j] = x === b[j - 1] ? diagonal + 1 : Math.max(row[j] as number, row[j - 1] as number);
      diagonal = saved;
    }
  }
  return row[b.length] as number;
}
