// The committed generated/ folder (what modeldoc makes of specs/): it compiles under nodenext and bundler
// resolution, runs in plain Node ESM, every fixture passes its validator, and wrong values are rejected
// at the right path.
import { readFileSync } from "node:fs";
import { glob } from "tinyglobby";
import { afterAll, describe, expect, it } from "vitest";
import type { OutputFile } from "../../src/emit/index.js";
import { createProject } from "../helpers/ts-project.js";

type Issue = { path: string; expected: string; found: string; message: string };
type Validator = (value: unknown) => Issue[];

async function folderFiles(folder: string): Promise<OutputFile[]> {
  const paths = await glob("**/*.ts", { cwd: folder });
  return paths.sort().map((path) => ({ path, contents: readFileSync(`${folder}/${path}`, "utf8") }));
}

describe("generated/", async () => {
  const project = createProject({ go: await folderFiles("generated/go"), csharp: await folderFiles("generated/csharp") });
  afterAll(() => project.remove());

  it("compiles with tsc --strict under moduleResolution nodenext (and emits JS)", () => {
    const result = project.tsc("tsconfig.json");
    expect(result.output).toBe("");
    expect(result.status).toBe(0);
  });

  it("compiles under moduleResolution bundler", () => {
    const result = project.tsc("tsconfig.bundler.json");
    expect(result.output).toBe("");
    expect(result.status).toBe(0);
  });

  it.each(["go", "csharp"])("%s: every fixture passes its validator in plain Node", async (variant) => {
    const index = await project.importIndex(variant);
    const validators = index["validators"] as Record<string, Validator>;
    const fixtures = index["fixtures"] as Record<string, { minimal: unknown; full: unknown }>;
    expect(Object.keys(fixtures).sort()).toEqual(Object.keys(validators).sort());
    for (const [name, fixture] of Object.entries(fixtures)) {
      expect(validators[name]!(fixture.minimal), `${name} minimal`).toEqual([]);
      expect(validators[name]!(fixture.full), `${name} full`).toEqual([]);
    }
  });

  it("rejects wrong Webhook values with the right path", async () => {
    const index = await project.importIndex("go");
    const validate = (index["validators"] as Record<string, Validator>)["Webhook"]!;
    const full = (index["fixtures"] as Record<string, { full: Record<string, unknown> }>)["Webhook"]!.full;
    const paths = (value: Record<string, unknown>) => validate(value).map((issue) => issue.path);

    const { hookUrl: _dropped, ...missingHookUrl } = full;
    expect(validate(missingHookUrl)).toEqual([expect.objectContaining({ path: "$.hookUrl", found: "missing" })]);
    expect(paths({ ...full, connectionId: 42 })).toEqual(["$.connectionId"]);
    expect(validate({ ...full, connectionId: 42 })[0]).toMatchObject({ expected: "string", found: "number 42" });
    // The 2025 Go docs do not say whether Event is open, so any string is one; a number is not.
    expect(paths({ ...full, event: 42 })).toEqual(["$.event"]);
    expect(paths({ ...full, runs: ["a", 2, "c"] })).toEqual(["$.runs[1]"]);
    expect(paths({ ...full, filters: { ok: "x", "bad key": 3 } })).toEqual(['$.filters["bad key"]']);
    expect(paths({ ...full, checkedAt: "yesterday" })).toEqual(["$.checkedAt"]);
    expect(paths({ ...full, meta: "not an object" })).toEqual(["$.meta"]);
    expect(validate(null)).toEqual([expect.objectContaining({ path: "$", found: "null" })]);
  });
});
