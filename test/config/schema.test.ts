// The config's JSON Schema (shipped as modeldoc.config.schema.json) is made from the same description
// as the validation: it is up to date, and an editor checking with it accepts and refuses what modeldoc does.
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { Ajv } from "ajv";
import { describe, expect, it } from "vitest";
import { ConfigError, loadConfig, validateConfig } from "../../src/config/index.js";
import { configJsonSchema, configJsonSchemaText, schemaFileName } from "../../src/config/json-schema.js";
import { temporaryFolder } from "../helpers/run-cli.js";

const good: unknown[] = [
  {},
  { $schema: "./node_modules/modeldoc/modeldoc.config.schema.json", out: "gen" },
  {
    variants: [{ folder: "docs/go", name: "go", dialect: "go" }, { folder: "docs/cs", dialect: "auto" }],
    specs: "specs",
    naming: "as-written",
    dates: "Date",
    emit: ["interfaces", "jsonschema"],
    unknownKeys: "reject",
    merge: ["go", "cs"],
    strict: true,
    diff: { failOn: "drift", ignore: ".modeldocignore", descriptions: false },
  },
];

const bad: unknown[] = [
  { naming: "kebab" },
  { dates: 1 },
  { emit: ["interfaces", "docs"] },
  { emit: "interfaces" },
  { variants: [{ name: "go" }] },
  { variants: [{ folder: "x", dialect: "swift" }] },
  { variants: [{ folder: "x", format: "fern" }] },
  { diff: { failOn: "always" } },
  { diff: { descriptions: "no" } },
  { diff: { $schema: "x" } },
  { nameing: "camel" },
  { out: "" },
  { strict: "yes" },
  [],
  { variants: [{ folder: "docs/go", name: "../../x" }] },
  { variants: [{ folder: "docs/go", name: ".." }] },
  { variants: [{ folder: "docs/go", name: ".modeldoc-lock" }] },
];

describe("the config's JSON Schema", () => {
  it(`${schemaFileName} is up to date (npm run schema writes it)`, () => {
    expect(readFileSync(schemaFileName, "utf8")).toBe(configJsonSchemaText());
  });

  it("accepts what modeldoc accepts and refuses what it refuses", () => {
    const validate = new Ajv({ strict: true, allErrors: false }).compile(configJsonSchema());
    for (const config of good) {
      expect(() => validateConfig(config, "c.json")).not.toThrow();
      expect(validate(config), JSON.stringify(config)).toBe(true);
    }
    for (const config of bad) {
      expect(() => validateConfig(config, "c.json"), JSON.stringify(config)).toThrow(ConfigError);
      expect(validate(config), JSON.stringify(config)).toBe(false);
    }
  });

  it("lists every key with its description, and the choices with their default", () => {
    const schema = configJsonSchema() as { properties: Record<string, { description?: string; enum?: string[]; default?: unknown }> };
    expect(Object.keys(schema.properties)).toEqual(["$schema", "variants", "specs", "out", "naming", "dates", "emit", "unknownKeys", "wireNaming", "layout", "readonly", "zod", "merge", "strict", "diff"]);
    for (const [key, property] of Object.entries(schema.properties)) expect(property.description, key).toMatch(/\w/);
    expect(schema.properties["naming"]).toMatchObject({ enum: ["camel", "as-written", "snake"], default: "camel" });
  });
});

describe("a config file", () => {
  it('may name its schema in "$schema" (a JSON config as editors write it)', async () => {
    const root = temporaryFolder();
    writeFileSync(join(root, "modeldoc.config.json"), JSON.stringify({ $schema: `./node_modules/modeldoc/${schemaFileName}`, out: "gen" }));
    expect((await loadConfig(root)).config).toMatchObject({ out: "gen" });
  });

  it.each([
    [{ nameing: "camel" }, '"nameing": unknown key; expected one of variants, specs, out, naming, dates, emit, unknownKeys, wireNaming, layout, readonly, zod, merge, strict, diff; did you mean "naming"?'],
    [{ unknownkeys: "allow" }, 'did you mean "unknownKeys"?'],
    [{ diff: { failon: "any" } }, '"diff.failon": unknown key; expected one of failOn, ignore, descriptions, severity; did you mean "failOn"?'],
    [{ variants: [{ folder: "x", dialekt: "go" }] }, '"variants[0].dialekt": unknown key; expected one of folder, name, dialect, format; did you mean "dialect"?'],
  ])("with a mistyped key %j suggests the key it resembles", (config, message) => {
    expect(() => validateConfig(config, "c.json")).toThrow(message);
  });

  it("with a key like no other gets no suggestion", () => {
    expect(() => validateConfig({ colour: true }, "c.json")).toThrow(/"colour": unknown key; expected one of [a-zA-Z, ]+diff$/);
  });
});
