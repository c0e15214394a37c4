// Broken pages (test/fixtures/broken, written for this test): each problem is reported at its place,
// with what was expected and what was found, and the other pages are still read. An `error` says part of
// the page is missing from the IR (a row, a table, the page); a `warning` that it was read less precisely.
import { describe, expect, it } from "vitest";
import { parseFolder } from "../../src/parse/index.js";

describe("diagnostics on broken pages", async () => {
  const variant = await parseFolder("test/fixtures/broken", { dialect: "go" });
  const located = variant.diagnostics.map((d) => `${d.source.file}:${d.source.line}:${d.source.column} ${d.severity} ${d.code}`);

  it("reports each problem once, at file:line:column, sorted", () => {
    expect(located).toEqual([
      "docs/bad-cells.md:8:1 error bad-row",
      "docs/bad-row.md:8:1 warning bad-required",
      "docs/bad-row.md:9:1 warning unescaped-pipe",
      "docs/missing-link.md:7:1 warning unresolved-ref",
      "docs/no-table.md:5:1 error missing-fields-table",
      "docs/no-title.md:1:1 error missing-title",
      "docs/unknown-type.md:8:13 warning unknown-type",
      "docs/unknown-type.md:9:18 warning bad-type",
      "docs/unknown-type.md:10:21 warning bad-required",
    ]);
  });

  it("says what was expected and what was found", () => {
    const messages = Object.fromEntries(variant.diagnostics.map((d) => [`${d.source.file}:${d.source.line}`, d.message]));
    // A row of fewer cells is a row (GFM); one of more is read when the extra cells can only be the description's.
    expect(messages["docs/bad-row.md:8"]).toBe("expected :heavy_check_mark: or :heavy_minus_sign:, found no cell; left unstated");
    expect(messages["docs/bad-row.md:9"]).toBe('expected 4 cells in the row, found 5: an unescaped "|" in the Description; the extra cells are read as part of it');
    expect(messages["docs/bad-cells.md:8"]).toBe('expected 4 cells in the row, found 5 (an unescaped "|"?); row skipped');
    expect(messages["docs/missing-link.md:7"]).toBe('expected the page docs/owner.md for "shared.Owner", found no such page; typed as unknown');
    expect(messages["docs/unknown-type.md:8"]).toBe('expected a go type or a link to a model page, found "quaternion" in "*quaternion*"; typed as unknown');
    expect(messages["docs/unknown-type.md:9"]).toBe('cannot read type "map[string*string*": expected "]", found end of cell; typed as unknown');
    expect(messages["docs/unknown-type.md:10"]).toBe('expected :heavy_check_mark: or :heavy_minus_sign:, found "maybe"; left unstated');
  });

  it("goes on reading the rest of each page and the other pages", () => {
    const byName = Object.fromEntries(variant.declarations.map((d) => [d.name, d]));
    expect(Object.keys(byName).sort()).toEqual(["BadCells", "BadRow", "Item", "MissingLink", "NoTable", "UnknownType"]);
    const badRow = byName["BadRow"];
    expect(badRow?.kind === "model" && badRow.fields.map((f) => [f.name, f.required, f.unstated ?? [], f.description])).toEqual([
      ["Name", true, ["nullable"], "ok"],
      ["Broken", false, ["required", "nullable"], ""],
      ["Extra", false, ["nullable"], "one | two"],
    ]);
    const badCells = byName["BadCells"];
    expect(badCells?.kind === "model" && badCells.fields.map((f) => f.name)).toEqual(["Kept"]);
    const missing = byName["MissingLink"];
    expect(missing?.kind === "model" && missing.fields[1]?.type).toEqual({
      kind: "array",
      items: { kind: "ref", target: "docs/item.md", written: "shared.Item" },
    });
  });
});
