/**
 * What a generator format module declares: data only, as a dialect module does. A dialect says what a
 * language's names and wrappers mean; a format says how a generator lays a model page out — which
 * sections declare fields, values and union members, what each column of a table says, the notes and
 * marks it writes beside a field, the words it puts around a type, its title and anchor forms — and what
 * it means by a language's notation where that differs from the language's own docs (`dialects`).
 *
 * The format is the variant's (`detect.ts` sums each page's evidence, as for the dialect); a config key
 * or `--format` can name it. A new generator is a module in this folder and a line in `index.ts`.
 */
import type { Dialect, GeneratorFormat } from "../../ir/types.js";
import type { ColumnRole } from "../columns.js";
import type { DialectPatch } from "../dialects/dialect.js";
import type { SectionKind } from "../section-kinds.js";

/** The kinds of type a section can declare. */
export type DeclaringKind = Exclude<SectionKind, "ignored">;

/**
 * A mark beside a field (in its notes or tags, or on its name) that states a fact: `[optional]`,
 * `Required`, `<sup>*_required_</sup>`, `[readonly]`, `[default to X]` (group 1 of `pattern` is the value).
 */
export interface FieldMark {
  /** A stable name for the mark (`optional-note`), by which a variant records the marks its pages use. */
  readonly id: string;
  /**
   * Where the mark is written: a cell of the `notes` or `tags` column, the name cell, or the description
   * (as Markdown; a mark found there is taken out of the description's text).
   */
  readonly where: "notes" | "tags" | "name" | "description";
  readonly pattern: RegExp;
  readonly says: "required" | "optional" | "read-only" | "default";
  /**
   * For a requiredness mark: whether a row without it states the opposite. It does only in a variant
   * whose pages use the mark at all (OpenAPI Generator writes `[optional]` on every field that may be
   * left out, so a field without it is required; a variant that never writes it says nothing by that).
   */
  readonly absenceSays?: boolean;
}

/** A section whose title names a second type on the page (swagger-codegen's `## Enum: UnitEnum`). */
export interface NamedSection {
  /**
   * Matched against the section's title; group 1 is the section's anchor on the page, and its last
   * name the type's name (`Enum: List<EventsEnum>` documents `EventsEnum`, anchored `#List<EventsEnum>`).
   */
  readonly title: RegExp;
  readonly kind: DeclaringKind;
}

/** A union documented in example code (OpenAPI Generator's Ruby `openapi_one_of`): where, and each member's name. */
export interface UnionInCode {
  /** The section (any depth) whose code lists the members, by title. */
  readonly section: RegExp;
  /** Matched globally against the code; group 1 is a member's name. */
  readonly member: RegExp;
  /** Matched against the page's code: group 1 is the field that tells the members apart (`openapi_discriminator_name`). */
  readonly discriminator?: RegExp;
  /** Matched against the page's code: group 1 is the block that maps the field's values to members. */
  readonly mapping?: RegExp;
  /** Matched globally against that block: group 1 a value, group 2 the name of the member it selects. */
  readonly mapped?: RegExp;
}

/** How a format marks an enum's values in a list: group 1 the constant's name, group 2 its value. */
export interface ListedValue {
  readonly item: RegExp;
}

export interface FormatSpec {
  readonly format: GeneratorFormat;
  /** Section titles (lower case, spaces collapsed) and what each says, beside the ones every format shares. */
  readonly sections: Readonly<Record<string, SectionKind>>;
  readonly namedSections?: readonly NamedSection[];
  /**
   * Sections that say what kind of type the page declares, whose members are in the page's next
   * declaring section whatever its title (APIMatic: `## Enumeration`, then `## Fields` listing the names).
   * The section's inline code is the type's name (`AllVaults`).
   */
  readonly kindSections?: Readonly<Record<string, DeclaringKind>>;
  /** Table header words (lower case, letters only) and the role each names, beside the shared ones. */
  readonly columns: Readonly<Record<string, ColumnRole>>;
  readonly marks: readonly FieldMark[];
  /** Default values the format writes for "no default" (a template that writes `[default to …]` on every field). */
  readonly noDefault?: readonly string[];
  /** Words a type cell starts with, and the mark they stand for (OpenAPI Generator's Go `Pointer to **string**`). */
  readonly typePrefixes?: Readonly<Record<string, "*T" | "?T" | "T?">>;
  /** Enum values written as a list (OpenAPI Generator: ``* `ALL` (value: `"all"`)``). */
  readonly listedValues?: ListedValue;
  readonly unionInCode?: UnionInCode;
  /**
   * An inline enum whose values the field's description lists (OpenAPI Generator's Rust: `**Category**`
   * described `(enum: multipart, queued, simple)`): group 1, the values separated by commas.
   */
  readonly inlineEnumValues?: RegExp;
  /**
   * What a fields table with no rows says: a model with no fields (the default), or nothing at all
   * (`unstated`: OpenAPI Generator's python-legacy and dart templates write one for an enum, a map, a
   * free-form object alike).
   */
  readonly emptyTable?: "unstated";
  /**
   * Whether a field's nullability can be read from its type at all. OpenAPI Generator, swagger-codegen
   * and APIMatic write a nullable field's type as they write any other, whatever the language: `marked`
   * makes every dialect read null only from a marker.
   */
  readonly nullability?: "marked";
  /** What the format means by a dialect's names and marks, where it differs from that language's own docs. */
  readonly dialects?: Readonly<Partial<Record<Dialect, DialectPatch>>>;
  /** The sections it writes, as messages name them: the ones that declare a type, and the others. */
  readonly sectionNames: { readonly declaring: readonly string[]; readonly other: readonly string[] };
  /** Evidence that a page is laid out in this format; see `detect.ts`. */
  readonly evidence: FormatEvidence;
}

export interface FormatEvidence {
  /** Section titles (lower case) that only this format writes. */
  readonly sections: readonly string[];
  /** Table header words (lower case, letters only) that only this format writes. */
  readonly headers: readonly string[];
  /** Patterns of the page's text that only this format writes. */
  readonly text?: readonly RegExp[];
}
