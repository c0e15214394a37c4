// Reading stays inside the docs root: a symbolic link that leads outside is not followed (a warning
// names it), and a link to a page or folder inside the root does not make its pages appear twice.
import { cpSync, mkdirSync, symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readVariant } from "../../src/pipeline/read-variant.js";
import { filesUnder } from "../helpers/files.js";
import { runCli, temporaryFolder } from "../helpers/run-cli.js";

const secretPage = "# Secret\n\nTOP-SECRET-TOKEN\n\n## Fields\n\n| Field | Type | Required | Description |\n| --- | --- | --- | --- |\n| `Token` | *string* | :heavy_check_mark: | TOP-SECRET-TOKEN |\n";

/** specs/go copied, with links: to a page and a folder outside, to a folder inside, and a loop. */
function docsWithLinks(): { docs: string; outside: string } {
  const root = temporaryFolder();
  const docs = join(root, "go");
  const outside = join(root, "outside");
  cpSync("specs/go", docs, { recursive: true });
  mkdirSync(join(outside, "many"), { recursive: true });
  writeFileSync(join(outside, "secret.md"), secretPage);
  for (let index = 0; index < 20; index++) writeFileSync(join(outside, "many", `page${index}.md`), secretPage.replace("Secret", `Secret${index}`));
  const shared = join(docs, "docs", "pkg", "models", "shared");
  symlinkSync(join(outside, "secret.md"), join(shared, "secret.md"));
  symlinkSync(join(outside, "many"), join(docs, "docs", "many"));
  symlinkSync(shared, join(docs, "docs", "again")); // inside the root: its pages are read where they are
  symlinkSync(join(shared, "webhook.md"), join(docs, "webhook-link.md"));
  symlinkSync(docs, join(shared, "loop"));
  symlinkSync(join(outside, "missing.md"), join(docs, "dangling.md"));
  return { docs, outside };
}

describe("symbolic links in a docs folder", () => {
  it("are not followed outside the root, and pages inside it are read once", async () => {
    const { docs, outside } = docsWithLinks();
    const variant = await readVariant(docs);
    const ids = variant.declarations.map((declaration) => declaration.id).sort();
    expect(ids).toEqual([
      "docs/pkg/models/shared/event.md",
      "docs/pkg/models/shared/meta.md",
      "docs/pkg/models/shared/objecttype.md",
      "docs/pkg/models/shared/webhook.md",
      "docs/pkg/models/shared/webhooktype.md",
    ]);
    expect(JSON.stringify(variant)).not.toContain("TOP-SECRET-TOKEN");
    const warnings = variant.diagnostics.filter((diagnostic) => diagnostic.code.includes("symlink"));
    expect(warnings.map((warning) => [warning.source.file, warning.severity, warning.code])).toEqual([
      ["dangling.md", "warning", "broken-symlink"],
      ["docs/many", "warning", "symlink-outside-root"],
      ["docs/pkg/models/shared/secret.md", "warning", "symlink-outside-root"],
    ]);
    expect(warnings[0]!.message).toBe(
      `expected a page or folder inside the docs folder, found a symbolic link to ${join(outside, "missing.md")}, which does not exist; not followed`,
    );
    expect(warnings[2]!.message).toBe(
      `expected a page or folder inside the docs folder, found a symbolic link to ${join(outside, "secret.md")}; not followed`,
    );
  });

  it("generate writes nothing read through a link outside the root, and names each link", async () => {
    const { docs } = docsWithLinks();
    const out = join(temporaryFolder(), "out");
    const run = await runCli("generate", docs, "--out", out, "--no-cache", "--quiet");
    expect(run.code).toBe(0);
    expect(run.stderr).toContain(`${docs}/docs/pkg/models/shared/secret.md:1:1: warning symlink-outside-root:`);
    expect(run.stderr).toContain(`${docs}/docs/many:1:1: warning symlink-outside-root:`);
    const written = [...filesUnder(out).values()].join("\n");
    expect(written).not.toContain("TOP-SECRET-TOKEN");
    expect(filesUnder(out).size).toBe(23);
  });

  it("a docs folder that is itself a link is read (the link was named on purpose)", async () => {
    const { docs } = docsWithLinks();
    const link = join(temporaryFolder(), "go");
    symlinkSync(docs, link);
    const variant = await readVariant(link);
    expect(variant.declarations).toHaveLength(5);
  });
});
