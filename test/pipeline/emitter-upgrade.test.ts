// The emit cache key holds the exact versions of prettier and ts-morph (emit/libraries.ts): after an
// upgrade of either, nothing cached is trusted and every declaration is emitted again.
import { cpSync } from "node:fs";
import { join } from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";
import type { GenerateOptions } from "../../src/pipeline/generate.js";
import { temporaryFolder } from "../helpers/run-cli.js";

/** `generate` from fresh modules, with the installed library versions replaced by `versions`. */
async function generateWith(versions: Record<string, string> | undefined, options: GenerateOptions) {
  vi.resetModules();
  if (versions !== undefined) {
    vi.doMock("../../src/emit/libraries.js", async (importOriginal) => {
      const real = await importOriginal<typeof import("../../src/emit/libraries.js")>();
      return { ...real, libraryVersions: () => ({ ...real.libraryVersions(), ...versions }) };
    });
  }
  const { generate } = await import("../../src/pipeline/generate.js");
  return generate(options);
}

describe("an upgrade of prettier or ts-morph", () => {
  afterEach(() => {
    vi.doUnmock("../../src/emit/libraries.js");
  });

  it("re-emits every declaration; the same versions again take everything from the cache", async () => {
    const root = temporaryFolder();
    cpSync("specs/go", join(root, "go"), { recursive: true });
    const options: GenerateOptions = { variants: [{ folder: join(root, "go") }], out: join(root, "out"), cacheFolder: join(root, "cache") };
    const first = await generateWith(undefined, options);
    const declarations = first.declarations.emitted;
    expect(declarations).toBeGreaterThan(0);
    expect((await generateWith(undefined, options)).declarations).toEqual({ emitted: 0, cached: declarations });
    expect((await generateWith({ prettier: "3.10.2" }, options)).declarations).toEqual({ emitted: declarations, cached: 0 });
    expect((await generateWith({ prettier: "3.10.2" }, options)).declarations).toEqual({ emitted: 0, cached: declarations });
    expect((await generateWith({ prettier: "3.10.2", "ts-morph": "28.0.1" }, options)).declarations).toEqual({ emitted: declarations, cached: 0 });
  });
});
