/**
 * The docs' `Example` column in fixtures (issue 12): on formance, whose tables have one, a field's example
 * is its fixture value wherever the field's validator accepts it, and every fixture still passes its
 * validator and ajv. Values are checked against the pages by hand (formance/go, docs/pkg/models/shared).
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { namedFields as wireFields } from "../../src/ir/property-names.js";
import { corpusVariant } from "../corpus/corpus-ir.js";
import { ajvErrors, buildVariant, type Build } from "./build.js";

describe("formance/go: fixtures take the docs' examples where the validator accepts them", () => {
  let build: Build;

  beforeAll(async () => {
    build = await buildVariant(await corpusVariant("formance/go"), { naming: "camel", dates: "string" });
  });
  afterAll(() => build?.project.remove());

  const full = (identifier: string): Record<string, unknown> => {
    const checked = build.declarations.find(({ symbol }) => symbol.identifier === identifier);
    if (checked === undefined) throw new Error(`no declaration ${identifier}`);
    return checked.fixtures.full as Record<string, unknown>;
  };

  it("uses the example of a string, of a map of maps of models and of an enum", () => {
    // ledgerinfo.md: `Name` | `*string` | … | ledger001
    expect(full("LedgerInfo")["name"]).toBe("ledger001");
    // transaction.md: `Reference` … ref:001; `PostCommitVolumes` map[string]map[string]Volume, the JSON of its Example cell.
    expect(full("Transaction")["reference"]).toBe("ref:001");
    const volume = { input: 100, output: 10, balance: 90 };
    expect(full("Transaction")["postCommitVolumes"]).toEqual({ "orders:1": { USD: volume }, "orders:2": { USD: volume } });
  });

  it("keeps a generated value where the example does not fit the field's type", () => {
    let fitted = 0;
    let kept = 0;
    for (const { symbol, fixtures } of build.declarations) {
      if (symbol.decl.kind !== "model") continue;
      const value = fixtures.full as Record<string, unknown>;
      for (const { field, key } of wireFields(symbol.decl, "camel")) {
        if (field.example === undefined || !(key in value)) continue;
        const text = field.example.trim();
        const written = canonical(value[key]);
        if (written === canonical(text) || written === canonical(parsed(text))) fitted++;
        else kept++;
      }
    }
    console.log(`formance/go: ${fitted} examples used in full fixtures, ${kept} kept generated values`);
    expect(fitted).toBeGreaterThan(100);
    // Kept, checked by hand: query-string examples of maps (`metadata[key]=value1&…`), examples of models with
    // no fields, and examples spelled in wire keys (`.pattern`) where the fixture spells `dotPattern`.
    expect(kept).toBeGreaterThan(0);
  });

  it("every fixture still passes its validator and ajv", () => {
    const failures: string[] = [];
    for (const { symbol, validate, ajv, fixtures, json } of build.declarations) {
      for (const kind of ["minimal", "full"] as const) {
        const issues = validate(fixtures[kind]);
        if (issues.length !== 0) failures.push(`${symbol.identifier}.${kind}: ${issues.map((issue) => issue.message).join("; ")}`);
        if (!ajv(json[kind])) failures.push(`${symbol.identifier}.${kind}: ajv: ${ajvErrors(ajv)}`);
      }
    }
    expect(failures).toEqual([]);
  });
});

function parsed(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/** JSON with object keys sorted: fixtures write a model's fields in the model's order. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, item: unknown) =>
    item !== null && typeof item === "object" && !Array.isArray(item)
      ? Object.fromEntries(Object.entries(item).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : item,
  );
}
