/**
 * Issue 23: `--emit openapi`, an OpenAPI 3.1 document of the variant's models. On the Go and C# corpus
 * folders: the document is valid under a real OpenAPI validator (@seriousme/openapi-schema-validator,
 * which holds it to the OpenAPI 3.1 schema), each schema in it valid draft 2020-12 (ajv, its meta-schema);
 * openapi-typescript (6.7; 7.x needs TypeScript 5's compiler API, and the project is on TypeScript 7) makes its
 * types; and tsc holds those types, model by model, equal (each assignable to the other) to modeldoc's
 * interfaces. Each model that differs is listed with its reason; a difference with no known reason fails.
 */
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { Validator } from "@seriousme/openapi-schema-validator";
import openapiTS from "openapi-typescript";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { emitVariantFiles, type OutputFile } from "../../src/emit/index.js";
import { buildSymbolTable, resolveRef, type DeclarationSymbol, type SymbolTable } from "../../src/emit/common/symbols.js";
import { unionMemberTypes } from "../../src/emit/common/wire.js";
import { namedFields } from "../../src/ir/property-names.js";
import type { TypeExpr } from "../../src/ir/types.js";
import { visitType } from "../../src/ir/walk.js";
import { corpusVariant } from "../corpus/corpus-ir.js";
import { createProject, type TempProject } from "../helpers/ts-project.js";
import { newAjv } from "../validators/build.js";

const languages = ["go", "csharp"] as const;

/** The types a declaration's own value holds (its fields', its members'). */
function ownTypes(symbol: DeclarationSymbol): TypeExpr[] {
  const decl = symbol.decl;
  if (decl.kind === "model") return namedFields(decl, "camel").map(({ type }) => type);
  if (decl.kind === "union") return [unionMemberTypes(decl)].filter((type) => type !== undefined);
  return [];
}

/** Whether a declaration holds bytes, itself or through what it refers to: modeldoc's Uint8Array, OpenAPI's base64 string. */
function reachesBytes(start: DeclarationSymbol, symbols: SymbolTable): boolean {
  const seen = new Set<DeclarationSymbol>([start]);
  for (const symbol of seen) {
    for (const type of ownTypes(symbol)) {
      let bytes = false;
      visitType(type, (inner) => {
        if (inner.kind === "binary") bytes = true;
        const target = inner.kind === "ref" ? resolveRef(symbols, inner) : undefined;
        if (target !== undefined) seen.add(target);
      });
      if (bytes) return true;
    }
  }
  return false;
}

describe.each(languages)("%s corpus: openapi.json", (language) => {
  let files: OutputFile[];
  let document: Record<string, unknown>;
  let symbols: SymbolTable;
  let project: TempProject;

  beforeAll(async () => {
    const variant = await corpusVariant(language);
    symbols = buildSymbolTable(variant.declarations);
    files = emitVariantFiles(variant, { naming: "camel", dates: "string", emit: ["interfaces", "openapi"] });
    document = JSON.parse(files.find((file) => file.path === "openapi.json")!.contents) as Record<string, unknown>;
  });
  afterAll(() => project?.remove());

  it("is a valid OpenAPI 3.1 document: one schema per declaration, in the wire form", async () => {
    const result = await new Validator().validate(document as never);
    expect(result.errors ?? [], JSON.stringify(result.errors ?? []).slice(0, 2000)).toEqual([]);
    expect(result.valid).toBe(true);
    expect(document["openapi"]).toBe("3.1.0");
    expect(Object.keys(document)[0]).toBe("x-modeldoc");
    const schemas = (document["components"] as { schemas: Record<string, unknown> }).schemas;
    expect(Object.keys(schemas).sort()).toEqual(symbols.symbols.map((symbol) => symbol.identifier).sort());
    // The validator holds the document to OpenAPI's structure, not the schemas inside to their dialect:
    // ajv holds each to the JSON Schema draft 2020-12 meta-schema (OpenAPI 3.1's dialect extends it).
    const ajv = newAjv();
    const invalid = Object.entries(schemas).filter(([, schema]) => !ajv.validateSchema(schema as object));
    expect(invalid.map(([name]) => `${name}: ${ajv.errorsText()}`)).toEqual([]);
  });

  it("openapi-typescript's types equal modeldoc's interfaces for every model, but where bytes are base64 text", async () => {
    const types = await openapiTS(document as never, { emptyObjectsUnknown: true });
    const comparisons = symbols.symbols.map((symbol) => `export const ${symbol.identifier}: Same<components["schemas"]["${symbol.identifier}"], M.${symbol.identifier}> = true;`);
    const check = [
      `import type { components } from "./openapi.js";`,
      `import type * as M from "./${language}/index.js";`,
      "type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;",
      ...comparisons,
      "",
    ].join("\n");
    project = createProject({ [language]: files.filter((file) => file.path.endsWith(".ts")) });
    writeFileSync(join(project.root, "src", "openapi.ts"), types);
    writeFileSync(join(project.root, "src", "check.ts"), check);
    // openapi-typescript's output is written for its own style: this is the comparison, not a strictness test.
    const config = { extends: "./tsconfig.json", compilerOptions: { noEmit: true, isolatedDeclarations: false, exactOptionalPropertyTypes: false, noUnusedLocals: false, noPropertyAccessFromIndexSignature: false } };
    writeFileSync(join(project.root, "tsconfig.compare.json"), JSON.stringify(config));
    const { output } = project.tsc("tsconfig.compare.json");
    const differing = new Set<string>();
    const other: string[] = [];
    for (const line of output.split("\n").filter((text) => text.trim() !== "")) {
      const at = /^src\/check\.ts\((\d+),\d+\)/.exec(line);
      if (at === null) {
        if (!line.startsWith(" ")) other.push(line);
        continue;
      }
      differing.add(check.split("\n")[Number(at[1]) - 1]!.replace(/^export const (\S+):.*$/, "$1"));
    }
    expect(other, "tsc's messages outside the comparison").toEqual([]);
    const explained = new Map<string, string>();
    const unexplained: string[] = [];
    for (const name of differing) {
      const symbol = symbols.symbols.find((candidate) => candidate.identifier === name)!;
      if (reachesBytes(symbol, symbols)) explained.set(name, "holds bytes: Uint8Array in TypeScript, a base64 string in JSON (contentEncoding: base64)");
      else unexplained.push(name);
    }
    console.log(
      `${language}: ${symbols.symbols.length} declarations compared, ${differing.size} differ` +
        (explained.size === 0 ? "" : `; ${[...explained].map(([name, reason]) => `${name} (${reason})`).join("; ")}`),
    );
    expect(unexplained).toEqual([]);
  });
});

describe("openapi.json beside the other outputs", () => {
  it("is its own output, in the wire form, marked as modeldoc's; a discriminated union has its discriminator", async () => {
    const { webhookVariant } = await import("./ir-builders.js");
    const files = emitVariantFiles(webhookVariant("go"), { wireNaming: "snake", emit: ["openapi"] });
    expect(files.map((file) => file.path)).toEqual(["openapi.json"]);
    const text = files[0]!.contents;
    const { isGeneratedText } = await import("../../src/emit/banner.js");
    expect(isGeneratedText(text)).toBe(true);
    const schemas = (JSON.parse(text) as { components: { schemas: Record<string, Record<string, unknown>> } }).components.schemas;
    expect(Object.keys(schemas["Webhook"]!["properties"] as object)).toContain("hook_url");
    // Circle | Square, each with its own `kind` literal.
    expect(schemas["Shape"]).toMatchObject({
      oneOf: [{ $ref: "#/components/schemas/Circle" }, { $ref: "#/components/schemas/Square" }],
      discriminator: { propertyName: "kind", mapping: { circle: "#/components/schemas/Circle", square: "#/components/schemas/Square" } },
    });
    expect((await new Validator().validate(JSON.parse(text) as never)).valid).toBe(true);
  });
});
