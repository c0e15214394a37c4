// The emit cache keys (emit/cache-keys.ts): a declaration's key changes exactly when something it reaches
// through references changes, also across a cycle, and never for a change it cannot reach, nor for the
// descriptions of what it reaches, which no output writes into its files (checked on the corpus below).
import { describe, expect, it } from "vitest";
import { emitKeys, newEmitKeysMemory } from "../../src/emit/cache-keys.js";
import { outputKinds } from "../../src/emit/registry.js";
import { emitParts } from "../../src/emit/run.js";
import { resolveEmitOptions } from "../../src/options.js";
import type { Declaration, ModelDecl, SourcePosition, Variant } from "../../src/ir/types.js";
import { corpusVariant } from "../corpus/corpus-ir.js";
import { field, integer, model, refTo, string, variant } from "./ir-builders.js";

const options = resolveEmitOptions({ naming: "camel", dates: "string" });

/** A → B → C, D ⇄ E (a cycle) → C, and F on its own; `extra` adds a field to one of them. */
function declarations(extra?: string): Declaration[] {
  const more = (id: string) => (extra === id ? [field("Extra", integer)] : []);
  const c = model("docs/c.md", "C", [field("Name", string), ...more("c")]);
  const b = model("docs/b.md", "B", [field("C", refTo(c)), ...more("b")]);
  const a = model("docs/a.md", "A", [field("B", refTo(b)), ...more("a")]);
  const d = model("docs/d.md", "D", [field("E", refTo("docs/e.md")), ...more("d")]);
  const e = model("docs/e.md", "E", [field("D", refTo(d)), field("C", refTo(c)), ...more("e")]);
  const f = model("docs/f.md", "F", [field("Name", string), ...more("f")]);
  return [a, b, c, d, e, f];
}

const keys = (extra?: string) => emitKeys(variant("v", declarations(extra)), options).declarations;
const changed = (extra: string) => {
  const before = keys();
  const after = keys(extra);
  return [...before.keys()].filter((id) => before.get(id) !== after.get(id)).sort();
};

describe("emit cache keys", () => {
  it("are the same for the same variant", () => {
    expect([...keys()]).toEqual([...keys()]);
  });

  it("change for a declaration and everything that reaches it, two steps away and across a cycle", () => {
    expect(changed("c")).toEqual(["docs/a.md", "docs/b.md", "docs/c.md", "docs/d.md", "docs/e.md"]);
    expect(changed("b")).toEqual(["docs/a.md", "docs/b.md"]);
    expect(changed("a")).toEqual(["docs/a.md"]);
  });

  it("change for every member of a cycle when one changes, and for nothing the cycle does not reach", () => {
    expect(changed("d")).toEqual(["docs/d.md", "docs/e.md"]);
    expect(changed("e")).toEqual(["docs/d.md", "docs/e.md"]);
    expect(changed("f")).toEqual(["docs/f.md"]);
  });

  it("differ between declarations, even two in one cycle", () => {
    const all = [...keys().values()];
    expect(new Set(all).size).toBe(all.length);
  });
});

describe("a declaration's key and the prose of what it reaches", () => {
  /** C with its descriptions (the declaration's and a field's) and source positions changed. */
  const reworded = (): Declaration[] =>
    declarations().map((declaration) =>
      declaration.id !== "docs/c.md"
        ? declaration
        : { ...declaration, description: "Reworded.", source: { ...declaration.source, line: 40 }, fields: (declaration as ModelDecl).fields.map((one) => ({ ...one, description: "Reworded too." })) },
    );

  it("changes for the declaration reworded only, in a full computation and in a watcher's", () => {
    const before = keys();
    const after = emitKeys(variant("v", reworded()), options).declarations;
    expect([...before.keys()].filter((id) => before.get(id) !== after.get(id))).toEqual(["docs/c.md"]);
    const memory = newEmitKeysMemory();
    emitKeys(variant("v", declarations()), options, memory);
    expect(emitKeys(variant("v", reworded()), options, memory).declarations).toEqual(after);
  });
});

/**
 * What makes that right: no output writes a declaration's descriptions or source positions into another
 * declaration's files. Checked on corpus folders of four generators, every output, by bit partitions of the
 * declarations: for each bit of their index, the declarations whose bit is set get their prose changed (their
 * descriptions and source positions, at every level), and the files of each declaration left as it was must
 * be the same bytes. Any two declarations differ in some bit, so every declaration's files are checked with
 * every other one changed.
 */
describe("a declaration's files and the prose of the others (corpus)", () => {
  const folders = ["history/go/2025-02-05", "generators/openapi-generator/conekta/go", "generators/swagger-codegen/sendinblue/java", "generators/apimatic/splitit/php"] as const;
  const everything = { emit: [...outputKinds], wireNaming: "snake" } as const;

  const reword = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(reword);
    if (typeof value !== "object" || value === null) return value;
    return Object.fromEntries(
      Object.entries(value).map(([key, inner]) => {
        if (key === "description" && typeof inner === "string") return [key, `Reworded: ${inner} (with more words)`];
        if (key === "source" && typeof inner === "object" && inner !== null && "line" in inner) {
          const position = inner as SourcePosition;
          return [key, { file: `${position.file}.moved`, line: position.line + 1000, column: position.column + 3 }];
        }
        return [key, reword(inner)];
      }),
    );
  };

  it.each(folders)("%s", async (name) => {
    const original = await corpusVariant(name);
    const declarationsOf = async (variantNow: Variant) => (await emitParts(variantNow, everything)).declarationFiles;
    const before = await declarationsOf(original);
    const ids = original.declarations.map(({ id }) => id);
    let compared = 0;
    for (let bit = 0; 1 << bit < ids.length; bit++) {
      for (const side of [0, 1]) {
        const changed = new Set(ids.filter((_, index) => ((index >> bit) & 1) === side));
        const partly = { ...original, declarations: original.declarations.map((one) => (changed.has(one.id) ? (reword(one) as Declaration) : one)) };
        const after = await declarationsOf(partly);
        for (const id of ids) {
          if (changed.has(id)) continue;
          expect(after.get(id), `${id}, with ${changed.size} others reworded`).toEqual(before.get(id));
          compared++;
        }
      }
    }
    expect(compared).toBeGreaterThan(ids.length);
  }, 300_000);
});
