/**
 * APIMatic (`doc/models/<model>.md`): a title in words (`# Nested Subscription Group`), then a section
 * saying what the type is, with the SDK's class name as code — `## Structure` (a model), `## Enumeration`
 * (an enum), `## Class Name` or `## Data Type` (a one-of "container") — and its members in the next
 * section: `## Fields` with `Name | Type | Tags | Description` (Java and PHP add Getter and Setter), a
 * `Name` table of constant names for an enumeration, `## Cases` with a `Type` column for a container.
 * `Tags` says `Required` or `Optional`, the description ends with a field's default (`**Default**: \`true\``).
 * An enumeration lists the constants' names, not their values.
 * C# writes every optional value type `T?`, nullable or not, and Ruby adds `nil` to an optional field's union.
 */
import type { FormatSpec } from "./format.js";

export const apimatic: FormatSpec = {
  format: "apimatic",
  sections: {
    cases: "union",
    "example (as json)": "ignored",
  },
  kindSections: { structure: "fields", enumeration: "values", "class name": "union", "data type": "union" },
  columns: { tags: "tags", getter: "ignored", setter: "ignored", factorymethod: "ignored" },
  marks: [
    { id: "required-tag", where: "tags", pattern: /\bRequired\b/, says: "required" },
    { id: "optional-tag", where: "tags", pattern: /\bOptional\b/, says: "optional" },
    { id: "readonly-tag", where: "tags", pattern: /\bReadonly\b|\bRead-only\b/i, says: "read-only" },
    // A default is written at the end of the description: `…<br><br>**Default**: \`true\``.
    { id: "default-description", where: "description", pattern: /(?:<br\s*\/?>)*\s*\*\*Default\*\*:\s*`([^`]*)`\s*$/, says: "default" },
  ],
  nullability: "marked",
  dialects: {
    csharp: { marks: { "T?": "optional" } },
    // TypeScript writes dates and date-times as `string` too.
    typescript: { names: { string: { kind: "primitive", name: "string", unstated: ["date"] } } },
    // Ruby adds `nil` to the union of a field that may be left out (`String | Integer | nil`), as PHP its `?`.
    ruby: { nullMember: "nilable" },
  },
  sectionNames: { declaring: ["Fields", "Cases"], other: ["Structure", "Enumeration", "Class Name", "Data Type", "Example (as JSON)"] },
  evidence: {
    sections: ["structure", "enumeration", "class name", "data type", "cases", "example (as json)"],
    headers: ["tags"],
  },
};
