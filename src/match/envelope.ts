/**
 * Seeing through an SDK's response envelope (`SdkRole` in the IR, ir/sdk-shape.ts): which of a paired
 * envelope's fields are transport data and which are its body, and whether two envelopes that shape their
 * bodies differently return the same body.
 *
 * Go, C#, Python and the others return a passthrough response's body in one field per content type
 * (go/docs/pkg/models/operations/createpassthroughjsonresponse.md: `DefaultWildcardWildcardResponseStream`,
 * `DefaultApplicationJSONAny`, `DefaultApplicationXMLRes`…); TypeScript returns it as one `result` field
 * typed by a union page of the same types (typescript/docs/sdk/models/operations/createpassthroughjsonresponse.md
 * and createpassthroughjsonresponseresult.md). The body's fields taken as a set of types, with a union field
 * standing for its members, are the same on both sides: the SDKs differ in shape, not the API.
 */
import { exchangePart, withoutNull } from "../ir/sdk-shape.js";
import type { Declaration, Field, ModelDecl, TypeExpr } from "../ir/types.js";
import { equivalent, normalizeType, type NormalizedType, type RefResolver } from "./type-equivalence.js";

/** Whether a pair of declarations is an envelope pair: either side is an envelope and both are models. */
export function isEnvelopePair(left: Declaration, right: Declaration): left is ModelDecl {
  return left.kind === "model" && right.kind === "model" && (left.sdk === "envelope" || right.sdk === "envelope");
}

/** Whether a field of an envelope (or of the model paired with one) is transport data rather than body. */
export function isTransportField(field: Field): boolean {
  return field.transport !== undefined || exchangePart(field) !== undefined;
}

/** The types a body holds: each field's type, a union (or a ref to a union page) standing for its members. */
function bodyTypes(fields: readonly Field[], resolve: RefResolver): NormalizedType[] {
  const types: NormalizedType[] = [];
  const seen = new Set<string>();
  const add = (type: TypeExpr) => {
    const normalized = normalizeType(type, resolve);
    const key = JSON.stringify(normalized);
    if (!seen.has(key)) {
      seen.add(key);
      types.push(normalized);
    }
  };
  for (const field of fields) {
    const type = withoutNull(field.type);
    const members = type.kind === "ref" ? resolve.unionOf?.(type) : type.kind === "union" ? type.members : undefined;
    if (members === undefined) add(type);
    else for (const member of members) if (!(member.kind === "literal" && member.value === null)) add(member);
  }
  return types;
}

/**
 * Whether two envelopes' one-sided body fields hold the same body: every type of one side's has one of the
 * same meaning on the other side's, and the reverse (raw bytes and a byte string are one body).
 */
export function sameBody(left: readonly Field[], resolveLeft: RefResolver, right: readonly Field[], resolveRight: RefResolver): boolean {
  if (left.length === 0 || right.length === 0) return false;
  const a = bodyTypes(left, resolveLeft);
  const b = bodyTypes(right, resolveRight);
  const options = { bodiesMatch: true, unknownMatchesAnything: true };
  const covers = (from: readonly NormalizedType[], to: readonly NormalizedType[]) => from.every((type) => to.some((other) => equivalent(type, other, options)));
  return covers(a, b) && covers(b, a);
}

/** The union pages a body's fields are typed by (a ref to a union declaration), by id. */
export function bodyUnionIds(fields: readonly Field[], resolve: RefResolver): string[] {
  return fields.flatMap((field) => {
    const type = withoutNull(field.type);
    return type.kind === "ref" && type.target !== "" && resolve.unionOf?.(type) !== undefined ? [type.target] : [];
  });
}
