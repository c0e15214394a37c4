/**
 * Hand-built IR for the emitter tests: small builders, a variant shaped like the Go `Webhook` docs
 * (specs/go/docs/pkg/models/shared), one with the edge cases, and one with hostile text.
 */
import { areaOf } from "../../src/parse/page-reader.js";
import type {
  Declaration,
  EnumDecl,
  Field,
  ModelDecl,
  RefType,
  SourcePosition,
  TypeExpr,
  UnionDecl,
  Variant,
} from "../../src/ir/types.js";
import { canonicalFieldName, canonicalTypeName } from "../../src/ir/naming.js";

const at = (file: string, line = 1): SourcePosition => ({ file, line, column: 1 });

export const string: TypeExpr = { kind: "primitive", name: "string" };
export const integer: TypeExpr = { kind: "primitive", name: "integer" };
export const number: TypeExpr = { kind: "primitive", name: "number" };
export const boolean: TypeExpr = { kind: "primitive", name: "boolean" };
export const date: TypeExpr = { kind: "primitive", name: "date" };
export const dateTime: TypeExpr = { kind: "primitive", name: "date-time" };
export const anyValue: TypeExpr = { kind: "any" };
export const binary: TypeExpr = { kind: "binary" };
export const httpResponse: TypeExpr = { kind: "http-response" };
export const arrayOf = (items: TypeExpr): TypeExpr => ({ kind: "array", items });
export const mapOf = (values: TypeExpr): TypeExpr => ({ kind: "map", values });
export const unionOf = (...members: TypeExpr[]): TypeExpr => ({ kind: "union", members });
export const literal = (value: string | number | boolean | null): TypeExpr => ({ kind: "literal", value });
export const unreadable = (written: string): TypeExpr => ({ kind: "unknown", written });
export const refTo = (decl: Declaration | string, written = typeof decl === "string" ? decl : decl.name): RefType => ({
  kind: "ref",
  target: typeof decl === "string" ? decl : decl.id,
  written,
});

export interface FieldOptions {
  required?: boolean;
  nullable?: boolean;
  deprecated?: boolean;
  description?: string;
  canonicalName?: string;
  /** The docs mark the field read-only (`Field.readOnly`). */
  readOnly?: boolean;
}

export function field(name: string, type: TypeExpr, options: FieldOptions = {}): Field {
  return {
    name,
    canonicalName: options.canonicalName ?? canonicalFieldName(name),
    type,
    typeText: type.kind === "primitive" ? type.name : type.kind,
    required: options.required ?? false,
    nullable: options.nullable ?? false,
    deprecated: options.deprecated ?? false,
    description: options.description ?? "",
    ...(options.readOnly === true ? { readOnly: true as const } : {}),
    source: at("page.md"),
  };
}

const required = { required: true } as const;

export function model(
  id: string,
  name: string,
  fields: Field[],
  description = "",
  canonicalName = canonicalTypeName(name),
): ModelDecl {
  return { kind: "model", id, name, canonicalName, area: areaOf(id), description, role: "shared", source: at(id), fields };
}

export function enumeration(
  id: string,
  name: string,
  values: (string | number)[],
  options: { open?: boolean; canonicalName?: string; description?: string } = {},
): EnumDecl {
  return {
    kind: "enum",
    id,
    name,
    canonicalName: options.canonicalName ?? canonicalTypeName(name),
    area: areaOf(id),
    description: options.description ?? "",
    role: "shared",
    source: at(id),
    open: options.open ?? false,
    values: values.map((value, index) => ({ name: `${name}${index}`, value, source: at(id, index + 5) })),
  };
}

export function union(id: string, name: string, members: TypeExpr[]): UnionDecl {
  return {
    kind: "union",
    id,
    name,
    canonicalName: canonicalTypeName(name),
    area: areaOf(id),
    description: "",
    role: "shared",
    source: at(id),
    members: members.map((type, index) => ({ label: `Member ${index}`, type, source: at(id, index + 5) })),
  };
}

export function variant(name: string, declarations: Declaration[]): Variant {
  const sorted = [...declarations].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return { name, root: `specs/${name}`, dialect: "go", declarations: sorted, diagnostics: [] };
}

const shared = "docs/pkg/models/shared";

/** The Go Webhook page and the pages it refers to, as the parser would give them. */
export function webhookDeclarations(): Declaration[] {
  const event = enumeration(`${shared}/event.md`, "Event", ["updated", "created", "deleted"]);
  const objectType = enumeration(`${shared}/objecttype.md`, "ObjectType", [
    "accounting_account",
    "accounting_transaction",
    "crm_company",
    "crm_contact",
    "passthrough",
  ]);
  const webhookType = enumeration(`${shared}/webhooktype.md`, "WebhookType", ["virtual", "native"]);
  const meta = model(`${shared}/meta.md`, "Meta", []);
  const webhook = model(
    `${shared}/webhook.md`,
    "Webhook",
    [
      field("CheckedAt", dateTime),
      field("ConnectionID", string, required),
      field("CreatedAt", dateTime),
      field("Environment", string),
      field("Event", refTo(event, "shared.Event"), required),
      field("Fields", string),
      field("Filters", mapOf(string)),
      field("HookURL", string, required),
      field("ID", string),
      field("IntegrationType", string),
      field("Interval", number),
      field("IsHealthy", boolean),
      field("Meta", refTo(meta, "shared.Meta")),
      field("ObjectType", refTo(objectType, "shared.ObjectType"), required),
      field("PageMaxLimit", number),
      field("Runs", arrayOf(string), { description: "An array of the most revent virtual webhook runs" }),
      field("UpdatedAt", dateTime),
      field("WebhookType", refTo(webhookType, "shared.WebhookType")),
      field("WorkspaceID", string),
      field("LegacySecret", string, { deprecated: true, description: "Use the signing key instead." }),
      field("RawResponse", httpResponse, required),
    ],
    "A webhook is used to POST new/updated information to your server.",
  );
  return [event, meta, objectType, webhook, webhookType];
}

/** Edge cases: nested and recursive refs, unions, literals, open and numeric enums, odd keys. */
export function edgeCaseDeclarations(): Declaration[] {
  const child = model(`${shared}/child.md`, "Child", [field("Name", string, required), field("Nickname", string)]);
  const nodeId = `${shared}/node.md`;
  const node = model(nodeId, "Node", [
    field("Value", string, required),
    field("Children", arrayOf(refTo(nodeId)), required),
    field("Next", refTo(nodeId), { nullable: true }),
    field("Lookup", mapOf(refTo(nodeId))),
  ]);
  const circle = model(`${shared}/circle.md`, "Circle", [
    field("Kind", literal("circle"), required),
    field("Radius", number, required),
  ]);
  const square = model(`${shared}/square.md`, "Square", [
    field("Kind", literal("square"), required),
    field("Side", number, required),
  ]);
  const shape = union(`${shared}/shape.md`, "Shape", [refTo(circle), refTo(square)]);
  const status = enumeration(`${shared}/status.md`, "Status", ["active", "paused"], { open: true });
  const level = enumeration(`${shared}/level.md`, "Level", [1, 2, 3]);
  const parent = model(`${shared}/parent.md`, "Parent", [
    field("Child", refTo(child), required),
    field("Children", arrayOf(refTo(child))),
    field("Labels", mapOf(refTo(child))),
    field("Tree", refTo(node)),
    field("Shape", refTo(shape)),
    field("Choice", unionOf(string, integer)),
    field("Mode", unionOf(literal("fast"), literal("slow"), literal(null))),
    field("Extra", anyValue),
    field("Mystery", unreadable("Frobnicator<T>")),
    field("Payload", binary),
    field("Born", date),
    field("Score", integer, { required: true, nullable: true, description: "Null until scored." }),
    field("x-api-key", string, { canonicalName: "x-api-key" }),
    field("Status", refTo(status)),
    field("Level", refTo(level)),
    field("Dangling", { kind: "ref", target: "", written: "shared.Missing" }),
    field("Matrix", arrayOf(arrayOf(integer))),
    field("Response", httpResponse, required),
  ]);
  return [child, circle, level, node, parent, shape, square, status];
}

/** Everything a test project needs: the Webhook pages plus the edge cases. */
export function webhookVariant(name = "go"): Variant {
  return variant(name, [...webhookDeclarations(), ...edgeCaseDeclarations()]);
}

/** Text from docs that tries to break out of comments, strings and identifiers. */
export const hostile = {
  description: "Ends the comment */ evil(); /* and more\n@internal\n  @deprecated not really\r\n${evil()} `evil()`",
  names: ['he said "hi"', "line\nbreak", "${evil()}", "*/evil()/*", "__proto__", "constructor", "toString", "a\u2028b"],
  enumValues: ['"; evil(); "', "*/", "${evil()}", "`evil()`", "a\u2028b", "\\"],
};

export function hostileVariant(): Variant {
  const evilEnum = enumeration("docs/error.md", "Error", hostile.enumValues, { description: hostile.description });
  const evilModel = model(
    "docs/evil\n*/ evil(); /*.md",
    "Evil */ evil(); /*",
    [
      ...hostile.names.map((name, index) =>
        field(name, string, { required: index % 2 === 0, description: hostile.description }),
      ),
      field("Weird", string, { canonicalName: '"); evil(); ("', description: "*/ evil() /*" }),
      field("Kind", refTo(evilEnum, "*/ evil(); /*"), required),
      field("Odd", unreadable("*/ evil(); /* `x`"), { deprecated: true }),
      field("Gone", { kind: "ref", target: "docs/nowhere.md", written: "*/ evil(); /*\n@internal" }),
    ],
    hostile.description,
    "Evil */ evil(); /*",
  );
  return variant("hostile\n*/ evil(); /*", [evilEnum, evilModel]);
}

/**
 * Names that clash (same identifier, same file name, global names like `Error` and `Date`), repeated
 * property names, a cycle of required fields, and pages that leave nothing on the wire.
 */
export function namesAndCyclesVariant(): Variant {
  const loopId = "docs/loop.md";
  const loop = model(loopId, "Loop", [field("Name", string, required), field("Again", refTo(loopId), required)]);
  const holder = model("docs/holder.md", "Holder", [
    field("Loop", refTo(loop)),
    field("Loops", arrayOf(refTo(loop))),
    field("MaybeLoop", refTo(loop), { required: true, nullable: true }),
  ]);
  const webhookA = model("docs/a/webhook.md", "Webhook", [field("A", string, required)]);
  const webhookB = model("docs/b/webhook.md", "Webhook", [field("B", string, required)]);
  const dbType = enumeration("docs/a/dbtype.md", "DbType", ["x"]);
  const dbTypeShouting = enumeration("docs/b/dbtype.md", "DBType", ["y"], { canonicalName: "DBType" });
  const error = model("docs/error.md", "Error", [field("Message", string, required)]);
  const dateModel = model("docs/date.md", "Date", [field("When", dateTime, required), field("Day", date)]);
  const record = model("docs/record.md", "Record", [field("Values", mapOf(string))]);
  const user = model("docs/user.md", "User", [
    field("Error", refTo(error)),
    field("Born", refTo(dateModel)),
    field("Record", refTo(record)),
    field("ID", string, required),
    field("Id", number, required),
    field("Pair", unionOf(refTo(webhookA), refTo(webhookB))),
    field("Free", refTo("docs/free.md")),
    field("Nothing", refTo("docs/nothing.md"), required),
  ]);
  const nothing = union("docs/nothing.md", "Nothing", [httpResponse]);
  const free = enumeration("docs/free.md", "Free", []);
  return variant("misc", [
    loop,
    holder,
    webhookA,
    webhookB,
    dbType,
    dbTypeShouting,
    error,
    dateModel,
    record,
    user,
    nothing,
    free,
  ]);
}
