/** Output is a pure function of the IR and the options: byte for byte, whatever the input order or clock. */
import { afterEach, describe, expect, it, vi } from "vitest";
import { emitVariant, type EmitOptions, type OutputFile } from "../../src/emit/index.js";
import type { Variant } from "../../src/ir/types.js";
import { hostileVariant, namesAndCyclesVariant, webhookVariant } from "./ir-builders.js";

const options: EmitOptions = {
  naming: "camel",
  dates: "string",
  unknownKeys: "strip",
  // Every output, the wire form included (wire/ is written when the wire naming differs).
  wireNaming: "snake",
  emit: ["interfaces", "validators", "fixtures", "jsonschema", "zod"],
};

/** A fixed reordering (no randomness in the test either): odd positions reversed, then even ones. */
function shuffled<T>(items: readonly T[], rotate: number): T[] {
  const odd = items.filter((_, index) => index % 2 === 1).reverse();
  const even = items.filter((_, index) => index % 2 === 0);
  const mixed = [...odd, ...even];
  return [...mixed.slice(rotate % mixed.length), ...mixed.slice(0, rotate % mixed.length)];
}

const asMap = (files: OutputFile[]) => files.map((file) => `${file.path}\n${file.contents}`).join("\n\0\n");

afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

describe("determinism", () => {
  for (const [name, build] of [
    ["webhook", webhookVariant],
    ["names and cycles", namesAndCyclesVariant],
    ["hostile", hostileVariant],
  ] as const) {
    it(`${name}: the same variant twice, and in shuffled order, gives identical bytes`, async () => {
      const reference = asMap(await emitVariant(build(), options));
      expect(asMap(await emitVariant(build(), options))).toBe(reference);
      for (const rotate of [0, 1, 3]) {
        const base = build();
        const reordered: Variant = { ...base, declarations: shuffled(base.declarations, rotate) };
        expect(asMap(await emitVariant(reordered, options))).toBe(reference);
      }
    });
  }

  it("does not depend on the clock, Math.random or where the docs live", async () => {
    const reference = asMap(await emitVariant(webhookVariant(), options));
    vi.useFakeTimers();
    vi.setSystemTime(new Date("2031-07-04T12:00:00Z"));
    vi.spyOn(Math, "random").mockImplementation(() => {
      throw new Error("Math.random must not be used");
    });
    const elsewhere: Variant = { ...webhookVariant(), root: "/home/someone/projects/specs/go" };
    const again = asMap(await emitVariant(elsewhere, options));
    expect(again).toBe(reference);
    expect(again).not.toContain("/home/someone");
    expect(again).not.toContain("2031");
  });

  it("keeps every path relative with / separators", async () => {
    for (const file of await emitVariant(namesAndCyclesVariant(), options)) {
      expect(file.path).toMatch(/^(index|runtime|zod)\.ts$|^(types|validators|fixtures|wire|zod)\/[a-z0-9-]+\.ts$|^fixtures\/[a-z0-9-]+\.json$|^(wire-)?schema\.json$/);
    }
  });
});
