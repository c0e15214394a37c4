/**
 * Issue 23: the wire form as a first-class schema, on the whole Go and C# corpus folders with the JSON
 * spelled otherwise than the TypeScript (`wireNaming: snake`) and dates revived (`dates: Date`):
 *
 * - a Hono app, each model's route validated by its `XWireSchema` (Standard Schema, through
 *   `@hono/standard-validator`), takes every JSON fixture as it travels and hands the handler the
 *   TypeScript fixture (Date objects, camelCase keys), and answers a wrong one 400 with the wire path;
 * - `parseX` is strict about the wire form: a key spelled as the TypeScript spells it is an issue at that
 *   key, never read as the field;
 * - the zod codec `zXCodec` does the same (`safeDecode`);
 * - `wire-schema.json` accepts every JSON fixture (ajv, strict mode);
 * - `makeX()` (the fixture builders) passes the validator, and an override changes only what it names.
 *
 * The emitted code is transpiled by esbuild, not type-checked here: the corpus compile tests do that.
 */
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { createRequire } from "node:module";
import { sValidator } from "@hono/standard-validator";
import { build } from "esbuild";
import { Hono } from "hono";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { emitVariantFiles } from "../../src/emit/index.js";
import { buildSymbolTable, type DeclarationSymbol } from "../../src/emit/common/symbols.js";
import { namedFields } from "../../src/ir/property-names.js";
import { emittedFieldName } from "../../src/ir/naming.js";
import type { ModelDecl } from "../../src/ir/types.js";
import { corpusVariant } from "../corpus/corpus-ir.js";
import { ajvErrors, newAjv, type SchemaObject } from "../validators/build.js";

const languages = ["go", "csharp"] as const;
const options = { naming: "camel", wireNaming: "snake", dates: "Date", emit: ["validators", "fixtures", "zod", "jsonschema"] } as const;

interface Loaded {
  readonly root: string;
  readonly symbols: readonly DeclarationSymbol[];
  readonly exports: Record<string, unknown>;
  readonly json: ReadonlyMap<string, { minimal: unknown; full: unknown }>;
  readonly wireSchema: Record<string, unknown>;
}

/**
 * Emits the variant, bundles index.ts and zod.ts into one CommonJS file with esbuild (zod left outside) and
 * requires it: seconds, where importing 20,000 modules through the test runner's ES module pipeline, or
 * transpiling them one by one, takes minutes.
 */
async function load(language: (typeof languages)[number]): Promise<Loaded> {
  const variant = await corpusVariant(language);
  const root = mkdtempSync(join(tmpdir(), "modeldoc-wire-"));
  const started = performance.now();
  const lap = (what: string) => console.log(`${language}: ${what} in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  const files = emitVariantFiles(variant, options);
  lap(`emitted ${files.length} files`);
  const json = new Map<string, { minimal: unknown; full: unknown }>();
  let wireSchema: Record<string, unknown> = {};
  for (const file of files) {
    if (file.path.endsWith(".ts")) {
      const target = join(root, "src", ...file.path.split("/"));
      mkdirSync(dirname(target), { recursive: true });
      writeFileSync(target, file.contents);
    }
    if (file.path.startsWith("fixtures/") && file.path.endsWith(".json")) json.set(file.path.slice("fixtures/".length, -".json".length), JSON.parse(file.contents) as { minimal: unknown; full: unknown });
    if (file.path === "wire-schema.json") wireSchema = JSON.parse(file.contents) as Record<string, unknown>;
  }
  writeFileSync(join(root, "src", "all.ts"), 'export * from "./index.js";\nexport * from "./zod.js";\n');
  await build({ entryPoints: [join(root, "src", "all.ts")], bundle: true, format: "cjs", platform: "node", packages: "external", outfile: join(root, "all.cjs"), logLevel: "silent" });
  symlinkSync(resolve("node_modules"), join(root, "node_modules"));
  lap("bundled");
  const exports = createRequire(join(root, "all.cjs"))(join(root, "all.cjs")) as Record<string, unknown>;
  lap("loaded");
  return { root, symbols: buildSymbolTable(variant.declarations).symbols, exports, json, wireSchema };
}

/** A model's first field with a scalar type on the wire, present in its `full` JSON fixture: its wire key and a value of the wrong kind. */
function scalarField(symbol: DeclarationSymbol, full: Record<string, unknown>): { wire: string; wrong: unknown } | undefined {
  if (symbol.decl.kind !== "model") return undefined;
  for (const { field, type } of namedFields(symbol.decl, "camel")) {
    if (type.kind !== "primitive" || field.nullable) continue;
    const wire = emittedFieldName(field, "snake");
    if (!Object.hasOwn(full, wire)) continue;
    return { wire, wrong: typeof full[wire] === "string" ? 12345 : "not a " + typeof full[wire] };
  }
  return undefined;
}

type Issues = readonly { readonly path?: readonly PropertyKey[] | undefined }[];
const pathsOf = (issues: Issues | undefined): string[] => (issues ?? []).map((issue) => JSON.stringify(issue.path ?? []));

describe.each(languages)("%s corpus: the wire form, --dates Date --wire-naming snake", (language) => {
  let loaded: Loaded;

  beforeAll(async () => {
    loaded = await load(language);
  });
  afterAll(() => rmSync(loaded.root, { recursive: true, force: true }));

  const fixturesOf = (symbol: DeclarationSymbol) => (loaded.exports["fixtures"] as Record<string, { minimal: unknown; full: unknown }>)[symbol.identifier]!;
  const jsonOf = (symbol: DeclarationSymbol) => loaded.json.get(symbol.fileName)!;
  const validate = (symbol: DeclarationSymbol) => (loaded.exports["validators"] as Record<string, (value: unknown) => unknown[]>)[symbol.identifier]!;

  it("a Hono app takes every JSON fixture through XWireSchema and answers a mutated one 400 at its wire path", async () => {
    const received = new Map<string, unknown>();
    const app = new Hono();
    for (const symbol of loaded.symbols) {
      const schema = loaded.exports[symbol.wireSchemaName] as SchemaObject;
      app.post(
        `/${symbol.identifier}`,
        sValidator("json", schema, (result, c) => (result.success ? undefined : c.json({ paths: result.error.map((issue) => issue.path) }, 400))),
        (c) => {
          received.set(symbol.identifier, c.req.valid("json"));
          return c.json({});
        },
      );
    }
    const post = async (symbol: DeclarationSymbol, body: unknown) => {
      const response = await app.request(`/${symbol.identifier}`, { method: "POST", body: JSON.stringify(body), headers: { "content-type": "application/json" } });
      return { status: response.status, json: (await response.json()) as { paths?: (string | number)[][] } };
    };
    const failures: string[] = [];
    let mutated = 0;
    for (const symbol of loaded.symbols) {
      for (const kind of ["minimal", "full"] as const) {
        // A required cycle has no finite value: its fixtures hold null there, which every check rightly rejects.
        if (validate(symbol)(fixturesOf(symbol)[kind]).length !== 0) continue;
        const { status, json } = await post(symbol, jsonOf(symbol)[kind]);
        if (status !== 200) failures.push(`${symbol.identifier}.${kind}: ${status} ${JSON.stringify(json.paths)}`);
        else expect(received.get(symbol.identifier), `${symbol.identifier}.${kind}`).toEqual(fixturesOf(symbol)[kind]);
      }
      const full = jsonOf(symbol).full as Record<string, unknown>;
      const scalar = scalarField(symbol, full);
      if (scalar === undefined || validate(symbol)(fixturesOf(symbol).full).length !== 0) continue;
      const rejected = await post(symbol, { ...full, [scalar.wire]: scalar.wrong });
      mutated++;
      if (rejected.status !== 400 || JSON.stringify(rejected.json.paths) !== JSON.stringify([[scalar.wire]])) {
        failures.push(`${symbol.identifier} with ${scalar.wire} wrong: ${rejected.status} ${JSON.stringify(rejected.json.paths)}`);
      }
    }
    console.log(`${language}: ${loaded.symbols.length} declarations through XWireSchema, ${mutated} mutated fixtures rejected at their wire path`);
    expect(failures).toEqual([]);
    expect(mutated).toBeGreaterThan(loaded.symbols.length / 2);
  });

  it("parseX: a key spelled as in TypeScript is an issue at that key, and the field it spells is missing at its wire key", () => {
    let checked = 0;
    for (const symbol of loaded.symbols) {
      if (symbol.decl.kind !== "model") continue;
      const minimal = jsonOf(symbol).minimal as Record<string, unknown>;
      const renamed = namedFields(symbol.decl as ModelDecl, "camel").find(({ field, key }) => field.required && emittedFieldName(field, "snake") !== key && Object.hasOwn(minimal, emittedFieldName(field, "snake")));
      if (renamed === undefined) continue;
      const wire = emittedFieldName(renamed.field, "snake");
      const { [wire]: value, ...rest } = minimal;
      const parse = loaded.exports[symbol.parseName] as (json: unknown) => { issues?: { path: string; message: string }[] };
      const issues = parse({ ...rest, [renamed.key]: value }).issues ?? [];
      const paths = issues.map((issue) => issue.path);
      expect(paths, symbol.identifier).toContain(`$.${renamed.key}`);
      expect(paths, symbol.identifier).toContain(`$.${wire}`);
      expect(issues.find((issue) => issue.path === `$.${renamed.key}`)?.message).toContain("spelled as in TypeScript");
      checked++;
    }
    console.log(`${language}: ${checked} models read with a required key spelled as in TypeScript`);
    expect(checked).toBeGreaterThan(100);
  });

  it("the zod codec decodes every JSON fixture to the TypeScript fixture, and a mutated one fails at its wire path", () => {
    type Codec = { safeDecode(json: unknown): { success: boolean; data?: unknown; error?: { issues: Issues } } };
    const failures: string[] = [];
    for (const symbol of loaded.symbols) {
      const codec = loaded.exports[symbol.zodCodecName] as Codec;
      const validate = (loaded.exports["validators"] as Record<string, (value: unknown) => unknown[]>)[symbol.identifier]!;
      for (const kind of ["minimal", "full"] as const) {
        // A required cycle's placeholder (null where the cycle goes) is rejected by both.
        if (validate(fixturesOf(symbol)[kind]).length !== 0) continue;
        const result = codec.safeDecode(jsonOf(symbol)[kind]);
        if (!result.success) failures.push(`${symbol.identifier}.${kind}: ${pathsOf(result.error?.issues).join(", ")}`);
        else if (symbol.decl.kind === "model") expect(result.data, `${symbol.identifier}.${kind}`).toEqual(fixturesOf(symbol)[kind]);
      }
      const full = jsonOf(symbol).full as Record<string, unknown>;
      const scalar = scalarField(symbol, full);
      if (scalar === undefined || validate(fixturesOf(symbol).full).length !== 0) continue;
      const rejected = codec.safeDecode({ ...full, [scalar.wire]: scalar.wrong });
      if (rejected.success || pathsOf(rejected.error?.issues).join() !== JSON.stringify([scalar.wire])) {
        failures.push(`${symbol.identifier} with ${scalar.wire} wrong: ${pathsOf(rejected.error?.issues).join(", ")}`);
      }
    }
    expect(failures).toEqual([]);
  });

  it("wire-schema.json accepts every JSON fixture (ajv, strict mode), and is the wire form", () => {
    expect(String(loaded.wireSchema["description"])).toContain("The wire form: keys as the API's JSON spells them (wireNaming snake)");
    const ajv = newAjv();
    ajv.addSchema(loaded.wireSchema, "wire");
    const failures: string[] = [];
    for (const symbol of loaded.symbols) {
      const validate = ajv.getSchema(`wire#/$defs/${symbol.identifier}`)!;
      const typescript = (loaded.exports["validators"] as Record<string, (value: unknown) => unknown[]>)[symbol.identifier]!;
      for (const kind of ["minimal", "full"] as const) {
        if (typescript(fixturesOf(symbol)[kind]).length !== 0) continue;
        if (!validate(jsonOf(symbol)[kind])) failures.push(`${symbol.identifier}.${kind}: ${ajvErrors(validate)}`);
      }
    }
    expect(failures).toEqual([]);
  });

  it("makeX() passes the validator; an override changes only the field it names, however deep", () => {
    const validators = loaded.exports["validators"] as Record<string, (value: unknown) => unknown[]>;
    let built = 0;
    for (const symbol of loaded.symbols) {
      if (symbol.decl.kind !== "model" || validators[symbol.identifier]!(fixturesOf(symbol).full).length !== 0) continue;
      const make = loaded.exports[symbol.makeName] as (overrides?: unknown) => Record<string, unknown>;
      const value = make();
      expect(validators[symbol.identifier]!(value), symbol.identifier).toEqual([]);
      expect(value).toEqual(fixturesOf(symbol).full);
      expect(value).not.toBe(fixturesOf(symbol).full);
      built++;
    }
    expect(built).toBeGreaterThan(1000);
  });
});
