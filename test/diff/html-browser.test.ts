/**
 * Issue 16: the HTML parity page in a real browser. `modeldoc diff` writes the page for the seven
 * unified-to languages; headless Chromium (Debian's package, installed by .ci/run; driven by
 * puppeteer-core, which downloads no browser) loads it from disk, with no console error; the kind filter,
 * the search and the variant filter show the rows they should; every link shown opens an existing line of
 * a page; a screenshot is kept in .tmp/parity-report/.
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
  cells: string[];
}

const rows = (): Promise<Row[]> =>
  tab.$$eval("#findings tbody tr", (trs) =>
    trs.map((tr) => ({
      model: (tr as HTMLElement).dataset["model"] ?? "",
      kind: (tr as HTMLElement).dataset["kind"] ?? "",
      severity: (tr as HTMLElement).dataset["severity"] ?? "",
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
    expect(await tab.$eval("#count", (element) => element.textContent)).toBe("1035 rows");
    expect(problems).toEqual([]);
  });

  it("filters by kind, then searches by model", async () => {
    await choose("kind", "type-changed");
    const typeRows = await rows();
    expect(typeRows.map((row) => [row.model, row.kind])).toEqual([
      ["CreatePassthroughRawRequest", "type-changed"],
      ["PatchPassthroughRawRequest", "type-changed"],
      ["UpdatePassthroughRawRequest", "type-changed"],
    ]);
    expect(typeRows[0]?.cells).toEqual(["any", "binary", "binary", "binary", "binary", "string", "string"]);
    await tab.type("#search", "patchpassthrough");
    await tab.waitForFunction(() => document.querySelector("#count")?.textContent === "1 row");
    expect((await rows()).map((row) => row.model)).toEqual(["PatchPassthroughRawRequest"]);
    await tab.screenshot({ path: join(folder, "filtered.png") });
    expect(problems).toEqual([]);
  });

  it("shows what one language lacks, and the models on which all agree when asked", async () => {
    await choose("kind", "all");
    await tab.$eval("#search", (input) => ((input as HTMLInputElement).value = ""));
    await choose("variant", "python");
    // Rows where Python has a value of its own or lacks the thing: among them its two utility pages.
    const python = await rows();
    expect(python.filter((row) => row.kind === "model-missing").map((row) => row.model)).toEqual(
      expect.arrayContaining(["BackoffStrategy", "RetryConfig"]),
    );
    expect(python.every((row) => row.cells[3] !== "✓" && row.cells[3] !== "")).toBe(true);
    await choose("variant", "any variant");
    await tab.click("#all");
    expect(await tab.$eval("#count", (element) => element.textContent)).toBe(`${1035 + 2592} rows`);
    await tab.type("#search", "Webhook");
    await tab.waitForFunction(() => !document.querySelector("#count")?.textContent?.startsWith("3627"));
    const webhook = await rows();
    expect(webhook.length).toBeGreaterThan(0);
    expect(webhook.every((row) => row.model.toLowerCase().includes("webhook"))).toBe(true);
    await tab.click("#all");
    expect(problems).toEqual([]);
  });

  it("links every cell to an existing line of the page it came from", async () => {
    await tab.$eval("#search", (input) => ((input as HTMLInputElement).value = ""));
    await choose("kind", "all");
    const links = await tab.$$eval("#findings tbody a", (anchors) => anchors.map((a) => a.getAttribute("href") ?? ""));
    expect(links.length).toBeGreaterThan(1035);
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
    const first = await tab.$eval("#findings tbody tr td:nth-child(5) a", (a) => a.getAttribute("href"));
    expect(first).toBe("../../../shared/corpus/unified-to/go/docs/pkg/models/operations/createpassthroughrawrequest.md#L8");
    await choose("kind", "all");
    await tab.screenshot({ path: join(folder, "parity.png") });
  });
});
