/**
 * The unknown-key policy (allow, reject, strip) and recursive models, on hand-built IR: the compiled
 * validators, and ajv on the emitted JSON Schema for the same values.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ValidateFunction } from "ajv";
import { emitVariant, type EmitOptions, type OutputFile } from "../../src/emit/index.js";
import type { Declaration } from "../../src/ir/types.js";
import { createProject, type TempProject } from "../helpers/ts-project.js";
import {
  arrayOf,
  edgeCaseDeclarations,
  field,
  integer,
  mapOf,
  model,
  refTo,
  string,
  unionOf,
  variant,
  webhookDeclarations,
} from "../emit/ir-builders.js";
import { newAjv, type EmittedIndex, type Issue, type SchemaObject } from "./build.js";

/** Mutual recursion: an Order has Lines, a Line may hold a sub-Order (and other Lines). */
function recursiveDeclarations(): Declaration[] {
  const orderId = "docs/order.md";
  const lineId = "docs/line.md";
  const order = model(orderId, "Order", [
    field("ID", string, { required: true }),
    field("Lines", arrayOf(refTo(lineId)), { required: true }),
    field("Parent", refTo(orderId), { nullable: true }),
  ]);
  const line = model(lineId, "Line", [
    field("Sku", string, { required: true }),
    field("Quantity", integer, { required: true }),
    field("SubOrder", refTo(orderId)),
    field("Options", mapOf(unionOf(refTo(lineId), string))),
  ]);
  return [line, order];
}

const declarations = (): Declaration[] => [...webhookDeclarations(), ...edgeCaseDeclarations(), ...recursiveDeclarations()];
const policies = ["allow", "reject", "strip"] as const;

let project: TempProject;
const emitted: Record<string, OutputFile[]> = {};
const loaded: Record<string, EmittedIndex> = {};
const schemas: Record<string, ReturnType<typeof newAjv>> = {};

beforeAll(async () => {
  for (const policy of policies) {
    const options: EmitOptions = { naming: "camel", dates: "string", unknownKeys: policy, emit: ["interfaces", "validators", "fixtures", "jsonschema"] };
    emitted[policy] = await emitVariant(variant(policy, declarations()), options);
  }
  project = createProject(emitted);
  const { output } = project.tsc("tsconfig.json");
  expect(output).toBe("");
  for (const policy of policies) {
    loaded[policy] = (await project.importIndex(policy)) as EmittedIndex;
    const ajv = newAjv();
    ajv.addSchema(JSON.parse(emitted[policy]?.find((file) => file.path === "schema.json")?.contents ?? "{}") as object, policy);
    schemas[policy] = ajv;
  }
}, 120_000);

afterAll(() => project?.remove());

function validatorOf(policy: (typeof policies)[number], name: string): (value: unknown) => Issue[] {
  const validate = loaded[policy]?.validators[name];
  if (validate === undefined) throw new Error(`no validator ${name}`);
  return validate;
}

function ajvOf(policy: (typeof policies)[number], name: string): ValidateFunction {
  const validate = schemas[policy]?.getSchema(`${policy}#/$defs/${name}`);
  if (validate === undefined) throw new Error(`no schema ${name}`);
  return validate;
}

function full(policy: (typeof policies)[number], name: string): Record<string, unknown> {
  return structuredClone(loaded[policy]?.fixtures[name]?.full) as Record<string, unknown>;
}

const paths = (issues: Issue[]) => issues.map((issue) => issue.path);

describe("every policy", () => {
  it.each(policies)("%s: every fixture passes its validator and ajv", (policy) => {
    for (const [name, fixtures] of Object.entries(loaded[policy]?.fixtures ?? {})) {
      for (const value of [fixtures.minimal, fixtures.full]) {
        expect({ name, issues: validatorOf(policy, name)(value) }).toEqual({ name, issues: [] });
      }
    }
    // The JSON fixtures of models without binary fields are the same data (Parent carries bytes).
    for (const name of ["Webhook", "Order", "Line", "Shape"]) {
      expect(ajvOf(policy, name)(loaded[policy]?.fixtures[name]?.full)).toBe(true);
    }
  });

  it("recursive and mutually recursive models: deep paths through both", () => {
    const order = {
      id: "o1",
      lines: [
        { sku: "a", quantity: 1, subOrder: { id: "o2", lines: [{ sku: "b", quantity: 2.5 }], parent: null } },
        { sku: "c", quantity: 3, options: { gift: "yes", extra: { sku: "d", quantity: "x" } } },
      ],
      parent: { id: "o0", lines: [] },
    };
    const issues = validatorOf("allow", "Order")(order);
    expect(paths(issues)).toEqual(["$.lines[0].subOrder.lines[0].quantity", "$.lines[1].options.extra.quantity"]);
    expect(ajvOf("allow", "Order")(order)).toBe(false);
    const fixed = structuredClone(order);
    fixed.lines[0]!.subOrder!.lines[0]!.quantity = 2;
    (fixed.lines[1]!.options!.extra as { quantity: unknown }).quantity = 4;
    expect(validatorOf("allow", "Order")(fixed)).toEqual([]);
    expect(ajvOf("allow", "Order")(fixed)).toBe(true);
  });
});

describe("unknownKeys: reject", () => {
  it("reports each unknown key at its path, nested ones too; ajv rejects the same values", () => {
    const webhook = full("reject", "Webhook");
    const issues = validatorOf("reject", "Webhook")({ ...webhook, somethingNew: 1, "odd key": true });
    expect(issues).toEqual([
      {
        path: "$.somethingNew",
        expected: "no such property (Webhook does not list it)",
        found: "number 1",
        message: "$.somethingNew: unknown property, not in Webhook (found number 1)",
      },
      expect.objectContaining({ path: '$["odd key"]', found: "boolean true" }),
    ]);
    expect(ajvOf("reject", "Webhook")({ ...webhook, somethingNew: 1 })).toBe(false);
    expect(loaded.reject?.["isWebhook"] as (value: unknown) => boolean).toBeDefined();
    expect((loaded.reject?.["isWebhook"] as (value: unknown) => boolean)({ ...webhook, somethingNew: 1 })).toBe(false);

    const parent = full("reject", "Parent");
    const nested = {
      ...parent,
      child: { name: "a", nope: 1 },
      children: [{ name: "b" }, { name: "c", nope: 2 }],
      labels: { "a b": { name: "d", nope: 3 } },
      tree: { value: "t", children: [{ value: "u", children: [], nope: 4 }] },
    };
    expect(paths(validatorOf("reject", "Parent")(nested))).toEqual([
      "$.child.nope",
      "$.children[1].nope",
      '$.labels["a b"].nope',
      "$.tree.children[0].nope",
    ]);
  });

  it("a model with no fields is a free-form object: every key is its own", () => {
    expect(validatorOf("reject", "Meta")({ anything: 1, goes: [true] })).toEqual([]);
    expect(ajvOf("reject", "Meta")({ anything: 1, goes: [true] })).toBe(true);
  });

  it("the JSON Schema says additionalProperties: false for reject only", () => {
    const defs = (policy: (typeof policies)[number]) =>
      (JSON.parse(emitted[policy]?.find((file) => file.path === "schema.json")?.contents ?? "{}") as {
        $defs: Record<string, { additionalProperties?: unknown }>;
      }).$defs;
    expect(defs("reject")["Webhook"]?.additionalProperties).toBe(false);
    expect(defs("reject")["Meta"]?.additionalProperties).toBeUndefined();
    expect(defs("allow")["Webhook"]?.additionalProperties).toBeUndefined();
    expect(defs("strip")["Webhook"]?.additionalProperties).toBeUndefined();
  });
});

describe("unknownKeys: strip", () => {
  /** The strip policy's functions of a declaration: stripX, and the Standard Schema object's validate. */
  function stripping(name: string) {
    const strip = loaded.strip?.[`strip${name}`] as (value: unknown) => unknown;
    const standard = (loaded.strip?.[`${name}Schema`] as SchemaObject)["~standard"].validate;
    return { strip, standard };
  }

  /** A value and everything inside it frozen: any attempt to change it throws (ES modules are strict). */
  function deepFreeze<T>(value: T): T {
    if (typeof value === "object" && value !== null && !ArrayBuffer.isView(value)) {
      for (const inner of Object.values(value)) deepFreeze(inner);
      Object.freeze(value);
    }
    return value;
  }

  it("stripX gives a copy without the unknown keys, however deep; the value given is left as it was", () => {
    const value = {
      ...full("strip", "Parent"),
      extra: "kept: a declared field of type any",
      zzTop: 1,
      child: { name: "a", nope: 1 },
      children: [{ name: "b", nope: 2 }],
      labels: { "a b": { name: "d", nope: 3 } },
      tree: { value: "t", children: [{ value: "u", children: [], nope: 4 }], nope: 5 },
      shape: { kind: "square", side: 2, nope: 6 },
    };
    const before = structuredClone(value);
    expect(validatorOf("strip", "Parent")(value)).toEqual([]);
    const { strip, standard } = stripping("Parent");
    const stripped = strip(value) as typeof value;
    expect(value).toEqual(before);
    expect(stripped).not.toHaveProperty("zzTop");
    expect(stripped.extra).toBe("kept: a declared field of type any");
    expect(stripped.child).toEqual({ name: "a" });
    expect(stripped.children).toEqual([{ name: "b" }]);
    expect(stripped.labels).toEqual({ "a b": { name: "d" } });
    expect(stripped.tree).toEqual({ value: "t", children: [{ value: "u", children: [] }] });
    // A discriminated union (its members' `kind` literals decide): stripped as the member its field selects.
    expect(stripped.shape).toEqual({ kind: "square", side: 2 });
    // The Standard Schema object gives back the same copy.
    expect(standard(value)).toEqual({ value: stripped });
    expect(value).toEqual(before);
  });

  it("a frozen value gets its issues or its stripped copy, never a throw", () => {
    const { strip, standard } = stripping("Parent");
    const valid = deepFreeze({ ...full("strip", "Parent"), zzTop: 1, child: { name: "a", nope: 1 } });
    const result = standard(valid);
    expect(result.issues).toBeUndefined();
    expect(result).toEqual({ value: strip(valid) });
    expect((result as { value: Record<string, unknown> }).value).not.toHaveProperty("zzTop");
    expect(valid).toHaveProperty("zzTop", 1);
    const invalid = deepFreeze({ ...full("strip", "Parent"), zzTop: 1, child: { name: 5 } });
    expect(standard(invalid).issues?.map((issue) => issue.path)).toEqual([["child", "name"]]);
    expect(() => (loaded.strip?.["assertParent"] as (value: unknown) => void)(valid)).not.toThrow();
  });

  it("strips through mutual recursion and unions of models and strings", () => {
    const order = {
      id: "o1",
      x: 1,
      lines: [{ sku: "a", quantity: 1, x: 2, subOrder: { id: "o2", lines: [], x: 3 }, options: { one: { sku: "b", quantity: 2, x: 4 }, two: "plain" } }],
    };
    const before = structuredClone(order);
    expect(stripping("Order").strip(order)).toEqual({
      id: "o1",
      lines: [{ sku: "a", quantity: 1, subOrder: { id: "o2", lines: [] }, options: { one: { sku: "b", quantity: 2 }, two: "plain" } }],
    });
    expect(order).toEqual(before);
  });

  it("an invalid value is left as it was; isX never changes anything; free-form models keep their keys", () => {
    const invalid = { ...full("strip", "Webhook"), hookUrl: 3, somethingNew: 1 };
    expect(paths(validatorOf("strip", "Webhook")(invalid))).toEqual(["$.hookUrl"]);
    expect(invalid).toHaveProperty("somethingNew", 1);
    const valid = { ...full("strip", "Webhook"), somethingNew: 1 };
    expect((loaded.strip?.["isWebhook"] as (value: unknown) => boolean)(valid)).toBe(true);
    expect(valid).toHaveProperty("somethingNew", 1);
    const meta = { free: "form" };
    expect(validatorOf("strip", "Meta")(meta)).toEqual([]);
    expect(meta).toEqual({ free: "form" });
  });
});
