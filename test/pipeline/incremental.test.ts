// Incremental generation: the page cache, what is rewritten when a page is edited, added, renamed or
// deleted, and a page that others link to.
import { cpSync, readdirSync, readFileSync, renameSync, rmSync, statSync, utimesSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { beforeEach, describe, expect, it } from "vitest";
import { generate, type GenerateOptions } from "../../src/pipeline/generate.js";
import { temporaryFolder } from "../helpers/run-cli.js";

const shared = "docs/pkg/models/shared";

describe("incremental generate", () => {
  let docs: string;
  let options: GenerateOptions;
  const output = (path: string) => join(options.out, "go", path);
  const page = (name: string) => join(docs, shared, name);

  beforeEach(() => {
    const root = temporaryFolder();
    docs = join(root, "go");
    cpSync("specs/go", docs, { recursive: true });
    options = { variants: [{ folder: docs }], out: join(root, "out"), cacheFolder: join(root, "cache") };
  });

  it("parses each page once: a second run takes every page from the cache and writes nothing", async () => {
    const first = await generate(options);
    expect(first.pages).toEqual({ parsed: 5, cached: 0 });
    const mtime = statSync(output("types/webhook.ts")).mtimeMs;
    const second = await generate(options);
    expect(second.pages).toEqual({ parsed: 0, cached: 5 });
    expect(second.written).toBe(0);
    expect(statSync(output("types/webhook.ts")).mtimeMs).toBe(mtime);
  });

  it("a run with nothing changed since the last reads no page and reports what the last run did; any change takes the full path", async () => {
    const first = await generate(options);
    const diagnostics = first.diagnostics;
    const second = await generate(options);
    // Nothing read: the variant is reported from the record of the last run.
    expect(second.variants[0]!.variant).toBeUndefined();
    expect(second.variants[0]!.name).toBe("go");
    expect(second.diagnostics).toEqual(diagnostics);
    expect(second.pages).toEqual({ parsed: 0, cached: 5 });
    // An output file edited by hand: the full path finds it and writes it back.
    const webhook = readFileSync(output("types/webhook.ts"), "utf8");
    writeFileSync(output("types/webhook.ts"), `${webhook}// a hand edit\n`);
    const third = await generate(options);
    expect(third.variants[0]!.variant).toBeDefined();
    expect(third.written).toBe(1);
    expect(readFileSync(output("types/webhook.ts"), "utf8")).toBe(webhook);
    // A page touched (same text, new mtime): read again, nothing to write.
    const later = new Date(Date.now() + 5000);
    utimesSync(page("webhook.md"), later, later);
    const fourth = await generate(options);
    expect(fourth.variants[0]!.variant).toBeDefined();
    expect(fourth.written).toBe(0);
    // An option changed: the full path.
    expect((await generate({ ...options, naming: "snake" })).variants[0]!.variant).toBeDefined();
  });

  it("an edited page is parsed again and only the files it changes are rewritten", async () => {
    await generate(options);
    const eventMtime = statSync(output("types/event.ts")).mtimeMs;
    const text = readFileSync(page("webhook.md"), "utf8");
    const hookUrlRow = text.split("\n").find((line) => line.startsWith("| `HookURL`"))!;
    writeFileSync(page("webhook.md"), text.replace(hookUrlRow, hookUrlRow.replace("| N/A ", "| Where events are POSTed ")));
    const run = await generate(options);
    expect(run.pages).toEqual({ parsed: 1, cached: 4 });
    // Only the description changed, so only the interface's JSDoc and the description in the JSON Schema
    // of WebhookSchema (in the validator module) change.
    expect(run.variants[0]!.plan.write).toEqual(["types/webhook.ts", "validators/webhook.ts"]);
    expect(readFileSync(output("types/webhook.ts"), "utf8")).toContain("/** Where events are POSTed */\n  hookUrl: string;");
    expect(statSync(output("types/event.ts")).mtimeMs).toBe(eventMtime);
  });

  it("a changed page that others link to updates the pages that embed it", async () => {
    await generate(options);
    const text = readFileSync(page("event.md"), "utf8");
    writeFileSync(page("event.md"), text.replace("| `EventUpdated` | updated        |", "| `EventRenamed` | renamed        |"));
    const run = await generate(options);
    const written = run.variants[0]!.plan.write;
    expect(written).toContain("types/event.ts");
    // Webhook's fixtures use Event's first value.
    expect(readFileSync(output("fixtures/webhook.ts"), "utf8")).toContain('event: "renamed"');
  });

  it("added, renamed and deleted pages add and remove exactly their outputs", async () => {
    await generate(options);
    writeFileSync(page("extra.md"), "# Extra\n\n## Fields\n\n| Field | Type | Required | Description |\n| --- | --- | --- | --- |\n| `Name` | *string* | :heavy_check_mark: | N/A |\n");
    const added = await generate(options);
    expect(added.pages.parsed).toBe(1);
    expect(readFileSync(output("types/extra.ts"), "utf8")).toContain("export interface Extra");

    renameSync(page("extra.md"), page("extra2.md"));
    writeFileSync(page("extra2.md"), readFileSync(page("extra2.md"), "utf8").replace("# Extra", "# Extra2"));
    const renamed = await generate(options);
    expect(renamed.removed).toBeGreaterThan(0);
    expect(() => statSync(output("types/extra.ts"))).toThrow();
    expect(readFileSync(output("types/extra2.ts"), "utf8")).toContain("export interface Extra2");

    rmSync(page("extra2.md"));
    const deleted = await generate(options);
    expect(() => statSync(output("types/extra2.ts"))).toThrow();
    expect(deleted.diagnostics).toEqual([]);
  });

  it("outputs deleted or edited by hand are put back by the next run; the others are not read or rewritten", async () => {
    await generate(options);
    const original = readFileSync(output("validators/webhook.ts"), "utf8");
    const eventMtime = statSync(output("types/event.ts")).mtimeMs;
    rmSync(output("validators/webhook.ts"));
    writeFileSync(output("types/webhook.ts"), readFileSync(output("types/webhook.ts"), "utf8") + "// a hand edit\n");
    const run = await generate(options);
    expect(run.variants[0]!.plan.write.sort()).toEqual(["types/webhook.ts", "validators/webhook.ts"]);
    expect(readFileSync(output("validators/webhook.ts"), "utf8")).toBe(original);
    expect(readFileSync(output("types/webhook.ts"), "utf8")).not.toContain("a hand edit");
    expect(statSync(output("types/event.ts")).mtimeMs).toBe(eventMtime);
    // Webhook's files came out of the emitter again; every other declaration's were vouched for by the cache.
    expect(run.declarations.emitted).toBe(1);
  });

  it("--check trusts no record it did not make: a stale file is reported after a check run too", async () => {
    await generate(options);
    writeFileSync(output("types/event.ts"), readFileSync(output("types/event.ts"), "utf8").replace("export type", "export  type"));
    const first = await generate({ ...options, check: true });
    expect(first.stale.some((path) => path.endsWith("types/event.ts"))).toBe(true);
    const second = await generate({ ...options, check: true });
    expect(second.stale.some((path) => path.endsWith("types/event.ts"))).toBe(true);
    const fixed = await generate(options);
    expect(fixed.written).toBe(1);
    expect((await generate({ ...options, check: true })).stale).toEqual([]);
  });

  it("cache files unused for 30 days are deleted; the ones a run uses are kept, and so is anything not modeldoc's", async () => {
    await generate(options);
    const cache = options.cacheFolder as string;
    const inUse = readdirSync(cache).sort();
    // The output folder's emit cache and run record, and a page cache per dialect setting the pages were read in.
    expect(inUse.filter((name) => /^emit-[0-9a-f]{16}\.json$/.test(name))).toHaveLength(1);
    expect(inUse.filter((name) => /^run-[0-9a-f]{16}\.json$/.test(name))).toHaveLength(1);
    expect(inUse.filter((name) => /^pages-[0-9a-f]{16}\.json$/.test(name)).length).toBe(inUse.length - 2);
    const longAgo = new Date(Date.now() - 31 * 24 * 60 * 60 * 1000);
    const twoHoursAgo = new Date(Date.now() - 2 * 60 * 60 * 1000);
    const plant = (name: string, when: Date) => {
      writeFileSync(join(cache, name), "{}");
      utimesSync(join(cache, name), when, when);
    };
    plant("pages-0123456789abcdef.json", longAgo); // a docs folder no run has read for a month
    plant("emit-0123456789abcdef.json", new Date()); // used recently by another output folder
    plant("emit-fedcba9876543210.json.4242.1.tmp", twoHoursAgo); // a killed save
    plant("pages-fedcba9876543210.json.4242.2.tmp", new Date()); // a save that may be under way
    plant("notes.json", longAgo); // not modeldoc's
    for (const name of inUse) utimesSync(join(cache, name), longAgo, longAgo);

    const run = await generate(options);
    expect(run.pages).toEqual({ parsed: 0, cached: 5 });
    expect(readdirSync(cache).sort()).toEqual(
      [...inUse, "emit-0123456789abcdef.json", "notes.json", "pages-fedcba9876543210.json.4242.2.tmp"].sort(),
    );
    // Using a cache file marks it: the ones this run read are a month old no more.
    for (const name of inUse) expect(Date.now() - statSync(join(cache, name)).mtimeMs).toBeLessThan(60_000);
  });
});
