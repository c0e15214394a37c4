/**
 * The columns of a fields table, found by what their header means rather than by position:
 * `Field | Type | Required | Description` (every Speakeasy language), with an `Example` column in newer
 * generators, `Name | Type | Description | Example` for SDK utility types, and the other words docs use
 * for the same things.
 */
import type { Table } from "mdast";
import { cellText } from "./cells.js";
import { own } from "./own.js";

/**
 * What a column holds. `notes`: marks beside the field (`[optional] [readonly] [default to X]`); `tags`:
 * words that say what the field is (`Required`, `Optional`); `ignored`: nothing about the model (APIMatic's
 * `Getter`, `Setter`).
 */
export type ColumnRole = "name" | "type" | "required" | "description" | "example" | "default" | "notes" | "tags" | "ignored";

/** Header words (lower case, letters only) and the role each names. */
const headerWords: Readonly<Record<string, ColumnRole>> = {
  field: "name",
  fieldname: "name",
  name: "name",
  property: "name",
  propertyname: "name",
  parameter: "name",
  key: "name",
  attribute: "name",
  type: "type",
  datatype: "type",
  fieldtype: "type",
  required: "required",
  requiredfield: "required",
  mandatory: "required",
  description: "description",
  details: "description",
  notes: "description",
  comment: "description",
  example: "example",
  examples: "example",
  sample: "example",
  examplevalue: "example",
  default: "default",
  defaultvalue: "default",
};

export interface Columns {
  /** Column index of each role found. */
  readonly roles: Readonly<Partial<Record<ColumnRole, number>>>;
  /** Headers no role was found for, with their index. */
  readonly unknown: readonly { readonly header: string; readonly index: number }[];
  /** The header cells as text. */
  readonly headers: readonly string[];
}

/**
 * The role each header cell names; the first column of a role wins. `formatWords`: the generator
 * format's own header words, read before the shared ones (`Notes` holds notes in OpenAPI Generator's tables).
 */
export function tableColumns(table: Table, formatWords: Readonly<Record<string, ColumnRole>> = {}): Columns {
  const headers = table.children[0]?.children.map(cellText) ?? [];
  const roles: Partial<Record<ColumnRole, number>> = {};
  const unknown: { header: string; index: number }[] = [];
  headers.forEach((header, index) => {
    const word = header.toLowerCase().replace(/[^a-z]/g, "");
    const role = own(formatWords, word) ?? own(headerWords, word);
    if (role === undefined) unknown.push({ header, index });
    else if (roles[role] === undefined) roles[role] = index;
  });
  return { roles, unknown, headers };
}

/** A fields table names its fields and their types; anything else is another kind of table. */
export function isFieldsTable(columns: Columns): boolean {
  return columns.roles.name !== undefined && columns.roles.type !== undefined;
}
