// The config file: found from the working directory up, every key checked, flags over config over defaults.
import { mkdirSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";
import { ConfigError, findConfig, generateSettings, loadConfig, validateConfig } from "../../src/config/index.js";
import { temporaryFolder } from "../helpers/run-cli.js";

describe("validateConfig", () => {
  it("accepts every key with a good value", () => {
    const config = {
      variants: [{ folder: "docs/go", name: "go", dialect: "go" }, { folder: "docs/cs", dialect: "auto" }],
      specs: "specs",
      out: "src/generated",
      naming: "as-written",
      dates: "Date",
      emit: ["interfaces", "validators", "fixtures", "jsonschema"],
      unknownKeys: "reject",
      merge: ["go", "cs"],
      diff: { failOn: "drift", ignore: ".modeldocignore", descriptions: false },
    };
    expect(validateConfig(config, "c.json")).toBe(config);
  });

  it.each([
    [{ naming: "kebab" }, '"naming": expected one of camel, as-written, snake, found "kebab"'],
    [{ dates: 1 }, '"dates": expected one of string, Date, found number 1'],
    [{ emit: ["interfaces", "docs"] }, '"emit[1]": expected one of interfaces, validators, fixtures, jsonschema, zod, openapi, found "docs"'],
    [{ emit: "interfaces" }, '"emit": expected an array, found "interfaces"'],
    [{ variants: [{ name: "go" }] }, '"variants[0].folder": expected a value, found undefined'],
    [{ variants: [{ folder: "x", dialect: "swift" }] }, '"variants[0].dialect": expected one of auto, go, csharp, typescript, python, java, php, ruby, rust, dart, kotlin, found "swift"'],
    [{ unknownKeys: "drop" }, '"unknownKeys": expected one of allow, reject, strip, found "drop"'],
    [{ wireNaming: "kebab" }, '"wireNaming": expected one of camel, as-written, snake, found "kebab"'],
    [{ layout: "flat" }, '"layout": expected one of pages, single, found "flat"'],
    [{ diff: { failOn: "always" } }, '"diff.failOn": expected one of breaking, drift, any, sdk-shape, none, found "always"'],
    [{ diff: { descriptions: "no" } }, '"diff.descriptions": expected true or false, found "no"'],
    [{ outt: "x" }, '"outt": unknown key; expected one of variants, specs, out, naming, dates, emit, unknownKeys, wireNaming, layout, readonly, zod, merge, strict, diff'],
    [{ out: "" }, '"out": expected a non-empty string, found ""'],
    [[], '"(the exported config)": expected an object, found an array'],
    [JSON.parse('{ "__proto__": { "out": "x" } }'), '"__proto__": unknown key; expected one of variants, specs, out'],
    [{ variants: [{ folder: "docs/go", name: "../../x" }] }, '"variants[0].name": expected a plain folder name, found a path separator in it: "../../x"'],
    [{ variants: [{ folder: "docs/go/.." }] }, '"variants[0].folder": the variant would be named "..", expected a plain folder name'],
  ])("rejects %j naming the key", (config, message) => {
    expect(() => validateConfig(config, "c.json")).toThrow(ConfigError);
    expect(() => validateConfig(config, "c.json")).toThrow(`c.json: ${message}`);
  });
});

describe("loadConfig", () => {
  it("finds the nearest config from the working directory up, and loads .json, .mjs and .ts", async () => {
    const root = temporaryFolder();
    const nested = join(root, "a", "b");
    mkdirSync(nested, { recursive: true });
    expect(findConfig(nested)).toBeUndefined();
    writeFileSync(join(root, "modeldoc.config.json"), JSON.stringify({ out: "out-json" }));
    expect(findConfig(nested)).toBe(join(root, "modeldoc.config.json"));
    expect((await loadConfig(nested)).config).toEqual({ out: "out-json" });

    writeFileSync(join(root, "a", "modeldoc.config.mjs"), 'export default { naming: "snake" };\n');
    expect((await loadConfig(nested)).config).toEqual({ naming: "snake" });

    writeFileSync(
      join(nested, "modeldoc.config.ts"),
      'import { dialect } from "./shared.mjs";\ninterface C { dates: "Date" | "string" }\nconst c: C = { dates: "Date" };\nexport default { ...c, variants: [{ folder: "docs", dialect }] };\n',
    );
    writeFileSync(join(nested, "shared.mjs"), 'export const dialect = "go";\n');
    const loaded = await loadConfig(nested);
    expect(loaded.file).toBe(join(nested, "modeldoc.config.ts"));
    expect(loaded.config).toEqual({ dates: "Date", variants: [{ folder: "docs", dialect: "go" }] });
  });

  it("a .ts config follows its imports of other .ts files, type-only imports and `satisfies` included, and is read afresh after an edit", async () => {
    const root = temporaryFolder();
    mkdirSync(join(root, "config"));
    writeFileSync(
      join(root, "modeldoc.config.ts"),
      'import type { ModeldocConfig } from "modeldoc";\nimport { variants } from "./config/variants.js";\nimport { out } from "./config/out";\nexport default { variants, out } satisfies ModeldocConfig;\n',
    );
    writeFileSync(join(root, "config/variants.ts"), 'import type { VariantConfig } from "modeldoc";\nexport const variants: VariantConfig[] = [{ folder: "docs/go", dialect: "go" }];\n');
    writeFileSync(join(root, "config/out.ts"), 'export const out: string = "from-ts";\n');
    expect((await loadConfig(root)).config).toEqual({ variants: [{ folder: "docs/go", dialect: "go" }], out: "from-ts" });
    writeFileSync(join(root, "config/out.ts"), 'export const out: string = "edited";\n');
    expect((await loadConfig(root)).config).toMatchObject({ out: "edited" });
    // A syntax error in an imported file names that file and the place.
    writeFileSync(join(root, "config/out.ts"), "export const out = ;\n");
    await expect(loadConfig(root)).rejects.toThrow(`could not be loaded: ${join(root, "config/out.ts")}:1:20: expected TypeScript, found a syntax error`);
  });

  it("reports a config that does not parse or has no default export, naming the file", async () => {
    const root = temporaryFolder();
    writeFileSync(join(root, "modeldoc.config.json"), "{ out: ");
    await expect(loadConfig(root)).rejects.toThrow(/modeldoc\.config\.json:1:3: expected JSON, found a syntax error/);
    writeFileSync(join(root, "bad.mjs"), "export const x = 1;\n");
    await expect(loadConfig(root, "bad.mjs")).rejects.toThrow(/no default export/);
  });
});

describe("generateSettings", () => {
  const cwd = "/work/project";

  it("defaults with no config", () => {
    expect(generateSettings({}, cwd, [], {}, cwd)).toEqual({
      variants: undefined,
      specs: "specs",
      out: "generated",
      naming: "camel",
      wireNaming: "camel",
      layout: "pages",
      dates: "string",
      unknownKeys: "allow",
      emit: ["interfaces", "validators", "fixtures"],
      readonly: false,
      zod: "classic",
      merge: undefined,
      strict: false,
    });
  });

  it("takes the config, with its paths relative to the config file", () => {
    const settings = generateSettings(
      { out: "gen", naming: "snake", variants: [{ folder: "docs/go", dialect: "auto" }, { folder: "docs/cs", name: "cs", dialect: "csharp" }] },
      "/work/project/config",
      [],
      {},
      cwd,
    );
    expect(settings.out).toBe(relative(cwd, "/work/project/config/gen"));
    expect(settings.naming).toBe("snake");
    expect(settings.variants).toEqual([{ folder: "config/docs/go" }, { folder: "config/docs/cs", name: "cs", dialect: "csharp" }]);
  });

  it("lets flags and folders on the command line win", () => {
    const settings = generateSettings({ out: "gen", naming: "snake", variants: [{ folder: "docs/go" }] }, cwd, ["other"], { out: "x", naming: "as-written" }, cwd);
    expect(settings).toMatchObject({ out: "x", naming: "as-written", variants: [{ folder: "other" }] });
  });
});
