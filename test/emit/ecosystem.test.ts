/**
 * Issue 15: the emitted code in the TypeScript ecosystem. The emitted folder, and a consumer file using it
 * with `@standard-schema/spec`'s types and a real library that takes a Standard Schema (Hono's
 * `@hono/standard-validator`), compile under the strict tsconfig (nodenext); the consumer's type
 * assertions hold (InferOutput is the interface, the registries are typed per declaration, a wrong
 * type is an error); and at run time the Hono route hands the handler a valid value and answers an
 * invalid one with issues whose paths are arrays.
 */
import { readFileSync, symlinkSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { emitVariant, type OutputFile } from "../../src/emit/index.js";
import { changedByPrettier } from "../helpers/prettier.js";
import { createProject, type TempProject } from "../helpers/ts-project.js";
import { field, hostileVariant, model, namesAndCyclesVariant, string, variant, webhookVariant } from "./ir-builders.js";

const consumer = String.raw`
import type { StandardJSONSchemaV1, StandardSchemaV1 } from "@standard-schema/spec";
import { sValidator } from "@hono/standard-validator";
import { Hono } from "hono";
import { z } from "zod";
import { fixtures, schemas, validators, WebhookSchema, type ModelName, type Webhook } from "./go/index.js";
import { zWebhook } from "./go/zod.js";
import { parseWebhook, toJsonWebhook, WebhookWireSchema, type Webhook as WireWebhook } from "./wire/index.js";
import { zWebhookCodec } from "./wire/zod.js";
import { makeParent, type Parent } from "./go/index.js";
import type { Parent as ReadonlyParent } from "./readonly/index.js";
import type { Account } from "./marked/index.js";

type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;

export const inferred: Same<StandardSchemaV1.InferOutput<typeof WebhookSchema>, Webhook> = true;
// @ts-expect-error: the output is Webhook, not string
export const notString: Same<StandardSchemaV1.InferOutput<typeof WebhookSchema>, string> = true;
export const standard: StandardSchemaV1<unknown, Webhook> = WebhookSchema;
export const jsonSchema: StandardJSONSchemaV1<unknown, Webhook> = WebhookSchema;
export const fromSchemas: Same<StandardSchemaV1.InferOutput<typeof schemas.Webhook>, Webhook> = true;
export const fromValidators: Same<NonNullable<(typeof validators.Webhook)["~model"]>, Webhook> = true;
export const fixtureTyped: Same<typeof fixtures.Webhook.full, Webhook> = true;
export const full: Webhook = fixtures.Webhook.full;
export const issues: number = validators.Webhook(fixtures.Webhook.minimal).length;
export const name: ModelName = "Webhook";
// The schema is typed as zod infers it: its output is a Webhook (with the unknown keys a loose object keeps),
// and zod's object methods and shape are there.
export const zodParsed: Webhook | undefined = zWebhook.safeParse({}).data;
export const zodShape: z.ZodString = zWebhook.shape.hookUrl;
export const zodPicked: { hookUrl: string } | undefined = zWebhook.pick({ hookUrl: true }).safeParse({}).data;
export const zodExtended: (Webhook & { extra: number }) | undefined = zWebhook.extend({ extra: z.number() }).safeParse({}).data;
// The wire form: a Standard Schema from the JSON to the TypeScript value, and zod's codec.
export const wireInferred: Same<StandardSchemaV1.InferOutput<typeof WebhookWireSchema>, WireWebhook> = true;
export const decode = (json: z.input<typeof zWebhookCodec>): WireWebhook => z.decode(zWebhookCodec, json);
export const parsed: WireWebhook | undefined = parseWebhook({}).value;
export const written: unknown = toJsonWebhook(fixtures.Webhook.full as never);
// @ts-expect-error: not a declaration of the variant
export const notAName: ModelName = "Nope";
// The fixture builders take a deep partial of the model.
export const made: Parent = makeParent({ child: { nickname: "n" }, children: [{ name: "c" }] });
// @ts-expect-error: an override of the wrong type
export const madeWrong: Parent = makeParent({ child: { nickname: 5 } });
// readonly: every property and array of the output is readonly.
export function rename(parent: ReadonlyParent): void {
  // @ts-expect-error: readonly property
  parent.child = parent.child;
  // @ts-expect-error: readonly array
  parent.children?.push(parent.child);
}
// A field the docs mark read-only is readonly whatever the option.
export function changeId(account: Account): void {
  account.name = "x";
  // @ts-expect-error: the docs mark it read-only
  account.id = "x";
}

export const app = new Hono().post(
  "/hooks",
  sValidator("json", WebhookSchema, (result, c) => {
    if (!result.success) return c.json({ paths: result.error.map((issue) => issue.path) }, 400);
    return undefined;
  }),
  (c) => {
    const hook: Webhook = c.req.valid("json");
    return c.json({ hookUrl: hook.hookUrl, event: hook.event });
  },
);
`;

let project: TempProject;
let compiled: { status: number | null; output: string };
let emitted: Record<string, OutputFile[]>;

beforeAll(async () => {
  project = createProject(emitted = {
    go: await emitVariant(webhookVariant("go"), { naming: "camel", dates: "string", emit: ["validators", "fixtures", "zod"] }),
    wire: await emitVariant(webhookVariant("go"), { naming: "camel", wireNaming: "snake", dates: "Date", emit: ["validators", "fixtures", "zod"] }),
    "hostile-wire": await emitVariant(hostileVariant(), { naming: "camel", wireNaming: "as-written", dates: "Date", emit: ["validators", "fixtures", "zod"] }),
    "misc-zod": await emitVariant(namesAndCyclesVariant(), { naming: "camel", dates: "string", unknownKeys: "reject", emit: ["validators", "fixtures", "zod"] }),
    readonly: await emitVariant(webhookVariant("go"), { readonly: true, emit: ["validators", "fixtures", "zod"] }),
    marked: await emitVariant(variant("marked", [model("docs/account.md", "Account", [field("ID", string, { required: true, readOnly: true }), field("Name", string)])]), { emit: ["validators", "fixtures"] }),
    "mini-zod": await emitVariant(webhookVariant("go"), { zod: "mini", unknownKeys: "strip", emit: ["validators", "fixtures", "zod"] }),
  });
  symlinkSync(resolve("node_modules"), join(project.root, "node_modules"));
  writeFileSync(join(project.root, "src", "consumer.ts"), consumer);
  // A consumer exporting a Hono app is not written for isolated declarations (the app's type is inferred).
  const config = { extends: "./tsconfig.json", compilerOptions: { lib: ["ES2022", "DOM"], isolatedDeclarations: false } };
  writeFileSync(join(project.root, "tsconfig.consumer.json"), JSON.stringify(config));
  compiled = project.tsc("tsconfig.consumer.json");
}, 120_000);

afterAll(() => project?.remove());

interface App {
  request(path: string, init: { method: string; body: string; headers: Record<string, string> }): Promise<Response>;
}

async function post(body: unknown): Promise<{ status: number; json: unknown }> {
  const { app } = (await import(pathToFileURL(join(project.root, "dist", "consumer.js")).href)) as { app: App };
  const response = await app.request("/hooks", { method: "POST", body: JSON.stringify(body), headers: { "content-type": "application/json" } });
  return { status: response.status, json: await response.json() };
}

describe("Standard Schema, zod and the wire form in a consumer project", () => {
  it("compiles with @standard-schema/spec, zod and Hono: InferOutput and z.infer are the interface, the registries are typed", () => {
    expect(compiled.output).toBe("");
    expect(compiled.status).toBe(0);
  });

  it("a Hono route validated by WebhookSchema gets the value, and answers a wrong one with array paths", async () => {
    const { webhookFixtures } = (await import(pathToFileURL(join(project.root, "dist", "go", "fixtures", "webhook.js")).href)) as {
      webhookFixtures: { full: Record<string, unknown> };
    };
    const valid = await post(webhookFixtures.full);
    expect(valid.status).toBe(200);
    expect(valid.json).toEqual({ hookUrl: webhookFixtures.full["hookUrl"], event: webhookFixtures.full["event"] });

    const broken = { ...webhookFixtures.full, hookUrl: 5, runs: ["a", 7], filters: { "a b": 1 } };
    const rejected = await post(broken);
    expect(rejected.status).toBe(400);
    expect(rejected.json).toEqual({ paths: [["filters", "a b"], ["hookUrl"], ["runs", 1]] });
  });
});

describe("the zod schemas and the wire form, run", () => {
  it("every file is in prettier's layout, zod/ and wire/ included", async () => {
    const files = Object.values(emitted).flat().filter((file) => file.path.endsWith(".ts"));
    expect(files.filter((file) => /^(zod|wire)\//.test(file.path)).length).toBeGreaterThan(20);
    expect(await changedByPrettier(files)).toEqual([]);
  });

  async function load(folder: string): Promise<Record<string, unknown>> {
    return project.importIndex(folder);
  }
  type Zod = { safeParse(value: unknown): { success: boolean; error?: { issues: { path: unknown[] }[] } } };

  it("zod accepts every fixture the validators accept, and rejects a wrong value at the validator's place", async () => {
    for (const folder of ["go", "wire", "hostile-wire", "misc-zod", "readonly", "mini-zod"]) {
      const index = await load(folder);
      const fixtures = index["fixtures"] as Record<string, { minimal: unknown; full: unknown }>;
      const validators = index["validators"] as Record<string, (value: unknown) => unknown[]>;
      for (const [typeName, values] of Object.entries(fixtures)) {
        const zod = index[`z${typeName}`] as Zod;
        expect(zod, `${folder} z${typeName}`).toBeDefined();
        for (const value of [values.minimal, values.full]) {
          // A required cycle's placeholder (null as never) is rejected by both.
          expect(zod.safeParse(value).success, `${folder} ${typeName}`).toBe(validators[typeName]!(value).length === 0);
        }
      }
    }
    const go = await load("go");
    const full = (go["fixtures"] as Record<string, { full: Record<string, unknown> }>)["Webhook"]!.full;
    const result = (go["zWebhook"] as Zod).safeParse({ ...full, checkedAt: "2024-02-30T10:00:00Z", runs: ["a", 7] });
    expect(result.error?.issues.map((issue) => issue.path)).toEqual([["checkedAt"], ["runs", 1]]);
  });

  it("makeX: a copy of the full fixture with the overrides merged in, to any depth; the fixture is never changed", async () => {
    const index = await load("go");
    const full = (index["fixtures"] as Record<string, { full: Record<string, Record<string, unknown>> }>)["Parent"]!.full;
    const before = structuredClone(full);
    const makeParent = index["makeParent"] as (overrides?: unknown) => Record<string, Record<string, unknown>>;
    const made = makeParent({ child: { nickname: "n" }, score: null });
    expect(made["child"]).toEqual({ ...full["child"], nickname: "n" });
    expect({ ...made, child: full["child"], score: full["score"] }).toEqual(full);
    expect(made["score"]).toBeNull();
    expect((index["validators"] as Record<string, (value: unknown) => unknown[]>)["Parent"]!(made)).toEqual([]);
    made["child"]!["name"] = "changed";
    expect(full).toEqual(before);
    expect(makeParent()).toEqual(full);
  });

  it("the wire form: JSON fixtures in snake_case decode to the TypeScript fixtures with Date objects, and back", async () => {
    const index = await load("wire");
    const { webhookFixtures } = (await import(pathToFileURL(join(project.root, "dist", "wire", "fixtures", "webhook.js")).href)) as {
      webhookFixtures: { full: Record<string, unknown> };
    };
    const json = JSON.parse(readFileSync(join(project.root, "src", "wire", "fixtures", "webhook.json"), "utf8")) as { full: Record<string, unknown> };
    expect(json.full["hook_url"]).toBe(webhookFixtures.full["hookUrl"]);
    expect(typeof json.full["checked_at"]).toBe("string");
    const parsed = (index["parseWebhook"] as (json: unknown) => { value?: Record<string, unknown> })(json.full);
    expect(parsed.value).toEqual(webhookFixtures.full);
    expect(parsed.value?.["checkedAt"]).toBeInstanceOf(Date);
    const written = (index["toJsonWebhook"] as (value: unknown) => Record<string, unknown>)(webhookFixtures.full);
    expect(written["checked_at"]).toBe(new Date(json.full["checked_at"] as string).toISOString());
    expect(Object.keys(written)).toEqual(Object.keys(json.full));
  });
});
