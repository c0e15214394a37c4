import { describe, expect, it } from "vitest";
import {
  normalizeType,
  refResolver,
  renderType,
  splitNullable,
  typeCompatibility,
  typesEquivalent,
  type RefResolver,
} from "../../src/match/index.js";
import type { TypeExpr } from "../../src/ir/types.js";
import { enumDecl, model, t } from "../diff/builder.js";

const goDecls = [enumDecl("docs/pkg/models/shared/event.md", "Event", ["a"]), model("docs/pkg/models/shared/meta.md", "Meta", [])];
const csDecls = [enumDecl("docs/Models/Components/Event.md", "Event", ["a"])];
const go = refResolver(goDecls);
const cs = refResolver(csDecls);
const none: RefResolver = refResolver([]);

const render = (type: TypeExpr, resolve: RefResolver = none) => renderType(type, resolve);
const compat = (older: TypeExpr, newer: TypeExpr) => typeCompatibility(normalizeType(older, none), normalizeType(newer, none));

describe("canonical rendering", () => {
  it.each<[TypeExpr, string]>([
    [t.string, "string"],
    [t.dateTime, "date-time"],
    [t.date, "date"],
    [t.any, "any"],
    [t.array(t.string), "array<string>"],
    [t.map(t.any), "map<string, any>"],
    [t.map(t.array(t.integer)), "map<string, array<integer>>"],
    [t.union(t.string, t.integer), "integer | string"],
    [t.array(t.union(t.string, t.integer)), "array<integer | string>"],
    [t.literal("virtual"), '"virtual"'],
    [t.literal(null), "null"],
    [t.binary, "binary"],
    [t.httpResponse, "http-response"],
    [t.unknown("chan  int"), "unknown(chan int)"],
  ])("%j → %s", (type, expected) => {
    expect(render(type)).toBe(expected);
  });

  it("renders refs by the target declaration's canonical name", () => {
    expect(render(t.ref("docs/pkg/models/shared/event.md", "shared.Event"), go)).toBe("ref Event");
    expect(render(t.array(t.ref("docs/Models/Components/Event.md", "Models.Components.Event")), cs)).toBe("array<ref Event>");
  });

  it("falls back to the written name for unresolved refs", () => {
    expect(render(t.ref("", "shared.WebhookType"))).toBe("ref WebhookType");
    expect(render(t.ref("docs/missing.md", "*shared.webhook_type"))).toBe("ref WebhookType");
  });

  it("normalises unions: flattened, deduplicated, sorted; any absorbs; one member is that member", () => {
    expect(render(t.union(t.string, t.union(t.integer, t.string)))).toBe("integer | string");
    expect(render(t.union(t.string, t.any))).toBe("any");
    expect(render(t.union(t.string, t.string))).toBe("string");
  });
});

describe("equivalence by meaning", () => {
  it("matches Go time.Time and C# DateTime (both date-time primitives)", () => {
    expect(typesEquivalent(t.dateTime, go, t.dateTime, cs)).toBe(true);
  });

  it("matches refs to different pages of the same canonical declaration", () => {
    expect(
      typesEquivalent(t.ref("docs/pkg/models/shared/event.md", "shared.Event"), go, t.ref("docs/Models/Components/Event.md", "Models.Components.Event"), cs),
    ).toBe(true);
  });

  it("tells refs to different declarations apart", () => {
    expect(typesEquivalent(t.ref("docs/pkg/models/shared/meta.md", "shared.Meta"), go, t.ref("docs/Models/Components/Event.md", "Event"), cs)).toBe(false);
  });

  it("tells maps of string from maps of any apart, and int from number", () => {
    expect(typesEquivalent(t.map(t.string), none, t.map(t.any), none)).toBe(false);
    expect(typesEquivalent(t.integer, none, t.number, none)).toBe(false);
    expect(typesEquivalent(t.date, none, t.dateTime, none)).toBe(false);
  });

  it("ignores union member order", () => {
    expect(typesEquivalent(t.union(t.string, t.integer), none, t.union(t.integer, t.string), none)).toBe(true);
  });

  it("treats unknown as matching anything only when asked (variant mode)", () => {
    expect(typesEquivalent(t.unknown("chan int"), none, t.string, none)).toBe(false);
    expect(typesEquivalent(t.unknown("chan int"), none, t.string, none, { unknownMatchesAnything: true })).toBe(true);
    expect(typesEquivalent(t.array(t.unknown("x")), none, t.array(t.string), none, { unknownMatchesAnything: true })).toBe(true);
    expect(typesEquivalent(t.array(t.unknown("x")), none, t.map(t.string), none, { unknownMatchesAnything: true })).toBe(false);
  });

  it("folds a top-level null member into nullability", () => {
    const split = splitNullable(normalizeType(t.union(t.string, t.literal(null)), none));
    expect(split.nullable).toBe(true);
    expect(split.type).toEqual({ kind: "primitive", name: "string" });
    expect(splitNullable(normalizeType(t.string, none)).nullable).toBe(false);
  });
});

describe("compatibility (older → newer)", () => {
  it.each<[TypeExpr, TypeExpr, string]>([
    [t.string, t.string, "equal"],
    [t.integer, t.number, "widened"],
    [t.number, t.integer, "narrowed"],
    [t.string, t.union(t.string, t.integer), "widened"],
    [t.union(t.string, t.integer), t.string, "narrowed"],
    [t.map(t.string), t.map(t.any), "widened"],
    [t.any, t.string, "narrowed"],
    [t.dateTime, t.string, "widened"],
    [t.literal("a"), t.string, "widened"],
    [t.array(t.integer), t.array(t.number), "widened"],
    [t.string, t.boolean, "incompatible"],
    [t.array(t.string), t.map(t.string), "incompatible"],
  ])("%j → %j is %s", (older, newer, expected) => {
    expect(compat(older, newer)).toBe(expected);
  });
});
