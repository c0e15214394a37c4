/**
 * Issues 4 and 15, property tests: fixtures of the whole Go corpus, broken one place at a time (fast-check
 * picks the declaration, the fixture, the place and the wrong value, from a fixed seed), are rejected by the
 * generated validator, its Standard Schema object, its zod schema and by ajv compiled from the emitted JSON
 * Schema; the validator and the Standard Schema report exactly one issue, at the place that was broken (as
 * an array path), and zod one there too (its union and unknown-key issues read as build.ts zodPaths says).
 * A differential property puts arbitrary JSON anywhere and checks that the validator, its type guard, zod
 * and ajv still agree.
 *
 * The variant is emitted with unknown keys rejected (`unknownKeys: "reject"`, `additionalProperties:
 * false`), so that adding an unknown key is one of the mutations; every other check is the same under the
 * default policy.
 */
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { corpusVariant } from "../corpus/corpus-ir.js";
import { ajvErrors, buildVariant, zodPaths, type Build, type Checked, type Issue } from "./build.js";
import { kindOf, mutated, pathText, sitesOf, valueOfKind, type Site, type SiteKind } from "./sites.js";

const SEED = 20_250_401;
/** Runs per mutation kind: enough to reach every kind of place many times, and a few seconds in all. */
const RUNS = 1500;

interface Target {
  readonly declaration: Checked;
  readonly fixture: "minimal" | "full";
  readonly site: Site;
}

const siteKinds: readonly SiteKind[] = [
  "remove-required",
  "wrong-type",
  "outside-enum",
  "broken-date",
  "bad-element",
  "bad-entry",
  "unknown-key",
];

let build: Build;
const targets = new Map<SiteKind, Target[]>(siteKinds.map((kind) => [kind, []]));

beforeAll(async () => {
  build = await buildVariant(await corpusVariant("go"), { naming: "camel", dates: "string", unknownKeys: "reject" });
  expect(build.tscOutput).toBe("");
  for (const declaration of build.declarations) {
    for (const fixture of ["minimal", "full"] as const) {
      for (const site of sitesOf(declaration.json[fixture], declaration.symbol, build.symbols, true)) {
        targets.get(site.kind)?.push({ declaration, fixture, site });
      }
    }
  }
  const inUnions = [...targets.values()].flat().filter(({ site }) => site.unions.length !== 0).length;
  console.log(`mutation sites: ${siteKinds.map((kind) => `${kind} ${targets.get(kind)?.length ?? 0}`).join(", ")}; ${inUnions} inside unions`);
});

afterAll(() => build?.project.remove());

/** The wrong value a run puts at the site (`choice` picks among the possible ones). */
function replacementFor(site: Site, choice: number): unknown {
  if (site.wrongValues.length !== 0) return site.wrongValues[choice % site.wrongValues.length];
  const kind = site.wrongKinds[choice % Math.max(site.wrongKinds.length, 1)];
  return kind === undefined ? undefined : structuredClone(valueOfKind[kind]);
}

const describeIssues = (issues: readonly Issue[]) => issues.map((issue) => issue.message);

describe("go corpus, unknown keys rejected", () => {
  it("every fixture passes its validator and ajv (fixtures carry no unknown key)", () => {
    const failures: string[] = [];
    for (const { symbol, validate, ajv, fixtures, json } of build.declarations) {
      for (const kind of ["minimal", "full"] as const) {
        const issues = validate(fixtures[kind]);
        if (issues.length !== 0) failures.push(`${symbol.identifier}.${kind}: ${describeIssues(issues).join("; ")}`);
        if (!ajv(json[kind])) failures.push(`${symbol.identifier}.${kind}: ajv: ${ajvErrors(ajv)}`);
      }
    }
    expect(failures).toEqual([]);
  });

  it.each(siteKinds)("%s: the validator and ajv reject it, with one issue at the mutated path", (kind) => {
    const pool = targets.get(kind) ?? [];
    expect(pool.length).toBeGreaterThan(0);
    fc.assert(
      fc.property(fc.nat({ max: pool.length - 1 }), fc.nat(), (which, choice) => {
        const { declaration, fixture, site } = pool[which] as Target;
        const replacement = replacementFor(site, choice);
        const value = mutated(declaration.fixtures[fixture], site, replacement);
        const json = mutated(declaration.json[fixture], site, replacement);
        const where = `${declaration.symbol.identifier}.${fixture} ${kind} at ${pathText(site.at)} (${JSON.stringify(replacement)})`;

        const issues = declaration.validate(value);
        expect(issues.map((issue) => issue.path), `${where}: ${describeIssues(issues).join("; ")}`).toEqual([pathText(site.at)]);
        expect(declaration.is(value), where).toBe(false);
        expect(() => declaration.assert(value), where).toThrowError(/^Invalid /);
        expect(declaration.ajv(json), `${where}: ajv accepted it`).toBe(false);
        const standard = declaration.schema["~standard"].validate(value);
        expect(standard.issues?.map((issue) => issue.path), `${where}: Standard Schema`).toEqual([site.at]);
        const parsed = declaration.zod.safeParse(value);
        expect(parsed.success ? [] : zodPaths(parsed.error.issues), `${where}: zod`).toEqual([JSON.stringify(site.at)]);
      }),
      { seed: SEED, numRuns: RUNS },
    );
  });

  it("any JSON value anywhere: the validator, the type guard and ajv agree", () => {
    const everywhere = siteKinds.flatMap((kind) => targets.get(kind) ?? []);
    fc.assert(
      fc.property(fc.nat({ max: everywhere.length - 1 }), fc.jsonValue({ maxDepth: 3 }), (which, replacement) => {
        const { declaration, fixture, site } = everywhere[which] as Target;
        const replacing: Site = { ...site, kind: "wrong-type" };
        const value = mutated(declaration.fixtures[fixture], replacing, replacement);
        const json = mutated(declaration.json[fixture], replacing, replacement);
        const issues = declaration.validate(value);
        const where = `${declaration.symbol.identifier}.${fixture} at ${pathText(site.at)} = ${JSON.stringify(replacement)} (${kindOf(replacement)})`;
        expect(declaration.is(value), `${where}: ${describeIssues(issues).join("; ")}`).toBe(issues.length === 0);
        expect(declaration.ajv(json), `${where}: validator says ${describeIssues(issues).join("; ") || "valid"}; ajv: ${ajvErrors(declaration.ajv)}`).toBe(issues.length === 0);
        expect(declaration.zod.safeParse(value).success, `${where}: zod`).toBe(issues.length === 0);
      }),
      { seed: SEED, numRuns: 3 * RUNS },
    );
  });
});
