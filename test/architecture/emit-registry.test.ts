// Issue 23: src/emit is one folder per output kind and one registry. Every output a user can ask for is an
// entry; each output's folder holds an entry (what the registry knows, plain data) and an emitter (its code);
// and what the pipeline loads to decide what to emit (the registry, the context, the cache keys, run.ts)
// reaches neither ts-morph nor prettier through static imports: an output's code is loaded only when it is
// written (issue 25 builds on this).
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { outputKindOption, resolveEmitOptions } from "../../src/options.js";
import { outputRegistry, writtenOutputs } from "../../src/emit/registry.js";

const emit = resolve("src/emit");

/**
 * The modules a file loads when it runs: its static imports (`import … from`, `export … from`), not
 * `import type` (erased) nor `import("…")` (loaded when called), resolved to files or package names.
 */
function staticImports(file: string): string[] {
  const text = readFileSync(file, "utf8");
  return [...text.matchAll(/(?:^|\n)\s*(?:import|export)\s(?!type\s)[^;]*?from\s+"([^"]+)"/g)].map((match) => {
    const specifier = match[1]!;
    return specifier.startsWith(".") ? resolve(dirname(file), specifier.replace(/\.js$/, ".ts")) : specifier;
  });
}

/** Everything a module loads before it runs: its static imports, transitively. */
function staticClosure(start: string): Set<string> {
  const seen = new Set<string>([start]);
  for (const file of seen) {
    if (!file.endsWith(".ts")) continue;
    for (const target of staticImports(file)) seen.add(target);
  }
  return seen;
}

describe("the output registry", () => {
  it("has an entry for every output a user can ask for, and each entry's folder holds entry.ts and emitter.ts", () => {
    const names = outputRegistry.map((entry) => entry.name);
    expect(new Set(names).size).toBe(names.length);
    for (const kind of outputKindOption.values) expect(names).toContain(kind);
    for (const entry of outputRegistry) {
      for (const required of entry.requires) expect(names).toContain(required);
      const folder = join(emit, entry.name);
      expect(existsSync(join(folder, "entry.ts")), `${entry.name}/entry.ts`).toBe(true);
      expect(existsSync(join(folder, "emitter.ts")), `${entry.name}/emitter.ts`).toBe(true);
    }
  });

  it("writes what is asked for, what it requires, and what the options imply", () => {
    const written = (options: Parameters<typeof resolveEmitOptions>[0]) => [...writtenOutputs(resolveEmitOptions(options))];
    expect(written({})).toEqual(["interfaces", "validators", "fixtures", "runtime"]);
    // makeX (the fixture builders) uses runtime.ts's makeFixture.
    expect(written({ emit: ["fixtures"] })).toEqual(["interfaces", "fixtures", "runtime"]);
    expect(written({ emit: ["jsonschema"] })).toEqual(["jsonschema"]);
    expect(written({ emit: ["zod"] })).toEqual(["interfaces", "zod", "runtime"]);
    // The wire form comes with the validators when the JSON is not the TypeScript value.
    expect(written({ emit: ["validators"], wireNaming: "snake" })).toEqual(["interfaces", "validators", "wire", "runtime"]);
    expect(written({ emit: ["validators"], dates: "Date" })).toEqual(["interfaces", "validators", "wire", "runtime"]);
    expect(written({ emit: ["fixtures"], dates: "Date" })).toEqual(["interfaces", "fixtures", "runtime"]);
    expect(written({ emit: ["openapi"] })).toEqual(["openapi"]);
  });

  it("loads no ts-morph or prettier until an output's emitter is loaded, and an emitter only when its output is written", () => {
    const light = ["registry.ts", "context.ts", "view.ts", "cache-keys.ts", "banner.ts", "fixtures/ranks.ts", ...outputRegistry.map((entry) => `${entry.name}/entry.ts`)];
    for (const module of [...light, "run.ts"]) {
      const closure = [...staticClosure(join(emit, module))];
      const heavy = closure.filter((target) => /^(ts-morph|prettier)(\/|$)/.test(target));
      if (light.includes(module)) expect(heavy, `${module} loads ${heavy.join(", ")}`).toEqual([]);
      const emitters = closure.filter((target) => target.endsWith("/emitter.ts")).map((target) => relative(emit, target));
      expect(emitters, `${module} loads emitters`).toEqual([]);
    }
  });

  it("never loads ts-morph at run time: its structure types are imported as types, its enums are constants of our own (issue 25)", () => {
    const loading = (folder: string): string[] =>
      readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
        const path = join(folder, entry.name);
        if (entry.isDirectory()) return loading(path);
        const text = entry.name.endsWith(".ts") ? readFileSync(path, "utf8") : "";
        return staticImports(path).includes("ts-morph") || /import\(\s*"ts-morph"/.test(text) ? [relative(resolve("src"), path)] : [];
      });
    expect(loading(resolve("src"))).toEqual([]);
  });
});
