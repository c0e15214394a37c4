// Issue 22: descriptions read as text (match/description-text.ts) and generator renames by rule (match/renames.ts).
import { describe, expect, it } from "vitest";
import { declarationAffix, descriptionText, fieldRename, generatorBoilerplate, sentenceCounts, withoutBoilerplate } from "../../src/match/index.js";
import { f, model, t } from "../diff/builder.js";

describe("descriptions as text", () => {
  it("reads what swagger-codegen and OpenAPI Generator encode as a person reads it", () => {
    // generators/swagger-codegen/sendinblue/go/docs/ … `&#x60;groupId&#x60;`, `\&quot;Joe\&quot;`, `&lt;a href&#x3D;…&gt;`
    expect(descriptionText("Optional if &#x60;groupId&#x60; is set.")).toBe("Optional if groupId is set.");
    expect(descriptionText("Optional if `groupId` is set.")).toBe("Optional if groupId is set.");
    expect(descriptionText("For example, {\\&quot;FNAME\\&quot;:\\&quot;Joe\\&quot;}. Only if &#39;type&#39; is")).toBe(`For example, {"FNAME":"Joe"}. Only if "type" is`);
    // A literal in one language's quotes is the literal in another's.
    expect(descriptionText("**Value**: `'not_null'`")).toBe(descriptionText('**Value**: `"not_null"`'));
    expect(descriptionText("It's the user's id")).toBe("It's the user's id");
    expect(descriptionText("received &lt;a href&#x3D;\\&quot;https://x\\&quot;&gt;from a webhook&lt;/a&gt; or")).toBe("received from a webhook or");
    expect(descriptionText('received <a href="https://x">from a webhook</a> or')).toBe("received from a webhook or");
    expect(descriptionText("a **bold**  and\n_emphasised_ word")).toBe("a bold and emphasised word");
  });

  it("takes a placeholder for no description, and keeps text that differs in words", () => {
    for (const none of ["N/A", "-", "—", "  ", ""]) expect(descriptionText(none)).toBe("");
    expect(descriptionText("The amount.")).not.toBe(descriptionText("The amount, in cents."));
  });

  it("sets apart a sentence one side's generator writes in many descriptions and the other never writes", () => {
    // APIMatic: "This is a container for one-of cases." (generators/apimatic/maxio/python/doc/models/on-off-component.md)
    const boiler = "This is a container for one-of cases.";
    const own = [...Array.from({ length: 5 }, (_, i) => `${boiler} Case ${i}.`), "The price."];
    const other = ["Case 0.", "The price."];
    const found = generatorBoilerplate(sentenceCounts(own), sentenceCounts(other));
    expect([...found]).toEqual([boiler]);
    expect(withoutBoilerplate(own[0]!, found)).toBe("Case 0.");
    // Written on both sides, it is the API's text.
    expect([...generatorBoilerplate(sentenceCounts(own), sentenceCounts([...other, boiler]))]).toEqual([]);
  });
});

describe("generator renames", () => {
  // fieldRename reads canonical names: real fields, built as the parser builds them.
  const field = (name: string) => model("m.md", "M", [f(name, t.string)]).fields[0]!;
  const rule = (left: string, right: string, modelName: string, typeName?: (name: string) => string | undefined) =>
    fieldRename(field(left), field(right), modelName, typeName === undefined ? undefined : (x) => typeName(x.name));

  it("knows a member renamed for clashing with its class, an escaped name, a member named after its type or its model", () => {
    expect(rule("email", "emailValue", "Email")).toEqual({ rule: "class-clash", renamed: "right" });
    expect(rule("_email", "email_value", "Email")).toEqual({ rule: "class-clash", renamed: "right" });
    // generators/openapi-generator/conekta/python/docs/RiskRulesData.md `var_field` for `field`.
    expect(rule("var_field", "field", "RiskRulesData")).toEqual({ rule: "escape", renamed: "left" });
    expect(rule("data", "v2Workflow", "V2GetWorkflowResponse", (name) => (name === "v2Workflow" || name === "data" ? "V2Workflow" : undefined))).toEqual({ rule: "type-name", renamed: "right" });
    expect(rule("metadata", "accountMetadata", "AccountRequest")).toEqual({ rule: "model-prefix", renamed: "right" });
    expect(rule("a", "b", "M")).toBeUndefined();
  });

  it("takes no other two names for one: one word more is not a rename unless a rule says why", () => {
    expect(rule("amount", "totalAmount", "Invoice")).toBeUndefined();
    expect(rule("email", "emailValue", "Contact")).toBeUndefined();
    expect(rule("name", "fullName", "Person")).toBeUndefined();
  });

  it("finds a word one side's generator puts before every declaration name", () => {
    const names = ["Pet", "Owner", "Tag", "Order", "User", "Store", "Category", "Address", "Photo", "Vet"];
    const plain = names.map((name) => model(`${name}.md`, name, []));
    const prefixed = names.map((name) => model(`Model${name}.md`, `Model${name}`, []));
    expect(declarationAffix(plain, prefixed)).toEqual({ side: "right", position: "prefix", word: "model" });
    expect(declarationAffix(plain, plain)).toBeUndefined();
  });
});
