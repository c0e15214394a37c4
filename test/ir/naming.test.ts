// Names across languages: the spellings of one field in the five corpus dialects meet in one canonical name.
import { describe, expect, it } from "vitest";
import { canonicalFieldName, canonicalTypeName, emittedFieldName, matchKey, moduleFileName, typeIdentifier } from "../../src/ir/naming.js";

describe("canonical names", () => {
  it.each([
    ["HookURL", "hookUrl"], // Go
    ["HookUrl", "hookUrl"], // C#
    ["hookUrl", "hookUrl"], // TypeScript, Java
    ["hook_url", "hookUrl"], // Python
    ["ConnectionID", "connectionId"],
    ["ID", "id"],
    ["DbURL", "dbUrl"],
    ["UserIDs", "userIds"],
    ["user_ids", "userIds"],
    ["HTTPMeta", "httpMeta"],
  ])("%s → %s", (written, canonical) => {
    expect(canonicalFieldName(written)).toBe(canonical);
  });

  it("type names drop the package and are PascalCase", () => {
    expect(canonicalTypeName("shared.Webhook")).toBe("Webhook");
    expect(canonicalTypeName("Models.Components.Event")).toBe("Event");
    expect(canonicalTypeName("webhook_type")).toBe("WebhookType");
  });

  it("match keys ignore case and separators", () => {
    expect(matchKey("DBType")).toBe(matchKey("DbType"));
    expect(matchKey("db_type")).toBe("dbtype");
  });

  it("emitted names follow the policy", () => {
    const field = { name: "HookURL", canonicalName: "hookUrl" };
    expect(emittedFieldName(field, "camel")).toBe("hookUrl");
    expect(emittedFieldName(field, "as-written")).toBe("HookURL");
    expect(emittedFieldName(field, "snake")).toBe("hook_url");
  });

  it("type identifiers are always safe TypeScript names", () => {
    expect(typeIdentifier("Webhook")).toBe("Webhook");
    expect(typeIdentifier("5")).toBe("T5");
    expect(typeIdentifier("Boolean")).toBe("BooleanType");
    expect(typeIdentifier("Evil*/Name")).toBe("EvilName");
    expect(moduleFileName("WebhookType")).toBe("webhook-type");
  });
});
