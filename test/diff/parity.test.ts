/**
 * Issue 16: the parity of N variants on the real corpus, the seven unified-to languages (3,440 models):
 * every pairwise change summed up in exactly one finding, each variant's value and line as the pages
 * have them (checked by hand: the raw-request body and the TypeScript response envelope), the grouped
 * Markdown read back as a table, and the HTML page small, self-contained and escaped.
 */
import { toString } from "mdast-util-to-string";
import type { Root, Table } from "mdast";
import remarkGfm from "remark-gfm";
import remarkParse from "remark-parse";
import { unified } from "unified";
import { beforeAll, describe, expect, it } from "vitest";
import { formatHtml, formatParityMarkdown, formatParityText, parity, parityGroups, type ParityReport } from "../../src/diff/index.js";
import type { Variant } from "../../src/ir/types.js";
import { diffAllVariants } from "../../src/pipeline/diff-folders.js";
import { corpusVariant } from "../corpus/corpus-ir.js";
import { languages } from "../corpus/paths.js";
import { f, model, t, variant } from "./builder.js";

let variants: Variant[];
let report: ParityReport;
let pairChanges: number;

beforeAll(async () => {
  variants = [];
  for (const language of languages) variants.push(await corpusVariant(language));
  const pairs = diffAllVariants(variants);
  pairChanges = pairs.reduce((sum, pair) => sum + pair.result.changes.length, 0);
  const indexes = languages.flatMap((_, i) => languages.slice(i + 1).map((__, k) => [i, i + 1 + k] as const));
  report = parity(
    variants,
    pairs.map((pair, index) => ({ left: indexes[index]![0], right: indexes[index]![1], result: pair.result })),
  );
});

/** The table of a Markdown text that follows the given heading cell. */
function readTable(markdown: string, firstHeader: string): string[][] {
  const tree = unified().use(remarkParse).use(remarkGfm).parse(markdown) as Root;
  const table = tree.children.find((node): node is Table => node.type === "table" && toString(node.children[0]!.children[0]!) === firstHeader);
  if (table === undefined) throw new Error(`no table starting with ${firstHeader}`);
  return table.children.map((row) => row.children.map((cell) => toString(cell)));
}

describe("parity of the seven unified-to languages", () => {
  it("has every model once, and sums up every pairwise change in exactly one finding", () => {
    expect(report.variants.map((v) => v.name)).toEqual([...languages]);
    expect(report.models).toHaveLength(3440);
    expect(new Set(report.models.map((m) => m.name)).size).toBe(3440);
    expect(report.changes).toBe(pairChanges);
    const summed = report.models.flatMap((m) => m.findings).reduce((sum, finding) => sum + finding.changes, 0);
    expect(summed).toBe(pairChanges);
    const fingerprints = report.models.flatMap((m) => m.findings.flatMap((finding) => finding.fingerprints));
    expect(fingerprints).toHaveLength(pairChanges);
  });

  it("says which languages have each model: 704 response models all but TypeScript have", () => {
    const groups = parityGroups(report);
    const missingInTs = groups.find((group) => group.how === "model in go, csharp, python, java, php, ruby; missing in typescript");
    expect(missingInTs?.kind).toBe("model-missing");
    expect(missingInTs?.findings).toHaveLength(704);
    expect(missingInTs?.findings.every((finding) => /Response$/.test(finding.model))).toBe(true);
    // Python's SDK utility pages, in no other language.
    const pythonOnly = groups.find((group) => group.how === "model in python; missing in go, csharp, typescript, java, php, ruby");
    expect(pythonOnly?.labels).toEqual(["BackoffStrategy", "RetryConfig"]);
  });

  it("gives each language's value and line: the raw request body is any in Go, binary in four, a string in PHP and Ruby", () => {
    const raw = report.models.find((m) => m.name === "CreatePassthroughRawRequest");
    expect(raw?.findings).toHaveLength(1);
    const finding = raw!.findings[0]!;
    expect([finding.kind, finding.field, finding.how]).toEqual([
      "type-changed",
      "requestBody",
      "requestBody type: any in go; binary in csharp, typescript, python, java; string in php, ruby",
    ]);
    // Lines read off the pages: row 8 of the fields table in every language but TypeScript (row 15, after its example).
    const places = finding.cells.map((cell) => [cell.state, cell.value, cell.source?.file.split("/unified-to/")[1], cell.source?.line]);
    expect(places).toEqual([
      ["value", "any", "go/docs/pkg/models/operations/createpassthroughrawrequest.md", 8],
      ["value", "binary", "csharp/docs/Models/Requests/CreatePassthroughRawRequest.md", 8],
      ["value", "binary", "typescript/docs/sdk/models/operations/createpassthroughrawrequest.md", 15],
      ["value", "binary", "python/docs/models/operations/createpassthroughrawrequest.md", 8],
      ["value", "binary", "java/docs/models/operations/CreatePassthroughRawRequest.md", 8],
      ["value", "string", "php/docs/Models/Operations/CreatePassthroughRawRequest.md", 8],
      ["value", "string", "ruby/docs/models/operations/createpassthroughrawrequest.md", 8],
    ]);
  });

  it("says once that TypeScript lacks the envelope fields of 131 response models", () => {
    const statusCode = parityGroups(report).filter((group) => group.how.startsWith("statusCode: "));
    expect(statusCode.map((group) => [group.kind, group.how, group.findings.length])).toEqual([
      ["field-missing", "statusCode: integer in go, csharp, python, java, php, ruby; missing in typescript", 131],
    ]);
    const cell = statusCode[0]!.findings[0]!.cells[2]!;
    expect(cell.state).toBe("absent");
  });

  it("writes a Markdown summary that GFM reads back, well under GitHub's 65,536 characters", () => {
    const markdown = formatParityMarkdown(report);
    expect(markdown.length).toBeLessThan(20_000);
    expect(markdown.split("\n")[0]).toBe("### modeldoc: parity of 7 variants (go, csharp, typescript, python, java, php, ruby)");
    expect(markdown).toContain(`**3440 models**: 2592 the same in every variant, 848 differ (1035 findings, from ${pairChanges} pairwise changes).`);
    const tallies = readTable(markdown, "Variant");
    expect(tallies[0]).toEqual(["Variant", "Models", "Only here", "Missing here", "In the minority"]);
    const typescript = tallies.find((row) => row[0] === "typescript");
    // 2,726 pages plus 8 passthrough result unions only TypeScript documents; 704 + 2 models missing.
    expect(typescript?.slice(0, 4)).toEqual(["typescript", "2734", "8", "706"]);
    const groups = readTable(markdown, "Severity");
    expect(groups[1]).toEqual([
      "🟡 drift",
      "model-missing",
      "704",
      "model in go, csharp, python, java, php, ruby; missing in typescript",
      "CreateAccountingAccountResponse, CreateAccountingBankfeedaccountResponse, CreateAccountingBankfeedtransactionResponse and 701 more",
    ]);
  });

  it("prints each group once as text", () => {
    const text = formatParityText(report);
    const lines = text.split("\n");
    expect(lines[0]).toBe("parity of 7 variants: go, csharp, typescript, python, java, php, ruby");
    expect(lines.length).toBeLessThan(100);
    expect(lines.filter((line) => line.startsWith("[drift] "))).toHaveLength(parityGroups(report).length);
  });

  it("writes one HTML page of reasonable size, every link relative to where the page is written", () => {
    const html = formatHtml(report, { linkFrom: ".tmp" });
    expect(html.length).toBeLessThan(1_000_000);
    expect(html).not.toMatch(/<(link|script)[^>]+(src|href)="https?:/);
    const data = JSON.parse(html.match(/<script type="application\/json" id="data">(.*?)<\/script>/s)![1]!) as { dirs: Array<[string, number]>; findings: unknown[] };
    expect(data.findings).toHaveLength(1035);
    // The corpus is ../shared/corpus from the repository; from .tmp/ one more level up.
    expect(data.dirs.every(([dir]) => dir.startsWith("../") || !dir.includes("unified-to"))).toBe(true);
  });
});

describe("the HTML page escapes every text from the docs", () => {
  it("keeps a hostile name and description inert", () => {
    const evil = '</script><img src=x onerror="alert(1)">&amp;';
    const left = variant("go", "docs/go", [model("m.md", "Webhook", [f("a", t.string, { description: evil, required: true })])]);
    const right = variant(`cs${evil}`, "docs/cs", [model("m.md", "Webhook", [f("a", t.string, { description: "other" })])], "csharp");
    const pairs = diffAllVariants([left, right]);
    const html = formatHtml(parity([left, right], [{ left: 0, right: 1, result: pairs[0]!.result }]));
    expect(html).not.toContain("<img");
    expect(html.match(/<\/script>/g)).toHaveLength(2);
    expect(html).toContain("cs&#60;/script&#62;&#60;img src=x onerror=&#34;alert(1)&#34;&#62;&#38;amp;");
    const data = JSON.parse(html.match(/id="data">(.*?)<\/script>/s)![1]!) as { findings: Array<[number, string, number, number, string, unknown[][]]> };
    // The data holds the text as written; the page's script writes it with textContent.
    expect(data.findings.map((finding) => finding[1])).toEqual(["a", "a"]);
    expect(data.findings[1]![5].map((cell) => cell[1])).toEqual([evil, "other"]);
  });
});
