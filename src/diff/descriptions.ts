/**
 * Descriptions compared as text, not as notation (match/description-text.ts): two descriptions differ
 * only when their text does, once entities, inline Markdown, HTML and whitespace are read as a person
 * reads them and each side's generator boilerplate is set apart. Between languages, a side whose
 * generator writes no descriptions of a kind at all (OpenAPI Generator's Go pages have no model
 * description, its Java enum pages none) says nothing of them, as a dialect that cannot state a fact says
 * nothing of it.
 */
import type { Declaration, Variant } from "../ir/types.js";
import { collapseWhitespace, descriptionText, generatorBoilerplate, sentenceCounts, withoutBoilerplate } from "../match/index.js";

/** Every description of a variant (its declarations' and fields'). */
function* descriptionsOf(variant: Variant): Generator<string> {
  for (const declaration of variant.declarations) {
    yield declaration.description;
    if (declaration.kind === "model") for (const field of declaration.fields) yield field.description;
  }
}

/** What a description is of: a declaration of a kind, or a field. */
export type DescriptionOf = Declaration["kind"] | "field";

/** Whether a variant's generator writes descriptions of models, enums, unions and fields at all. */
const written = new WeakMap<Variant, ReadonlySet<DescriptionOf>>();

export function writesDescriptions(variant: Variant): ReadonlySet<DescriptionOf> {
  let result = written.get(variant);
  if (result === undefined) {
    const kinds = new Set<DescriptionOf>();
    for (const declaration of variant.declarations) {
      if (declaration.description.trim() !== "") kinds.add(declaration.kind);
      if (declaration.kind === "model" && declaration.fields.some((field) => field.description.trim() !== "")) kinds.add("field");
    }
    result = kinds;
    written.set(variant, result);
  }
  return result;
}

/** Sentence counts per variant, worked out once however many pairs it is in. */
const counted = new WeakMap<Variant, Map<string, number>>();

function countsOf(variant: Variant): Map<string, number> {
  let counts = counted.get(variant);
  if (counts === undefined) {
    counts = sentenceCounts(descriptionsOf(variant));
    counted.set(variant, counts);
  }
  return counts;
}

/** The descriptions of one pair of variants. */
export class DescriptionComparer {
  /** Each side's generator boilerplate, found the first time two descriptions differ as text. */
  private boilerplate: { readonly left: ReadonlySet<string>; readonly right: ReadonlySet<string> } | undefined;

  constructor(
    private readonly left: Variant,
    private readonly right: Variant,
    /** Between languages, a side that writes no descriptions of a kind says nothing of them. */
    private readonly betweenLanguages: boolean,
  ) {}

  /**
   * The two descriptions (of two declarations, or of two fields) as text when they differ as text
   * (boilerplate aside); undefined when they say the same, or a side says nothing of such descriptions.
   */
  differ(left: string, right: string, of: DescriptionOf): { readonly left: string; readonly right: string } | undefined {
    if (this.betweenLanguages && !(writesDescriptions(this.left).has(of) && writesDescriptions(this.right).has(of))) return undefined;
    if (collapseWhitespace(left) === collapseWhitespace(right)) return undefined;
    const leftText = descriptionText(left);
    const rightText = descriptionText(right);
    if (leftText === rightText) return undefined;
    this.boilerplate ??= {
      left: generatorBoilerplate(countsOf(this.left), countsOf(this.right)),
      right: generatorBoilerplate(countsOf(this.right), countsOf(this.left)),
    };
    if (withoutBoilerplate(left, this.boilerplate.left) === withoutBoilerplate(right, this.boilerplate.right)) return undefined;
    return { left: leftText, right: rightText };
  }
}
