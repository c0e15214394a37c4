/**
 * Two models compared field by field (compare.ts holds the rest of the comparison).
 *
 * Between languages, a response envelope is seen through (match/envelope.ts): its transport data (status
 * code, content type, headers, the raw response, HTTP metadata) differs between SDKs, not APIs, and is
 * reported as `sdk-shape`; its body fields are compared as the API's fields are, and when the two sides
 * hold the same body in other fields (one per content type against one union) that too is the SDKs'
 * shape. Fields one generator renamed by rule (match/renames.ts) are compared as one field, the rename
 * reported as `sdk-shape`, `info`.
 */
import { matchKey } from "../ir/naming.js";
import { withoutNull } from "../ir/sdk-shape.js";
import type { Declaration, Field, ModelDecl } from "../ir/types.js";
import { bodyUnionIds, equivalent, isEnvelopePair, isTransportField, joinRenamedFields, pairFields, sameBody, typeCompatibility, type FieldRename, type RenameRule } from "../match/index.js";
import type { SdkShape } from "./changes.js";
import { shaped, states, type Comparison, type Draft } from "./drafts.js";
import type { SeverityFacts } from "./severity.js";

type Role = SeverityFacts["role"];

/** The SDK shape a declaration's differences are, by what it is to the SDK (an envelope's are sorted field by field). */
export function sdkRoleShape(declaration: Declaration): SdkShape | undefined {
  switch (declaration.sdk) {
    case "envelope":
      return "envelope";
    case "transport":
      return "transport";
    case "utility":
      return "utility";
    default:
      return undefined;
  }
}

/** Two paired models: an envelope pair seen through between languages, any other field by field. */
export function compareModelPair(ctx: Comparison, model: string, role: Role, left: ModelDecl, right: ModelDecl, out: Draft[]): void {
  if (ctx.variantMode && isEnvelopePair(left, right)) compareEnvelopes(ctx, model, role, left, right, out);
  else {
    const oneSided = compareFieldLists(ctx, model, role, left, right, left.fields, right.fields, out);
    const missing = oneSided.map(([l, r]) => missingField(ctx, model, role, left, right, l, r));
    out.push(...(ctx.variantMode ? inherited(ctx, left, right, oneSided, missing) : missing));
  }
}

/**
 * Between languages, fields one side alone lists that are the fields of a model both sides document in
 * full — the model this one extends, whose fields one generator repeats on each model that extends it and
 * another does not (Dropbox Sign's C# pages against its other languages': "This class extends …") — are
 * the SDKs' shape (`inherited`), not missing.
 */
function inherited(ctx: Comparison, left: ModelDecl, right: ModelDecl, oneSided: ReadonlyArray<[Field | undefined, Field | undefined]>, missing: Draft[]): Draft[] {
  const leftOnly = oneSided.flatMap(([l]) => (l !== undefined ? [l] : []));
  const rightOnly = oneSided.flatMap(([, r]) => (r !== undefined ? [r] : []));
  const side = leftOnly.length > 0 && rightOnly.length === 0 ? "left" : rightOnly.length > 0 && leftOnly.length === 0 ? "right" : undefined;
  if (side === undefined) return missing;
  const base = ctx.inheritedFrom(side, side === "left" ? leftOnly : rightOnly, side === "left" ? left : right);
  if (base === undefined) return missing;
  const has = side === "left" ? ctx.left.name : ctx.right.name;
  const lacks = side === "left" ? ctx.right.name : ctx.left.name;
  return missing.map((draft) => ({ ...draft, shape: "inherited" as const, text: { ...draft.text, variant: `${draft.text.variant} (a field of ${base}, which ${lacks} leaves to the model it extends, ${has} lists)` } }));
}

/** Where a field's changes go in its model: the left's fields in order, then the right's. */
function entryOf(left: ModelDecl, right: ModelDecl, leftField: Field | undefined, rightField: Field | undefined): number {
  return leftField !== undefined ? left.fields.indexOf(leftField) : left.fields.length + right.fields.indexOf(rightField as Field);
}

/** Fields of two models (or the same part of two envelopes): paired and compared; the one-sided pairs are returned. */
function compareFieldLists(ctx: Comparison, model: string, role: Role, left: ModelDecl, right: ModelDecl, leftFields: readonly Field[], rightFields: readonly Field[], out: Draft[]): Array<[Field | undefined, Field | undefined]> {
  let pairs = pairFields(leftFields, rightFields, { binaryBodies: ctx.variantMode });
  let rules = new Map<Field, FieldRename>();
  if (ctx.variantMode) ({ pairs, rules } = joinRenamedFields(pairs, left.canonicalName, (l, r) => sameType(ctx, l, r), (field) => refName(ctx, field, leftFields.includes(field) ? "left" : "right")));
  const oneSided: Array<[Field | undefined, Field | undefined]> = [];
  for (const [leftField, rightField] of pairs) {
    const entry = entryOf(left, right, leftField, rightField);
    if (leftField !== undefined && rightField !== undefined) {
      const rename = rules.get(leftField);
      // A renamed field goes by the API's name, the one the other generator kept, in every pair.
      const name = rename === undefined || rename.renamed === "right" ? leftField.canonicalName : rightField.canonicalName;
      if (rename !== undefined) out.push(renameDraft(ctx, model, role, leftField, rightField, name, rename.rule, entry));
      compareFields(ctx, model, role, leftField, rightField, name, entry, out);
    } else oneSided.push([leftField, rightField]);
  }
  return oneSided;
}

/** The name of the declaration a field's type refers to (through lists and maps; its own side's name), if it refers to one. */
function refName(ctx: Comparison, field: Field, side: "left" | "right"): string | undefined {
  let type = withoutNull(field.type);
  while (type.kind === "array" || type.kind === "map") type = withoutNull(type.kind === "array" ? type.items : type.values);
  if (type.kind !== "ref" || type.target === "") return undefined;
  return ctx.declaration(side, type.target)?.canonicalName;
}

/** Whether two fields' types mean the same, as the comparison reads them. */
function sameType(ctx: Comparison, left: Field, right: Field): boolean {
  return equivalent(ctx.fieldFacts(left, "left").type, ctx.fieldFacts(right, "right").type, { unknownMatchesAnything: true, bodiesMatch: true });
}

const RULE_TEXT: Record<RenameRule, string> = {
  "class-clash": "a member named as its class, renamed",
  escape: "a name escaped by the generator",
  "type-name": "a member named after its type",
  "model-prefix": "a member named with its model's name before it",
  "error-class": "an error class named as its language names them",
  affix: "an affix on every name",
};

function renameDraft(ctx: Comparison, model: string, role: Role, left: Field, right: Field, name: string, rule: RenameRule, entry: number): Draft {
  return {
    kind: "type-changed",
    shape: "rename",
    model,
    field: name,
    left: left.canonicalName,
    right: right.canonicalName,
    leftSource: left.source,
    rightSource: right.source,
    facts: { kind: "type-changed", role },
    text: ctx.differs("name", left.canonicalName, `${right.canonicalName} (${RULE_TEXT[rule]})`),
    entry,
  };
}

/** A field one side has: `field-missing` (or, between versions, added or removed). */
function missingField(ctx: Comparison, model: string, role: Role, left: ModelDecl, right: ModelDecl, leftField: Field | undefined, rightField: Field | undefined): Draft {
  const field = (leftField ?? rightField) as Field;
  const side = leftField !== undefined ? "left" : "right";
  const view = ctx.fieldFacts(field, side);
  const requiredness = field.required ? "required" : "optional";
  const rendering = view.nullable ? `${view.rendering} | null` : view.rendering;
  return {
    kind: ctx.presenceKind("field", side),
    model,
    field: field.canonicalName,
    ...(side === "right" ? { right: rendering, leftSource: left.source, rightSource: field.source } : { left: rendering, leftSource: field.source, rightSource: right.source }),
    facts: { kind: side === "right" ? "field-added" : "field-removed", role, required: field.required },
    text: ctx.onlyIn(`${requiredness} field (${rendering})`, side),
    entry: entryOf(left, right, leftField, rightField),
  };
}

/**
 * An envelope pair: fields paired as any model's; a pair of which either side is transport data, and a
 * transport field one side lacks, differ in the SDKs' shape. One side's one-sided body fields against the
 * other's, as one body (match/envelope.ts): the same body in other fields is the SDKs' shape too.
 */
function compareEnvelopes(ctx: Comparison, model: string, role: Role, left: ModelDecl, right: ModelDecl, out: Draft[]): void {
  const transport: Draft[] = [];
  const fieldDrafts: Draft[] = [];
  const oneSided = compareFieldLists(ctx, model, role, left, right, left.fields, right.fields, fieldDrafts);
  const isTransport = (name: string | undefined) => {
    const key = name === undefined ? undefined : matchKey(name);
    return [...left.fields, ...right.fields].some((field) => matchKey(field.canonicalName) === key && isTransportField(field));
  };
  for (const draft of fieldDrafts) (isTransport(draft.field) ? transport : out).push(draft);
  const body = oneSided.filter(([l, r]) => !isTransportField((l ?? r) as Field));
  for (const [l, r] of oneSided) if (isTransportField((l ?? r) as Field)) transport.push(missingField(ctx, model, role, left, right, l, r));
  out.push(...shaped(transport, "transport"));

  const leftOnly = body.flatMap(([l]) => (l !== undefined ? [l] : []));
  const rightOnly = body.flatMap(([, r]) => (r !== undefined ? [r] : []));
  if (!sameBody(leftOnly, ctx.resolveLeft, rightOnly, ctx.resolveRight)) {
    out.push(...body.map(([l, r]) => missingField(ctx, model, role, left, right, l, r)));
    return;
  }
  // The same body in other fields: one SDK-shape finding, not a field missing on each side.
  ctx.consumeBodyUnions("left", bodyUnionIds(leftOnly, ctx.resolveLeft));
  ctx.consumeBodyUnions("right", bodyUnionIds(rightOnly, ctx.resolveRight));
  // Counted, not named: each language names the fields its own way (`…ResponseStream`, `…Bytes`).
  const describe = (fields: readonly Field[]) => (fields.length === 1 ? `field ${fields[0]!.canonicalName}` : `${fields.length} fields`);
  out.push({
    kind: "type-changed",
    shape: "body",
    model,
    left: describe(leftOnly),
    right: describe(rightOnly),
    leftSource: leftOnly[0]!.source,
    rightSource: rightOnly[0]!.source,
    facts: { kind: "type-changed", role },
    text: ctx.differs("body", describe(leftOnly), `${describe(rightOnly)} (the same types)`),
    entry: entryOf(left, right, leftOnly[0], undefined),
  });
}

/** Two fields that are one: requiredness, type, description, nullability and deprecation compared. */
function compareFields(ctx: Comparison, model: string, role: Role, left: Field, right: Field, name: string, entry: number, out: Draft[]): void {
  const base = { model, field: name, leftSource: left.source, rightSource: right.source, entry };

  if (states(left, "required") && states(right, "required") && left.required !== right.required) {
    const [before, after] = [left.required, right.required].map((flag) => (flag ? "required" : "optional")) as [string, string];
    out.push({ ...base, kind: "required-changed", left: before, right: after, facts: { kind: "required-changed", role, required: right.required }, text: ctx.differs("", before, after) });
  }

  const leftView = ctx.fieldFacts(left, "left");
  const rightView = ctx.fieldFacts(right, "right");
  if (!equivalent(leftView.type, rightView.type, { unknownMatchesAnything: ctx.variantMode, bodiesMatch: ctx.variantMode })) {
    out.push({
      ...base,
      kind: "type-changed",
      left: leftView.rendering,
      right: rightView.rendering,
      facts: { kind: "type-changed", role, compatibility: typeCompatibility(leftView.type, rightView.type) },
      text: ctx.differs("type", leftView.rendering, rightView.rendering),
    });
  }

  ctx.describe(base, role, left.description, right.description, out, "field");

  if (leftView.nullableStated && rightView.nullableStated && leftView.nullable !== rightView.nullable) {
    const [before, after] = [leftView.nullable, rightView.nullable].map((flag) => (flag ? "nullable" : "non-nullable")) as [string, string];
    out.push({ ...base, kind: "nullable-changed", left: before, right: after, facts: { kind: "nullable-changed", role, nullable: rightView.nullable }, text: ctx.differs("", before, after) });
  }

  if (left.deprecated !== right.deprecated) {
    const [before, after] = [left.deprecated, right.deprecated].map((flag) => (flag ? "deprecated" : "not deprecated")) as [string, string];
    out.push({ ...base, kind: "deprecated-changed", left: before, right: after, facts: { kind: "deprecated-changed", role }, text: ctx.differs("", before, after) });
  }
}

