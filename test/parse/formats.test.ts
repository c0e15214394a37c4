// Issue 21: page shapes of OpenAPI Generator, swagger-codegen and APIMatic, each an excerpt of the page of
// ../shared/corpus/generators named beside it, read through the real pipeline: which format and dialect a
// folder is read in, what each section declares, rows the templates broke, enum and union pages.
import { describe, expect, it } from "vitest";
import type { Declaration, Dialect, GeneratorFormat, Variant } from "../../src/ir/types.js";
import { parsePages } from "../../src/parse/index.js";

const properties = "Name | Type | Description | Notes\n------------ | ------------- | ------------- | -------------";

function read(pages: Record<string, string>, given: { dialect?: Dialect; format?: GeneratorFormat } = {}): Variant {
  return parsePages("t", ".", Object.entries(pages).map(([id, text]) => ({ id, text })), given);
}

function declaration(variant: Variant, id: string): Declaration {
  const found = variant.declarations.find((d) => d.id === id);
  if (found === undefined) throw new Error(`no declaration ${id} among ${variant.declarations.map((d) => d.id).join(", ")}`);
  return found;
}

function fields(variant: Variant, id: string): string[] {
  const found = declaration(variant, id);
  if (found.kind !== "model") throw new Error(`${id} is a ${found.kind}`);
  return found.fields.map((f) => `${f.name}${(f.unstated ?? []).includes("required") ? "" : f.required ? "!" : "?"}`);
}

function codes(variant: Variant): string[] {
  return variant.diagnostics.map((d) => `${d.source.file}:${d.source.line} ${d.severity} ${d.code}`);
}

describe("the format and dialect of a folder", () => {
  it("reads OpenAPI Generator's Go pages as such: Properties with notes, Methods skipped, `Pointer to`", () => {
    // openapi-generator/vrchat/go/docs/CreateGroupAnnouncementRequest.md
    const variant = read({
      "docs/CreateGroupAnnouncementRequest.md": `# CreateGroupAnnouncementRequest\n\n## Properties\n\n${properties}\n**Title** | **string** | Announcement title | \n**Text** | Pointer to **string** | Announcement text | [optional] \n\n## Methods\n\n### NewCreateGroupAnnouncementRequest\n\n\`func NewCreateGroupAnnouncementRequest(title string, ) *CreateGroupAnnouncementRequest\`\n\n[[Back to Model list]](../README.md#documentation-for-models) [[Back to API list]](../README.md#documentation-for-api-endpoints) [[Back to README]](../README.md)\n`,
    });
    expect([variant.format, variant.dialect]).toEqual(["openapi-generator", "go"]);
    expect(fields(variant, "docs/CreateGroupAnnouncementRequest.md")).toEqual(["Title!", "Text?"]);
    expect(codes(variant)).toEqual([]);
  });

  it("reads a folder of Rust pages in the Rust dialect", () => {
    // openapi-generator/vrchat/rust/docs/Badge.md (excerpt)
    const variant = read({
      "docs/Badge.md": `# Badge\n\n## Properties\n\n${properties}\n**assigned_at** | Option<**String**> | | [optional]\n**badge_id** | **String** | | \n**badges** | Option<[**Vec<models::Badge>**](Badge.md)> | | [optional]\n**count** | **i32** | | \n`,
    });
    expect([variant.format, variant.dialect]).toEqual(["openapi-generator", "rust"]);
    expect(codes(variant)).toEqual([]);
  });

  it("takes a format given over the evidence", () => {
    const page = { "docs/X.md": `# X\n\n## Fields\n\n| Name | Type | Tags | Description |\n|  --- | --- | --- | --- |\n| \`a\` | \`string\` | Required | - |\n` };
    expect(read(page).format).toBe("apimatic");
    expect(read(page, { format: "speakeasy" }).format).toBe("speakeasy");
  });

  it("reads a mark's absence only where the variant uses the mark", () => {
    // A page whose every field is required writes no `[optional]`: the other pages of its folder say what that means.
    const allRequired = `# Amount\n\n## Properties\n\n${properties}\n**value** | **Integer** | Value of time unit | \n`;
    const withOptional = `# Other\n\n## Properties\n\n${properties}\n**note** | **String** | | [optional]\n`;
    expect(fields(read({ "docs/Amount.md": allRequired, "docs/Other.md": withOptional }), "docs/Amount.md")).toEqual(["value!"]);
    expect(fields(read({ "docs/Amount.md": allRequired }), "docs/Amount.md")).toEqual(["value"]);
  });
});

describe("titles", () => {
  it("reads a title written with a second # (PHP) and a namespaced title (dart, C#) by the type's name", () => {
    // openapi-generator/conekta/php/docs/Model/ChargeResponse.md, openapi-generator/vrchat/dart/…/Avatar.md
    const variant = read({
      "docs/Model/ChargeResponse.md": `# # ChargeResponse\n\n## Properties\n\n${properties}\n**amount** | **int** |  |\n**channel** | **string** |  | [optional]\n`,
      "doc/Avatar.md": `# vrchat_dart_generated.model.Avatar\n\n## Load the model package\n\`\`\`dart\nimport 'package:vrchat_dart_generated/api.dart';\n\`\`\`\n\n## Properties\n${properties}\n**acknowledgements** | **String** |  | [optional] \n`,
    });
    const charge = declaration(variant, "docs/Model/ChargeResponse.md");
    expect([charge.name, charge.canonicalName]).toEqual(["ChargeResponse", "ChargeResponse"]);
    expect(declaration(variant, "doc/Avatar.md").canonicalName).toBe("Avatar");
  });
});

describe("rows the templates broke", () => {
  it("reads rows run together on one line as the rows they are (Dropbox Sign's C#)", () => {
    // openapi-generator/dropbox-sign/csharp/sdks/dotnet/docs/AccountCreateRequest.md
    const line =
      "**EmailAddress** | **string** |  The email address which will be associated with the new Account.  | **ClientId** | **string** |  Used when creating a new account with OAuth authorization.<br><br>See [OAuth 2.0 Authorization](https://app.hellosign.com/api/oauthWalkthrough#OAuthAuthorization)  | [optional] **ClientSecret** | **string** |  Used when creating a new account with OAuth authorization.  | [optional] **Locale** | **string** |  The locale used in this Account.  | [optional] ";
    const variant = read({ "docs/AccountCreateRequest.md": `# Dropbox.Sign.Model.AccountCreateRequest\n\n## Properties\n\n${properties}\n${line}\n` });
    expect(fields(variant, "docs/AccountCreateRequest.md")).toEqual(["EmailAddress!", "ClientId?", "ClientSecret?", "Locale?"]);
    expect(codes(variant)).toEqual(["docs/AccountCreateRequest.md:7 warning joined-rows"]);
    const model = declaration(variant, "docs/AccountCreateRequest.md");
    expect(model.kind === "model" && model.fields.map((f) => f.source.column)).toEqual([1, 102, 308, 414]);
  });

  it("reads a description holding an unescaped pipe, with the notes after it", () => {
    // openapi-generator/vrchat/go/docs/CurrentUser.md:58
    const variant = read({
      "docs/CurrentUser.md": `# CurrentUser\n\n## Properties\n\n${properties}\n**Username** | Pointer to **string** | -| **DEPRECATED:** VRChat API no longer return usernames of other users. | [optional] \n**Id** | **string** | | \n`,
    });
    const model = declaration(variant, "docs/CurrentUser.md");
    expect(fields(variant, "docs/CurrentUser.md")).toEqual(["Username?", "Id!"]);
    expect(model.kind === "model" && model.fields[0]?.description).toBe("-| DEPRECATED: VRChat API no longer return usernames of other users.");
    expect(codes(variant)).toEqual(["docs/CurrentUser.md:7 warning unescaped-pipe"]);
  });

  it("reads a cell broken across two lines as one row, typed by the inline enum it links to", () => {
    // swagger-codegen/sendinblue/java/docs/AbTestCampaignResult.md
    const variant = read({
      "docs/AbTestCampaignResult.md": `# AbTestCampaignResult\n\n## Properties\n\n${properties}\n**winningVersion** | [**\nWinningVersionEnum**](#WinningVersionEnum) | Winning Campaign Info. |  [optional]\n**openRate** | **String** | Open rate for current winning version |  [optional]\n\n<a name="WinningVersionEnum"></a>\n\n## Enum: WinningVersionEnum\n\nName | Value\n---- | -----\nNOTAVAILABLE | &quot;notAvailable&quot;\nPENDING | &quot;pending&quot;\n`,
    });
    expect(fields(variant, "docs/AbTestCampaignResult.md")).toEqual(["winningVersion?", "openRate?"]);
    const model = declaration(variant, "docs/AbTestCampaignResult.md");
    expect(model.kind === "model" && model.fields[0]?.type).toEqual({ kind: "ref", target: "docs/AbTestCampaignResult.md#winningversionenum", written: "WinningVersionEnum" });
    const enumDecl = declaration(variant, "docs/AbTestCampaignResult.md#winningversionenum");
    expect(enumDecl.kind === "enum" && [enumDecl.name, enumDecl.values.map((v) => [v.name, v.value])]).toEqual(["WinningVersionEnum", [["NOTAVAILABLE", "notAvailable"], ["PENDING", "pending"]]]);
    expect(codes(variant)).toEqual(["docs/AbTestCampaignResult.md:7 warning broken-cell"]);
  });

  it("reports a line of links after a table (no blank line before it) as an error, not a field", () => {
    // swagger-codegen/sendinblue/php/docs/Model/GetExtendedCampaignOverview.md:35
    const variant = read({
      "docs/Model/X.md": `# X\n\n## Properties\n${properties}\n**returnBounce** | **int** | Total number of non-delivered campaigns. | [optional] \n[[Back to Model list]](../../README.md#documentation-for-models) [[Back to README]](../../README.md)\n`,
    });
    expect(fields(variant, "docs/Model/X.md")).toEqual(["returnBounce?"]);
    expect(codes(variant)).toEqual(["docs/Model/X.md:7 error bad-field-name"]);
  });

  it("reads a name marked required with markup by its name alone", () => {
    // openapi-generator/dropbox-sign/python/sdks/python/docs/TemplateResponseDocumentFormFieldText.md
    const variant = read({
      "docs/X.md": `# X\n\n## Properties\n${properties}\n| \`type\`<sup>*_required_</sup> | \`\`\`str\`\`\` |  The type of this form field.  |  [default to 'text'] |\n| \`is_multiline\` | \`\`\`bool\`\`\` |  Whether this form field is multiline text.  |  |\n`,
    });
    expect(fields(variant, "docs/X.md")).toEqual(["type!", "is_multiline?"]);
  });
});

describe("enum pages", () => {
  it("reads OpenAPI Generator's `## Enum` list with names and values on the wire", () => {
    // openapi-generator/conekta/ruby/docs/WebhookLog… (values as `* \`NAME\` (value: \`'x'\`)`), vrchat/go/docs/DeploymentGroup.md
    const variant = read({
      "docs/DeploymentGroup.md": '# DeploymentGroup\n\n## Enum\n\n\n* `BLUE` (value: `"blue"`)\n\n* `ORDER_DOT_PAID` (value: `\'order.paid\'`)\n\n\n[[Back to Model list]](../README.md#documentation-for-models)\n',
    });
    const found = declaration(variant, "docs/DeploymentGroup.md");
    expect(found.kind === "enum" && found.values.map((v) => [v.name, v.value])).toEqual([
      ["BLUE", "blue"],
      ["ORDER_DOT_PAID", "order.paid"],
    ]);
  });

  it("reads Rust's `## Enum Variants` table", () => {
    // openapi-generator/vrchat/rust/docs/ContentFilter.md
    const variant = read({ "docs/ContentFilter.md": "# ContentFilter\n\n## Enum Variants\n\n| Name | Value |\n|---- | -----|\n| ContentAdult | content_adult |\n| ContentGore | content_gore |\n" }, { format: "openapi-generator" });
    const found = declaration(variant, "docs/ContentFilter.md");
    expect(found.kind === "enum" && found.values.map((v) => [v.name, v.value])).toEqual([
      ["ContentAdult", "content_adult"],
      ["ContentGore", "content_gore"],
    ]);
  });

  it("reads an empty Properties table as a type the page does not document (python-legacy and dart write enums so)", () => {
    // openapi-generator/vrchat/python/docs/FavoriteGroupVisibility.md
    const variant = read({ "docs/FavoriteGroupVisibility.md": `# FavoriteGroupVisibility\n\n\n## Properties\n${properties}\n\n[[Back to Model list]](../README.md#documentation-for-models)\n` });
    expect(declaration(variant, "docs/FavoriteGroupVisibility.md")).toMatchObject({ kind: "union", members: [], unstated: ["members"] });
    expect(codes(variant)).toEqual(["docs/FavoriteGroupVisibility.md:5 warning undocumented-type"]);
  });

  it("reads APIMatic's enumeration: the constants' names, their wire values unstated", () => {
    // apimatic/maxio/typescript/doc/models/auto-invite.md
    const variant = read({ "doc/models/auto-invite.md": "\n# Auto Invite\n\n## Enumeration\n\n`AutoInvite`\n\n## Fields\n\n| Name | Description |\n|  --- | --- |\n| `No` | Do not send the invitation email. |\n| `Yes` | Automatically send the invitation email. |\n" });
    const found = declaration(variant, "doc/models/auto-invite.md");
    expect(found).toMatchObject({ kind: "enum", name: "AutoInvite", canonicalName: "AutoInvite" });
    expect(found.kind === "enum" && found.values.map((v) => [v.name, v.value, v.unstated])).toEqual([
      ["No", "No", ["value"]],
      ["Yes", "Yes", ["value"]],
    ]);
    expect(variant.format).toBe("apimatic");
  });
});

describe("union pages", () => {
  it("reads APIMatic's container: its cases table", () => {
    // apimatic/maxio/python/doc/models/containers/subscription-group-signup-component-price-point-id.md
    const variant = read({ "doc/models/containers/x.md": "\n# Subscription Group Signup Component Price Point Id\n\n## Data Type\n\n`str | int`\n\n## Cases\n\n| Type |\n|  --- |\n| `str` |\n| `int` |\n" }, { dialect: "python" });
    const found = declaration(variant, "doc/models/containers/x.md");
    expect(found.canonicalName).toBe("SubscriptionGroupSignupComponentPricePointId");
    expect(found.kind === "union" && found.members.map((m) => m.type)).toEqual([
      { kind: "primitive", name: "string" },
      { kind: "primitive", name: "integer" },
    ]);
  });

  it("reads a Ruby oneOf documented in its `openapi_one_of` example code, and the field its discriminator names", () => {
    // openapi-generator/conekta/ruby/docs/ChargeOrderResponsePaymentMethod.md (excerpt; the generator titles both discriminator sections `openapi_discriminator_name`)
    const code = "```ruby\nrequire 'conekta'\n\nConekta::ChargeOrderResponsePaymentMethod.openapi_one_of\n# =>\n# [\n#   :'PaymentMethodBankTransfer',\n#   :'PaymentMethodCard'\n# ]\n```";
    const name = "```ruby\nrequire 'conekta'\n\nConekta::ChargeOrderResponsePaymentMethod.openapi_discriminator_name\n# => :'object'\n```";
    const mapping = "```ruby\nrequire 'conekta'\n\nConekta::ChargeOrderResponsePaymentMethod.openapi_discriminator_mapping\n# =>\n# {\n#   :'bank_transfer_payment' => :'PaymentMethodBankTransfer',\n#   :'card_payment' => :'PaymentMethodCard'\n# }\n```";
    const variant = read({
      "docs/ChargeOrderResponsePaymentMethod.md": `# Conekta::ChargeOrderResponsePaymentMethod\n\n## Class instance methods\n\n### \`openapi_one_of\`\n\nReturns the list of classes defined in oneOf.\n\n#### Example\n\n${code}\n\n### \`openapi_discriminator_name\`\n\nReturns the discriminator's property name.\n\n#### Example\n\n${name}\n\n### \`openapi_discriminator_name\`\n\nReturns the discriminator's mapping.\n\n#### Example\n\n${mapping}\n`,
      "docs/PaymentMethodBankTransfer.md": `# Conekta::PaymentMethodBankTransfer\n\n## Properties\n\n| Name | Type | Description | Notes |\n| ---- | ---- | ----------- | ----- |\n| **type** | **String** |  | [optional] |\n`,
      "docs/PaymentMethodCard.md": `# Conekta::PaymentMethodCard\n\n## Properties\n\n| Name | Type | Description | Notes |\n| ---- | ---- | ----------- | ----- |\n| **type** | **String** |  | [optional] |\n`,
    });
    const found = declaration(variant, "docs/ChargeOrderResponsePaymentMethod.md");
    expect(found.kind === "union" && found.members.map((m) => m.type)).toEqual([
      { kind: "ref", target: "docs/PaymentMethodBankTransfer.md", written: "PaymentMethodBankTransfer" },
      { kind: "ref", target: "docs/PaymentMethodCard.md", written: "PaymentMethodCard" },
    ]);
    expect(found.kind === "union" && found.discriminator).toEqual({
      field: "object",
      mapping: [
        { value: "bank_transfer_payment", member: 0 },
        { value: "card_payment", member: 1 },
      ],
    });
    expect(codes(variant)).toEqual([]);
  });
});
