// Issue 22: what a declaration is to the SDK, decided by what its fields are and hold (ir/sdk-shape.ts),
// never by its name: each case below renames the models of the corpus to names no SDK uses.
import { describe, expect, it } from "vitest";
import { withSdkShape } from "../../src/ir/sdk-shape.js";
import type { Declaration, ModelDecl } from "../../src/ir/types.js";
import { f, model, t } from "../diff/builder.js";

const shape = (declarations: Declaration[]) =>
  Object.fromEntries(withSdkShape(declarations).map((d) => [d.name, [d.sdk ?? "api", ...(d.kind === "model" ? d.fields.filter((x) => x.transport).map((x) => `${x.canonicalName}:${x.transport}`) : [])]]));

describe("response envelopes and transport data", () => {
  it("finds an envelope by its raw response, and its status code, content type and headers with it", () => {
    // go/docs/pkg/models/operations/removeaccountingaccountresponse.md, under another name.
    const envelope = model("ops/fetch.md", "Fetch", [
      f("ContentType", t.string, { required: true }),
      f("Headers", t.map(t.array(t.string)), { required: true }),
      f("StatusCode", t.integer, { required: true }),
      f("RawResponse", t.httpResponse, { required: true }),
      f("Thing", t.ref("shared/thing.md", "shared.Thing")),
    ]);
    expect(shape([envelope, model("shared/thing.md", "Thing", [f("id", t.string)])])).toEqual({
      Fetch: ["envelope", "contentType:content-type", "headers:headers", "statusCode:status-code", "rawResponse:raw-response"],
      Thing: ["api"],
    });
  });

  it("finds C#'s HTTP metadata model as transport data, and the envelope that holds it", () => {
    // formance/csharp/docs/Models/Components/HTTPMetadata.md and …/Requests/ActivateConfigResponse.md, renamed.
    const metadata = model("c/wire.md", "Wire", [f("Response", t.httpResponse, { required: true }), f("Request", t.httpResponse, { required: true })]);
    const envelope = model("r/activate.md", "Activate", [f("HttpMeta", t.ref("c/wire.md", "Wire"), { required: true }), f("Config", t.ref("c/config.md", "Config"))]);
    expect(shape([metadata, envelope, model("c/config.md", "Config", [f("a", t.string)])])).toEqual({
      Wire: ["transport"],
      Activate: ["envelope", "httpMeta:http-metadata"],
      Config: ["api"],
    });
  });

  it("takes an operation's response of two HTTP parts for an envelope, but not one part, nor an API model that logs HTTP calls", () => {
    const response = (name: string, fields: ReturnType<typeof f>[], role: ModelDecl["role"] = "response") => model(`ops/${name}.md`, name, fields, { role });
    expect(
      shape([
        response("Two", [f("statusCode", t.vagueNumber, { required: true }), f("contentType", t.string, { required: true }), f("body", t.string)]),
        response("One", [f("headers", t.map(t.array(t.string)), { required: true }), f("result", t.any)]),
        // A webhook delivery of the API (a shared model): its status code and headers are the API's data.
        response("Delivery", [f("statusCode", t.integer), f("headers", t.map(t.string)), f("contentType", t.string)], "shared"),
        // A status code that is not a number is no status code.
        response("Odd", [f("statusCode", t.string), f("contentType", t.string)]),
      ]),
    ).toEqual({ Two: ["envelope", "statusCode:status-code", "contentType:content-type"], One: ["api"], Delivery: ["api"], Odd: ["api"] });
  });

  it("takes a binary body handed over as the SDK's response for the body, not transport data", () => {
    // python/docs/models/operations/createpassthroughjsonresponse.md types a streamed body as httpx.Response.
    const envelope = model("ops/pass.md", "Pass", [f("RawResponse", t.httpResponse, { required: true }), f("DefaultWildcardWildcardResponseStream", t.httpResponse)]);
    expect(shape([envelope])).toEqual({ Pass: ["envelope", "rawResponse:raw-response"] });
  });
});

describe("SDK utilities", () => {
  it("finds retry settings, credentials and global parameters by their words, when no API model uses them", () => {
    // python/docs/models/utils/retryconfig.md, and formance/go/docs/pkg/models/shared/security.md.
    const retry = model("u/policy.md", "RetryConfig", [f("strategy", t.string), f("backoff", t.ref("u/policy.md#wait", "Wait")), f("retry_connection_errors", t.boolean)]);
    const backoff = model("u/policy.md#wait", "Wait", [f("initial_interval", t.integer), f("max_interval", t.integer), f("exponent", t.number), f("max_elapsed_time", t.integer)]);
    const credentials = model("s/security.md", "Security", [f("ClientID", t.string), f("ClientSecret", t.string), f("TokenURL", t.string)]);
    const globals = model("s/globals.md", "SdkGlobals", [f("ledger", t.string)]);
    const requests = ["a", "b"].map((name) => model(`ops/${name}.md`, `${name}Request`, [f("ledger", t.string, { required: true }), f("id", t.string)], { role: "request" }));
    expect(shape([retry, backoff, credentials, globals, ...requests])).toMatchObject({ RetryConfig: ["utility"], Wait: ["utility"], Security: ["utility"], SdkGlobals: ["utility"] });
  });

  it("leaves alone a model an API model refers to, and one whose words are the API's", () => {
    const policy = model("s/retrypolicy.md", "RetryPolicy", [f("maxAttempts", t.integer), f("interval", t.integer)]);
    const webhook = model("s/webhook.md", "Webhook", [f("url", t.string), f("retry", t.ref("s/retrypolicy.md", "RetryPolicy"))]);
    // formance/java/docs/models/shared/UpdateAccount.md: its fields are request parameters too, but it is no global.
    const update = model("s/updateaccount.md", "UpdateAccount", [f("id", t.string), f("ledger", t.string), f("metadata", t.map(t.string))]);
    const requests = ["a", "b"].map((name) => model(`ops/${name}.md`, `${name}Request`, [f("id", t.string), f("ledger", t.string), f("metadata", t.map(t.string))], { role: "request" }));
    const credentials = model("s/credentials.md", "Credentials", [f("username", t.string), f("password", t.string), f("createdAt", t.dateTime)]);
    expect(shape([policy, webhook, update, credentials, ...requests])).toMatchObject({ RetryPolicy: ["api"], Webhook: ["api"], UpdateAccount: ["api"], Credentials: ["api"] });
  });
});
