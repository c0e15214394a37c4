/**
 * What the comparison (compare.ts, compare-models.ts) builds before a change is finished: a {@link Draft},
 * and the {@link Comparison} the model comparison works in.
 */
import type { Fact, Field, SourcePosition, Variant } from "../ir/types.js";
import type { RefResolver } from "../match/index.js";
import type { ChangeKind, SdkShape } from "./changes.js";
import type { SeverityFacts } from "./severity.js";

/** Whether a node's docs state a fact (see `Fact` in the IR). */
export function states(node: { readonly unstated?: readonly Fact[] }, fact: Fact): boolean {
  return node.unstated?.includes(fact) !== true;
}

/** A change before its severity, fingerprint and message are worked out. */
export interface Draft {
  /** The change as it would be between two APIs (`field-missing`); an SDK-shape draft is finished as `sdk-shape` with this as its aspect. */
  readonly kind: ChangeKind;
  /** Set on a difference of the SDKs' shape rather than the API's. */
  readonly shape?: SdkShape;
  readonly model: string;
  readonly field?: string;
  readonly left?: string;
  readonly right?: string;
  readonly leftSource?: SourcePosition;
  readonly rightSource?: SourcePosition;
  readonly facts: SeverityFacts;
  /** The message after `Model.field: `, wording for both modes. */
  readonly text: { readonly variant: string; readonly version: string };
  /** Position within the model: -1 for the declaration itself, then left entries, then right-only ones. */
  readonly entry: number;
}

/** Drafts as differences of the SDKs' shape (a draft already shaped keeps its shape). */
export function shaped(drafts: readonly Draft[], shape: SdkShape): Draft[] {
  return drafts.map((draft) => (draft.shape !== undefined ? draft : { ...draft, shape }));
}

/** What the model comparison needs of the diff it is part of. */
export interface Comparison {
  readonly left: Variant;
  readonly right: Variant;
  /** Between languages (`variant`), rather than versions. */
  readonly variantMode: boolean;
  readonly resolveLeft: RefResolver;
  readonly resolveRight: RefResolver;
  /** `X in go, Y in csharp` / `changed from X to Y`. */
  differs(what: string, left: string, right: string): Draft["text"];
  /** Something one side has: `X in go, missing in csharp` / `X added`. */
  onlyIn(what: string, side: "left" | "right"): Draft["text"];
  /** `…-added` / `…-removed` between versions, `…-missing` between languages. */
  presenceKind(thing: "model" | "field" | "enum-value" | "union-member", side: "left" | "right"): ChangeKind;
  /** The description change of two texts, if they differ as text (descriptions.ts). */
  describe(base: Omit<Draft, "kind" | "facts" | "text" | "left" | "right">, role: SeverityFacts["role"], left: string, right: string, out: Draft[], of: import("./descriptions.js").DescriptionOf): void;
  /** A union page one side's envelope body is typed by and the other side spells out (match/envelope.ts): not a missing model. */
  consumeBodyUnions(side: "left" | "right", ids: readonly string[]): void;
  /**
   * The model whose fields one side lists on a model and the other leaves to it (the model it extends): a
   * pair of models, other than `model`, both of whose sides have every one of `fields` (two or more), and
   * whose fields on `side` are all fields of `model`.
   */
  inheritedFrom(side: "left" | "right", fields: readonly Field[], model: import("../ir/types.js").ModelDecl): string | undefined;
  /** A declaration of one side, by id. */
  declaration(side: "left" | "right", id: string): import("../ir/types.js").Declaration | undefined;
  /** The field's facts for the comparison. */
  fieldFacts(field: Field, side: "left" | "right"): FieldView;
}

/** A field's type split into type proper and nullability (a top-level `| null` counts as nullable). */
export interface FieldView {
  readonly type: import("../match/index.js").NormalizedType;
  readonly rendering: string;
  readonly nullable: boolean;
  /** The docs say whether the field may be null, strongly: a `| null` in the type says it, whatever the dialect. */
  readonly nullableStated: boolean;
}
