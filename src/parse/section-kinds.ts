/** What a section heading says. A section's title is matched case-insensitively. */
import { own } from "./own.js";

/** `fields`, `values` and `union` sections declare a type; `ignored` ones carry no type information. */
export type SectionKind = "fields" | "values" | "union" | "ignored";

const sectionTitles: Readonly<Record<string, SectionKind>> = {
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
  "union discrimination": "ignored",
};

/** The kind of a section heading, or undefined when it is no section modeldoc knows. */
export function sectionKindOf(title: string): SectionKind | undefined {
  return own(sectionTitles, title.toLowerCase().replace(/\s+/g, " ").trim());
}
