// The emit cache keys (emit/cache-keys.ts): a declaration's key changes exactly when something it reaches
// through references changes, also across a cycle, and never for a change it cannot reach.
import { describe, expect, it } from "vitest";
import { emitKeys } from "../../src/emit/cache-keys.js";
import { resolveEmitOptions } from "../../src/options.js";
import type { Declaration } from "../../src/ir/types.js";
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
