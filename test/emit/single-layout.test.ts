/**
 * Issue 15, `layout: "single"`: one file per output kind per variant. On each whole unified-to folder, the
 * whole folder (interfaces, validators, fixtures, JSON Schema, and the wire form) compiles under the strict
 * tsconfig; the Go folder is the same bytes on a second run, holds the same declarations
 * as the per-page layout (each per-page types and fixtures file's code is in the single file as it is, and
 * every exported name is there), and, run (esbuild strips the types), its validators accept its fixtures
 * and its parseX functions decode the wire fixtures (snake_case keys) to them.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { isDeepStrictEqual } from "node:util";
import { transformSync } from "esbuild";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { emitVariantFiles, type EmitOptions, type OutputFile } from "../../src/emit/index.js";
import { corpusVariant } from "../corpus/corpus-ir.js";
import { languages } from "../corpus/paths.js";
import { createProject, type TempProject } from "../helpers/ts-project.js";

const single: EmitOptions = { naming: "camel", wireNaming: "snake", dates: "string", layout: "single", emit: ["interfaces", "validators", "fixtures", "jsonschema"] };
const pages: EmitOptions = { ...single, layout: "pages" };

let project: TempProject;
let compiled: { status: number | null; output: string };
const emitted: Record<string, OutputFile[]> = {};
let goPages: OutputFile[];

beforeAll(async () => {
  for (const language of languages) emitted[language] = emitVariantFiles(await corpusVariant(language), single);
  goPages = emitVariantFiles(await corpusVariant("go"), pages);
  project = createProject(emitted);
  const check = { extends: "./tsconfig.json", compilerOptions: { noEmit: true, declaration: false, isolatedDeclarations: false } };
  writeFileSync(join(project.root, "tsconfig.check.json"), JSON.stringify(check));
  compiled = project.tsc("tsconfig.check.json");
}, 1_200_000);

afterAll(() => project?.remove());

const contentsOf = (files: readonly OutputFile[], path: string): string => files.find((file) => file.path === path)?.contents ?? "";

/** A per-page file without its banner and imports: the code it holds. */
function body(contents: string): string {
  return contents
    .split("\n\n")
    .slice(1)
    .filter((block) => !block.startsWith("import "))
    .join("\n\n");
}

describe("layout single", () => {
  it("writes one file per output kind", () => {
    for (const language of languages) {
      expect(emitted[language]!.map((file) => file.path)).toEqual([
        "fixtures.json",
        "fixtures.ts",
        "index.ts",
        "runtime.ts",
        "schema.json",
        "types.ts",
        "validators.ts",
        // The JSON spells keys otherwise (snake): the wire form's JSON Schema beside schema.json.
        "wire-schema.json",
        "wire.ts",
      ]);
    }
  });

  it("each whole language folder compiles under the strict tsconfig", () => {
    expect(compiled.output).toBe("");
    expect(compiled.status).toBe(0);
  });

  it("go: the same bytes on a second run, and the same declarations as the per-page layout", async () => {
    const again = emitVariantFiles(await corpusVariant("go"), single);
    expect(again).toEqual(emitted["go"]);
    const files = emitted["go"]!;
    const types = contentsOf(files, "types.ts");
    const fixtures = contentsOf(files, "fixtures.ts");
    const missing: string[] = [];
    for (const file of goPages) {
      const [folder] = file.path.split("/");
      if (!file.path.endsWith(".ts") || (folder !== "types" && folder !== "fixtures")) continue;
      if (!(folder === "types" ? types : fixtures).includes(body(file.contents))) missing.push(file.path);
    }
    expect(missing).toEqual([]);
    const exportedNames = (text: string) => [...text.matchAll(/^export (?:function|const|interface|type) ([A-Za-z0-9_$]+)/gm)].map((match) => match[1]!).sort();
    const perPage = (folder: string) => goPages.filter((file) => file.path.startsWith(`${folder}/`) && file.path.endsWith(".ts")).flatMap((file) => exportedNames(file.contents)).sort();
    for (const folder of ["types", "validators", "fixtures", "wire"]) {
      expect(exportedNames(contentsOf(files, `${folder}.ts`)), folder).toEqual(perPage(folder));
    }
    expect(contentsOf(files, "index.ts").replace(/\s+/g, " ")).toContain(" validateWebhook, isWebhook, assertWebhook, WebhookSchema,");
  });

  it("go: the single modules, run, validate their own fixtures and decode the wire ones", async () => {
    const folder = join(project.root, "run-go");
    mkdirSync(folder);
    writeFileSync(join(folder, "package.json"), JSON.stringify({ type: "module" }));
    for (const file of emitted["go"]!) {
      if (file.path.endsWith(".ts")) writeFileSync(join(folder, file.path.replace(/\.ts$/, ".js")), transformSync(file.contents, { loader: "ts" }).code);
    }
    const index = (await import(pathToFileURL(join(folder, "index.js")).href)) as Record<string, unknown>;
    const fixtures = index["fixtures"] as Record<string, { minimal: unknown; full: unknown }>;
    const validators = index["validators"] as Record<string, (value: unknown) => unknown[]>;
    const json = JSON.parse(contentsOf(emitted["go"]!, "fixtures.json")) as Record<string, { minimal: unknown; full: unknown }>;
    const failures: string[] = [];
    for (const [name, values] of Object.entries(fixtures)) {
      if (validators[name]!(values.full).length !== 0) failures.push(`${name}: its validator rejects it`);
      const parsed = (index[`parse${name}`] as (json: unknown) => { value?: unknown })(json[name]!.full);
      if (!isDeepStrictEqual(parsed.value, values.full)) failures.push(`${name}: the wire fixture decodes to ${JSON.stringify(parsed)}`);
    }
    expect(failures).toEqual([]);
    expect(Object.keys(fixtures).length).toBeGreaterThan(3000);
  });

  it("go: fixtures.json holds each declaration's JSON fixtures under its type name", () => {
    const json = JSON.parse(contentsOf(emitted["go"]!, "fixtures.json")) as Record<string, unknown>;
    const perPage = goPages.filter((file) => file.path.startsWith("fixtures/") && file.path.endsWith(".json"));
    expect(Object.keys(json).length).toBe(perPage.length + 1);
    const webhook = JSON.parse(contentsOf(goPages, "fixtures/webhook.json")) as Record<string, unknown>;
    expect(json["Webhook"]).toEqual(webhook);
  });
});
