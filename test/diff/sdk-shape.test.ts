// Issue 22: the diff tells the API from the SDK. Between languages, envelopes, their transport data and
// body shape, SDK utilities and generator renames are `sdk-shape` findings (info); nothing rests on a weak
// fact; descriptions differ only as text. Between versions, the same changes are what they were.
import { describe, expect, it } from "vitest";
import { changeFails, diffVariants, failsOn, applySeverities, type Change, type DiffResult } from "../../src/diff/index.js";
import { mergeVariants } from "../../src/merge/merge.js";
import type { Field, ModelDecl } from "../../src/ir/types.js";
import { enumDecl, f, model, t, unionDecl, variant } from "./builder.js";

const enumDeclOf = (name: string) => enumDecl(`m/${name.toLowerCase()}.md`, name, ["active", "closed"]);

const rows = (result: DiffResult) => result.changes.map((c) => [c.kind, c.shape ?? "", c.aspect ?? "", c.model, c.field ?? "", c.left ?? "", c.right ?? "", c.severity].join(" | "));
const variantDiff = (...args: Parameters<typeof variant>[]) => diffVariants(variant(...args[0]!), variant(...args[1]!), { mode: "variant" });

// A Go-style envelope, and the body model it holds (go/docs/pkg/models/operations/getaccountingaccountresponse.md).
const goEnvelope = model(
  "ops/getthingresponse.md",
  "GetThingResponse",
  [
    f("Thing", t.ref("shared/thing.md", "shared.Thing")),
    f("ContentType", t.string, { required: true }),
    f("StatusCode", t.integer, { required: true }),
    f("RawResponse", t.httpResponse, { required: true }),
  ],
  { role: "response" },
);
const thing = model("shared/thing.md", "Thing", [f("ID", t.string, { required: true })]);

describe("response envelopes", () => {
  it("reports an envelope one SDK documents and another does not as SDK shape, and as removed between versions", () => {
    const result = variantDiff(["go", "go", [goEnvelope, thing]], ["typescript", "ts", [model("shared/thing.md", "Thing", [f("id", t.string, { required: true })])], "typescript"]);
    expect(rows(result)).toEqual(["sdk-shape | envelope | model-missing | GetThingResponse |  | model |  | info"]);
    expect(result.changes[0]?.message).toBe("GetThingResponse: response envelope (model) in go, missing in typescript");
    expect(result.changes[0]?.check).toBe("sdk-shape-envelope");
    const version = diffVariants(variant("v1", "v1", [goEnvelope, thing]), variant("v2", "v2", [thing]), { mode: "version" });
    expect(rows(version)).toEqual(["model-removed |  |  | GetThingResponse |  | model |  | breaking"]);
  });

  it("reports transport data one SDK spells out and another keeps in one HTTP-metadata field as SDK shape", () => {
    // formance/csharp/docs/Models/Requests/ActivateConfigResponse.md against formance/go/…/activateconfigresponse.md.
    const csharp = [
      model("c/httpmetadata.md", "HTTPMetadata", [f("Response", t.httpResponse, { required: true }), f("Request", t.httpResponse, { required: true })]),
      model("ops/getthingresponse.md", "GetThingResponse", [f("HttpMeta", t.ref("c/httpmetadata.md", "HTTPMetadata"), { required: true }), f("Thing", t.ref("shared/thing.md", "Thing"))], { role: "response" }),
      thing,
    ];
    const result = variantDiff(["go", "go", [goEnvelope, thing]], ["csharp", "cs", csharp, "csharp"]);
    expect(rows(result)).toEqual([
      "sdk-shape | transport | field-missing | GetThingResponse | contentType | string |  | info",
      "sdk-shape | transport | field-missing | GetThingResponse | statusCode | integer |  | info",
      "sdk-shape | transport | field-missing | GetThingResponse | rawResponse | http-response |  | info",
      "sdk-shape | transport | field-missing | GetThingResponse | httpMeta |  | ref HttpMetadata | info",
      "sdk-shape | transport | model-missing | HttpMetadata |  |  | model | info",
    ]);
  });

  it("sees through a body held in one field per content type against one field typed by a union page", () => {
    // go/docs/pkg/models/operations/createpassthroughjsonresponse.md against typescript/…/createpassthroughjsonresponse.md
    // and createpassthroughjsonresponseresult.md.
    const go = model(
      "ops/pass.md",
      "PassResponse",
      [
        f("StatusCode", t.integer, { required: true }),
        f("RawResponse", t.httpResponse, { required: true }),
        f("DefaultWildcardWildcardResponseStream", t.binary),
        f("DefaultApplicationJSONAny", t.any),
        f("DefaultTextPlainRes", t.string),
      ],
      { role: "response" },
    );
    const ts = [
      model("ops/pass.md", "PassResponse", [f("headers", t.map(t.array(t.string)), { required: true }), f("result", t.ref("ops/passresult.md", "operations.PassResponseResult"))], { role: "response" }),
      unionDecl("ops/passresult.md", "PassResponseResult", [t.binary, t.any, t.string], { role: "response" }),
    ];
    const result = variantDiff(["go", "go", [go]], ["typescript", "ts", ts, "typescript"]);
    expect(rows(result)).toEqual([
      "sdk-shape | transport | field-missing | PassResponse | statusCode | integer |  | info",
      "sdk-shape | transport | field-missing | PassResponse | rawResponse | http-response |  | info",
      "sdk-shape | body | type-changed | PassResponse |  | 3 fields | field result | info",
      "sdk-shape | transport | field-missing | PassResponse | headers |  | map<string, array<string>> | info",
      "sdk-shape | body | model-missing | PassResponseResult |  |  | union | info",
    ]);
    // A body that is not the same set of types is the API's difference.
    const other = [ts[0]!, unionDecl("ops/passresult.md", "PassResponseResult", [t.binary, t.integer], { role: "response" })];
    const kinds = variantDiff(["go", "go", [go]], ["typescript", "ts", other, "typescript"]).changes.filter((c) => c.kind !== "sdk-shape").map((c) => `${c.kind} ${c.model}.${c.field ?? ""}`);
    expect(kinds).toEqual(["field-missing PassResponse.defaultWildcardWildcardResponseStream", "field-missing PassResponse.defaultApplicationJsonAny", "field-missing PassResponse.defaultTextPlainRes", "field-missing PassResponse.result", "model-missing PassResponseResult."]);
  });

  it("pairs a language's own body model with the body an envelope of that name holds, not with the envelope", () => {
    // Go documents `ListPetsResponse` as an envelope holding `ListPetsResponseBody`; a language that returns
    // the body directly documents the body under the operation's name.
    const go = [
      model("ops/listpetsresponse.md", "ListPetsResponse", [f("Object", t.ref("ops/listpetsresponsebody.md", "ListPetsResponseBody")), f("StatusCode", t.integer, { required: true }), f("RawResponse", t.httpResponse, { required: true })], { role: "response" }),
      model("ops/listpetsresponsebody.md", "ListPetsResponseBody", [f("Pets", t.array(t.string), { required: true }), f("Next", t.string)], { role: "response" }),
    ];
    const other = [model("ops/listpetsresponse.md", "ListPetsResponse", [f("pets", t.array(t.string), { required: true }), f("next", t.string)], { role: "response" })];
    expect(rows(variantDiff(["go", "go", go], ["csharp", "cs", other, "csharp"]))).toEqual(["sdk-shape | envelope | model-missing | ListPetsResponse |  | model |  | info"]);
  });
});

describe("SDK utilities and generator renames", () => {
  it("reports an SDK utility one language documents as SDK shape", () => {
    const retry = model("utils/retryconfig.md", "RetryConfig", [f("strategy", t.string), f("retry_connection_errors", t.boolean)]);
    expect(rows(variantDiff(["python", "py", [retry, thing], "python"], ["go", "go", [thing]]))).toEqual(["sdk-shape | utility | model-missing | RetryConfig |  | model |  | info"]);
  });

  it("matches a member C# renamed for clashing with its class, reports the rename as info, and compares the field under the API's name", () => {
    const go = model("shared/email.md", "Email", [f("Email", t.string, { required: true }), f("Type", t.string)]);
    const cs = model("shared/email.md", "Email", [f("EmailValue", t.string), f("Type", t.string)]);
    expect(rows(variantDiff(["go", "go", [go]], ["csharp", "cs", [cs], "csharp"]))).toEqual([
      "required-changed |  |  | Email | email | required | optional | drift",
      "sdk-shape | rename | type-changed | Email | email | email | emailValue | info",
    ]);
  });

  it("pairs models one generator names with a word before every name, reporting each rename as info", () => {
    const names = ["Pet", "Owner", "Tag", "Order", "User", "Store", "Category", "Address", "Photo", "Vet"];
    const plain = names.map((name) => model(`${name.toLowerCase()}.md`, name, [f("id", t.string)]));
    const prefixed = names.map((name) => model(`Model${name}.md`, `Model${name}`, [f("id", t.string)]));
    const result = variantDiff(["go", "go", plain], ["dart", "dart", prefixed, "typescript"]);
    expect(result.changes).toHaveLength(names.length);
    expect(new Set(result.changes.map((c) => `${c.kind} ${c.shape} ${c.severity}`))).toEqual(new Set(["sdk-shape rename info"]));
    expect(result.changes.find((c) => c.model === "Pet")?.message).toBe('Pet: name Pet in go, ModelPet (the prefix "model" on every name in dart) in dart');
  });
});

describe("generator conventions of OpenAPI Generator and APIMatic", () => {
  it("pairs APIMatic's escaped names and error classes, and OpenAPI Generator's ModelError, reporting each as a rename", () => {
    const python = [
      model("m/invoice.md", "Invoice", [f("mtype", t.string)]),
      model("m/customer-error-exception.md", "CustomerErrorException", [f("errors", t.array(t.string))]),
      model("m/error.md", "Error", [f("message", t.string)]),
    ];
    const typescript = [
      model("m/invoice.md", "Invoice", [f("type", t.string)]),
      model("m/customer-error-error.md", "CustomerErrorError", [f("errors", t.array(t.string))]),
      model("m/modelerror.md", "ModelError", [f("message", t.string)]),
    ];
    expect(rows(variantDiff(["python", "py", python, "python"], ["typescript", "ts", typescript, "typescript"]))).toEqual([
      "sdk-shape | rename | type-changed | CustomerErrorException |  | CustomerErrorException | CustomerErrorError | info",
      "sdk-shape | rename | type-changed | Error |  | Error | ModelError | info",
      "sdk-shape | rename | type-changed | Invoice | type | mtype | type | info",
    ]);
  });

  it("takes the fields one language repeats from the model another's extends for the SDKs' shape", () => {
    // generators/openapi-generator/dropbox-sign: C# lists TemplateResponseDocumentFormFieldBase's fields on each model extending it.
    const base = (name: string) => model("m/base.md", name, [f("api_id", t.string), f("name", t.string), f("type", t.string)]);
    const csharp = [base("FieldBase"), model("m/text.md", "FieldText", [f("ApiId", t.string), f("Name", t.string), f("Type", t.string), f("IsMultiline", t.boolean)])];
    const python = [base("FieldBase"), model("m/text.md", "FieldText", [f("type", t.string), f("is_multiline", t.boolean)])];
    const result = variantDiff(["csharp", "cs", csharp, "csharp"], ["python", "py", python, "python"]);
    expect(rows(result)).toEqual(["sdk-shape | inherited | field-missing | FieldText | apiId | string |  | info", "sdk-shape | inherited | field-missing | FieldText | name | string |  | info"]);
    // Fields no model both document holds are missing, as ever.
    const lone = [model("m/text.md", "FieldText", [f("ApiId", t.string), f("Name", t.string), f("Type", t.string)])];
    expect(rows(variantDiff(["csharp", "cs", lone, "csharp"], ["python", "py", [python[1]!], "python"])).map((row) => row.split(" | ")[0])).toEqual(["field-missing", "field-missing", "field-missing"]);
  });

  it("says nothing of what a page does not state: a title-only enum's kind, descriptions a generator never writes, two members one notation cannot tell apart", () => {
    const silent = unionDecl("m/status.md", "Status", [], { description: "The status." });
    const values = [model("m/order.md", "Order", [f("id", t.string, { description: "The id." })])];
    const java = [{ ...enumDeclOf("Status"), description: "" }, ...values];
    expect(variantDiff(["python", "py", [silent, ...values], "python"], ["java", "java", java, "java"]).changes).toEqual([]);
    // Go's models carry no descriptions at all: silence, not a difference.
    const bare = [model("m/order.md", "Order", [f("ID", t.string)], { description: "" })];
    expect(variantDiff(["go", "go", bare], ["java", "java", [model("m/order.md", "Order", [f("id", t.string)], { description: "An order." })], "java"]).changes).toEqual([]);
    // TypeScript's one `number` is Python's `int` and `float`.
    const py = [unionDecl("m/value.md", "Value", [t.string, t.number, t.integer])];
    const ts = [unionDecl("m/value.md", "Value", [t.string, t.vagueNumber])];
    expect(variantDiff(["python", "py", py, "python"], ["typescript", "ts", ts, "typescript"]).changes).toEqual([]);
  });
});

describe("weak facts", () => {
  const withNullable = (name: string, options: Parameters<typeof f>[2]) => model("shared/order.md", "Order", [f("quantity", t.integer, options)]);

  it("reports no nullability that rests on C#'s `int?` alone, and what two strong statements disagree on", () => {
    const csharp = withNullable("cs", { nullable: true, weak: ["nullable"] });
    const java = withNullable("java", { nullable: false });
    expect(variantDiff(["csharp", "cs", [csharp], "csharp"], ["java", "java", [java], "java"]).changes).toEqual([]);
    const javaNullable = withNullable("java", { nullable: true });
    expect(rows(variantDiff(["java", "j", [java], "java"], ["python", "py", [javaNullable], "python"]))).toEqual(["nullable-changed |  |  | Order | quantity | non-nullable | nullable | drift"]);
  });

  it("takes a date-time class written for dates for a date, and two strong labels for what they say", () => {
    const field = (type: ReturnType<typeof f>["type"]) => [model("shared/invoice.md", "Invoice", [f("dueDate", type)])];
    expect(variantDiff(["python", "py", field(t.looseDateTime), "python"], ["java", "java", field(t.date), "java"]).changes).toEqual([]);
    expect(diffVariants(variant("v1", "v1", field(t.looseDateTime)), variant("v2", "v2", field(t.date)), { mode: "version" }).changes).toEqual([]);
    expect(rows(variantDiff(["go", "go", field(t.dateTime)], ["java", "java", field(t.date), "java"]))).toEqual(["type-changed |  |  | Invoice | dueDate | date-time | date | drift"]);
  });

  it("lets generate --merge take the strong fact", () => {
    const csharp = variant("csharp", "cs", [model("shared/order.md", "Order", [f("quantity", t.integer, { nullable: true, weak: ["nullable"] }), f("due", t.looseDateTime)])], "csharp");
    const java = variant("java", "java", [model("shared/order.md", "Order", [f("quantity", t.integer, { nullable: false }), f("due", t.date)])], "java");
    const fields = (mergeVariants([csharp, java]).declarations[0] as ModelDecl).fields;
    const [quantity, due] = fields as [Field, Field];
    expect([quantity.nullable, quantity.weak, quantity.statedBy?.nullable]).toEqual([false, undefined, "java"]);
    expect([due.type, due.statedBy?.time]).toEqual([t.date, "java"]);
    // Only weak statements: the merged field says it as loosely.
    const alone = (mergeVariants([csharp]).declarations[0] as ModelDecl).fields[0]!;
    expect([alone.nullable, alone.weak]).toEqual([true, ["nullable"]]);
  });
});

describe("descriptions", () => {
  it("differ only as text: entities, inline Markdown and whitespace are notation", () => {
    const page = (description: string) => [model("shared/agent.md", "Agent", [f("groupId", t.string, { description })])];
    expect(variantDiff(["go", "go", page("Optional if &#x60;agentId&#x60; is set.")], ["java", "java", page("Optional if `agentId`  is set."), "java"]).changes).toEqual([]);
    const differs = variantDiff(["go", "go", page("Optional if &#x60;agentId&#x60; is set.")], ["java", "java", page("Required."), "java"]).changes;
    expect(differs.map((c) => [c.kind, c.left, c.right])).toEqual([["description-changed", "Optional if agentId is set.", "Required."]]);
  });
});

describe("fail-on", () => {
  const change = (kind: Change["kind"], severity: Change["severity"]): Change => ({ kind, severity, model: "M", check: "model-missing", fingerprint: "0".repeat(12), message: "M: x" });

  it("never fails on an SDK-shape finding unless asked (fail-on sdk-shape, or a severity from the config)", () => {
    const shape = change("sdk-shape", "info");
    expect((["breaking", "drift", "any", "none"] as const).map((policy) => changeFails(shape, policy))).toEqual([false, false, false, false]);
    expect(changeFails(shape, "sdk-shape")).toBe(true);
    expect(changeFails(change("description-changed", "info"), "any")).toBe(true);
    const result: DiffResult = { mode: "variant", left: "a", right: "b", changes: [{ ...shape, check: "sdk-shape-envelope" }] };
    expect(failsOn(result, "drift")).toBe(false);
    expect(failsOn(applySeverities(result, { "sdk-shape": "drift" }), "drift")).toBe(true);
    expect(failsOn(applySeverities(result, { "sdk-shape-envelope": "breaking" }), "breaking")).toBe(true);
  });
});
