/**
 * Issues 16 and 22: the parity of N variants on the real corpus, the seven unified-to languages (3,440 models):
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
import { formatGithubParity, formatHtml, formatJunitParity, formatParityMarkdown, formatParityText, githubSummary, parity, parityGroups, type ParityReport } from "../../src/diff/index.js";
import type { Variant } from "../../src/ir/types.js";
import { diffAllVariants } from "../../src/pipeline/diff-folders.js";
import { corpusVariant } from "../corpus/corpus-ir.js";
import { languages } from "../corpus/paths.js";
import { enumDecl, f, model, t, variant } from "./builder.js";

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

  it("lists every API finding with its page, each real: Go types the raw passthrough body any", () => {
    // go/docs/pkg/models/operations/{create,patch,update}passthroughrawrequest.md:8 `RequestBody` `*any`, where every
    // other language takes bytes (csharp/docs/Models/Requests/CreatePassthroughRawRequest.md:8 `*byte[]*`): what
    // the Go SDK's docs say of the API differs. The bar is at most 10 API findings.
    const api = report.models.flatMap((m) => m.findings.filter((finding) => finding.kind !== "sdk-shape").map((finding) => [m.name, finding.kind, finding.field, finding.cells[0]?.source?.file.split("/unified-to/")[1], finding.cells[0]?.source?.line]));
    expect(api).toEqual(
      ["create", "patch", "update"].map((verb) => [
        `${verb[0]!.toUpperCase()}${verb.slice(1)}PassthroughRawRequest`,
        "type-changed",
        "requestBody",
        `go/docs/pkg/models/operations/${verb}passthroughrawrequest.md`,
        8,
      ]),
    );
  });

  it("counts the SDKs' shape apart: 704 envelopes only TypeScript leaves out, their transport data, the passthrough bodies, Python's retry settings", () => {
    const groups = parityGroups(report, true).map((group) => [group.shape, group.findings.length, group.how]);
    expect(groups).toEqual([
      ["envelope", 704, "model in go, csharp, python, java, php, ruby; missing in typescript"],
      ["transport", 131, "contentType: string in go, csharp, python, java, php, ruby; missing in typescript"],
      ["transport", 131, "rawResponse: http-response in go, csharp, python, java, php, ruby; missing in typescript"],
      ["transport", 131, "statusCode: integer in go, csharp, python, java, php, ruby; missing in typescript"],
      ["body", 8, "body: 5 fields in go, csharp, python, java, php, ruby; field result in typescript"],
      ["body", 8, "union in typescript; missing in go, csharp, python, java, php, ruby"],
      ["utility", 2, "model in python; missing in go, csharp, typescript, java, php, ruby"],
    ]);
    expect(parityGroups(report, true).find((group) => group.shape === "utility")?.labels).toEqual(["BackoffStrategy", "RetryConfig"]);
    expect(parityGroups(report, true).find((group) => group.shape === "envelope")?.findings.every((finding) => /Response$/.test(finding.model))).toBe(true);
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
    const statusCode = parityGroups(report, true).filter((group) => group.how.startsWith("statusCode: "));
    expect(statusCode.map((group) => [group.kind, group.shape, group.how, group.findings.length])).toEqual([
      ["sdk-shape", "transport", "statusCode: integer in go, csharp, python, java, php, ruby; missing in typescript", 131],
    ]);
    const cell = statusCode[0]!.findings[0]!.cells[2]!;
    expect(cell.state).toBe("absent");
  });

  it("writes a Markdown summary that GFM reads back, well under GitHub's 65,536 characters", () => {
    const markdown = formatParityMarkdown(report);
    expect(markdown.length).toBeLessThan(20_000);
    expect(markdown.split("\n")[0]).toBe("### modeldoc: parity of 7 variants (go, csharp, typescript, python, java, php, ruby)");
    expect(markdown).toContain(`**3440 models**: 3437 the same API in every variant, 3 differ (3 API findings; 1115 SDK-shape findings, from ${pairChanges} pairwise changes).`);
    const tallies = readTable(markdown, "Variant");
    expect(tallies[0]).toEqual(["Variant", "Models", "Only here", "Missing here", "In the minority"]);
    const typescript = tallies.find((row) => row[0] === "typescript");
    // 2,726 pages plus 8 passthrough result unions only TypeScript documents; of the API's models it lacks none
    // (704 envelopes and 2 utilities are the SDKs': counted in their own table).
    expect(typescript?.slice(0, 4)).toEqual(["typescript", "2734", "0", "0"]);
    const groups = readTable(markdown, "Severity");
    expect(groups[1]).toEqual(["🟡 drift", "type-changed", "3", "requestBody type: any in go; binary in csharp, typescript, python, java; string in php, ruby", "CreatePassthroughRawRequest, PatchPassthroughRawRequest, UpdatePassthroughRawRequest"]);
    expect(markdown).toContain("**SDK shape** (not API drift): 1115 findings.");
    const shape = readTable(markdown.slice(markdown.indexOf("**SDK shape**")), "Severity");
    expect(shape[0]).toEqual(["Severity", "Shape", "Findings", "What", "Models concerned"]);
    expect(shape[1]).toEqual([
      "🔵 info",
      "envelope",
      "704",
      "model in go, csharp, python, java, php, ruby; missing in typescript",
      "CreateAccountingAccountResponse, CreateAccountingBankfeedaccountResponse, CreateAccountingBankfeedtransactionResponse and 701 more",
    ]);
  });

  it("prints each group once as text", () => {
    const text = formatParityText(report);
    const lines = text.split("\n");
    expect(lines[0]).toBe("parity of 7 variants: go, csharp, typescript, python, java, php, ruby");
    expect(lines[1]).toBe(`3440 models: 3437 the same API in every variant, 3 differ (3 API findings; 1115 SDK-shape findings, from ${pairChanges} pairwise changes)`);
    expect(lines.length).toBeLessThan(100);
    expect(lines.filter((line) => line.startsWith("[drift] "))).toHaveLength(parityGroups(report).length);
    // The SDKs' shape after the API's, a line per group.
    const section = lines.indexOf("SDK shape (not API drift): 1115 findings");
    expect(section).toBeGreaterThan(lines.findIndex((line) => line.startsWith("[drift] ")));
    expect(lines.slice(section + 1).filter((line) => line.startsWith("  [info] "))).toHaveLength(parityGroups(report, true).length);
  });

  it("gives CI one JUnit test case and one GitHub annotation per finding, the rest in the job summary", () => {
    const junit = formatJunitParity(report);
    expect(junit.match(/<testcase /g)).toHaveLength(1118);
    expect(junit).toContain('<testsuites name="modeldoc" tests="1118" failures="0">');
    expect(junit).toContain('<testsuite name="parity of go, csharp, typescript, python, java, php, ruby" tests="3" failures="0">');
    expect(junit).toContain('<testsuite name="parity of go, csharp, typescript, python, java, php, ruby: SDK shape (not API drift)" tests="1115" failures="0">');
    // A finding fails its case when one of its pairwise changes trips the policy (drift, here).
    const failing = formatJunitParity(report, { fails: (finding) => finding.severity === "drift" });
    expect(failing).toContain('<testsuites name="modeldoc" tests="1118" failures="3">');
    const github = formatGithubParity(report).trimEnd().split("\n");
    expect(github).toHaveLength(4);
    expect(github[0]).toMatch(/^::warning file=.*\/go\/docs\/pkg\/models\/operations\/createpassthroughrawrequest\.md,line=8,col=1,title=drift type-changed CreatePassthroughRawRequest\.requestBody::CreatePassthroughRawRequest: requestBody type: any in go;/);
    expect(github[3]).toBe("::notice title=modeldoc::parity of go, csharp, typescript, python, java, php, ruby: 3 API findings; 1115 SDK-shape (from " + pairChanges + " pairwise changes); all shown as annotations");
    const summary = githubSummary({ report }) ?? "";
    expect(summary).toContain("**SDK shape** (not API drift, not annotated): 1115 findings.");
    expect(summary).not.toContain("more findings");
  });

  it("writes one HTML page of reasonable size, every link relative to where the page is written", () => {
    const html = formatHtml(report, { linkFrom: ".tmp" });
    expect(html.length).toBeLessThan(1_000_000);
    expect(html).not.toMatch(/<(link|script)[^>]+(src|href)="https?:/);
    const data = JSON.parse(html.match(/<script type="application\/json" id="data">(.*?)<\/script>/s)![1]!) as { dirs: Array<[string, number]>; findings: unknown[] };
    expect(data.findings).toHaveLength(1118);
    // The corpus is ../shared/corpus from the repository; from .tmp/ one more level up.
    expect(data.dirs.every(([dir]) => dir.startsWith("../") || !dir.includes("unified-to"))).toBe(true);
  });
});

describe("the HTML page escapes every text from the docs", () => {
  it("keeps a hostile name, enum value and description inert", () => {
    const evil = '</script><img src=x onerror="alert(1)">&amp;';
    const left = variant("go", "docs/go", [model("m.md", "Webhook", [f("a", t.string, { description: evil, required: true })]), enumDecl("e.md", "Kind", ["a", evil])]);
    const right = variant(`cs${evil}`, "docs/cs", [model("m.md", "Webhook", [f("a", t.string, { description: "other" })]), enumDecl("e.md", "Kind", ["a"])], "csharp");
    const pairs = diffAllVariants([left, right]);
    const html = formatHtml(parity([left, right], [{ left: 0, right: 1, result: pairs[0]!.result }]));
    expect(html).not.toContain("<img");
    expect(html.match(/<\/script>/g)).toHaveLength(2);
    expect(html).toContain("cs&#60;/script&#62;&#60;img src=x onerror=&#34;alert(1)&#34;&#62;&#38;amp;");
    const data = JSON.parse(html.match(/id="data">(.*?)<\/script>/s)![1]!) as { findings: Array<[number, string, number, number, string, unknown[][]]> };
    // The data holds the text as written (a description as the diff reads it: its HTML is markup, not text);
    // the page's script writes it with textContent.
    expect(data.findings.map((finding) => finding[1])).toEqual([JSON.stringify(evil), "a", "a"]);
    expect(data.findings[2]![5].map((cell) => cell[1])).toEqual(["&", "other"]);
  });
});
