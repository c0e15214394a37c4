// Watch's incremental runs (watch-memory.ts) write what a fresh `generate` of the same docs writes, byte for
// byte, after every kind of edit: a description, a field's type in a model others refer to, a referenced
// model renamed, a page added, a page broken (the watcher keeps its last good version) and fixed, a
// referenced page deleted and put back in another folder. Docs: the pages of unified-to/go that the webhook, connection, integration and
// passthrough operations lead to through links (265 pages).
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join, normalize } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { generate } from "../../src/pipeline/generate.js";
import { watch, type WatchRun, type Watcher } from "../../src/pipeline/watch.js";
import { corpusRoot } from "../corpus/paths.js";
import { filesUnder } from "../helpers/files.js";
import { temporaryFolder } from "../helpers/run-cli.js";

const source = join(corpusRoot, "unified-to", "go");
const models = "docs/pkg/models";

/** The pages the operations named by `pattern` lead to through links, themselves included (paths relative to the folder). */
function linkedPages(folder: string, pattern: RegExp): string[] {
  const pending = readdirSync(join(folder, models, "operations"))
    .filter((name) => pattern.test(name))
    .map((name) => `${models}/operations/${name}`);
  const found = new Set<string>();
  for (let page = pending.pop(); page !== undefined; page = pending.pop()) {
    if (found.has(page) || !existsSync(join(folder, page))) continue;
    found.add(page);
    for (const [, target] of readFileSync(join(folder, page), "utf8").matchAll(/\]\(([^)#\s]+\.md)/g)) {
      pending.push(normalize(join(dirname(page), target!)).split("\\").join("/"));
    }
  }
  return [...found].sort();
}

function copyPages(pages: readonly string[], to: string): void {
  for (const page of pages) {
    mkdirSync(dirname(join(to, page)), { recursive: true });
    cpSync(join(source, page), join(to, page));
  }
}

describe("watch, incremental runs", () => {
  let watcher: Watcher | undefined;
  afterEach(async () => watcher?.close());

  it("writes, after every edit, the bytes a fresh generate of the same docs writes", async () => {
    const root = temporaryFolder();
    const docs = join(root, "watched", "go");
    // The docs as the watcher reads them: a broken page is read as its last good version.
    const expected = join(root, "expected", "go");
    const pages = linkedPages(source, /webhook|passthrough/);
    expect(pages.length).toBeGreaterThan(30);
    copyPages(pages, docs);
    copyPages(pages, expected);
    const out = join(root, "out");
    const runs: WatchRun[] = [];
    watcher = watch({ variants: [{ folder: docs, name: "go" }], out, cacheFolder: join(root, "cache"), debounceMs: 20, onRun: (run) => runs.push(run) });
    await watcher.ready;

    /** Waits for the runs an edit starts: at least one, then until none has come for 250 ms; returns the last. */
    const settled = async (before: number): Promise<WatchRun> => {
      let seen = before;
      let quietMs = 0;
      while (runs.length === before || quietMs < 250) {
        await new Promise((resolve) => setTimeout(resolve, 50));
        if (runs.length === seen) quietMs += 50;
        else [seen, quietMs] = [runs.length, 0];
      }
      return runs.at(-1)!;
    };
    const fresh = join(root, "fresh");
    const expectSameAsFresh = async (run: WatchRun) => {
      expect(run.error).toBeUndefined();
      rmSync(fresh, { recursive: true, force: true });
      await generate({ variants: [{ folder: expected, name: "go" }], out: fresh, cacheFolder: false });
      const watched = filesUnder(join(out, "go"));
      const generated = filesUnder(join(fresh, "go"));
      expect([...watched.keys()].sort()).toEqual([...generated.keys()].sort());
      const differing = [...generated].filter(([path, text]) => watched.get(path) !== text).map(([path]) => path);
      expect(differing).toEqual([]);
    };
    /** Applies an edit to the watched docs (and, unless it breaks the page, to the expected ones); returns the run it started. */
    const edit = async (page: string, change: ((text: string) => string) | "delete", options: { breaks?: boolean } = {}): Promise<WatchRun> => {
      const before = runs.length;
      const folders = options.breaks ? [docs] : [docs, expected];
      for (const folder of folders) {
        const path = join(folder, page);
        if (change === "delete") rmSync(path);
        else {
          mkdirSync(dirname(path), { recursive: true });
          writeFileSync(path, change(existsSync(path) ? readFileSync(path, "utf8") : ""));
        }
      }
      return settled(before);
    };

    const webhook = `${models}/shared/webhook.md`;
    const webhookText = readFileSync(join(docs, webhook), "utf8");
    await expectSameAsFresh(runs[0]!);

    // Only the page's own text: the fast path, one page parsed.
    const described = await edit(webhook, (text) => text.replace("A webhook is used to POST", "A webhook POSTs"));
    expect(described.result?.pages.parsed).toBe(1);
    await expectSameAsFresh(described);

    // A field's type in a model other models refer to: their keys change with it.
    await expectSameAsFresh(await edit(webhook, (text) => text.replace(/(\| `Interval` +\| )`\*float64` /, "$1`*string`  ")));
    expect(readFileSync(join(out, "go", "types", "webhook.ts"), "utf8")).toContain("interval?: string;");

    // A referenced model renamed: every name may move, and references resolve against the new name.
    const event = `${models}/shared/webhookevent.md`;
    expect(readFileSync(join(docs, event), "utf8")).toMatch(/^# WebhookEvent\n/);
    await expectSameAsFresh(await edit(event, (text) => text.replace(/^# WebhookEvent\n/, "# WebhookTrigger\n")));
    expect(existsSync(join(out, "go", "types", "webhook-trigger.ts"))).toBe(true);

    // A page added, referring to an existing model.
    const added = `${models}/shared/webhookaudit.md`;
    const auditPage = "# WebhookAudit\n\nAn audit of a webhook.\n\n## Fields\n\n| Field | Type | Required | Description |\n| --- | --- | --- | --- |\n| `Hook` | [shared.Webhook](../../../pkg/models/shared/webhook.md) | :heavy_check_mark: | N/A |\n| `Note` | `*string` | :heavy_minus_sign: | N/A |\n";
    await expectSameAsFresh(await edit(added, () => auditPage));
    expect(existsSync(join(out, "go", "types", "webhook-audit.ts"))).toBe(true);

    // A page broken: its last good version stays in the output (the expected docs keep it).
    const broken = await edit(webhook, (text) => text.replace(/\| `IsHealthy` +\|/, "|  |"), { breaks: true });
    expect(broken.result?.diagnostics.map(({ code }) => code)).toContain("kept-last-good");
    await expectSameAsFresh(broken);

    // Fixed again, to the original text.
    await expectSameAsFresh(await edit(webhook, () => webhookText));

    // A referenced page deleted: its files go, and the links to it lead nowhere.
    const dbType = `${models}/shared/dbtype.md`;
    const dbTypeText = readFileSync(join(docs, dbType), "utf8");
    const deleted = await edit(dbType, "delete");
    expect(deleted.result?.removed).toBeGreaterThan(0);
    await expectSameAsFresh(deleted);
    expect(readFileSync(join(out, "go", "types", "webhook.ts"), "utf8")).not.toContain("import type { DbType }");

    // ... and back in another folder: the broken links now resolve by the name they give (another page's resolution changes).
    await expectSameAsFresh(await edit(`${models}/shared/legacy/dbtype.md`, () => dbTypeText));
    expect(readFileSync(join(out, "go", "types", "webhook.ts"), "utf8")).toContain("import type { DbType }");
  });
});
