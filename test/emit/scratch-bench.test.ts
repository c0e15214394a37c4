import { test } from "vitest";
import { emitVariant } from "../../src/emit/index.js";
import { typesFile } from "../../src/emit/interfaces.js";
import { validatorsFile } from "../../src/emit/validators.js";
import { fixturesFile, computeRanks } from "../../src/emit/fixtures.js";
import { buildSymbolTable } from "../../src/emit/symbols.js";
import { formatFiles } from "../../src/emit/format.js";
import { arrayOf, dateTime, enumeration, field, mapOf, model, number, refTo, string, variant } from "./ir-builders.js";
test("bench", async () => {
  const decls = [];
  for (let e = 0; e < 100; e++) decls.push(enumeration(`docs/e${e}.md`, `Enum${e}`, Array.from({ length: 20 }, (_, i) => `v${i}`)));
  for (let m = 0; m < 400; m++) {
    decls.push(model(`docs/m${m}.md`, `Model${m}`, [
      ...Array.from({ length: 15 }, (_, i) => field(`Field${i}`, i % 3 === 0 ? string : i % 3 === 1 ? number : dateTime, { required: i % 2 === 0, description: "Some description" })),
      field("Kind", refTo(`docs/e${m % 100}.md`), { required: true }),
      field("Other", refTo(`docs/m${(m + 1) % 400}.md`)),
      field("Others", arrayOf(refTo(`docs/m${(m + 7) % 400}.md`))),
      field("Map", mapOf(refTo(`docs/m${(m + 3) % 400}.md`))),
    ]));
  }
  const v = variant("big", decls);
  const opts = { naming: "camel", dates: "string" } as const;
  await emitVariant(variant("w", decls.slice(0, 5)), opts);
  let t = performance.now();
  const files = await emitVariant(v, opts);
  console.log("total", files.length, Math.round(performance.now() - t), "ms");
  const symbols = buildSymbolTable(v.declarations);
  const ranks = computeRanks(symbols, "camel");
  t = performance.now(); const a = symbols.symbols.map((s) => ({ path: "a.ts", contents: typesFile(s, symbols, opts) })); console.log("types", Math.round(performance.now() - t));
  t = performance.now(); const b = symbols.symbols.map((s) => ({ path: "a.ts", contents: validatorsFile(s, symbols, opts) })); console.log("validators", Math.round(performance.now() - t));
  t = performance.now(); const c = symbols.symbols.map((s) => ({ path: "a.ts", contents: fixturesFile(s, symbols, ranks, opts) })); console.log("fixtures", Math.round(performance.now() - t));
  for (const [n, g] of [["types", a], ["validators", b], ["fixtures", c]] as const) { t = performance.now(); await formatFiles(g); console.log("format", n, Math.round(performance.now() - t), g.reduce((x, f) => x + f.contents.length, 0)); }
  t = performance.now(); for (const f of c) await formatFiles([f]); console.log("format fixtures sequential", Math.round(performance.now() - t));
  console.log("fixture bytes", c.reduce((n, f) => n + f.contents.length, 0), "max", Math.max(...c.map((f) => f.contents.length)));
}, 120000);
