// The CI-facing formats: markdown (read back by remark as a table), github (workflow-command syntax and
// GitHub's per-step limits), and patch (the drift as a diff of the generated TypeScript).
import type { Root, Table } from "mdast";
import { toString } from "mdast-util-to-string";
import remarkGfm from "remark-gfm";
import remarkParse from "remark-parse";
import { unified } from "unified";
import { describe, expect, it } from "vitest";
import {
  ANNOTATION_LIMITS,
  diffVariants,
  fingerprint,
  formatGithub,
  formatMarkdown,
  type Change,
  type ChangeSeverity,
  type DiffResult,
} from "../../src/diff/index.js";
import { formatPatch } from "../../src/pipeline/patch.js";
import { f, model, t, variant } from "./builder.js";
import { csharpVariant, goVariant } from "./fixtures.js";

const variantResult = (): DiffResult => ({ ...diffVariants(goVariant(), csharpVariant(), { mode: "variant" }), modeReason: "different dialects (go, csharp)" });

/** The first GFM table of a Markdown text, as rows of cell texts (what a reader sees). */
function readTable(markdown: string): string[][] {
  const tree = unified().use(remarkParse).use(remarkGfm).parse(markdown) as Root;
  const table = tree.children.find((node): node is Table => node.type === "table");
  if (table === undefined) throw new Error("no table");
  return table.children.map((row) => row.children.map((cell) => toString(cell)));
}

/** A synthetic change of a given severity. */
function change(severity: ChangeSeverity, index: number, extra: Partial<Change> = {}): Change {
  const base = { kind: "field-removed" as const, model: `Model${String(index).padStart(2, "0")}`, field: "x", left: "string" };
  return {
    ...base,
    severity,
    check: "field-removed",
    fingerprint: fingerprint(base),
    message: `${base.model}.x: optional field (string) removed`,
    leftSource: { file: `docs/old/m${index}.md`, line: 10 + index, column: 1 },
    rightSource: { file: `docs/new/m${index}.md`, line: 1, column: 1 },
    ...extra,
  };
}

const resultOf = (changes: Change[], mode: DiffResult["mode"] = "version"): DiffResult => ({ mode, left: "v1", right: "v2", changes });

describe("markdown", () => {
  it("is a GFM table that remark reads back cell for cell", () => {
    const result = variantResult();
    const markdown = formatMarkdown(result);
    expect(markdown.split("\n")[0]).toBe("### modeldoc: variant diff go → csharp");
    expect(markdown).toContain("**11 changes**: 11 drift. Mode: variant, different dialects (go, csharp).");
    const rows = readTable(markdown);
    expect(rows[0]).toEqual(["Severity", "Model", "Field", "Change", "go", "csharp", "Where", "Fingerprint"]);
    expect(rows).toHaveLength(1 + result.changes.length);
    const hookUrl = rows.find((row) => row[2] === "hookUrl");
    expect(hookUrl).toEqual([
      "🟡 drift",
      "Webhook",
      "hookUrl",
      "required-changed",
      "required",
      "optional",
      "specs/csharp/docs/Models/Components/Webhook.md:21",
      result.changes.find((c) => c.field === "hookUrl")?.fingerprint,
    ]);
    // The left-only model points at the left page.
    expect(rows.find((row) => row[1] === "Meta")?.[6]).toBe("specs/go/docs/pkg/models/shared/meta.md:1");
  });

  it("escapes pipes, backticks and Markdown punctuation so every value reads back as written", () => {
    const tricky = change("breaking", 1, {
      kind: "description-changed",
      model: "Thing_Name",
      field: "__init__",
      left: "a | b with `code` and <T> *stars*",
      right: "multi\nline | text",
    });
    const rows = readTable(formatMarkdown(resultOf([tricky])));
    expect(rows[1]?.slice(0, 6)).toEqual(["🔴 breaking", "Thing_Name", "__init__", "description-changed", "a | b with `code` and <T> *stars*", "multi line | text"]);
  });

  it("lists the most severe first, caps the rows and counts the rest", () => {
    const changes = [change("info", 1), change("non-breaking", 2), change("breaking", 3), change("breaking", 4)];
    const markdown = formatMarkdown(resultOf(changes), { maxRows: 3 });
    expect(readTable(markdown).slice(1).map((row) => [row[0], row[1]])).toEqual([
      ["🔴 breaking", "Model03"],
      ["🔴 breaking", "Model04"],
      ["🟢 non-breaking", "Model02"],
    ]);
    expect(markdown.trimEnd().split("\n").at(-1)).toBe("…and 1 more (1 info); run `modeldoc diff` for the full list.");
  });

  it("says so when there is nothing to report, with no table", () => {
    const markdown = formatMarkdown({ ...resultOf([]), ignored: 2 });
    expect(markdown).toBe("### modeldoc: version diff v1 → v2\n\nNo changes. 2 known changes ignored.\n");
  });
});

describe("github", () => {
  /** `::level key=value,…::message`, as the runner parses workflow commands. */
  const ANNOTATION = /^::(error|warning|notice)(?: ((?:file|line|col|endLine|endColumn|title)=[^,:]*(?:,(?:file|line|col|endLine|endColumn|title)=[^,:]*)*))?::(.*)$/;
  const parse = (line: string) => {
    const match = ANNOTATION.exec(line);
    if (match === null) throw new Error(`not an annotation: ${line}`);
    const properties = Object.fromEntries((match[2] ?? "").split(",").filter(Boolean).map((pair) => pair.split("=") as [string, string]));
    return { level: match[1] as string, properties, message: match[3] as string };
  };

  it("writes one annotation per change in workflow-command syntax, pointing into the docs", () => {
    const lines = formatGithub(variantResult()).trimEnd().split("\n");
    for (const line of lines) expect(line).toMatch(ANNOTATION);
    const hookUrl = lines.map(parse).find((a) => a.properties["title"] === "drift required-changed Webhook.hookUrl");
    expect(hookUrl).toEqual({
      level: "warning",
      properties: { file: "specs/csharp/docs/Models/Components/Webhook.md", line: "21", col: "1", title: "drift required-changed Webhook.hookUrl" },
      message: `Webhook.hookUrl: required in go, optional in csharp (fingerprint ${variantResult().changes.find((c) => c.field === "hookUrl")?.fingerprint})`,
    });
    expect(lines.at(-1)).toBe("::notice title=modeldoc::variant diff go → csharp: 11 changes (11 drift); 10 shown as annotations, the other 1 in the job summary (or run modeldoc diff for the full list)");
  });

  it("escapes %, CR and LF in messages, and also : and , in properties", () => {
    const odd = change("breaking", 1, { model: "A,B:C", field: undefined, message: "50% done\r\nnext line", rightSource: { file: "docs/a,b:c.md", line: 3, column: 2 } });
    const line = formatGithub(resultOf([odd])).split("\n")[0] as string;
    expect(line).toBe(`::error file=docs/a%2Cb%3Ac.md,line=3,col=2,title=breaking field-removed A%2CB%3AC::50%25 done%0D%0Anext line (fingerprint ${odd.fingerprint})`);
  });

  it("prints the most severe first, at most 10 errors, 10 warnings and 9 notices, then a notice counting the rest", () => {
    const changes = [
      ...Array.from({ length: 12 }, (_, i) => change("info", 100 + i)),
      ...Array.from({ length: 14 }, (_, i) => change("breaking", i)),
      ...Array.from({ length: 3 }, (_, i) => change("non-breaking", 200 + i)),
      ...Array.from({ length: 11 }, (_, i) => change("drift", 300 + i)),
    ];
    const annotations = formatGithub(resultOf(changes)).trimEnd().split("\n").map(parse);
    const levels = annotations.map((a) => a.level);
    expect(levels.filter((l) => l === "error")).toHaveLength(ANNOTATION_LIMITS.error);
    expect(levels.filter((l) => l === "warning")).toHaveLength(ANNOTATION_LIMITS.warning);
    expect(levels.filter((l) => l === "notice")).toHaveLength(ANNOTATION_LIMITS.notice + 1);
    // Errors, then warnings, then notices (non-breaking before info), then the count.
    expect(levels.join(" ")).toBe([...Array(10).fill("error"), ...Array(10).fill("warning"), ...Array(10).fill("notice")].join(" "));
    expect(annotations.slice(20, 23).map((a) => a.properties["title"]?.split(" ")[0])).toEqual(["non-breaking", "non-breaking", "non-breaking"]);
    expect(annotations.at(-1)).toEqual({
      level: "notice",
      properties: { title: "modeldoc" },
      message: "version diff v1 → v2: 40 changes (14 breaking, 11 drift, 3 non-breaking, 12 info); 29 shown as annotations, the other 11 in the job summary (or run modeldoc diff for the full list)",
    });
  });

  it("never points at a side that is not in the working tree (a git revision)", () => {
    const removed = change("breaking", 1, { rightSource: undefined });
    const moved = change("breaking", 2);
    const lines = formatGithub(resultOf([removed, moved]), { filesOnDisk: { left: false, right: true } }).split("\n").slice(0, 2).map(parse);
    expect(lines[0]?.properties).toEqual({ title: "breaking field-removed Model01.x" });
    expect(lines[1]?.properties["file"]).toBe("docs/new/m2.md");
  });

  it("ends with the count notice even when there is nothing to report", () => {
    expect(formatGithub({ ...resultOf([]), ignored: 1 })).toBe("::notice title=modeldoc::version diff v1 → v2: no changes; 1 known change ignored\n");
  });
});

describe("patch", () => {
  it("shows the drift as a unified diff of the generated interfaces, model by model", async () => {
    const patch = await formatPatch(variantResult(), goVariant(), csharpVariant());
    expect(patch.split("\n")[0]).toBe("# modeldoc: variant diff go → csharp: 11 changes in 4 models");
    // One file section per model with a change, in report order; one-sided models against /dev/null.
    const sections = patch.split("\n").filter((line) => line.startsWith("--- ") || line.startsWith("+++ "));
    expect(sections).toEqual([
      "--- /dev/null",
      "+++ csharp/types/db-type.ts",
      "--- go/types/meta.ts",
      "+++ /dev/null",
      "--- go/types/object-type.ts",
      "+++ csharp/types/object-type.ts",
      "--- go/types/webhook.ts",
      "+++ csharp/types/webhook.ts",
    ]);
    const webhook = patch.slice(patch.indexOf("--- go/types/webhook.ts"));
    expect(webhook).toContain("\n-  hookUrl: string;\n");
    expect(webhook).toContain("\n+  hookUrl?: string;\n");
    expect(webhook).toContain("\n-  filters?: Record<string, string>;\n");
    expect(webhook).toContain("\n+  filters?: Record<string, unknown>;\n");
    expect(webhook).toContain("\n+  isPaused?: boolean;\n");
    expect(webhook).toMatch(/\n-  meta\?: Meta;\n/);
    expect(patch).toContain('\n+  "accounting_bill",\n');
    // Only what the diff reports: `N/A` and a doubled space in a description are no change.
    expect(webhook).not.toContain("N/A");
    expect(webhook).not.toContain("-  /** An array of the most revent virtual webhook runs */");
    // No banner lines (they name each side's page, so they would always differ).
    expect(patch).not.toContain("Generated by modeldoc");
  });

  it("counts models whose change the interfaces cannot show", async () => {
    // A raw HTTP response field is SDK-only: emitters leave it out, so its removal shows in no interface.
    const a = variant("v1", "v1", [model("r.md", "GetThingResponse", [f("status", t.integer, { required: true }), f("RawResponse", t.httpResponse)])]);
    const b = variant("v2", "v2", [model("r.md", "GetThingResponse", [f("status", t.integer, { required: true })])]);
    const result = diffVariants(a, b, { mode: "version" });
    expect(result.changes).toHaveLength(1);
    expect(await formatPatch(result, a, b)).toBe("# modeldoc: version diff v1 → v2: 1 change in 1 model; 1 of them not visible in the generated interfaces\n");
  });
});
