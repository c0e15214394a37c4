/**
 * Descriptions compared as text, not as notation (match/description-text.ts): two descriptions differ
 * only when their text does, once entities, inline Markdown, HTML and whitespace are read as a person
 * reads them and each side's generator boilerplate is set apart.
 */
import type { Variant } from "../ir/types.js";
import { collapseWhitespace, descriptionText, generatorBoilerplate, sentenceCounts, withoutBoilerplate } from "../match/index.js";

/** Every description of a variant (its declarations' and fields'). */
function* descriptionsOf(variant: Variant): Generator<string> {
  for (const declaration of variant.declarations) {
    yield declaration.description;
    if (declaration.kind === "model") for (const field of declaration.fields) yield field.description;
  }
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
  ) {}

  /** The two descriptions as text when they differ as text (boilerplate aside); undefined when they say the same. */
  differ(left: string, right: string): { readonly left: string; readonly right: string } | undefined {
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
