// Issue 12: cross-dialect agreement. The seven unified-to SDKs were generated from one OpenAPI document on
// one day, and formance's java and python from one document too (their MANIFEST files), so the same model
// must give the same IR in every language, up to naming. For the models present everywhere, the test
// prints how many agree on fields, requiredness, nullability and types (descriptions aside), and checks
// that every remaining disagreement is a class of real drift between the SDKs' docs, listed with an
// example page — none comes from a fact one dialect cannot state.
import { describe, expect, it } from "vitest";
import { diffVariants } from "../../src/diff/index.js";
import { displayNames } from "../../src/match/index.js";
import type { Variant } from "../../src/ir/types.js";
import { corpusVariant } from "./corpus-ir.js";
import { languages, type CorpusName } from "./paths.js";

/**
 * Classes of disagreement between the SDKs' docs, by the other language against the first:
 * - `go-raw-body-any`: Go types the raw passthrough request body `*any`
 *   (go/docs/pkg/models/operations/createpassthroughrawrequest.md `RequestBody`) where the others document
 *   bytes: C# `*byte[]*`, TypeScript `*ReadableStream<Uint8Array>*`, Python `*Optional[Union[bytes, IO[bytes], io.IOBase]]*`,
 *   Java `byte[]`, PHP and Ruby a byte string (`*?string*`, `*T.nilable(::String)*`).
 *
 * TypeScript's response models that lack the envelope fields every other language documents (`ContentType`,
 * `StatusCode`, `RawResponse`: go/docs/pkg/models/operations/removecrmpipelineresponse.md against
 * typescript/…/removecrmpipelineresponse.md) and its passthrough bodies held in one `result` union field
 * instead of one field per content type (typescript/docs/sdk/models/operations/createpassthroughjsonresponse.md)
 * were disagreements before issue 22; they are the SDKs' shape now, counted apart.
 */
type AgreementClass = "go-raw-body-any";

function classOf(kind: string, model: string, field: string | undefined): AgreementClass | undefined {
  if (kind === "type-changed" && field === "requestBody" && /PassthroughRawRequest$/.test(model)) return "go-raw-body-any";
  return undefined;
}

/**
 * Models present in every variant; how many agree everywhere; the classes of what does not; and, apart,
 * what the diff finds of the SDKs' shape (issue 22: an envelope's transport data, a body held in other
 * fields), which is no disagreement on the API.
 */
function agreement(variants: readonly Variant[]): { present: number; agreeing: number; classes: Record<string, number>; sdkShape: Record<string, number>; unclassified: string[] } {
  const [first, ...others] = variants as [Variant, ...Variant[]];
  // A model goes by its name, or by area and name where its variant has two of that name (formance's
  // `operations.ConfirmHoldRequest` and `shared.ConfirmHoldRequest`): the names the diff reports it by.
  const names = (variant: Variant) => new Set(displayNames(variant.declarations).values());
  const everywhere = new Set([...names(first)].filter((name) => others.every((variant) => names(variant).has(name))));
  const disagreeing = new Set<string>();
  const classes: Record<string, number> = {};
  const sdkShape: Record<string, number> = {};
  const unclassified: string[] = [];
  for (const other of others) {
    for (const change of diffVariants(first, other, { mode: "variant", descriptions: false }).changes) {
      if (!everywhere.has(change.model)) continue;
      if (change.kind === "sdk-shape") {
        const key = `${other.name} ${change.shape}`;
        sdkShape[key] = (sdkShape[key] ?? 0) + 1;
        continue;
      }
      disagreeing.add(change.model);
      const kind = classOf(change.kind, change.model, change.field);
      if (kind === undefined) unclassified.push(`${other.name}: ${change.message}`);
      else classes[`${other.name} ${kind}`] = (classes[`${other.name} ${kind}`] ?? 0) + 1;
    }
  }
  return { present: everywhere.size, agreeing: everywhere.size - disagreeing.size, classes, sdkShape, unclassified };
}

async function load(names: readonly CorpusName[]): Promise<Variant[]> {
  return Promise.all(names.map((name) => corpusVariant(name)));
}

describe("cross-dialect agreement", () => {
  it("unified-to: the seven languages agree on every model present in all, but for the classes of real drift", async () => {
    const result = agreement(await load(languages));
    const share = ((100 * result.agreeing) / result.present).toFixed(2);
    console.log(`unified-to: ${result.agreeing} of ${result.present} models present in all seven languages agree (${share} %); disagreements: ${JSON.stringify(result.classes)}; SDK shape: ${JSON.stringify(result.sdkShape)}`);
    expect(result.unclassified).toEqual([]);
    expect(result.present).toBe(2725);
    expect(result.agreeing).toBe(2722);
    expect(result.classes).toEqual({
      "csharp go-raw-body-any": 3,
      "typescript go-raw-body-any": 3,
      "python go-raw-body-any": 3,
      "java go-raw-body-any": 3,
      "php go-raw-body-any": 3,
      "ruby go-raw-body-any": 3,
    });
    // TypeScript's 131 responses without the envelope's three transport fields (content type, status code,
    // raw response), and its 8 passthrough bodies held in one `result` field.
    expect(result.sdkShape).toEqual({ "typescript transport": 393, "typescript body": 8 });
  });

  it("formance: java and python (one API document) agree on every model present in both", async () => {
    const result = agreement(await load(["formance/java", "formance/python"]));
    console.log(`formance java/python: ${result.agreeing} of ${result.present} models present in both agree`);
    expect(result.unclassified).toEqual([]);
    expect(result.agreeing).toBe(result.present);
    // Java's 1114 declarations but `Mapping`, which Python names `MappingT` (`Mapping` is a name of Python's
    // typing module; python/docs/models/shared/mappingt.md): the diff pairs the two by link target.
    expect(result.present).toBe(1113);
  });
});
