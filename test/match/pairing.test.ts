// Matching across dialects beyond names: link targets, binary body fields, and SDK body types.
import { describe, expect, it } from "vitest";
import { diffVariants } from "../../src/diff/index.js";
import { pairDeclarations, pairFields } from "../../src/match/index.js";
import { enumDecl, f, model, t, variant } from "../diff/builder.js";

const summary = (result: ReturnType<typeof diffVariants>) =>
  result.changes.map((c) => [c.kind, c.model, c.field ?? "", c.left ?? "", c.right ?? ""].join(" | "));

describe("declarations by link target", () => {
  // The corpus case: typescript/docs/sdk/models/shared/returntypet.md is `ReturnTypeT` (ReturnType is a
  // TypeScript built-in); go/docs/pkg/models/shared/returntype.md is `ReturnType`; ShippingShipment.returnType
  // links to it in both.
  const go = variant(
    "go",
    "go",
    [
      model("shared/shippingshipment.md", "ShippingShipment", [f("ReturnType", t.ref("shared/returntype.md", "*shared.ReturnType"))]),
      enumDecl("shared/returntype.md", "ReturnType", ["CUSTOMER", "VENDOR"], { open: true }),
    ],
    "go",
  );
  const ts = variant(
    "typescript",
    "ts",
    [
      model("shared/shippingshipment.md", "ShippingShipment", [f("returnType", t.ref("shared/returntypet.md", "shared.ReturnTypeT"))]),
      enumDecl("shared/returntypet.md", "ReturnTypeT", ["CUSTOMER", "VENDOR"], { open: true }),
    ],
    "typescript",
  );

  it("pairs two unpaired pages that paired fields link to, and reports nothing between languages", () => {
    const pairing = pairDeclarations(go, ts, { linkTargets: true });
    expect(pairing.pairs.map(([l, r]) => [l?.name, r?.name])).toEqual([
      ["ReturnType", "ReturnTypeT"],
      ["ShippingShipment", "ShippingShipment"],
    ]);
    expect(pairing.rightNames.get("shared/returntypet.md")).toBe("ReturnType");
    expect(diffVariants(go, ts, { mode: "variant" }).changes).toEqual([]);
  });

  it("compares the paired pages' contents", () => {
    const more = { ...ts, declarations: ts.declarations.map((d) => (d.kind === "enum" ? enumDecl(d.id, d.name, ["CUSTOMER", "VENDOR", "OTHER"], { open: true }) : d)) };
    expect(summary(diffVariants(go, more, { mode: "variant" }))).toEqual(["enum-value-missing | ReturnType |  |  | OTHER"]);
  });

  it("follows link targets found by link target (breadth first)", () => {
    const a = variant("a", "a", [
      model("m.md", "Outer", [f("inner", t.array(t.ref("x.md", "X")))]),
      model("x.md", "X", [f("deep", t.union(t.ref("y.md", "Y"), t.literal(null)))]),
      enumDecl("y.md", "Y", ["1"]),
    ]);
    const b = variant("b", "b", [
      model("m.md", "Outer", [f("inner", t.array(t.ref("x2.md", "X2")))]),
      model("x2.md", "X2", [f("deep", t.ref("y2.md", "Y2"), { nullable: true })]),
      enumDecl("y2.md", "Y2", ["1"]),
    ]);
    expect(diffVariants(a, b, { mode: "variant" }).changes).toEqual([]);
  });

  it("does not pair pages of different kinds, nor pages that already have a namesake", () => {
    const a = variant("a", "a", [model("m.md", "M", [f("x", t.ref("e.md", "E"))]), enumDecl("e.md", "E", ["1"])]);
    const b = variant("b", "b", [model("m.md", "M", [f("x", t.ref("u.md", "U"))]), model("u.md", "U", [])]);
    expect(summary(diffVariants(a, b, { mode: "variant" }))).toEqual([
      "model-missing | E |  | enum | ",
      "type-changed | M | x | ref E | ref U",
      "model-missing | U |  |  | model",
    ]);
  });

  it("keeps a renamed page a change between versions (code written against the old name breaks)", () => {
    expect(summary(diffVariants(go, ts, { mode: "version" }))).toEqual([
      "model-removed | ReturnType |  | enum | ",
      "model-added | ReturnTypeT |  |  | enum",
      "type-changed | ShippingShipment | returnType | ref ReturnType | ref ReturnTypeT",
    ]);
  });
});

describe("binary response bodies", () => {
  // go/docs/pkg/models/operations/createpassthroughjsonresponse.md: `DefaultWildcardWildcardResponseStream` `io.ReadCloser`;
  // csharp/docs/Models/Requests/CreatePassthroughJsonResponse.md: `DefaultWildcardWildcardBytes` `*byte[]*`;
  // python/docs/models/operations/createpassthroughjsonresponse.md: `default_wildcard_wildcard_response_stream`
  // `*Optional[httpx.Response]*` (the SDK's response object standing in for the stream).
  const response = (name: string, fields: ReturnType<typeof f>[], dialect: "go" | "csharp" | "python") =>
    variant(name, name, [model("ops/r.md", "CreatePassthroughJSONResponse", [f("StatusCode", t.integer, { required: true }), ...fields], { role: "response" })], dialect);
  const go = response("go", [f("DefaultWildcardWildcardResponseStream", t.binary), f("DefaultTextPlainRes", t.string)], "go");
  const cs = response("csharp", [f("DefaultWildcardWildcardBytes", t.binary), f("DefaultTextPlainRes", t.string)], "csharp");
  const py = response("python", [f("default_wildcard_wildcard_response_stream", t.httpResponse), f("default_text_plain_res", t.string)], "python");

  it("pairs …ResponseStream with …Bytes between languages", () => {
    const goModel = go.declarations[0];
    const csModel = cs.declarations[0];
    if (goModel?.kind !== "model" || csModel?.kind !== "model") throw new Error("fixture");
    expect(pairFields(goModel.fields, csModel.fields, { binaryBodies: true }).map(([l, r]) => [l?.name, r?.name])).toEqual([
      ["StatusCode", "StatusCode"],
      ["DefaultWildcardWildcardResponseStream", "DefaultWildcardWildcardBytes"],
      ["DefaultTextPlainRes", "DefaultTextPlainRes"],
    ]);
    expect(diffVariants(go, cs, { mode: "variant" }).changes).toEqual([]);
    expect(diffVariants(cs, py, { mode: "variant" }).changes).toEqual([]);
  });

  it("takes Python's httpx.Response body for the binary body between languages", () => {
    expect(diffVariants(go, py, { mode: "variant" }).changes).toEqual([]);
  });

  it("reports a one-sided body field typed as the HTTP response, unlike the raw response itself", () => {
    const ts = variant("typescript", "ts", [model("ops/r.md", "CreatePassthroughJsonResponse", [f("statusCode", t.integer, { required: true })], { role: "response" })], "typescript");
    expect(summary(diffVariants(py, ts, { mode: "variant" }))).toEqual([
      "field-missing | CreatePassthroughJsonResponse | defaultWildcardWildcardResponseStream | http-response | ",
      "field-missing | CreatePassthroughJsonResponse | defaultTextPlainRes | string | ",
    ]);
  });

  it("keeps both kinds of difference between versions of one language", () => {
    expect(summary(diffVariants(go, cs, { mode: "version" }))).toEqual([
      "field-removed | CreatePassthroughJsonResponse | defaultWildcardWildcardResponseStream | binary | ",
      "field-added | CreatePassthroughJsonResponse | defaultWildcardWildcardBytes |  | binary",
    ]);
    expect(summary(diffVariants(go, py, { mode: "version" }))).toEqual([
      "type-changed | CreatePassthroughJsonResponse | defaultWildcardWildcardResponseStream | binary | http-response",
    ]);
  });
});
