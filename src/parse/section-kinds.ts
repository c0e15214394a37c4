/** What a section heading says. A section's title is matched case-insensitively. */
import { own } from "./own.js";

/** `fields`, `values` and `union` sections declare a type; `ignored` ones carry no type information. */
export type SectionKind = "fields" | "values" | "union" | "ignored";

/** The titles every generator format shares (each format adds its own: `formats/`). */
const sharedTitles: Readonly<Record<string, SectionKind>> = {
  fields: "fields",
  properties: "fields",
  attributes: "fields",
  values: "values",
  "enum values": "values",
  "supported types": "union",
  "union types": "union",
  "example usage": "ignored",
  example: "ignored",
  examples: "ignored",
  usage: "ignored",
};

/** A section title as the tables hold it: lower case, spaces collapsed. */
export function sectionTitle(title: string): string {
  return title.toLowerCase().replace(/\s+/g, " ").trim();
}

/**
 * The kind of a section heading, or undefined when it is no section modeldoc knows. `formatTitles`:
 * the generator format's own titles, read before the shared ones.
 */
export function sectionKindOf(title: string, formatTitles: Readonly<Record<string, SectionKind>> = {}): SectionKind | undefined {
  const key = sectionTitle(title);
  return own(formatTitles, key) ?? own(sharedTitles, key);
}
