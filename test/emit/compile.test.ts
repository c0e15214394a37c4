/**
 * The whole emitted folder, as a consumer gets it: it compiles under a strict tsconfig with both
 * nodenext and bundler resolution, and the compiled JavaScript validates its own fixtures and rejects
 * wrong values with the right paths. All variants share one temp project, so tsc runs twice in total.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { emitVariant, type EmitOptions, type OutputFile } from "../../src/emit/index.js";
import { hostile, hostileVariant, namesAndCyclesVariant, variant, webhookVariant } from "./ir-builders.js";
import { createProject, type TempProject } from "../helpers/ts-project.js";

interface Issue {
  path: string;
  expected: string;
  found: string;
  message: string;
}
type Validator = (value: unknown, path?: string) => Issue[];
interface Fixtures {
  minimal: Record<string, unknown>;
  full: Record<string, unknown>;
}
interface EmittedIndex {
  validators: Record<string, Validator>;
  fixtures: Record<string, Fixtures>;
  ValidationError: new (...args: never[]) => Error & { issues: Issue[] };
  [name: string]: unknown;
}

const camelStrings: EmitOptions = { naming: "camel", dates: "string" };
const asWrittenDates: EmitOptions = { naming: "as-written", dates: "Date" };

const builds: Record<string, [() => ReturnType<typeof webhookVariant>, EmitOptions]> = {
  go: [() => webhookVariant("go"), camelStrings],
  "go-as-written-dates": [() => webhookVariant("go"), asWrittenDates],
  "go-snake": [() => webhookVariant("go"), { naming: "snake", dates: "string" }],
  hostile: [hostileVariant, { naming: "as-written", dates: "string" }],
  "hostile-camel": [hostileVariant, { naming: "camel", dates: "Date" }],
  misc: [namesAndCyclesVariant, { naming: "camel", dates: "Date" }],
  empty: [() => variant("empty", []), camelStrings],
  "go-reject": [() => webhookVariant("go"), { ...camelStrings, unknownKeys: "reject" }],
  "misc-strip": [namesAndCyclesVariant, { naming: "camel", dates: "Date", unknownKeys: "strip" }],
  "hostile-strip": [hostileVariant, { naming: "as-written", dates: "string", unknownKeys: "strip" }],
};

/** Folders with only some outputs: each must compile on its own (index.ts exports only what is there). */
const partial: Record<string, EmitOptions> = {
  "only-interfaces": { ...camelStrings, emit: ["interfaces"] },
  "only-validators": { ...camelStrings, emit: ["validators"] },
  "only-fixtures": { ...camelStrings, emit: ["fixtures"] },
};

let project: TempProject;
const emitted: Record<string, OutputFile[]> = {};
let nodenext: { status: number | null; output: string };

beforeAll(async () => {
  for (const [folder, [build, options]] of Object.entries(builds))
    emitted[folder] = await emitVariant(build(), options);
  for (const [folder, options] of Object.entries(partial)) emitted[folder] = await emitVariant(webhookVariant("go"), options);
  project = createProject(emitted);
  nodenext = project.tsc("tsconfig.json");
}, 120_000);

afterAll(() => project?.remove());

async function load(folder: string): Promise<EmittedIndex> {
  expect(nodenext.output).toBe("");
  return (await project.importIndex(folder)) as EmittedIndex;
}

function fixtureOf(index: EmittedIndex, name: string): Fixtures {
  const fixtures = index.fixtures[name];
  if (fixtures === undefined) throw new Error(`no fixtures for ${name}`);
  return fixtures;
}

function validate(index: EmittedIndex, name: string, value: unknown): Issue[] {
  const validator = index.validators[name];
  if (validator === undefined) throw new Error(`no validator for ${name}`);
  return validator(value);
}

describe("the emitted folder compiles", () => {
  it("under module nodenext (and compiles to JavaScript)", () => {
    expect(nodenext.output).toBe("");
    expect(nodenext.status).toBe(0);
  });

  it("under module esnext + moduleResolution bundler", () => {
    const bundler = project.tsc("tsconfig.bundler.json");
    expect(bundler.output).toBe("");
    expect(bundler.status).toBe(0);
  });
});

describe("fixtures pass their own validators", () => {
  for (const folder of Object.keys(builds)) {
    it(`in ${folder}`, async () => {
      const index = await load(folder);
      const names = Object.keys(index.validators);
      expect(names.sort()).toEqual(Object.keys(index.fixtures).sort());
      for (const name of names) {
        if (folder.startsWith("misc") && name === "Loop") continue; // no finite Loop exists; see the cycle test
        const { minimal, full } = fixtureOf(index, name);
        expect({ name, issues: validate(index, name, minimal) }).toEqual({ name, issues: [] });
        expect({ name, issues: validate(index, name, full) }).toEqual({ name, issues: [] });
      }
    });
  }
});

describe("validators reject wrong values with the right path", () => {
  let go: EmittedIndex;
  let webhook: Record<string, unknown>;
  let parent: Record<string, unknown>;
  const webhookIssues = (value: unknown) => validate(go, "Webhook", value);
  const paths = (issues: Issue[]) => issues.map((issue) => issue.path);

  beforeAll(async () => {
    go = await load("go");
    webhook = fixtureOf(go, "Webhook").full;
    parent = fixtureOf(go, "Parent").full;
  });

  it("a missing required field", () => {
    const { connectionId: _dropped, ...rest } = webhook;
    expect(webhookIssues(rest)).toEqual([
      {
        path: "$.connectionId",
        expected: "string",
        found: "missing",
        message: "$.connectionId: required property is missing (expected string)",
      },
    ]);
  });

  it("a number where a string belongs", () => {
    expect(webhookIssues({ ...webhook, hookUrl: 3 })).toEqual([
      {
        path: "$.hookUrl",
        expected: "string",
        found: "number 3",
        message: "$.hookUrl: expected string, found number 3",
      },
    ]);
  });

  it("a value outside a closed enum", () => {
    const [issue] = webhookIssues({ ...webhook, event: "exploded" });
    expect(issue).toMatchObject({
      path: "$.event",
      expected: 'one of "updated", "created", "deleted"',
      found: 'string "exploded"',
    });
    expect(paths(webhookIssues({ ...webhook, objectType: "crm_lead" }))).toEqual(["$.objectType"]);
  });

  it("a wrong element inside an array", () => {
    expect(webhookIssues({ ...webhook, runs: ["run_1", 5, "run_3"] })).toMatchObject([
      { path: "$.runs[1]", expected: "string", found: "number 5" },
    ]);
    expect(paths(webhookIssues({ ...webhook, runs: "run_1" }))).toEqual(["$.runs"]);
  });

  it("bad date-time strings", () => {
    for (const bad of [
      "yesterday",
      "2024-13-01T00:00:00Z",
      "2024-03-14",
      "2024-03-14T25:00:00Z",
      "2024-03-14T09:26:53",
    ]) {
      expect(webhookIssues({ ...webhook, createdAt: bad })).toMatchObject([
        { path: "$.createdAt", expected: "date-time string (RFC 3339)" },
      ]);
    }
    for (const good of ["2024-03-14T09:26:53Z", "2024-03-14T09:26:53.123+01:00", "2024-03-14t09:26:53z"]) {
      expect(webhookIssues({ ...webhook, createdAt: good })).toEqual([]);
    }
    expect(validate(go, "Parent", { ...parent, born: "2024-3-14" })).toMatchObject([
      { path: "$.born", expected: "date string (YYYY-MM-DD)" },
    ]);
  });

  it("a nested ref's wrong field, and map keys in paths", () => {
    expect(validate(go, "Parent", { ...parent, child: { name: 5 } })).toMatchObject([
      { path: "$.child.name", expected: "string", found: "number 5" },
    ]);
    expect(paths(validate(go, "Parent", { ...parent, labels: { ok: { name: "a" }, "some key": {} } }))).toEqual([
      '$.labels["some key"].name',
    ]);
    expect(paths(webhookIssues({ ...webhook, filters: { plain: "a", "some key": 1 } }))).toEqual([
      '$.filters["some key"]',
    ]);
    expect(paths(validate(go, "Parent", { ...parent, matrix: [[1], [2, 2.5]] }))).toEqual(["$.matrix[1][1]"]);
    expect(
      paths(validate(go, "Parent", { ...parent, tree: { value: "a", children: [{ value: "b", children: [{}] }] } })),
    ).toEqual(["$.tree.children[0].children[0].value", "$.tree.children[0].children[0].children"]);
  });

  it("non-objects, null, nullable fields and numbers", () => {
    expect(webhookIssues(null)).toMatchObject([{ path: "$", expected: "Webhook object", found: "null" }]);
    expect(webhookIssues([])).toMatchObject([{ path: "$", found: "array of length 0" }]);
    expect(validate(go, "Parent", { ...parent, score: null })).toEqual([]);
    expect(paths(validate(go, "Parent", { ...parent, score: 1.5 }))).toEqual(["$.score"]);
    expect(paths(webhookIssues({ ...webhook, interval: null }))).toEqual(["$.interval"]);
    expect(paths(webhookIssues({ ...webhook, interval: Number.NaN }))).toEqual(["$.interval"]);
    expect(paths(validate(go, "Parent", { ...parent, "x-api-key": 1 }))).toEqual(['$["x-api-key"]']);
  });

  it("unions: any member passes; otherwise the closest member's issues", () => {
    expect(validate(go, "Shape", { kind: "square", side: 2 })).toEqual([]);
    expect(validate(go, "Shape", "round")).toMatchObject([
      { path: "$", expected: "Circle | Square", found: 'string "round"' },
    ]);
    expect(paths(validate(go, "Shape", { kind: "circle", radius: "big" }))).toEqual(["$.radius"]);
    expect(validate(go, "Parent", { ...parent, choice: true })).toMatchObject([
      { path: "$.choice", expected: "string | integer", found: "boolean true" },
    ]);
    expect(validate(go, "Parent", { ...parent, mode: null })).toEqual([]);
    expect(paths(validate(go, "Parent", { ...parent, mode: "medium" }))).toEqual(["$.mode"]);
  });

  it("open and numeric enums", () => {
    expect(validate(go, "Status", "archived")).toEqual([]);
    expect(validate(go, "Status", 5)).toMatchObject([{ path: "$", expected: "string" }]);
    expect(validate(go, "Level", 2)).toEqual([]);
    expect(validate(go, "Level", 7)).toMatchObject([{ expected: "one of 1, 2, 3", found: "number 7" }]);
  });

  it("unknown keys are allowed, an optional key present as undefined is an issue, fields are read as value[key]", () => {
    expect(webhookIssues({ ...webhook, somethingNew: 1 })).toEqual([]);
    // Under exactOptionalPropertyTypes, `environment?: string` does not hold undefined (zod's exactOptional agrees).
    expect(webhookIssues({ ...webhook, environment: undefined })).toMatchObject([{ path: "$.environment", found: "undefined" }]);
    // A field is what code reading value.connectionId gets: a prototype's value (a class getter) counts,
    // and is checked like an own one.
    const inherited = (connectionId: unknown) => {
      const value = Object.assign(Object.create({ connectionId }) as object, { ...webhook });
      delete (value as Record<string, unknown>)["connectionId"];
      return value;
    };
    expect(webhookIssues(inherited("id_1"))).toEqual([]);
    expect(paths(webhookIssues(inherited(5)))).toEqual(["$.connectionId"]);
    expect(paths(webhookIssues(inherited(undefined)))).toEqual(["$.connectionId"]);
  });

  it("long strings are cut in `found`", () => {
    const [issue] = webhookIssues({ ...webhook, event: "x".repeat(500) });
    expect(issue?.found).toBe(`string "${"x".repeat(40)}..."`);
  });

  it("isX narrows and assertX throws a ValidationError listing the issues", () => {
    const isWebhook = go["isWebhook"] as (value: unknown) => boolean;
    const assertWebhook = go["assertWebhook"] as (value: unknown) => void;
    expect(isWebhook(webhook)).toBe(true);
    expect(isWebhook({ ...webhook, hookUrl: 3 })).toBe(false);
    expect(() => assertWebhook(webhook)).not.toThrow();
    let thrown: unknown;
    try {
      assertWebhook({ ...webhook, hookUrl: 3, event: 1 });
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(go.ValidationError);
    const error = thrown as Error & { issues: Issue[] };
    expect(error.message).toBe(
      'Invalid Webhook (2 issues):\n  $.event: expected one of "updated", "created", "deleted", found number 1\n' +
        "  $.hookUrl: expected string, found number 3",
    );
    expect(error.issues).toHaveLength(2);
  });

  it("validators accept a starting path", () => {
    const validateWebhook = go["validateWebhook"] as Validator;
    expect(paths(validateWebhook({ ...webhook, hookUrl: 3 }, "$.items[0]"))).toEqual(["$.items[0].hookUrl"]);
  });
});

describe("output kinds", () => {
  const kindsOf = (folder: string) =>
    [...new Set((emitted[folder] ?? []).map((file) => (file.path.includes("/") ? file.path.split("/")[0] : file.path)))].sort();

  it("each folder holds what was asked for, with the interfaces that validators and fixtures are typed against", () => {
    expect(kindsOf("go")).toEqual(["fixtures", "index.ts", "runtime.ts", "types", "validators"]);
    expect(kindsOf("only-interfaces")).toEqual(["index.ts", "types"]);
    expect(kindsOf("only-validators")).toEqual(["index.ts", "runtime.ts", "types", "validators"]);
    expect(kindsOf("only-fixtures")).toEqual(["fixtures", "index.ts", "runtime.ts", "types"]);
  });

  it("index.ts exports and registers only what the folder holds", async () => {
    const validatorsOnly = (await project.importIndex("only-validators")) as Record<string, unknown>;
    expect(validatorsOnly["validators"]).toBeTypeOf("object");
    expect(validatorsOnly).not.toHaveProperty("fixtures");
    expect(validatorsOnly).toHaveProperty("EventValues");
    const fixturesOnly = (await project.importIndex("only-fixtures")) as Record<string, unknown>;
    expect(fixturesOnly["fixtures"]).toBeTypeOf("object");
    expect(fixturesOnly).not.toHaveProperty("validators");
    expect(fixturesOnly).not.toHaveProperty("ValidationError");
  });
});

describe("the as-written / Date variant", () => {
  it("uses the docs' names and Date objects", async () => {
    const index = await load("go-as-written-dates");
    const webhook = fixtureOf(index, "Webhook").full;
    expect(webhook["CreatedAt"]).toBeInstanceOf(Date);
    expect(Object.keys(webhook)).toContain("ConnectionID");
    expect(validate(index, "Webhook", { ...webhook, CreatedAt: "2024-03-14T09:26:53Z" })).toMatchObject([
      { path: "$.CreatedAt", expected: "Date", found: 'string "2024-03-14T09:26:53Z"' },
    ]);
    expect(validate(index, "Webhook", { ...webhook, CreatedAt: new Date("nope") })).toMatchObject([
      { path: "$.CreatedAt", found: "invalid Date" },
    ]);
  });
});

describe("names, cycles and hostile text at run time", () => {
  it("clashing names are told apart, global names are not shadowed", async () => {
    const misc = await load("misc");
    // Two `Webhook`s in two areas take their area's name; `DbType` and `DBType` would share a file.
    expect(Object.keys(misc.validators)).toEqual([
      "DbType",
      "AWebhook",
      "DBType2",
      "BWebhook",
      "DateType",
      "ErrorType",
      "Free",
      "Holder",
      "Loop",
      "Nothing",
      "RecordType",
      "User",
    ]);
    expect(emitted["misc"]?.map((file) => file.path).filter((path) => path.startsWith("types/"))).toEqual([
      "types/a-webhook.ts",
      "types/b-webhook.ts",
      "types/date-type.ts",
      "types/db-type.ts",
      "types/db-type2.ts",
      "types/error-type.ts",
      "types/free.ts",
      "types/holder.ts",
      "types/loop.ts",
      "types/nothing.ts",
      "types/record-type.ts",
      "types/user.ts",
    ]);
    const user = fixtureOf(misc, "User").full;
    expect(user["born"]).toMatchObject({ when: expect.any(Date) });
  });

  it("a required cycle gets a marked placeholder; optional and nullable paths into it are cut", async () => {
    const misc = await load("misc");
    const loop = emitted["misc"]?.find((file) => file.path === "fixtures/loop.ts")?.contents ?? "";
    expect(loop).toContain("/* modeldoc: Loop has no finite value (a required field cycle) */ null as never");
    expect(fixtureOf(misc, "Holder").full).toEqual({ loops: [], maybeLoop: null });
  });

  it("hostile strings survive as data", async () => {
    for (const folder of ["hostile", "hostile-camel"]) {
      const index = await load(folder);
      expect(index["ErrorTypeValues"]).toEqual(hostile.enumValues);
      const evil = fixtureOf(index, "Evilevil").full;
      expect(Object.prototype.hasOwnProperty.call(evil, "__proto__") || folder === "hostile-camel").toBe(true);
      for (const value of hostile.enumValues) expect(validate(index, "ErrorType", value)).toEqual([]);
      expect(validate(index, "ErrorType", "evil")).toHaveLength(1);
    }
    const hostileIndex = await load("hostile");
    const asWritten = fixtureOf(hostileIndex, "Evilevil").full;
    expect(Object.keys(asWritten)).toEqual(expect.arrayContaining(hostile.names));
    // Keys every object inherits from Object.prototype count only as own keys.
    const without = (key: string) => {
      const copy = { ...asWritten };
      delete copy[key];
      return validate(hostileIndex, "Evilevil", copy).map((issue) => `${issue.path} ${issue.found}`);
    };
    expect(without("toString")).toEqual(['$.toString missing']);
    expect(without("__proto__")).toEqual(['$.__proto__ missing']);
    expect(without("constructor")).toEqual([]);
  });
});
