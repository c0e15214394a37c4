/**
 * How bad a change is.
 *
 * Mode `variant` (two languages of one SDK): every change is `drift`; no side is "newer"; a difference of the
 * SDKs' shape rather than the API's (`sdk-shape`) is `info`.
 *
 * Mode `version` (left = older, right = newer), graded oasdiff-style by the declaration's role:
 * `request` (the client sends it), `response` (the client reads it), `shared` (both ways, so a change
 * is breaking when it would be for either a request or a response). When the two versions disagree on
 * the role, the declaration is graded as `shared`. The role comes from the parser (`roleOf` in
 * parse/page-reader.ts): pages under `operations/` (C# `Requests/`) whose title ends in `Response`
 * (`…ResponseResult`, `…ResponseBody`) are responses, other operations pages requests, everything else
 * shared. On the corpus: Go has 835 response models, 831 request models and 664 request enums (the
 * `…QueryParamFields` of list/get operations), and 1100 shared pages; TypeScript 131 response models and
 * 8 response unions (`…ResponseResult`).
 *
 * | change                                      | request      | response     | shared       |
 * | ------------------------------------------- | ------------ | ------------ | ------------ |
 * | model-added                                 | non-breaking | non-breaking | non-breaking |
 * | model-removed                               | breaking     | breaking     | breaking     |
 * | type-changed of a declaration (model→enum…) | breaking     | breaking     | breaking     |
 * | field-added, optional                       | non-breaking | non-breaking | non-breaking |
 * | field-added, required                       | breaking     | non-breaking | breaking     |
 * | field-removed                               | breaking     | breaking     | breaking     |
 * | required-changed, optional → required       | breaking     | non-breaking | breaking     |
 * | required-changed, required → optional       | non-breaking | breaking     | breaking     |
 * | nullable-changed, became nullable           | non-breaking | breaking     | breaking     |
 * | nullable-changed, became non-nullable       | breaking     | non-breaking | breaking     |
 * | type-changed of a field, widened            | non-breaking | breaking     | breaking     |
 * | type-changed of a field, narrowed           | breaking     | breaking     | breaking     |
 * | type-changed of a field, incompatible       | breaking     | breaking     | breaking     |
 * | type-changed of an enum, closed → open      | non-breaking | breaking     | breaking     |
 * | type-changed of an enum, open → closed      | breaking     | breaking     | breaking     |
 * | enum-value-added, closed enum               | non-breaking | breaking     | breaking     |
 * | enum-value-added, open enum                 | non-breaking | non-breaking | non-breaking |
 * | enum-value-removed                          | breaking     | breaking     | breaking     |
 * | union-member-added                          | non-breaking | breaking     | breaking     |
 * | union-member-removed                        | breaking     | breaking     | breaking     |
 * | description-changed                         | info         | info         | info         |
 * | deprecated-changed                          | info         | info         | info         |
 *
 * "Widened" / "narrowed" are decided by `typeCompatibility` (type-equivalence.ts): `integer` → `number`,
 * `T` → `T | U`, `T` → `any` widen; the reverse narrows. A response is graded breaking on any type
 * change (a client may depend on the exact type it reads), and removals are breaking for every role,
 * as for enum values; a union member is a value set like an enum's, so union members follow the enum rows.
 * An enum value added to an open enum is non-breaking: clients of an open enum must already accept
 * values they do not know.
 */
import type { ModelRole } from "../ir/types.js";
import type { ChangeSeverity, DiffMode, VersionKind } from "./changes.js";
import type { TypeCompatibility } from "../match/index.js";

/** What the grading needs to know about a change besides its kind. */
export interface SeverityFacts {
  /** The change as a version diff names it (a variant diff's `field-missing` is `field-added` or `field-removed`). */
  readonly kind: VersionKind;
  /** The declaration's role (for a field, its model's role). */
  readonly role: ModelRole;
  /** field-added: the new field is required. required-changed: the field is now required. */
  readonly required?: boolean;
  /** nullable-changed: the field is now nullable. */
  readonly nullable?: boolean;
  /** enum-value-added: the (newer) enum is open. */
  readonly openEnum?: boolean;
  /** type-changed: how the type changed from left to right. */
  readonly compatibility?: TypeCompatibility;
  /** type-changed: the change is to the declaration itself (model ↔ enum ↔ union), not to a field's type. */
  readonly declarationKind?: boolean;
  /** The difference is in the SDKs' shape, not the API's (an `sdk-shape` change): `info`. */
  readonly sdkShape?: boolean;
}

/** The severity of a change in the given mode (see the table above). */
export function severityOf(mode: DiffMode, facts: SeverityFacts): ChangeSeverity {
  if (facts.sdkShape === true) return "info";
  if (mode === "variant") return "drift";
  const sends = facts.role === "request" || facts.role === "shared";
  const reads = facts.role === "response" || facts.role === "shared";
  const breakingIf = (condition: boolean): ChangeSeverity => (condition ? "breaking" : "non-breaking");
  switch (facts.kind) {
    case "model-added":
      return "non-breaking";
    case "model-removed":
    case "field-removed":
    case "enum-value-removed":
    case "union-member-removed":
      return "breaking";
    case "field-added":
      return breakingIf(facts.required === true && sends);
    case "required-changed":
      return breakingIf(facts.required === true ? sends : reads);
    case "nullable-changed":
      return breakingIf(facts.nullable === true ? reads : sends);
    case "type-changed":
      if (facts.declarationKind === true) return "breaking";
      return breakingIf(reads || facts.compatibility !== "widened");
    case "enum-value-added":
      return breakingIf(reads && facts.openEnum !== true);
    case "union-member-added":
      return breakingIf(reads);
    case "description-changed":
    case "deprecated-changed":
      return "info";
  }
}
