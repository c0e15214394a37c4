import { describe, expect, it } from "vitest";
import { diffVariants, severityOf, type ChangeKind, type ChangeSeverity } from "../../src/diff/index.js";
import type { Declaration, ModelRole } from "../../src/ir/types.js";
import { enumDecl, f, model, single, t, unionDecl, variant, type FieldSpec } from "./builder.js";

const ID = "docs/models/thing.md";
type Scenario = (role: ModelRole) => { before: Declaration[]; after: Declaration[] };

const fields = (role: ModelRole, specs: FieldSpec[], description = "") => model(ID, "Thing", specs, { role, description });
const fieldScenario =
  (before: FieldSpec[], after: FieldSpec[]): Scenario =>
  (role) => ({ before: [fields(role, before)], after: [fields(role, after)] });

const id = f("id", t.string, { required: true });

/** Row of the table in src/diff/severity.ts: scenario, the one change it yields, severity per role. */
const rows: Array<[string, Scenario, ChangeKind, Record<ModelRole, ChangeSeverity>]> = [
  [
    "model added",
    (role) => ({ before: [], after: [fields(role, [id])] }),
    "model-added",
    { request: "non-breaking", response: "non-breaking", shared: "non-breaking" },
  ],
  [
    "model removed",
    (role) => ({ before: [fields(role, [id])], after: [] }),
    "model-removed",
    { request: "breaking", response: "breaking", shared: "breaking" },
  ],
  [
    "declaration kind changed (model → enum)",
    (role) => ({ before: [fields(role, [id])], after: [enumDecl(ID, "Thing", ["a"], { role })] }),
    "type-changed",
    { request: "breaking", response: "breaking", shared: "breaking" },
  ],
  [
    "optional field added",
    fieldScenario([id], [id, f("note", t.string)]),
    "field-added",
    { request: "non-breaking", response: "non-breaking", shared: "non-breaking" },
  ],
  [
    "required field added",
    fieldScenario([id], [id, f("note", t.string, { required: true })]),
    "field-added",
    { request: "breaking", response: "non-breaking", shared: "breaking" },
  ],
  [
    "field removed",
    fieldScenario([id, f("note", t.string)], [id]),
    "field-removed",
    { request: "breaking", response: "breaking", shared: "breaking" },
  ],
  [
    "field became required",
    fieldScenario([f("note", t.string)], [f("note", t.string, { required: true })]),
    "required-changed",
    { request: "breaking", response: "non-breaking", shared: "breaking" },
  ],
  [
    "field became optional",
    fieldScenario([f("note", t.string, { required: true })], [f("note", t.string)]),
    "required-changed",
    { request: "non-breaking", response: "breaking", shared: "breaking" },
  ],
  [
    "field became nullable",
    fieldScenario([f("note", t.string)], [f("note", t.string, { nullable: true })]),
    "nullable-changed",
    { request: "non-breaking", response: "breaking", shared: "breaking" },
  ],
  [
    "field became nullable through `| null`",
    fieldScenario([f("note", t.string)], [f("note", t.union(t.string, t.literal(null)))]),
    "nullable-changed",
    { request: "non-breaking", response: "breaking", shared: "breaking" },
  ],
  [
    "field became non-nullable",
    fieldScenario([f("note", t.string, { nullable: true })], [f("note", t.string)]),
    "nullable-changed",
    { request: "breaking", response: "non-breaking", shared: "breaking" },
  ],
  [
    "type widened (integer → number)",
    fieldScenario([f("n", t.integer)], [f("n", t.number)]),
    "type-changed",
    { request: "non-breaking", response: "breaking", shared: "breaking" },
  ],
  [
    "type narrowed (number → integer)",
    fieldScenario([f("n", t.number)], [f("n", t.integer)]),
    "type-changed",
    { request: "breaking", response: "breaking", shared: "breaking" },
  ],
  [
    "type changed incompatibly (string → boolean)",
    fieldScenario([f("n", t.string)], [f("n", t.boolean)]),
    "type-changed",
    { request: "breaking", response: "breaking", shared: "breaking" },
  ],
  [
    "enum closed → open",
    (role) => ({ before: [enumDecl(ID, "Thing", ["a"], { role })], after: [enumDecl(ID, "Thing", ["a"], { role, open: true })] }),
    "type-changed",
    { request: "non-breaking", response: "breaking", shared: "breaking" },
  ],
  [
    "enum open → closed",
    (role) => ({ before: [enumDecl(ID, "Thing", ["a"], { role, open: true })], after: [enumDecl(ID, "Thing", ["a"], { role })] }),
    "type-changed",
    { request: "breaking", response: "breaking", shared: "breaking" },
  ],
  [
    "value added to a closed enum",
    (role) => ({ before: [enumDecl(ID, "Thing", ["a"], { role })], after: [enumDecl(ID, "Thing", ["a", "b"], { role })] }),
    "enum-value-added",
    { request: "non-breaking", response: "breaking", shared: "breaking" },
  ],
  [
    "value added to an open enum",
    (role) => ({
      before: [enumDecl(ID, "Thing", ["a"], { role, open: true })],
      after: [enumDecl(ID, "Thing", ["a", "b"], { role, open: true })],
    }),
    "enum-value-added",
    { request: "non-breaking", response: "non-breaking", shared: "non-breaking" },
  ],
  [
    "enum value removed",
    (role) => ({ before: [enumDecl(ID, "Thing", ["a", "b"], { role })], after: [enumDecl(ID, "Thing", ["a"], { role })] }),
    "enum-value-removed",
    { request: "breaking", response: "breaking", shared: "breaking" },
  ],
  [
    "union member added",
    (role) => ({ before: [unionDecl(ID, "Thing", [t.string], { role })], after: [unionDecl(ID, "Thing", [t.string, t.integer], { role })] }),
    "union-member-added",
    { request: "non-breaking", response: "breaking", shared: "breaking" },
  ],
  [
    "union member removed",
    (role) => ({ before: [unionDecl(ID, "Thing", [t.string, t.integer], { role })], after: [unionDecl(ID, "Thing", [t.string], { role })] }),
    "union-member-removed",
    { request: "breaking", response: "breaking", shared: "breaking" },
  ],
  [
    "model description changed",
    (role) => ({ before: [fields(role, [id], "Old.")], after: [fields(role, [id], "New.")] }),
    "description-changed",
    { request: "info", response: "info", shared: "info" },
  ],
  [
    "field description changed",
    fieldScenario([f("note", t.string, { description: "Old." })], [f("note", t.string, { description: "New." })]),
    "description-changed",
    { request: "info", response: "info", shared: "info" },
  ],
  [
    "field deprecated",
    fieldScenario([f("note", t.string)], [f("note", t.string, { deprecated: true })]),
    "deprecated-changed",
    { request: "info", response: "info", shared: "info" },
  ],
];

const roles: ModelRole[] = ["request", "response", "shared"];

describe("version mode severities (one row of the table each)", () => {
  for (const [name, scenario, kind, expected] of rows) {
    for (const role of roles) {
      it(`${name}, ${role} → ${expected[role]}`, () => {
        const { before, after } = scenario(role);
        const result = diffVariants(variant("v1", "v1", before), variant("v2", "v2", after), { mode: "version" });
        expect(result.changes.map((change) => [change.kind, change.severity])).toEqual([[kind, expected[role]]]);
      });
    }
  }

  it("the same changes are all drift in variant mode", () => {
    for (const [, scenario] of rows) {
      for (const role of roles) {
        const { before, after } = scenario(role);
        const result = diffVariants(variant("go", "go", before), variant("csharp", "cs", after), { mode: "variant" });
        expect(result.changes.length).toBe(1);
        expect(result.changes[0]?.severity).toBe("drift");
      }
    }
  });

  it("grades a declaration whose role changed as shared", () => {
    const before = single("v1", model(ID, "Thing", [f("note", t.string)], { role: "response" }));
    const after = single("v2", model(ID, "Thing", [f("note", t.string, { required: true })], { role: "request" }));
    // optional → required: non-breaking for a response, breaking for a request; shared takes the worse.
    expect(diffVariants(before, after, { mode: "version" }).changes.map((change) => change.severity)).toEqual(["breaking"]);
  });

  it("severityOf: variant mode is always drift", () => {
    expect(severityOf("variant", { kind: "model-removed", role: "request" })).toBe("drift");
    expect(severityOf("version", { kind: "model-removed", role: "request" })).toBe("breaking");
  });
});
