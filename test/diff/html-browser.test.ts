/**
 * Issues 16 and 22: the HTML parity page in a real browser. `modeldoc diff` writes the page for the seven
 * unified-to languages; headless Chromium (Debian's package, installed by .ci/run; driven by
 * puppeteer-core, which downloads no browser) loads it from disk, with no console error; rows are grouped
 * as the text report groups them and open onto their models; the SDKs' shape is a closed section of its
 * own; the kind filter, the search and the variant filter show the rows they should; model names wrap
 * between words and field names never break; every link shown opens an existing line of a page, and no
 * missing thing or group links anywhere; screenshots are kept in .tmp/parity-report/.
 */
import { existsSync, readFileSync, rmSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import puppeteer, { type Browser, type Page } from "puppeteer-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runCli } from "../helpers/run-cli.js";
import { languageFolder, languages } from "../corpus/paths.js";

const CHROMIUM = process.env["CHROMIUM"] ?? "/usr/bin/chromium";
const folder = resolve(".tmp/parity-report");
const page = join(folder, "parity.html");

let browser: Browser;
let tab: Page;
const problems: string[] = [];

interface Row {
  model: string;
  kind: string;
  severity: string;
  /** A group's row: how many findings it stands for. */
  count: string | undefined;
  className: string;
  cells: string[];
}

/** The rows of the API's table. */
const rows = (): Promise<Row[]> =>
  tab.$$eval("#findings tbody tr", (trs) =>
    trs.map((tr) => ({
      model: (tr as HTMLElement).dataset["model"] ?? "",
      kind: (tr as HTMLElement).dataset["kind"] ?? "",
      severity: (tr as HTMLElement).dataset["severity"] ?? "",
      count: (tr as HTMLElement).dataset["count"],
      className: tr.className,
      cells: [...tr.querySelectorAll("td")].slice(4).map((td) => td.textContent ?? ""),
    })),
  );

beforeAll(async () => {
  if (!existsSync(CHROMIUM)) throw new Error(`no Chromium at ${CHROMIUM}: apt-get install -y chromium (as .ci/run does), or set CHROMIUM`);
  rmSync(folder, { recursive: true, force: true });
  const run = await runCli("diff", ...languages.map(languageFolder), "--format", `html=${join(".tmp/parity-report", "parity.html")}`, "--format", "markdown=.tmp/parity-report/parity.md");
  expect([run.code, run.stdout]).toEqual([0, ""]);
  browser = await puppeteer.launch({ executablePath: CHROMIUM, headless: true, args: ["--no-sandbox", "--disable-gpu"] });
  tab = await browser.newPage();
  tab.on("console", (message) => {
    if (message.type() === "error" || message.type() === "warn") problems.push(`${message.type()}: ${message.text()}`);
  });
  tab.on("pageerror", (error) => problems.push(`page error: ${String(error)}`));
  tab.on("requestfailed", (request) => problems.push(`request failed: ${request.url()}`));
  tab.on("request", (request) => {
    if (!request.url().startsWith("file:") && !request.url().startsWith("data:")) problems.push(`network: ${request.url()}`);
  });
  await tab.setViewport({ width: 1400, height: 900 });
  await tab.goto(pathToFileURL(page).href, { waitUntil: "load" });
}, 600_000);

afterAll(async () => {
  await browser?.close();
});

async function choose(id: string, label: string): Promise<void> {
  const value = await tab.$eval(`#${id}`, (select, text) => [...(select as HTMLSelectElement).options].find((option) => option.textContent === text)?.value, label);
  if (value === undefined) throw new Error(`no option ${label} in #${id}`);
  await tab.select(`#${id}`, value);
}

describe("the parity page of the seven unified-to languages, in Chromium", () => {
  it("loads with no console error and no request beyond the file", async () => {
    expect(await tab.title()).toBe("modeldoc: parity of go, csharp, typescript, python, java, php, ruby");
    // The three API findings are one group (the text report's `type-changed ×3`), closed: one row.
    expect(await tab.$eval("#count", (element) => element.textContent)).toBe("3 findings in 1 row");
    expect(problems).toEqual([]);
  });

  it("groups rows as the text report does: a group row opens onto its models, a search opens the groups it matches", async () => {
    await choose("kind", "type-changed");
    const group = await rows();
    expect(group.map((row) => [row.model, row.kind, row.count])).toEqual([["CreatePassthroughRawRequest", "type-changed", "3"]]);
    expect(group[0]?.cells).toEqual(["any", "binary", "binary", "binary", "binary", "string", "string"]);
    await tab.click("#findings tbody tr.group td.model");
    expect((await rows()).map((row) => [row.model, row.className])).toEqual([
      ["CreatePassthroughRawRequest", "group"],
      ["CreatePassthroughRawRequest", "member"],
      ["PatchPassthroughRawRequest", "member"],
      ["UpdatePassthroughRawRequest", "member"],
    ]);
    expect(await tab.$eval("#count", (element) => element.textContent)).toBe("3 findings in 4 rows");
    await tab.type("#search", "patchpassthrough");
    await tab.waitForFunction(() => document.querySelector("#count")?.textContent === "1 finding in 1 row");
    expect((await rows()).map((row) => row.model)).toEqual(["PatchPassthroughRawRequest"]);
    await tab.screenshot({ path: join(folder, "filtered.png") });
    expect(problems).toEqual([]);
  });

  it("keeps the SDKs' shape in a closed section of its own, counted", async () => {
    await tab.$eval("#search", (input) => ((input as HTMLInputElement).value = ""));
    await choose("kind", "all");
    expect(await tab.$eval("#sdk-shape", (details) => (details as HTMLDetailsElement).open)).toBe(false);
    expect(await tab.$eval("#sdk-count", (element) => element.textContent)).toBe("1115 findings");
    await tab.click("#sdk-shape > summary");
    const sdk = await tab.$$eval("#sdk-findings tbody tr", (trs) => trs.map((tr) => [(tr as HTMLElement).dataset["kind"], (tr as HTMLElement).dataset["count"] ?? "1"]));
    expect(sdk).toEqual([
      ["sdk-shape envelope", "704"],
      ["sdk-shape transport", "131"],
      ["sdk-shape transport", "131"],
      ["sdk-shape transport", "131"],
      ["sdk-shape body", "8"],
      ["sdk-shape body", "8"],
      ["sdk-shape utility", "2"],
    ]);
    await tab.screenshot({ path: join(folder, "sdk-shape.png") });
  });

  it("shows what one language lacks, and the models on which all agree when asked", async () => {
    await choose("variant", "python");
    // Python's own value (bytes) in the API table; its retry settings, which no other language documents, in the SDK shape.
    const python = await rows();
    expect(python.length).toBeGreaterThan(0);
    expect(python.every((row) => row.cells[3] === "binary")).toBe(true);
    const pythonShape = await tab.$$eval("#sdk-findings tbody tr", (trs) => trs.map((tr) => (tr as HTMLElement).dataset["kind"]));
    expect(pythonShape).toContain("sdk-shape utility");
    await choose("variant", "any variant");
    await tab.click("#all");
    // The group opened above (a row and its three models), then a row per model on which all agree.
    expect(await tab.$eval("#count", (element) => element.textContent)).toBe(`3 findings in ${4 + 3437} rows`);
    await tab.type("#search", "Webhook");
    await tab.waitForFunction(() => !document.querySelector("#count")?.textContent?.endsWith("3441 rows"));
    const webhook = await rows();
    expect(webhook.length).toBeGreaterThan(0);
    expect(webhook.every((row) => row.model.toLowerCase().includes("webhook"))).toBe(true);
    await tab.click("#all");
    await tab.$eval("#search", (input) => ((input as HTMLInputElement).value = ""));
    expect(problems).toEqual([]);
  });

  it("wraps model names and values between their words, never a field name", async () => {
    await choose("kind", "all");
    // The group the earlier tests opened stays open; open it if not.
    if ((await tab.$$("#findings tbody tr.member")).length === 0) await tab.click("#findings tbody tr.group td.model");
    const layout = await tab.$eval("#findings tbody tr.member", (tr) => {
      const model = tr.querySelector("td.model") as HTMLElement;
      const field = tr.querySelector("td.field") as HTMLElement;
      return {
        breaks: model.querySelectorAll("wbr").length,
        model: getComputedStyle(model).overflowWrap,
        field: getComputedStyle(field).whiteSpace,
        fieldLines: Math.round(field.getBoundingClientRect().height / parseFloat(getComputedStyle(field).lineHeight)),
      };
    });
    // Create·Passthrough·Raw·Request: a break after each word, none inside one.
    expect(layout).toEqual({ breaks: 3, model: "break-word", field: "nowrap", fieldLines: 1 });
  });

  it("links a cell only where it leads to the line of the thing: not a missing thing, not a group", async () => {
    await tab.$eval("#sdk-shape", (details) => ((details as HTMLDetailsElement).open = true));
    const groupLinks = await tab.$$eval("tr.group a", (anchors) => anchors.length);
    expect(groupLinks).toBe(0);
    const missingLinks = await tab.$$eval("td.s1 a, td.s0 a", (anchors) => anchors.length);
    expect(missingLinks).toBe(0);
    // Open the groups (but the 704 envelopes, to keep the test cheap): each member row's value and ✓ cells link
    // to an existing line of their page.
    for (;;) {
      const closed = await tab.$('tr.group:not([data-count="704"]) button[aria-expanded="false"]');
      if (closed === null) break;
      await closed.click();
    }
    const links = await tab.$$eval("main tbody a", (anchors) => anchors.map((a) => a.getAttribute("href") ?? ""));
    // 3 API findings and 3 × 131 + 8 + 8 + 2 SDK-shape ones, a link from each language that has the thing.
    expect(links.length).toBeGreaterThan(400 * 5);
    const sizes = new Map<string, number>();
    for (const link of links) {
      const [path, fragment] = link.split("#") as [string, string];
      const file = resolve(dirname(page), decodeURIComponent(path));
      if (!sizes.has(file)) sizes.set(file, existsSync(file) ? readFileSync(file, "utf8").split("\n").length : 0);
      const line = Number(/^L(\d+)$/.exec(fragment)?.[1]);
      expect([link, line >= 1 && line <= sizes.get(file)!]).toEqual([link, true]);
    }
    // The first cell of the type change is Go's row 8 of its raw-request page.
    await choose("kind", "type-changed");
    const first = await tab.$eval("#findings tbody tr.member td:nth-child(5) a", (a) => a.getAttribute("href"));
    expect(first).toBe("../../../shared/corpus/unified-to/go/docs/pkg/models/operations/createpassthroughrawrequest.md#L8");
    await choose("kind", "all");
    await tab.screenshot({ path: join(folder, "parity.png") });
    expect(problems).toEqual([]);
  });
});
