/**
 * Issue 15, the wire form and the TypeScript form: on the whole Go corpus emitted with
 * `wireNaming: "snake"` and `dates: "Date"`, the JSON fixtures are in the wire form (snake_case keys,
 * dates as strings, bytes as base64) and every one of them decodes (`parseX`) to the TypeScript fixture,
 * which the validators, the Standard Schema objects and the zod schemas accept; `toJsonX` writes a value
 * back in the wire form, and `parseX(toJsonX(value))` is the value again, on every model; `parseX` names
 * the JSON's keys in its issues. (C#'s docs are of the same API document; its wire form, with the same
 * options, is in test/emit/wire-form.test.ts. One language here keeps the suite's time for CI.)
 */
import { isDeepStrictEqual } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { emittedFieldName } from "../../src/ir/naming.js";
import { namedFields as wireFields } from "../../src/ir/property-names.js";
import { corpusVariant } from "../corpus/corpus-ir.js";
import { buildVariant, type Build, type Issue } from "./build.js";

type Parse = (json: unknown) => { value: unknown; issues?: undefined } | { issues: Issue[] };

describe.each(["go"] as const)("%s corpus, wire naming snake and Date dates", (language) => {
  let build: Build;
  let index: Record<string, unknown>;

  beforeAll(async () => {
    build = await buildVariant(await corpusVariant(language), { naming: "camel", wireNaming: "snake", dates: "Date" });
    expect(build.tscOutput).toBe("");
    index = build.index;
  });
  afterAll(() => build?.project.remove());

  it("the JSON fixtures spell the keys of each model in snake_case", () => {
    const failures: string[] = [];
    for (const { symbol, json } of build.declarations) {
      if (symbol.decl.kind !== "model") continue;
      const fields = wireFields(symbol.decl, "camel");
      const expected = fields.map(({ field }) => emittedFieldName(field, "snake"));
      const keys = Object.keys(json.full as object);
      if (keys.join() !== expected.join()) failures.push(`${symbol.identifier}: ${keys.join()} ≠ ${expected.join()}`);
    }
    expect(failures).toEqual([]);
  });

  it("every JSON fixture decodes to the TypeScript fixture, which the validator, the Standard Schema and zod accept", () => {
    const failures: string[] = [];
    for (const { symbol, json, fixtures, validate, schema, zod } of build.declarations) {
      const parse = index[symbol.parseName] as Parse;
      for (const kind of ["minimal", "full"] as const) {
        const where = `${symbol.identifier}.${kind}`;
        const parsed = parse(json[kind]);
        if (parsed.issues !== undefined) failures.push(`${where}: ${parsed.issues.map((issue) => issue.message).join("; ")}`);
        else if (!isDeepStrictEqual(parsed.value, fixtures[kind])) failures.push(`${where}: decoded ${JSON.stringify(parsed.value)}`);
        if (validate(fixtures[kind]).length !== 0) failures.push(`${where}: validator rejects the TypeScript fixture`);
        if (schema["~standard"].validate(fixtures[kind]).issues !== undefined) failures.push(`${where}: Standard Schema rejects it`);
        if (!zod.safeParse(fixtures[kind]).success) failures.push(`${where}: zod rejects it`);
      }
    }
    expect(failures).toEqual([]);
  });

  it("parseX(toJsonX(value)) is the value, and toJsonX writes the wire keys, on every model", () => {
    const failures: string[] = [];
    let models = 0;
    for (const { symbol, fixtures } of build.declarations) {
      const parse = index[symbol.parseName] as Parse;
      const toJson = index[symbol.toJsonName] as (value: unknown) => unknown;
      for (const kind of ["minimal", "full"] as const) {
        const wire = JSON.parse(JSON.stringify(toJson(fixtures[kind]))) as unknown;
        const back = parse(wire);
        if (back.issues !== undefined || !isDeepStrictEqual(back.value, fixtures[kind])) failures.push(`${symbol.identifier}.${kind}: ${JSON.stringify(back)}`);
      }
      if (symbol.decl.kind !== "model") continue;
      models++;
      const wireKeys = Object.keys(toJson(fixtures.full) as object);
      const expected = wireFields(symbol.decl, "camel").map(({ field }) => emittedFieldName(field, "snake"));
      if (wireKeys.join() !== expected.join()) failures.push(`${symbol.identifier}: toJson keys ${wireKeys.join()}`);
    }
    expect(failures).toEqual([]);
    expect(models).toBeGreaterThan(1000);
  });

  it("parseX reports a wrong value with the validator's issue at its wire key, and the raw JSON is not a valid TypeScript value", () => {
    const failures: string[] = [];
    for (const { symbol, json, validate } of build.declarations) {
      if (symbol.decl.kind !== "model") continue;
      const fields = wireFields(symbol.decl, "camel").filter(({ field }) => field.required);
      const first = fields.find(({ key, field }) => key !== emittedFieldName(field, "snake") && /^[A-Za-z_$][\w$]*$/.test(key));
      if (first === undefined) continue;
      const wireKey = emittedFieldName(first.field, "snake");
      const broken = { ...(json.minimal as object), [wireKey]: undefined };
      const parsed = (index[symbol.parseName] as Parse)(JSON.parse(JSON.stringify(broken)));
      // The input is the JSON: the issue names the key as the JSON spells it.
      const [issue] = parsed.issues ?? [];
      if (issue?.path !== `$.${wireKey}` || !issue.message.startsWith(`$.${wireKey}: `)) failures.push(`${symbol.identifier}: ${JSON.stringify(parsed.issues)}`);
      // The JSON as it comes (snake_case keys) is not the TypeScript value: the validator says so.
      if (validate(json.minimal).length === 0) failures.push(`${symbol.identifier}: the raw JSON passed as the TypeScript value`);
    }
    expect(failures).toEqual([]);
  });
});
