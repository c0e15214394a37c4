// Issue 13: a model with a required self-reference (`Webhook { Parent: Webhook }`, required, not null) has
// no finite value. Its fixture cannot be valid; the run says so at the model's page instead of passing
// such a fixture off as one its validator accepts.
import { cpSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { generate } from "../../src/pipeline/generate.js";
import { temporaryFolder } from "../helpers/run-cli.js";

const webhookPage = "docs/pkg/models/shared/webhook.md";

function docsWithSelfReference(required: boolean): string {
  const docs = join(temporaryFolder(), "go");
  cpSync("specs/go", docs, { recursive: true });
  const text = readFileSync(join(docs, webhookPage), "utf8").trimEnd();
  const marker = required ? ":heavy_check_mark:" : ":heavy_minus_sign:";
  writeFileSync(join(docs, webhookPage), `${text}\n| \`Parent\` | [shared.Webhook](../../../pkg/models/shared/webhook.md) | ${marker} | N/A |\n`);
  return docs;
}

describe("a type no finite value can have", () => {
  it("is a no-finite-value warning at its page, naming the field that closes the cycle; the fixture file says so too", async () => {
    const out = join(temporaryFolder(), "out");
    const run = await generate({ variants: [{ folder: docsWithSelfReference(true) }], out, cacheFolder: false });
    const found = run.diagnostics.filter((diagnostic) => diagnostic.code === "no-finite-value");
    expect(found.map(({ severity, source, message }) => [severity, source.file.endsWith("webhook.md"), source.line, message])).toEqual([
      ["warning", true, 1, 'expected a type a finite value can have, found required, non-null field "Parent", which leads back into a cycle; its fixtures hold null there, which its validator rejects'],
    ]);
    expect(readFileSync(join(out, "go", "fixtures/webhook.json"), "utf8")).toContain("Webhook has no finite value (a required field cycle)");
  });

  it("is no warning when the self-reference is optional, nor when fixtures are not emitted", async () => {
    const optional = await generate({ variants: [{ folder: docsWithSelfReference(false) }], out: join(temporaryFolder(), "out"), cacheFolder: false });
    expect(optional.diagnostics.filter((diagnostic) => diagnostic.code === "no-finite-value")).toEqual([]);
    const noFixtures = await generate({ variants: [{ folder: docsWithSelfReference(true) }], out: join(temporaryFolder(), "out"), cacheFolder: false, emit: ["interfaces", "validators"] });
    expect(noFixtures.diagnostics.filter((diagnostic) => diagnostic.code === "no-finite-value")).toEqual([]);
  });
});
