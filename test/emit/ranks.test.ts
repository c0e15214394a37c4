// Fixture ranks (emit/fixtures/ranks.ts computeRanks): ranking only what a few declarations reach, as a
// watcher's edit does, gives them the ranks the whole table gives.
import { describe, expect, it } from "vitest";
import { computeRanks, type RankSource } from "../../src/emit/fixtures/ranks.js";
import { buildSymbolTable } from "../../src/emit/common/symbols.js";
import { unionMemberTypes } from "../../src/emit/common/wire.js";
import { namedFields } from "../../src/ir/property-names.js";
import { corpusVariant } from "../corpus/corpus-ir.js";
import { field, model, refTo, string, union, unionOf } from "./ir-builders.js";

const camel: RankSource = { fields: (model) => namedFields(model, "camel"), members: unionMemberTypes };

describe("fixture ranks", () => {
  it("of a declaration's reach equal those of the whole Go corpus, for every declaration", async () => {
    const symbols = buildSymbolTable((await corpusVariant("go")).declarations);
    const whole = computeRanks(symbols, camel);
    const differing = symbols.symbols.filter((symbol) => computeRanks(symbols, camel, [symbol]).get(symbol.decl.id) !== whole.get(symbol.decl.id));
    expect(differing.map((symbol) => symbol.decl.id)).toEqual([]);
    // Rank 2 (a model holding a required model) is there to get wrong.
    expect(Math.max(...whole.values())).toBe(2);
  });

  it("of a chain, a cycle broken by a union, and a cycle nothing breaks", () => {
    // d → c → b → a (required); e ⇄ f, where f's way out is a union with a string; g ⇄ h, required both ways.
    const a = model("a.md", "A", [field("name", string, { required: true })]);
    const b = model("b.md", "B", [field("a", refTo(a), { required: true })]);
    const c = model("c.md", "C", [field("b", refTo(b), { required: true })]);
    const d = model("d.md", "D", [field("c", refTo(c), { required: true })]);
    const f = union("f.md", "F", [refTo("e.md"), string]);
    const e = model("e.md", "E", [field("f", refTo(f), { required: true })]);
    const g = model("g.md", "G", [field("h", refTo("h.md"), { required: true })]);
    const h = model("h.md", "H", [field("g", refTo(g), { required: true }), field("e", unionOf(refTo(e)), { required: true })]);
    const symbols = buildSymbolTable([a, b, c, d, e, f, g, h]);
    const whole = computeRanks(symbols, camel);
    expect(Object.fromEntries(whole)).toEqual({ "a.md": 1, "b.md": 2, "c.md": 3, "d.md": 4, "e.md": 2, "f.md": 1 });
    for (const symbol of symbols.symbols) expect(computeRanks(symbols, camel, [symbol]).get(symbol.decl.id)).toBe(whole.get(symbol.decl.id));
  });
});
