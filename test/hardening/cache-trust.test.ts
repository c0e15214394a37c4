// Issue 24: the cache is a hint, never a source of truth. Every entry is checked (its shape and its own
// checksum) before use; a bad one is dropped with a warning and rebuilt, and what generate, --check and
// --strict report does not depend on anything a previous run left that this run did not verify. Before:
// a page cache holding `null` for an entry ended every later run (diff too) with exit 70, even with
// --no-cache between; a page entry edited in the cache wrote wrong types and --check passed; an output
// file edited by hand with its stamp edited to match passed --check; an edited record of the last run
// made --check --strict pass over diagnostics.
import { cpSync, readdirSync, readFileSync, statSync, utimesSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { beforeEach, describe, expect, it } from "vitest";
import { filesUnder } from "../helpers/files.js";
import { runCli, temporaryFolder } from "../helpers/run-cli.js";

const WEBHOOK = "docs/pkg/models/shared/webhook.md";

let root: string;
const cacheFolder = () => join(root, "node_modules", ".cache", "modeldoc");
const cacheFile = (prefix: "pages" | "emit" | "run") => {
  const name = readdirSync(cacheFolder()).find((file) => file.startsWith(`${prefix}-`) && file.endsWith(".json"));
  if (name === undefined) throw new Error(`no ${prefix} cache file`);
  return join(cacheFolder(), name);
};
const readJson = (file: string) => JSON.parse(readFileSync(file, "utf8")) as Record<string, any>;

/** The page touched (same text, a new mtime), so that a run cannot take the shortcut of an unchanged folder. */
function touch(path: string): void {
  const later = new Date(statSync(path).mtimeMs + 5000);
  utimesSync(path, later, later);
}

const generate = (...flags: string[]) => runCli("--cwd", root, "generate", "go", "--out", "out", ...flags);

beforeEach(async () => {
  root = temporaryFolder("modeldoc-cache-");
  cpSync("specs/go", join(root, "go"), { recursive: true });
  const first = await generate();
  expect(first.code).toBe(0);
});

/** What a run from scratch writes. */
async function fromScratch(): Promise<Map<string, string>> {
  const fresh = join(root, "fresh");
  const run = await runCli("--cwd", root, "generate", "go", "--out", fresh, "--no-cache", "--quiet");
  expect(run.code).toBe(0);
  return filesUnder(join(fresh, "go"));
}

describe("a damaged page cache", () => {
  it("an entry that is null: dropped with a warning and the page read again, in generate and diff, and rebuilt for the next run", async () => {
    const file = cacheFile("pages");
    const cache = readJson(file);
    cache["pages"][WEBHOOK] = null;
    writeFileSync(file, JSON.stringify(cache));
    touch(join(root, "go", WEBHOOK));
    // --no-cache neither reads nor repairs the cache; the next run does.
    expect((await generate("--no-cache")).code).toBe(0);
    const run = await generate();
    expect(run.stderr).toContain(`modeldoc: warning: cache file ${file}: 1 entries failed their checksum or shape (${WEBHOOK}); dropped, the page read again`);
    expect(run.stderr).not.toContain("internal error");
    expect(run.code).toBe(0);
    expect(filesUnder(join(root, "out", "go"))).toEqual(await fromScratch());
    touch(join(root, "go", WEBHOOK));
    const again = await generate();
    expect(again.stderr).not.toContain("warning");
    expect(again.code).toBe(0);

    const damaged = readJson(file);
    damaged["pages"][WEBHOOK] = null;
    writeFileSync(file, JSON.stringify(damaged));
    const diff = await runCli("--cwd", root, "diff", "go", "go");
    expect(diff.stderr).toContain(`modeldoc: warning: cache file ${file}: 1 entries failed their checksum or shape`);
    expect(diff.code).toBe(0);
  });

  it("an entry edited by hand (valid JSON, a field renamed): not believed; the output is what the page says and --check passes on it", async () => {
    const file = cacheFile("pages");
    const cache = readJson(file);
    // The entry names the field HookURL (hookUrl); a forger renames it.
    const entry = JSON.stringify(cache["pages"][WEBHOOK]);
    expect(entry).toContain("HookURL");
    cache["pages"][WEBHOOK] = JSON.parse(entry.replaceAll("HookURL", "Forged").replaceAll("hookUrl", "forged"));
    writeFileSync(file, JSON.stringify(cache));
    touch(join(root, "go", WEBHOOK));
    const run = await generate();
    expect(run.stderr).toContain(`dropped, the page read again`);
    expect(run.code).toBe(0);
    expect(readFileSync(join(root, "out", "go", "types", "webhook.ts"), "utf8")).not.toContain("forged");
    expect(filesUnder(join(root, "out", "go"))).toEqual(await fromScratch());
    expect((await generate("--check")).code).toBe(0);
  });

  it("a cache file that is not JSON at all: a warning, and the run goes on as without a cache", async () => {
    const file = cacheFile("pages");
    writeFileSync(file, "{ not json");
    touch(join(root, "go", WEBHOOK));
    const run = await generate();
    expect(run.stderr).toContain(`modeldoc: warning: cache file ${file}: expected a cache file modeldoc wrote, found not JSON`);
    expect(run.code).toBe(0);
    expect(filesUnder(join(root, "out", "go"))).toEqual(await fromScratch());
  });
});

describe("a damaged emit cache and record of the last run", () => {
  it("an output file edited by hand, its stamp in the emit cache edited to match: --check finds it stale", async () => {
    const output = join(root, "out", "go", "types", "webhook.ts");
    writeFileSync(output, `${readFileSync(output, "utf8")}// a hand edit\n`);
    const file = cacheFile("emit");
    const cache = readJson(file);
    const stamp = cache["disk"]["types/webhook.ts"];
    const info = statSync(output);
    stamp[1] = info.size;
    stamp[2] = info.mtimeMs;
    writeFileSync(file, JSON.stringify(cache));
    const check = await generate("--check");
    expect(check.stderr).toContain("types/webhook.ts: stale");
    expect(check.stderr).toContain(`modeldoc: warning: cache file ${file}: 1 entries failed their checksum or shape (types/webhook.ts); dropped, emitted again`);
    expect(check.code).toBe(1);
  });

  it("a declaration's entry edited (another key): dropped with a warning, the declaration emitted again", async () => {
    const file = cacheFile("emit");
    const cache = readJson(file);
    const [id] = Object.keys(cache["declarations"]);
    cache["declarations"][id!].files = [];
    writeFileSync(file, JSON.stringify(cache));
    touch(join(root, "go", WEBHOOK));
    const run = await generate();
    expect(run.stderr).toContain(`(${id}); dropped, emitted again`);
    expect(run.code).toBe(0);
    expect(filesUnder(join(root, "out", "go"))).toEqual(await fromScratch());
  });

  it("the record of the last run edited to hold no diagnostics: --check --strict still reports the docs' diagnostics and exits 1", async () => {
    // A cell modeldoc cannot read as a type: a warning, so --strict fails.
    const page = join(root, "go", WEBHOOK);
    writeFileSync(page, readFileSync(page, "utf8").replace("| *string*", "| *§weird*"));
    const first = await generate("--strict");
    expect(first.stderr).toContain("warning bad-type");
    expect(first.code).toBe(1);
    const file = cacheFile("run");
    const record = readJson(file);
    expect(record["diagnostics"].length).toBeGreaterThan(0);
    record["diagnostics"] = [];
    writeFileSync(file, JSON.stringify(record));
    const check = await generate("--check", "--strict");
    expect(check.stderr).toContain("warning bad-type");
    expect(check.stderr).toContain(`modeldoc: warning: cache file ${file}: 1 entries failed their checksum or shape (the record of the last run); dropped, the run made in full again`);
    expect(check.code).toBe(1);
  });
});
