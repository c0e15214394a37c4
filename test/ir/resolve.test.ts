// Reference resolution across pages: by link target, by name for unlinked refs, diagnostics for the rest.
import { areaOf } from "../../src/parse/page-reader.js";
import { describe, expect, it } from "vitest";
import { resolveReferences } from "../../src/ir/resolve.js";
import type { Declaration, ModelDecl } from "../../src/ir/types.js";

const source = { file: "a.md", line: 3, column: 1 };

function model(id: string, name: string, refs: { target: string; written: string }[]): ModelDecl {
  return {
    kind: "model",
    id,
    name,
    canonicalName: name,
    area: areaOf(id),
    description: "",
    role: "shared",
    source: { file: id, line: 1, column: 1 },
    fields: refs.map((ref, index) => ({
      name: `f${index}`,
      canonicalName: `f${index}`,
      type: { kind: "array", items: { kind: "ref", ...ref } },
      typeText: ref.written,
      required: true,
      nullable: false,
      deprecated: false,
      description: "",
      source,
    })),
  };
}

describe("resolveReferences", () => {
  const target = model("b.md", "Target", []);
  const empty = "empty.md"; // a page that exists but declares nothing

  it("keeps link targets that exist, finds unlinked names, reports the rest where they were written", () => {
    const page = model("a.md", "A", [
      { target: "b.md", written: "shared.Target" },
      { target: "", written: "shared.Target" },
      { target: "missing.md", written: "shared.Missing" },
      { target: empty, written: "shared.Empty" },
      { target: "", written: "Nowhere" },
    ]);
    const { declarations, diagnostics } = resolveReferences([page, target] as Declaration[], ["a.md", "b.md", empty]);
    const fields = (declarations[0] as ModelDecl).fields.map((f) => f.type);
    expect(fields.map((t) => t.kind === "array" && (t.items.kind === "ref" ? t.items.target : t.items))).toEqual(["b.md", "b.md", "", "", { kind: "unknown", written: "Nowhere" }]);
    expect(diagnostics.map((d) => [d.severity, d.code, d.message, d.source])).toEqual([
      ["warning", "unresolved-ref", 'expected the page missing.md for "shared.Missing", found no such page; typed as unknown', source],
      ["warning", "unresolved-ref", 'expected the page empty.md for "shared.Empty", found a page that declares no model, enum or union; typed as unknown', source],
      ["warning", "unknown-type", 'expected a type of the dialect or a model named "Nowhere" for "Nowhere", found neither; typed as unknown', source],
    ]);
  });
});
