/**
 * Speakeasy: `# Title`, a description, `## Fields` with `Field | Type | Required | Description` (and an
 * `Example` column in newer versions), `## Values` for enums, `## Supported Types` with a heading per
 * member for unions, `## Example Usage` with code. The shared sections and columns are its own, so
 * its module adds only what it alone writes.
 */
import type { FormatSpec } from "./format.js";

export const speakeasy: FormatSpec = {
  format: "speakeasy",
  sections: { "union discrimination": "ignored" },
  columns: {},
  marks: [],
  sectionNames: { declaring: ["Fields", "Values", "Supported Types"], other: ["Example Usage"] },
  evidence: {
    sections: ["values", "supported types", "example usage", "union discrimination"],
    headers: ["required"],
  },
};
