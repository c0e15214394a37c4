/**
 * The Webhook pages of `specs/go` and `specs/csharp`, as the parser turns them into IR.
 * The enums are cut down to a few values; ObjectType gains `accounting_bill` in C#, as the real page does.
 */
import type { Variant } from "../../src/ir/types.js";
import { enumDecl, f, model, t, variant } from "./builder.js";

const GO = "docs/pkg/models/shared/";
const CS = "docs/Models/Components/";

export function goVariant(): Variant {
  return variant(
    "go",
    "specs/go",
    [
      enumDecl(`${GO}event.md`, "Event", ["updated", "created", "deleted"]),
      model(`${GO}meta.md`, "Meta", []),
      enumDecl(`${GO}objecttype.md`, "ObjectType", ["accounting_account", "accounting_transaction", "payment_payment"]),
      enumDecl(`${GO}webhooktype.md`, "WebhookType", ["virtual", "native"]),
      model(
        `${GO}webhook.md`,
        "Webhook",
        [
          f("CheckedAt", t.dateTime, { typeText: "[*time.Time](https://pkg.go.dev/time#Time)" }),
          f("ConnectionID", t.string, { required: true, typeText: "*string*" }),
          f("CreatedAt", t.dateTime, { typeText: "[*time.Time](https://pkg.go.dev/time#Time)" }),
          f("Environment", t.string, { typeText: "**string*", description: "N/A" }),
          f("Event", t.ref(`${GO}event.md`, "shared.Event"), { required: true }),
          f("Fields", t.string),
          f("Filters", t.map(t.string), { typeText: "map[string]*string*" }),
          f("HookURL", t.string, { required: true }),
          f("ID", t.string),
          f("IntegrationType", t.string),
          f("Interval", t.number, { typeText: "**float64*" }),
          f("IsHealthy", t.boolean),
          f("Meta", t.ref(`${GO}meta.md`, "*shared.Meta")),
          f("ObjectType", t.ref(`${GO}objecttype.md`, "shared.ObjectType"), { required: true }),
          f("PageMaxLimit", t.number),
          f("Runs", t.array(t.string), { typeText: "[]*string*", description: "An array of the most revent virtual webhook runs" }),
          f("UpdatedAt", t.dateTime),
          f("WebhookType", t.ref(`${GO}webhooktype.md`, "*shared.WebhookType")),
          f("WorkspaceID", t.string),
        ],
        { description: "A webhook is used to POST new/updated information to your server." },
      ),
    ],
    "go",
  );
}

export function csharpVariant(): Variant {
  return variant(
    "csharp",
    "specs/csharp",
    [
      enumDecl(`${CS}DbType.md`, "DbType", ["mongodb", "mysql", "postgres", "mssql", "mariadb"]),
      enumDecl(`${CS}Event.md`, "Event", ["updated", "created", "deleted"]),
      enumDecl(`${CS}ObjectType.md`, "ObjectType", ["accounting_account", "accounting_transaction", "accounting_bill", "payment_payment"]),
      enumDecl(`${CS}WebhookType.md`, "WebhookType", ["virtual", "native"]),
      model(
        `${CS}Webhook.md`,
        "Webhook",
        [
          f("CheckedAt", t.dateTime, { typeText: "[DateTime](https://learn.microsoft.com/en-us/dotnet/api/system.datetime?view=net-5.0)" }),
          f("ConnectionId", t.string, { required: true }),
          f("CreatedAt", t.dateTime),
          f("DbNamePrefix", t.string),
          f("DbSchema", t.string),
          f("DbType", t.ref(`${CS}DbType.md`, "DbType")),
          f("DbUrl", t.string),
          f("Environment", t.string, { description: "" }),
          f("Event", t.ref(`${CS}Event.md`, "Models.Components.Event"), { required: true }),
          f("Fields", t.string),
          f("Filters", t.map(t.any), { typeText: "Dictionary<String, *object*>" }),
          f("HookUrl", t.string),
          f("Id", t.string),
          f("IntegrationType", t.string),
          f("Interval", t.number, { typeText: "*double*" }),
          f("IsHealthy", t.boolean),
          f("IsPaused", t.boolean),
          f("ObjectType", t.ref(`${CS}ObjectType.md`, "ObjectType"), { required: true }),
          f("PageMaxLimit", t.number),
          f("Runs", t.array(t.string), { typeText: "List<*string*>", description: "An array of the most  revent virtual webhook runs\n" }),
          f("UpdatedAt", t.dateTime),
          f("WebhookType", t.ref(`${CS}WebhookType.md`, "WebhookType")),
          f("WorkspaceId", t.string),
        ],
        { description: "A webhook is used to POST new/updated information to your server.\n" },
      ),
    ],
    "csharp",
  );
}
