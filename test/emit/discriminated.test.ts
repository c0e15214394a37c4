/**
 * Issue 23: discriminated unions. A union is discriminated when one field tells its members apart: the
 * members' literals decide (every member a model whose field of one name is required and typed with
 * values of its own), or the docs name the field (`UnionDecl.discriminator`, with the values they map to
 * members). Then the TypeScript union narrows on the field, the validator dispatches on it (the issues
 * are the selected member's, or one at the field), zod has `z.discriminatedUnion`, JSON Schema `oneOf`
 * with the values, OpenAPI its `discriminator`.
 *
 * - literal-decided: pages in the format of the formance TypeScript SDK's docs (V2RunQueryResponseBody
 *   and its cursor responses), each member's `resource` a required literal, read by the parser;
 * - docs-named: OpenAPI Generator's Ruby docs name the field and map its values (conekta's
 *   ChargeResponsePaymentMethod: `openapi_discriminator_name` → `object`, `card_payment` →
 *   PaymentMethodCard…), the members' `object` a plain string; the parser does not read those pages yet
 *   (issue 21), so the IR is built as that page states it;
 * - on the corpus: the count of each, and no wrong reading — the Go SDK's "Use the `Type` field to
 *   determine which variant is active" names the SDK's union wrapper's field on every Go union page (a
 *   string | number union included), not a field of the JSON, and states no values.
 */
import { symlinkSync } from "node:fs";
import { join, resolve } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { emitVariant, type OutputFile } from "../../src/emit/index.js";
import { emitContext } from "../../src/emit/run.js";
import { parsePages } from "../../src/parse/index.js";
import type { Declaration, Variant } from "../../src/ir/types.js";
import { corpusNames } from "../corpus/paths.js";
import { corpusVariant } from "../corpus/corpus-ir.js";
import { createProject, type TempProject } from "../helpers/ts-project.js";
import { field, model, refTo, string, union, variant } from "./ir-builders.js";
import type { Issue, ZodSchema } from "../validators/build.js";

/** A member page as the formance TypeScript SDK's docs write it, its `resource` a literal. */
function memberPage(name: string, resource: string) {
  const id = `docs/sdk/models/ledger/${name.toLowerCase()}.md`;
  const text = [
    `# ${name}`,
    "",
    "## Fields",
    "",
    "| Field      | Type       | Required           | Description |",
    "| ---------- | ---------- | ------------------ | ----------- |",
    "| `cursor`   | *string*   | :heavy_check_mark: | N/A         |",
    `| \`resource\` | *"${resource}"* | :heavy_check_mark: | N/A         |`,
    "",
  ].join("\n");
  return { file: id, id, text };
}

const unionPage = {
  file: "docs/sdk/models/operations/v2runqueryresponsebody.md",
  id: "docs/sdk/models/operations/v2runqueryresponsebody.md",
  text: [
    "# V2RunQueryResponseBody",
    "",
    "OK",
    "",
    "",
    "## Supported Types",
    "",
    "### `ledger.V2TransactionsCursorResponse`",
    "",
    "```typescript",
    'const value: ledger.V2TransactionsCursorResponse = { cursor: "c", resource: "transactions" };',
    "```",
    "",
    "### `ledger.V2AccountsCursorResponse`",
    "",
    "```typescript",
    'const value: ledger.V2AccountsCursorResponse = { cursor: "c", resource: "accounts" };',
    "```",
    "",
  ].join("\n"),
};

/** The literal-decided case, read by the parser. */
function literalVariant(): Variant {
  return parsePages("ledger", "docs", [unionPage, memberPage("V2TransactionsCursorResponse", "transactions"), memberPage("V2AccountsCursorResponse", "accounts")]);
}

/** The docs-named case: conekta's ChargeResponsePaymentMethod (OpenAPI Generator, Ruby), as its page states it. */
function namedVariant(): Variant {
  const object = (required = true) => field("object", string, { required, canonicalName: "object" });
  const card = model("docs/PaymentMethodCard.md", "PaymentMethodCard", [object(), field("last4", string, { required: true, canonicalName: "last4" })]);
  const cash = model("docs/PaymentMethodCash.md", "PaymentMethodCash", [object(), field("reference", string, { required: true, canonicalName: "reference" })]);
  const base = union("docs/ChargeResponsePaymentMethod.md", "ChargeResponsePaymentMethod", [refTo(card), refTo(cash)]);
  const method: Declaration = { ...base, discriminator: { field: "object", mapping: [{ value: "card_payment", member: 0 }, { value: "cash_payment", member: 1 }] } };
  const charge = model("docs/ChargeResponse.md", "ChargeResponse", [field("payment_method", refTo(method), { required: true, canonicalName: "paymentMethod" })]);
  return variant("conekta", [card, cash, method, charge]);
}

let project: TempProject;
const loaded: Record<string, Record<string, unknown>> = {};
const emitted: Record<string, OutputFile[]> = {};

beforeAll(async () => {
  const outputs = ["validators", "fixtures", "zod", "jsonschema", "openapi"] as const;
  emitted["literal"] = await emitVariant(literalVariant(), { emit: [...outputs] });
  emitted["named"] = await emitVariant(namedVariant(), { emit: [...outputs] });
  emitted["mini"] = await emitVariant(literalVariant(), { emit: [...outputs], zod: "mini" });
  project = createProject(emitted);
  symlinkSync(resolve("node_modules"), join(project.root, "node_modules"));
  const { output } = project.tsc("tsconfig.json");
  expect(output).toBe("");
  for (const folder of Object.keys(emitted)) loaded[folder] = await project.importIndex(folder);
}, 120_000);

afterAll(() => project?.remove());

const contents = (folder: string, path: string) => emitted[folder]!.find((file) => file.path === path)!.contents;

describe("members' literals decide (a parsed page)", () => {
  it("the view finds the field and each member's value", () => {
    const ctx = emitContext(literalVariant());
    const decl = literalVariant().declarations.find((d) => d.name === "V2RunQueryResponseBody");
    expect(decl?.kind).toBe("union");
    const discriminator = ctx.view.discriminator(decl as Extract<Declaration, { kind: "union" }>);
    expect(discriminator?.source).toBe("literals");
    expect(discriminator?.key).toBe("resource");
    expect(discriminator?.members.map(({ symbol, values }) => [symbol.identifier, values])).toEqual([
      ["V2TransactionsCursorResponse", ["transactions"]],
      ["V2AccountsCursorResponse", ["accounts"]],
    ]);
  });

  it("the validator dispatches on the field: the selected member's issues, or one at the field", () => {
    const validate = (loaded["literal"]!["validators"] as Record<string, (value: unknown) => Issue[]>)["V2RunQueryResponseBody"]!;
    expect(validate({ cursor: "c", resource: "accounts" })).toEqual([]);
    expect(validate({ cursor: 5, resource: "accounts" }).map((issue) => issue.path)).toEqual(["$.cursor"]);
    expect(validate({ cursor: "c", resource: "logs" }).map((issue) => issue.message)).toEqual(['$.resource: expected "transactions" | "accounts", found string "logs"']);
    expect(validate({ cursor: "c" }).map((issue) => issue.message)).toEqual(['$.resource: required property is missing (expected "transactions" | "accounts")']);
  });

  it("zod (classic and mini) is a z.discriminatedUnion that agrees", () => {
    expect(contents("literal", "zod/v2-run-query-response-body.ts")).toContain('z.discriminatedUnion("resource", [');
    for (const folder of ["literal", "mini"]) {
      const zod = loaded[folder]!["zV2RunQueryResponseBody"] as ZodSchema;
      expect(zod.safeParse({ cursor: "c", resource: "transactions" }).success).toBe(true);
      const wrong = zod.safeParse({ cursor: "c", resource: "logs" });
      expect(wrong.success ? [] : wrong.error.issues.map((issue) => issue.path)).toEqual([["resource"]]);
    }
  });

  it("JSON Schema: oneOf the members; OpenAPI: and the discriminator with its mapping", () => {
    const schema = JSON.parse(contents("literal", "schema.json")) as { $defs: Record<string, unknown> };
    expect(schema.$defs["V2RunQueryResponseBody"]).toMatchObject({ oneOf: [{ $ref: "#/$defs/V2TransactionsCursorResponse" }, { $ref: "#/$defs/V2AccountsCursorResponse" }] });
    const openapi = JSON.parse(contents("literal", "openapi.json")) as { components: { schemas: Record<string, unknown> } };
    expect(openapi.components.schemas["V2RunQueryResponseBody"]).toMatchObject({
      discriminator: { propertyName: "resource", mapping: { transactions: "#/components/schemas/V2TransactionsCursorResponse", accounts: "#/components/schemas/V2AccountsCursorResponse" } },
    });
  });
});

describe("the docs name the field (conekta's ChargeResponsePaymentMethod)", () => {
  it("the interface narrows each member to its values, so TypeScript tells them apart", () => {
    const types = contents("named", "types/charge-response-payment-method.ts");
    expect(types).toContain('(PaymentMethodCard & { object: "card_payment" })');
    expect(types).toContain('(PaymentMethodCash & { object: "cash_payment" })');
  });

  it("the validator dispatches on the docs' values; the fixtures select a member by its value", () => {
    const index = loaded["named"]!;
    const validate = (index["validators"] as Record<string, (value: unknown) => Issue[]>)["ChargeResponsePaymentMethod"]!;
    expect(validate({ object: "card_payment", last4: "4242" })).toEqual([]);
    // A card's fields under the cash value: checked as cash, whose `reference` is missing.
    expect(validate({ object: "cash_payment", last4: "4242" }).map((issue) => issue.path)).toEqual(["$.reference"]);
    expect(validate({ object: "bank", last4: "4242" }).map((issue) => issue.path)).toEqual(["$.object"]);
    const fixtures = index["fixtures"] as Record<string, { minimal: unknown; full: unknown }>;
    for (const name of ["ChargeResponsePaymentMethod", "ChargeResponse"]) {
      for (const value of Object.values(fixtures[name]!)) expect((index["validators"] as Record<string, (value: unknown) => Issue[]>)[name]!(value)).toEqual([]);
    }
    const zod = index["zChargeResponsePaymentMethod"] as ZodSchema;
    expect(zod.safeParse({ object: "card_payment", last4: "4242" }).success).toBe(true);
    expect(zod.safeParse({ object: "bank", last4: "4242" }).success).toBe(false);
  });

  it("JSON Schema adds each member's values; OpenAPI maps them", () => {
    const schema = JSON.parse(contents("named", "schema.json")) as { $defs: Record<string, unknown> };
    expect(schema.$defs["ChargeResponsePaymentMethod"]).toMatchObject({
      oneOf: [
        { allOf: [{ $ref: "#/$defs/PaymentMethodCard" }, { properties: { object: { const: "card_payment" } }, required: ["object"] }] },
        { allOf: [{ $ref: "#/$defs/PaymentMethodCash" }, { properties: { object: { const: "cash_payment" } }, required: ["object"] }] },
      ],
    });
    const openapi = JSON.parse(contents("named", "openapi.json")) as { components: { schemas: Record<string, unknown> } };
    expect(openapi.components.schemas["ChargeResponsePaymentMethod"]).toMatchObject({
      discriminator: { propertyName: "object", mapping: { card_payment: "#/components/schemas/PaymentMethodCard", cash_payment: "#/components/schemas/PaymentMethodCash" } },
    });
  });
});

describe("on the corpus", () => {
  it("counts the discriminated unions of every folder, and reads none where the docs state no values", async () => {
    const counts: string[] = [];
    let literals = 0;
    let named = 0;
    for (const name of corpusNames) {
      const corpus = await corpusVariant(name);
      const ctx = emitContext(corpus);
      let unions = 0;
      for (const symbol of ctx.symbols.symbols) {
        if (symbol.decl.kind !== "union") continue;
        unions++;
        const found = ctx.view.discriminator(symbol.decl);
        if (found?.source === "literals") literals++;
        if (found?.source === "docs") named++;
        // formance's Subject (LedgerAccountSubject | WalletSubject, each with a plain `type` string): its
        // values are the API's, which no page states; V2RunQueryResponseBody's `resource` is optional and
        // its enums open. Neither is read as discriminated.
        if (["Subject", "V2Subject", "V2RunQueryResponseBody"].includes(symbol.identifier)) expect(found, `${name} ${symbol.identifier}`).toBeUndefined();
      }
      counts.push(`${name} ${unions}`);
    }
    console.log(`discriminated unions on the corpus: ${literals} decided by the members' literals, ${named} named by the docs (union pages per folder: ${counts.join(", ")})`);
    // No folder's members carry literals of their own at one required field. OpenAPI Generator's Ruby names a
    // oneOf's discriminator and its mapping in example code: conekta/ruby's six payment-method unions
    // (ChargeOrderResponsePaymentMethod and the like, `object`: `card_payment`, …), read as the docs name them.
    expect([literals, named]).toEqual([0, 6]);
  });
});
