/**
 * Issue 15, the corners where zod and the validators could read an object differently, on hand-built IR
 * compiled under the strict tsconfig: an optional key present with the value `undefined` (the interface's
 * `key?: T` under `exactOptionalPropertyTypes` does not hold it, so it is an issue, except for a field of
 * any type); field names every object inherits (`constructor`, `toString`, `hasOwnProperty`, `__proto__`),
 * read as own keys only; and a map's own `__proto__` entry, checked like any entry, with no prototype
 * changed. The validator, its type guard, its Standard Schema object and its zod schema give the same
 * answer, with the issues at the same places. Then `parseX`: its input is the JSON, so its issues name the
 * JSON's keys.
 */
import { symlinkSync } from "node:fs";
import { join, resolve } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { emitVariant, type OutputFile } from "../../src/emit/index.js";
import { createProject, type TempProject } from "../helpers/ts-project.js";
import { anyValue, arrayOf, dateTime, field, integer, mapOf, model, number, refTo, string, union, variant } from "../emit/ir-builders.js";
import { zodPaths, type Issue, type SchemaObject, type ZodSchema } from "./build.js";

const required = { required: true } as const;
const child = model("docs/child.md", "Child", [field("Name", string, required)]);
const thing = model("docs/thing.md", "Thing", [
  field("constructor", string, required),
  field("toString", string),
  field("hasOwnProperty", anyValue, required),
  field("__proto__", string, required),
  field("valueOf", integer, { nullable: true }),
  field("Name", string),
  field("Extra", anyValue),
  field("Tags", mapOf(string)),
  field("Children", mapOf(refTo(child))),
]);
const line = model("docs/line.md", "Line", [field("UnitPrice", number, required), field("Extras", mapOf(refTo("docs/line.md")))]);
const order = model("docs/order.md", "Order", [field("ClosedAt", dateTime, required), field("Lines", arrayOf(refTo(line)), required)]);
// A union of two models, each with keys of its own to rename: the JSON of the second is read as the second.
const person = model("docs/person.md", "Person", [field("FirstName", string), field("BirthDate", dateTime)]);
const company = model("docs/company.md", "Company", [field("LegalName", string), field("FoundedAt", dateTime)]);
const party = union("docs/party.md", "Party", [refTo(person), refTo(company)]);
const contract = model("docs/contract.md", "Contract", [field("Signer", refTo(party), required)]);

const policies = ["allow", "reject"] as const;
let project: TempProject;
let compiled: string;
const loaded: Record<string, Record<string, unknown>> = {};

beforeAll(async () => {
  const emitted: Record<string, OutputFile[]> = {};
  for (const unknownKeys of policies) {
    emitted[unknownKeys] = await emitVariant(variant(unknownKeys, [child, thing]), { naming: "as-written", dates: "string", unknownKeys, emit: ["validators", "zod"] });
  }
  emitted["wire"] = await emitVariant(variant("wire", [line, order]), { naming: "camel", wireNaming: "snake", dates: "string", emit: ["validators"] });
  emitted["union"] = await emitVariant(variant("union", [person, company, party, contract]), { naming: "camel", wireNaming: "snake", dates: "Date", emit: ["validators"] });
  project = createProject(emitted);
  symlinkSync(resolve("node_modules"), join(project.root, "node_modules"));
  compiled = project.tsc("tsconfig.json").output;
  for (const folder of Object.keys(emitted)) loaded[folder] = await project.importIndex(folder);
}, 120_000);

afterAll(() => project?.remove());

/** A Thing with every required field, as JSON.parse makes it (an own `__proto__` key). */
const base = '"constructor": "c", "hasOwnProperty": 1, "__proto__": "p"';
const parsed = (extra = "", fields = base): Record<string, unknown> => JSON.parse(`{${[fields, extra].filter(Boolean).join(", ")}}`) as Record<string, unknown>;
const withKey = (key: string, value: unknown, from = parsed()) => Object.defineProperty(from, key, { value, enumerable: true, writable: true, configurable: true });

/** Each value, and where its issues are (none: valid), under both policies unless `reject` says otherwise. */
const cases: readonly { what: string; value: () => unknown; at: (string | number)[][]; reject?: (string | number)[][] }[] = [
  { what: "every required field", value: () => parsed(), at: [] },
  { what: "the same keys in an object without a prototype", value: () => Object.assign(Object.create(null) as object, parsed()), at: [] },
  { what: "an optional string present as undefined", value: () => withKey("Name", undefined), at: [["Name"]] },
  { what: "an optional nullable integer present as undefined", value: () => withKey("valueOf", undefined), at: [["valueOf"]] },
  { what: "an optional nullable integer present as null", value: () => parsed('"valueOf": null'), at: [] },
  { what: "an optional map present as undefined", value: () => withKey("Tags", undefined), at: [["Tags"]] },
  { what: "an optional field of any type present as undefined", value: () => withKey("Extra", undefined), at: [] },
  { what: "an optional inherited name present as undefined", value: () => withKey("toString", undefined), at: [["toString"]] },
  { what: "no constructor (the prototype's does not count)", value: () => parsed("", '"hasOwnProperty": 1, "__proto__": "p"'), at: [["constructor"]] },
  { what: "no hasOwnProperty, a field of any type", value: () => parsed("", '"constructor": "c", "__proto__": "p"'), at: [["hasOwnProperty"]] },
  { what: "no own __proto__", value: () => parsed("", '"constructor": "c", "hasOwnProperty": 1'), at: [["__proto__"]] },
  { what: "a __proto__ field of the wrong type", value: () => parsed("", '"constructor": "c", "hasOwnProperty": 1, "__proto__": 5'), at: [["__proto__"]] },
  { what: "no toString (the prototype's does not count)", value: () => parsed(), at: [] },
  { what: "an own toString", value: () => parsed('"toString": "x"'), at: [] },
  { what: "an own toString of the wrong type", value: () => parsed('"toString": 5'), at: [["toString"]] },
  { what: "a map's __proto__ entry of the wrong type", value: () => parsed('"Tags": { "a": "x", "__proto__": 5 }'), at: [["Tags", "__proto__"]] },
  { what: "a map's __proto__ entry of the right type", value: () => parsed('"Tags": { "__proto__": "x" }'), at: [] },
  { what: "a map's __proto__ entry, a model missing a field", value: () => parsed('"Children": { "__proto__": {} }'), at: [["Children", "__proto__", "Name"]] },
  { what: "a map's __proto__ entry, a model", value: () => parsed('"Children": { "__proto__": { "Name": "n" } }'), at: [] },
  { what: "an unknown inherited name", value: () => parsed('"isPrototypeOf": 1'), at: [], reject: [["isPrototypeOf"]] },
  { what: "an unknown own __proto__ in a model", value: () => parsed('"Children": { "a": { "Name": "n", "__proto__": 1 } }'), at: [], reject: [["Children", "a", "__proto__"]] },
];

interface Checkers {
  validate: (value: unknown) => Issue[];
  is: (value: unknown) => boolean;
  schema: SchemaObject;
  zod: ZodSchema;
}

function checkersOf(folder: string): Checkers {
  const index = loaded[folder]!;
  return { validate: index["validateThing"] as Checkers["validate"], is: index["isThing"] as Checkers["is"], schema: index["ThingSchema"] as SchemaObject, zod: index["zThing"] as ZodSchema };
}

/** `$.Tags["__proto__"]`-style paths of the validators, as arrays. */
const pathText = (path: readonly (string | number)[]) =>
  "$" + path.map((step) => (typeof step === "number" ? `[${step}]` : /^[A-Za-z_$][\w$]*$/.test(step) ? `.${step}` : `[${JSON.stringify(step)}]`)).join("");

describe.each(policies)("unknown keys %s: the validator, its type guard, its Standard Schema and zod agree", (policy) => {
  it("the emitted code compiles under the strict tsconfig, zod included", () => {
    expect(compiled).toBe("");
  });

  it.each(cases.map((testCase) => [testCase.what, testCase] as const))("%s", (_, testCase) => {
    const { validate, is, schema, zod } = checkersOf(policy);
    const at = (policy === "reject" ? testCase.reject : undefined) ?? testCase.at;
    const value = testCase.value();
    expect(validate(value).map((issue) => issue.path), "validateThing").toEqual(at.map(pathText));
    expect(is(value), "isThing").toBe(at.length === 0);
    expect(schema["~standard"].validate(value).issues?.map((issue) => issue.path) ?? [], "ThingSchema").toEqual(at);
    const result = zod.safeParse(value);
    expect(result.success ? [] : zodPaths(result.error.issues), "zThing").toEqual(at.map((path) => JSON.stringify(path)));
  });

  it("nothing changes a prototype, and zod's parsed value is a plain object", () => {
    const { validate, zod } = checkersOf(policy);
    const value = parsed('"Extra": { "__proto__": { "polluted": 1 } }, "Children": { "__proto__": { "Name": "n" } }');
    expect(validate(value)).toEqual([]);
    const result = zod.safeParse(value);
    expect(result.success).toBe(true);
    const data = (result as { data: Record<string, unknown> }).data;
    expect(Object.getPrototypeOf(data)).toBe(Object.prototype);
    expect(Object.getPrototypeOf(data["Children"])).toBe(Object.prototype);
    expect(({} as Record<string, unknown>)["polluted"]).toBeUndefined();
    expect((data as { constructor: unknown }).constructor).toBe("c");
  });
});

describe("parseX: the input is the JSON, so the issues name its keys", () => {
  type Parse = (json: unknown) => { value?: unknown; issues?: Issue[] };

  it("a wrong value at the top, inside an array and a map of models: the wire path and the message", () => {
    const parse = loaded["wire"]!["parseOrder"] as Parse;
    const json = { closed_at: "yesterday", lines: [{ unit_price: 1 }, { unit_price: "2", extras: { "a b": { unit_price: 3, extras: { x: {} } } } }] };
    const issues = parse(json).issues ?? [];
    expect(issues.map((issue) => issue.path)).toEqual(['$.closed_at', "$.lines[1].unit_price", '$.lines[1].extras["a b"].extras.x.unit_price']);
    expect(issues.map((issue) => issue.message)).toEqual([
      "$.closed_at: expected date-time string (RFC 3339), found string \"yesterday\"",
      "$.lines[1].unit_price: expected number, found string \"2\"",
      '$.lines[1].extras["a b"].extras.x.unit_price: required property is missing (expected number)',
    ]);
    expect(parse({ closed_at: "2024-01-01T00:00:00Z", lines: [] }).issues).toBeUndefined();
  });

  it("a union of models: the JSON is read, and a value written, as the member with the most of its keys", () => {
    const parse = loaded["union"]!["parseContract"] as Parse;
    const toJson = loaded["union"]!["toJsonContract"] as (value: unknown) => unknown;
    const founded = "2001-02-03T04:05:06.000Z";
    const read = parse({ signer: { legal_name: "ACME", founded_at: founded } });
    expect(read.issues).toBeUndefined();
    expect(read.value).toEqual({ signer: { legalName: "ACME", foundedAt: new Date(founded) } });
    expect(toJson(read.value)).toEqual({ signer: { legal_name: "ACME", founded_at: founded } });
    expect(parse({ signer: { first_name: "Ada" } }).value).toEqual({ signer: { firstName: "Ada" } });
    expect(toJson({ signer: { firstName: "Ada" } })).toEqual({ signer: { first_name: "Ada" } });
  });
});
