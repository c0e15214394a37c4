// The two seed dialects, read from the bundled specs (copies of ../shared/seeds and the pages they link to).
// Every expectation below was checked by hand against the Markdown pages.
import { describe, expect, it } from "vitest";
import type { Declaration, Field, ModelDecl, Variant } from "../../src/ir/types.js";
import { parseFolder } from "../../src/parse/index.js";

function model(variant: Variant, name: string): ModelDecl {
  const found = variant.declarations.find((declaration) => declaration.name === name);
  if (found?.kind !== "model") throw new Error(`no model ${name}`);
  return found;
}

function field(decl: ModelDecl, name: string): Field {
  const found = decl.fields.find((f) => f.name === name);
  if (!found) throw new Error(`no field ${name}`);
  return found;
}

function kinds(declarations: readonly Declaration[]) {
  return declarations.map((declaration) => [declaration.kind, declaration.name]);
}

describe("Go seed (specs/go, 2025 dialect)", async () => {
  const go = await parseFolder("specs/go");
  const webhook = model(go, "Webhook");

  it("detects the dialect from the pages and reports nothing", () => {
    expect(go.dialect).toBe("go");
    expect(go.diagnostics).toEqual([]);
  });

  it("declares every page, sorted by path", () => {
    expect(kinds(go.declarations)).toEqual([
      ["enum", "Event"],
      ["model", "Meta"],
      ["enum", "ObjectType"],
      ["model", "Webhook"],
      ["enum", "WebhookType"],
    ]);
  });

  it("reads the Webhook fields in the docs' order with their requiredness", () => {
    expect(webhook.fields.map((f) => [f.name, f.canonicalName, f.required])).toEqual([
      ["CheckedAt", "checkedAt", false],
      ["ConnectionID", "connectionId", true],
      ["CreatedAt", "createdAt", false],
      ["Environment", "environment", false],
      ["Event", "event", true],
      ["Fields", "fields", false],
      ["Filters", "filters", false],
      ["HookURL", "hookUrl", true],
      ["ID", "id", false],
      ["IntegrationType", "integrationType", false],
      ["Interval", "interval", false],
      ["IsHealthy", "isHealthy", false],
      ["Meta", "meta", false],
      ["ObjectType", "objectType", true],
      ["PageMaxLimit", "pageMaxLimit", false],
      ["Runs", "runs", false],
      ["UpdatedAt", "updatedAt", false],
      ["WebhookType", "webhookType", false],
      ["WorkspaceID", "workspaceId", false],
    ]);
  });

  it("maps each Go type notation to the IR", () => {
    expect(field(webhook, "CheckedAt").type).toEqual({ kind: "primitive", name: "date-time" }); // [*time.Time](…)
    expect(field(webhook, "ConnectionID").type).toEqual({ kind: "primitive", name: "string" }); // *string*
    expect(field(webhook, "Environment").type).toEqual({ kind: "primitive", name: "string" }); // **string*
    expect(field(webhook, "Filters").type).toEqual({ kind: "map", values: { kind: "primitive", name: "string" } });
    expect(field(webhook, "Interval").type).toEqual({ kind: "primitive", name: "number" }); // **float64*
    expect(field(webhook, "IsHealthy").type).toEqual({ kind: "primitive", name: "boolean" });
    expect(field(webhook, "Runs").type).toEqual({ kind: "array", items: { kind: "primitive", name: "string" } });
    expect(field(webhook, "Event").type).toEqual({ kind: "ref", target: "docs/pkg/models/shared/event.md", written: "shared.Event" });
    expect(field(webhook, "Meta").type).toEqual({ kind: "ref", target: "docs/pkg/models/shared/meta.md", written: "shared.Meta" });
    expect(field(webhook, "Runs").description).toBe("An array of the most revent virtual webhook runs");
    expect(field(webhook, "ID").description).toBe(""); // N/A
  });

  it("keeps a source position on every field and value", () => {
    expect(field(webhook, "CheckedAt").source).toEqual({ file: "docs/pkg/models/shared/webhook.md", line: 10, column: 1 });
    expect(field(webhook, "WorkspaceID").source.line).toBe(28);
    const event = go.declarations.find((d) => d.name === "Event");
    expect(event?.kind === "enum" && event.values.map((v) => [v.name, v.value, v.source.line])).toEqual([
      ["EventUpdated", "updated", 8],
      ["EventCreated", "created", 9],
      ["EventDeleted", "deleted", 10],
    ]);
  });

  it("reads a Fields table with no rows as an empty model", () => {
    expect(model(go, "Meta").fields).toEqual([]);
  });
});

describe("C# seed (specs/csharp)", async () => {
  const csharp = await parseFolder("specs/csharp");
  const webhook = model(csharp, "Webhook");

  it("detects the dialect and reports nothing", () => {
    expect(csharp.dialect).toBe("csharp");
    expect(csharp.diagnostics).toEqual([]);
  });

  it("maps each C# type notation to the IR", () => {
    // [DateTime](…): C#'s date class, which generators write for dates too, says "date-time" weakly.
    expect(field(webhook, "CheckedAt").type).toEqual({ kind: "primitive", name: "date-time", weak: ["time"] });
    expect(field(webhook, "Filters").type).toEqual({ kind: "map", values: { kind: "any" } }); // Dictionary<String, *object*>
    expect(field(webhook, "Runs").type).toEqual({ kind: "array", items: { kind: "primitive", name: "string" } }); // List<*string*>
    expect(field(webhook, "Interval").type).toEqual({ kind: "primitive", name: "number" }); // *double*
    expect(field(webhook, "Event").type).toEqual({ kind: "ref", target: "docs/Models/Components/Event.md", written: "Models.Components.Event" });
    expect(field(webhook, "DbType").type).toEqual({ kind: "ref", target: "docs/Models/Components/DbType.md", written: "DbType" });
  });

  it("gives C# and Go spellings of a field the same canonical name", () => {
    expect(field(webhook, "ConnectionId").canonicalName).toBe("connectionId");
    expect(field(webhook, "HookUrl").canonicalName).toBe("hookUrl");
    expect(field(webhook, "Id").canonicalName).toBe("id");
    expect(field(webhook, "HookUrl").required).toBe(false);
  });
});
