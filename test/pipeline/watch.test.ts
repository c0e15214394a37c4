// Watch mode through the API: an edit is regenerated; a broken edit is reported and the last good output kept.
import { cpSync, existsSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { watch, type WatchRun, type Watcher } from "../../src/pipeline/watch.js";
import { temporaryFolder } from "../helpers/run-cli.js";

describe("watch", () => {
  let watcher: Watcher | undefined;
  afterEach(async () => watcher?.close());

  it("regenerates on an edit, and keeps the last good output while a page is broken", async () => {
    const root = temporaryFolder();
    const docs = join(root, "go");
    cpSync("specs/go", docs, { recursive: true });
    const out = join(root, "out");
    const runs: WatchRun[] = [];
    let waiting: ((run: WatchRun) => void) | undefined;
    const nextRun = () => new Promise<WatchRun>((resolve) => (waiting = resolve));
    watcher = watch({
      variants: [{ folder: docs }],
      out,
      cacheFolder: join(root, "cache"),
      debounceMs: 20,
      onRun: (run) => {
        runs.push(run);
        waiting?.(run);
      },
    });
    await watcher.ready;
    expect(runs).toHaveLength(1);
    expect(runs[0]!.result?.written).toBeGreaterThan(0);

    const webhook = join(docs, "docs/pkg/models/shared/webhook.md");
    const types = join(out, "go", "types", "webhook.ts");
    const text = readFileSync(webhook, "utf8");
    const row = text.split("\n").find((line) => line.startsWith("| `IsHealthy`"))!;

    let next = nextRun();
    writeFileSync(webhook, text.replace(row, row.replace("**bool*", "**string*")));
    const edited = await next;
    expect(edited.changed).toEqual([expect.stringMatching(/webhook\.md$/)]);
    expect(edited.result?.diagnostics).toEqual([]);
    expect(readFileSync(types, "utf8")).toContain("isHealthy?: string;");

    next = nextRun();
    // A row with no name loses the field (an error); an unreadable type would only be a warning, read as `unknown`.
    writeFileSync(webhook, text.replace(row, "|  | **bool* | :heavy_minus_sign: | N/A |"));
    const broken = await next;
    const codes = broken.result?.diagnostics.map((d) => `${d.severity} ${d.code}`);
    expect(codes).toEqual(["warning kept-last-good", "error empty-field-name"]);
    expect(readFileSync(types, "utf8")).toContain("isHealthy?: string;"); // the last good output stays

    next = nextRun();
    writeFileSync(webhook, text);
    const fixed = await next;
    expect(fixed.result?.diagnostics).toEqual([]);
    expect(readFileSync(types, "utf8")).toContain("isHealthy?: boolean;");
  });

  it("follows pages added and deleted while it runs, parsing only the new page", async () => {
    const root = temporaryFolder();
    const docs = join(root, "go");
    cpSync("specs/go", docs, { recursive: true });
    const out = join(root, "out");
    let waiting: ((run: WatchRun) => void) | undefined;
    const nextRun = () => new Promise<WatchRun>((resolve) => (waiting = resolve));
    watcher = watch({ variants: [{ folder: docs }], out, cacheFolder: join(root, "cache"), debounceMs: 20, onRun: (run) => waiting?.(run) });
    await watcher.ready;

    const shared = join(docs, "docs/pkg/models/shared");
    let next = nextRun();
    writeFileSync(join(shared, "extra.md"), "# Extra\n\n## Fields\n\n| Field | Type | Required | Description |\n| --- | --- | --- | --- |\n| `Name` | *string* | :heavy_check_mark: | N/A |\n");
    const added = await next;
    expect(added.result?.pages).toEqual({ parsed: 1, cached: 5 });
    expect(readFileSync(join(out, "go", "types", "extra.ts"), "utf8")).toContain("export interface Extra");

    next = nextRun();
    rmSync(join(shared, "extra.md"));
    const deleted = await next;
    expect(deleted.result?.removed).toBeGreaterThan(0);
    expect(existsSync(join(out, "go", "types", "extra.ts"))).toBe(false);
    expect(existsSync(join(out, "go", "types", "webhook.ts"))).toBe(true);
  });

  it("keeps a model's last good version while an edit makes its page no longer read as one (## Fields → ## Feilds), with a warning (issue 24)", async () => {
    const root = temporaryFolder();
    const docs = join(root, "go");
    cpSync("specs/go", docs, { recursive: true });
    const out = join(root, "out");
    let waiting: ((run: WatchRun) => void) | undefined;
    const nextRun = () => new Promise<WatchRun>((resolve) => (waiting = resolve));
    watcher = watch({ variants: [{ folder: docs }], out, cacheFolder: join(root, "cache"), debounceMs: 20, onRun: (run) => waiting?.(run) });
    await watcher.ready;
    // Webhook's fields refer to the Event enum: its page made no longer an enum page.
    const event = join(docs, "docs/pkg/models/shared/event.md");
    const text = readFileSync(event, "utf8");
    expect(text).toContain("## Values");
    let next = nextRun();
    writeFileSync(event, text.replace("## Values", "## Valeus"));
    const edited = await next;
    const kept = edited.result?.diagnostics.find((diagnostic) => diagnostic.code === "kept-last-good");
    expect(kept?.message).toBe('expected a page without errors that declares what it did, found it no longer reads as "Event"; the last good version of this page is used until it is fixed (or deleted)');
    expect(edited.result?.removed).toBe(0);
    expect(existsSync(join(out, "go", "types", "event.ts"))).toBe(true);
    expect(readFileSync(join(out, "go", "types", "webhook.ts"), "utf8")).not.toContain("unknown");

    next = nextRun();
    writeFileSync(event, text);
    const fixed = await next;
    expect(fixed.result?.diagnostics).toEqual([]);
  });
});
