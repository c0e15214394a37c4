// A remote cache (Turborepo's, Nx's) skips `modeldoc generate` on one machine when another has run it on
// the same inputs: that holds only if the output depends on the inputs alone. Two clones at other
// paths, in another time zone and locale, cold and warm, make the same bytes as the committed generated/.
import { spawnSync } from "node:child_process";
import { cpSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { temporaryFolder } from "../helpers/run-cli.js";

/** Every file below a folder, by relative path, as bytes. */
function bytesBelow(folder: string, root = folder): Map<string, Buffer> {
  const files = new Map<string, Buffer>();
  for (const entry of readdirSync(folder, { withFileTypes: true })) {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) for (const [name, bytes] of bytesBelow(path, root)) files.set(name, bytes);
    else files.set(relative(root, path), readFileSync(path));
  }
  return new Map([...files].sort(([a], [b]) => (a < b ? -1 : 1)));
}

/** The repository's inputs (specs/ and a config) copied to `folder`. */
function cloneInputs(folder: string): string {
  mkdirSync(folder, { recursive: true });
  cpSync("specs", join(folder, "specs"), { recursive: true });
  writeFileSync(join(folder, "modeldoc.config.json"), JSON.stringify({ specs: "specs", out: "generated" }));
  return folder;
}

function generate(cwd: string, env: NodeJS.ProcessEnv, ...flags: string[]) {
  const run = spawnSync(process.execPath, [resolve("bin/modeldoc.js"), "generate", "-q", ...flags], { cwd, encoding: "utf8", env: { ...process.env, ...env } });
  expect(run.stderr).toBe("");
  expect(run.status).toBe(0);
}

describe("a second clone", () => {
  it("with the same inputs makes byte-identical outputs, manifests included", () => {
    const committed = bytesBelow("generated");
    expect(committed.size).toBeGreaterThan(40);
    const first = cloneInputs(join(temporaryFolder(), "ci-runner-1", "modeldoc"));
    const second = cloneInputs(join(temporaryFolder(), "a", "much", "longer", "path to a clone"));
    generate(first, { TZ: "UTC", LANG: "C.UTF-8", LC_ALL: "C.UTF-8" }, "--no-cache");
    generate(second, { TZ: "Pacific/Kiritimati", LANG: "tr_TR.UTF-8", LC_ALL: "tr_TR.UTF-8" });
    const firstOutputs = bytesBelow(join(first, "generated"));
    expect([...firstOutputs.keys()]).toEqual([...committed.keys()]);
    for (const [path, bytes] of committed) expect(firstOutputs.get(path)?.equals(bytes), path).toBe(true);
    const secondOutputs = bytesBelow(join(second, "generated"));
    expect([...secondOutputs.keys()]).toEqual([...committed.keys()]);
    for (const [path, bytes] of committed) expect(secondOutputs.get(path)?.equals(bytes), path).toBe(true);
    // A third machine restores the outputs from the remote cache (new mtimes, no modeldoc cache of its
    // own): they are up to date for its inputs.
    const third = cloneInputs(join(temporaryFolder(), "restored"));
    cpSync(join(second, "generated"), join(third, "generated"), { recursive: true });
    generate(third, {}, "--check");
  });
});

describe("the Turborepo example (examples/turborepo/turbo.json)", () => {
  it("declares every file modeldoc reads as an input, and every file it writes as an output", async () => {
    const { globSync } = await import("tinyglobby");
    const turbo = JSON.parse(readFileSync("examples/turborepo/turbo.json", "utf8")) as { tasks: { generate: { inputs: string[]; outputs: string[] } } };
    const clone = cloneInputs(join(temporaryFolder(), "turbo"));
    generate(clone, {}, "--no-cache");
    const matched = (patterns: string[]) => new Set(globSync(patterns, { cwd: clone, dot: true }));
    const inputs = matched(turbo.tasks.generate.inputs);
    for (const page of globSync(["specs/*/**/*.md"], { cwd: clone })) expect(inputs.has(page), page).toBe(true);
    expect(inputs.has("modeldoc.config.json")).toBe(true);
    const outputs = matched(turbo.tasks.generate.outputs);
    const written = [...bytesBelow(join(clone, "generated")).keys()].map((path) => `generated/${path}`);
    expect(written.length).toBeGreaterThan(40);
    for (const path of written) expect(outputs.has(path), path).toBe(true);
    expect(written.some((path) => path.endsWith(".modeldoc-manifest.json"))).toBe(true);
  });
});
