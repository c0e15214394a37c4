/**
 * Issue 15: the emitted code is tree-shakable. Every module-level initializer that calls something is
 * marked `/* @__PURE__ *\/` and no module does anything when loaded, so a bundler (esbuild here) that
 * bundles one validator imported from `index.ts` keeps only the modules of its reference closure: the
 * validators of the declarations it reaches, the types modules whose enum values they read, and
 * runtime.ts — the same bundle as importing it from its own file. On the whole Go corpus, with the zod
 * schemas emitted (issue 23: index.ts does not re-export them, since importing zod has side effects that a
 * bundler keeps; zod.ts does), and zod/mini's bundle beside zod's.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { build } from "esbuild";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { emitVariantFiles } from "../../src/emit/index.js";
import { buildSymbolTable, resolveRef, type DeclarationSymbol, type SymbolTable } from "../../src/emit/common/symbols.js";
import { namedFields as wireFields } from "../../src/ir/property-names.js";
import { enumValues, isOpenEnum, unionMemberTypes } from "../../src/emit/common/wire.js";
import type { TypeExpr } from "../../src/ir/types.js";
import { visitType } from "../../src/ir/walk.js";
import { corpusVariant } from "../corpus/corpus-ir.js";
import { webhookVariant } from "./ir-builders.js";

let root: string;
let symbols: SymbolTable;

beforeAll(async () => {
  const variant = await corpusVariant("go");
  symbols = buildSymbolTable(variant.declarations);
  root = mkdtempSync(join(tmpdir(), "modeldoc-shake-"));
  for (const file of emitVariantFiles(variant, { naming: "camel", dates: "string", emit: ["validators", "fixtures", "zod"] })) {
    const target = join(root, ...file.path.split("/"));
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, file.contents);
  }
}, 300_000);

afterAll(() => rmSync(root, { recursive: true, force: true }));

/** The bundle of `export { names } from "./from.js"` (minified or not), and the modules that put code in it. */
async function bundle(names: readonly string[], from: string, minify = false, folder = root): Promise<{ text: string; bytes: number; modules: string[] }> {
  const result = await build({
    stdin: { contents: `export { ${names.join(", ")} } from "${from}";`, resolveDir: folder, loader: "ts", sourcefile: "entry.ts" },
    bundle: true,
    write: false,
    format: "esm",
    minify,
    metafile: true,
    platform: "neutral",
    logLevel: "silent",
    absWorkingDir: folder,
    nodePaths: [resolve("node_modules")],
  });
  const [output] = Object.values(result.metafile.outputs);
  const modules = Object.entries(output?.inputs ?? {})
    .filter(([path, input]) => path !== "entry.ts" && input.bytesInOutput > 0)
    .map(([path]) => path)
    .sort();
  const text = result.outputFiles[0]?.text ?? "";
  return { text, bytes: result.outputFiles[0]?.contents.length ?? 0, modules };
}

/** An unminified bundle's modules, each from its `// path` comment on, sorted. */
function sections(text: string): string[] {
  return text.split(/\n(?=\/\/ )/).sort();
}

function typesOf(symbol: DeclarationSymbol): TypeExpr[] {
  const decl = symbol.decl;
  if (decl.kind === "model") return wireFields(decl, "camel").map(({ type }) => type);
  if (decl.kind === "union") return [unionMemberTypes(decl)].filter((type) => type !== undefined);
  return [];
}

/** The modules a declaration's validator needs, from the IR: its reference closure. */
function closureModules(start: DeclarationSymbol): string[] {
  const reached = new Set<DeclarationSymbol>([start]);
  const stack = [start];
  while (stack.length > 0) {
    for (const type of typesOf(stack.pop()!)) {
      visitType(type, (inner) => {
        const target = inner.kind === "ref" ? resolveRef(symbols, inner) : undefined;
        if (target !== undefined && !reached.has(target)) {
          reached.add(target);
          stack.push(target);
        }
      });
    }
  }
  const modules = ["runtime.ts"];
  for (const symbol of reached) {
    modules.push(`validators/${symbol.fileName}.ts`);
    const decl = symbol.decl;
    if (decl.kind === "enum" && !isOpenEnum(decl) && enumValues(decl).length > 0) modules.push(`types/${symbol.fileName}.ts`);
  }
  return modules.sort();
}

function symbolNamed(identifier: string): DeclarationSymbol {
  const symbol = symbols.symbols.find((candidate) => candidate.identifier === identifier);
  if (symbol === undefined) throw new Error(`no declaration ${identifier} in the Go corpus`);
  return symbol;
}

describe("go corpus: one validator bundled from index.ts", () => {
  it.each(["CrmDeal", "AccountingInvoice", "ShippingRate"])("%s: only its reference closure, the same code as from its own file", async (identifier) => {
    const symbol = symbolNamed(identifier);
    const fromIndex = await bundle([symbol.guardName], "./index.js");
    const fromOwnFile = await bundle([symbol.guardName], `./validators/${symbol.fileName}.js`);
    const minified = await bundle([symbol.guardName], "./index.js", true);
    console.log(`${identifier}: isX from index.ts, minified: ${minified.bytes} B, ${fromIndex.modules.length} modules`);
    expect(fromIndex.modules).toEqual(closureModules(symbol));
    // The same code, module by module (the order modules come in follows the entry's imports).
    expect(sections(fromIndex.text)).toEqual(sections(fromOwnFile.text));
    expect(minified.bytes).toBeLessThan(10_000);
  });

  it("the Standard Schema object of a model brings the same modules, and nothing of the registries", async () => {
    const symbol = symbolNamed("CrmDeal");
    const schema = await bundle([symbol.schemaName], "./index.js");
    expect(schema.modules).toEqual(closureModules(symbol));
    const registry = await bundle(["validators"], "./index.js");
    expect(registry.modules.length).toBeGreaterThan(symbols.symbols.length / 2);
  });
});

describe("zod emitted: index.ts stays tree-shakable, and zod/mini is the small bundle", () => {
  it("one validator from index.ts bundles to within 1.5x of it from its own file, zod emitted", async () => {
    for (const identifier of ["CrmDeal", "AccountingInvoice", "ShippingRate", "Webhook"]) {
      const symbol = symbolNamed(identifier);
      const fromIndex = await bundle([symbol.guardName], "./index.js", true);
      const fromOwnFile = await bundle([symbol.guardName], `./validators/${symbol.fileName}.js`, true);
      console.log(`${identifier}: isX minified from index.ts ${fromIndex.bytes} B, from its own file ${fromOwnFile.bytes} B (zod emitted)`);
      expect(fromIndex.bytes).toBeLessThanOrEqual(1.5 * fromOwnFile.bytes);
      expect(fromIndex.modules.some((module) => module.includes("zod"))).toBe(false);
    }
  });

  it("a zod schema bundles with zod's classic API or, with zod: mini, with zod/mini's much smaller one", async () => {
    const folder = mkdtempSync(join(tmpdir(), "modeldoc-mini-"));
    try {
      for (const flavor of ["classic", "mini"] as const) {
        for (const file of emitVariantFiles(webhookVariant(flavor), { emit: ["zod"], zod: flavor })) {
          const target = join(folder, flavor, ...file.path.split("/"));
          mkdirSync(dirname(target), { recursive: true });
          writeFileSync(target, file.contents);
        }
      }
      const classic = await bundle(["zWebhook"], "./classic/zod.js", true, folder);
      const mini = await bundle(["zWebhook"], "./mini/zod.js", true, folder);
      console.log(`zWebhook minified: ${classic.bytes} B with zod, ${mini.bytes} B with zod/mini`);
      expect(mini.bytes * 3).toBeLessThan(classic.bytes);
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });
});
