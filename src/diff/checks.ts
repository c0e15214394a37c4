/**
 * The checks of a diff (`modeldoc checks`): which check a change falls under, each check's severity per
 * role and mode — worked out by `severityOf` itself, so the list is what the diff does — and a team's
 * overrides (`diff.severity` in the config: `{ "description-changed": "breaking", "field-added": "info" }`,
 * by check id or by kind).
 */
import type { ModelRole } from "../ir/types.js";
import { diffChecks, type CheckId, type Severity } from "../options.js";
import type { ChangeKind, ChangeSeverity, DiffMode, DiffResult, SdkShape, VersionKind } from "./changes.js";
import { severityOf, type SeverityFacts } from "./severity.js";

export type { CheckId };

/** What a check is about besides the kind (the facts `severityOf` reads). */
const facts: Record<CheckId, Omit<SeverityFacts, "role">> = {
  "model-added": { kind: "model-added" },
  "model-removed": { kind: "model-removed" },
  "field-added-optional": { kind: "field-added", required: false },
  "field-added-required": { kind: "field-added", required: true },
  "field-removed": { kind: "field-removed" },
  "required-changed-to-required": { kind: "required-changed", required: true },
  "required-changed-to-optional": { kind: "required-changed", required: false },
  "type-changed-declaration": { kind: "type-changed", declarationKind: true },
  "type-changed-widened": { kind: "type-changed", compatibility: "widened" },
  "type-changed-narrowed": { kind: "type-changed", compatibility: "narrowed" },
  "type-changed-incompatible": { kind: "type-changed", compatibility: "incompatible" },
  "enum-value-added-closed": { kind: "enum-value-added", openEnum: false },
  "enum-value-added-open": { kind: "enum-value-added", openEnum: true },
  "enum-value-removed": { kind: "enum-value-removed" },
  "union-member-added": { kind: "union-member-added" },
  "union-member-removed": { kind: "union-member-removed" },
  "description-changed": { kind: "description-changed" },
  "nullable-changed-to-nullable": { kind: "nullable-changed", nullable: true },
  "nullable-changed-to-non-nullable": { kind: "nullable-changed", nullable: false },
  "deprecated-changed": { kind: "deprecated-changed" },
  "model-missing": { kind: "model-added" },
  "field-missing": { kind: "field-added" },
  "required-changed": { kind: "required-changed" },
  "type-changed": { kind: "type-changed" },
  "enum-value-missing": { kind: "enum-value-added" },
  "union-member-missing": { kind: "union-member-added" },
  "nullable-changed": { kind: "nullable-changed" },
  "sdk-shape-envelope": { kind: "model-added", sdkShape: true },
  "sdk-shape-transport": { kind: "field-added", sdkShape: true },
  "sdk-shape-body": { kind: "type-changed", sdkShape: true },
  "sdk-shape-utility": { kind: "model-added", sdkShape: true },
  "sdk-shape-rename": { kind: "type-changed", sdkShape: true },
  "sdk-shape-inherited": { kind: "field-added", sdkShape: true },
};

const descriptions: Record<CheckId, string> = {
  "model-added": "a model, enum or union is in the newer docs only",
  "model-removed": "a model, enum or union is in the older docs only",
  "field-added-optional": "an optional field is added",
  "field-added-required": "a required field is added",
  "field-removed": "a field is removed",
  "required-changed-to-required": "an optional field becomes required",
  "required-changed-to-optional": "a required field becomes optional",
  "type-changed-declaration": "a declaration changes kind (model, enum, union)",
  "type-changed-widened": "a type takes more values (integer → number, T → T | U, T → any; a closed enum opens)",
  "type-changed-narrowed": "a type takes fewer values (the reverse of widened; an open enum closes)",
  "type-changed-incompatible": "a type changes to one neither wider nor narrower",
  "enum-value-added-closed": "a value is added to an enum not said to be open",
  "enum-value-added-open": "a value is added to an open enum",
  "enum-value-removed": "a value is removed from an enum",
  "union-member-added": "a member is added to a union",
  "union-member-removed": "a member is removed from a union",
  "description-changed": "a description differs",
  "nullable-changed-to-nullable": "a field may now be null",
  "nullable-changed-to-non-nullable": "a field may no longer be null",
  "deprecated-changed": "a field is deprecated or no longer deprecated",
  "model-missing": "a model, enum or union one language documents and another lacks",
  "field-missing": "a field one language documents and another lacks",
  "required-changed": "a field required in one language and optional in another",
  "type-changed": "a field's type differs between languages (by meaning, not by spelling)",
  "enum-value-missing": "an enum value one language lists and another lacks",
  "union-member-missing": "a union member one language lists and another lacks",
  "nullable-changed": "a field nullable in one language and not in another (only where both say, and strongly)",
  "sdk-shape-envelope": "a response envelope one SDK documents and another does not (it returns the body directly)",
  "sdk-shape-transport": "an envelope's transport data (status code, content type, headers, raw response, HTTP metadata) differs",
  "sdk-shape-body": "two envelopes hold the same body in different fields (one per content type, or one union)",
  "sdk-shape-utility": "an SDK utility (retry settings, credentials, global parameters, server options) differs",
  "sdk-shape-rename": "a name one generator changed by rule (a member named as its class, an escape, an affix on every name)",
  "sdk-shape-inherited": "fields one SDK lists on a model and another leaves to the model it extends",
};

export interface CheckInfo {
  readonly id: CheckId;
  readonly kind: ChangeKind;
  readonly modes: readonly DiffMode[];
  readonly description: string;
  /** Version mode: the severity of a change to a request, a response and a shared model. */
  readonly version?: Readonly<Record<ModelRole, ChangeSeverity>>;
  /** Variant mode: always `drift`. */
  readonly variant?: ChangeSeverity;
}

const roles: readonly ModelRole[] = ["request", "response", "shared"];

/** Every check, in the order of the table: version checks, then those of a variant diff. */
export function listChecks(): CheckInfo[] {
  return diffChecks.map((check) => {
    const modes = check.modes as readonly DiffMode[];
    const version = modes.includes("version")
      ? (Object.fromEntries(roles.map((role) => [role, severityOf("version", { ...facts[check.id], role })])) as Record<ModelRole, ChangeSeverity>)
      : undefined;
    return {
      id: check.id,
      kind: check.kind,
      modes,
      description: descriptions[check.id],
      ...(version !== undefined ? { version } : {}),
      ...(modes.includes("variant") ? { variant: severityOf("variant", { ...facts[check.id], role: "shared" }) } : {}),
    };
  });
}

/** The check a change falls under, from the facts its severity was graded on. */
export function checkOf(mode: DiffMode, kind: ChangeKind, change: Omit<SeverityFacts, "role" | "kind"> & { readonly kind: VersionKind }, shape?: SdkShape): CheckId {
  if (shape !== undefined) return `sdk-shape-${shape}`;
  // A variant diff has one check per kind, named as the kind.
  if (mode === "variant") return kind as CheckId;
  switch (change.kind) {
    case "field-added":
      return change.required === true ? "field-added-required" : "field-added-optional";
    case "required-changed":
      return change.required === true ? "required-changed-to-required" : "required-changed-to-optional";
    case "nullable-changed":
      return change.nullable === true ? "nullable-changed-to-nullable" : "nullable-changed-to-non-nullable";
    case "type-changed":
      if (change.declarationKind === true) return "type-changed-declaration";
      return change.compatibility === "widened" ? "type-changed-widened" : change.compatibility === "narrowed" ? "type-changed-narrowed" : "type-changed-incompatible";
    case "enum-value-added":
      return change.openEnum === true ? "enum-value-added-open" : "enum-value-added-closed";
    default:
      return change.kind;
  }
}

/** Whether a word is a check id (an ignore file's line, a config key). */
export function isCheckId(word: string): word is CheckId {
  return diffChecks.some((check) => check.id === word);
}

/** Overrides by check id or kind: a check id wins over its kind. */
export type SeverityOverrides = Readonly<Record<string, Severity>>;

/** The result with the severities a config sets: per check id, else per kind. */
export function applySeverities(result: DiffResult, overrides: SeverityOverrides | undefined): DiffResult {
  if (overrides === undefined || Object.keys(overrides).length === 0) return result;
  const changes = result.changes.map((change) => {
    const severity = (Object.hasOwn(overrides, change.check) ? overrides[change.check] : Object.hasOwn(overrides, change.kind) ? overrides[change.kind] : undefined) ?? change.severity;
    return severity === change.severity ? change : { ...change, severity };
  });
  return { ...result, changes };
}
