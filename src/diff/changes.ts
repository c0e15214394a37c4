/**
 * What the diff reports: one {@link Change} per difference between two {@link Variant}s of the same
 * models (two languages of one SDK, or two versions of one language's docs).
 *
 * Plain data only, so a {@link DiffResult} serialises with `JSON.stringify`.
 */

import type { CheckId, DiffMode } from "../options.js";

/**
 * Every kind of change, in the order changes of one entry (model, field, value) are listed. A version diff
 * says `…-added` and `…-removed` (older → newer); a variant diff, where no side is newer, says `…-missing`
 * for the same facts (`model-missing`: the model is in one language and missing in the other).
 */
export const CHANGE_KINDS = [
  "model-added",
  "model-removed",
  "field-added",
  "field-removed",
  "required-changed",
  "type-changed",
  "enum-value-added",
  "enum-value-removed",
  "union-member-added",
  "union-member-removed",
  "description-changed",
  "nullable-changed",
  "deprecated-changed",
  "model-missing",
  "field-missing",
  "enum-value-missing",
  "union-member-missing",
  "sdk-shape",
] as const;

export type ChangeKind = (typeof CHANGE_KINDS)[number];

/** The kinds of a version diff (a variant diff says `…-missing` for its `…-added` and `…-removed`). */
export type VersionKind = Exclude<ChangeKind, `${string}-missing` | "sdk-shape">;

/**
 * What an `sdk-shape` change is about (variant mode): a difference in how two SDKs shape one API, not in
 * the API (see `SdkRole` in the IR and match/envelope.ts, match/renames.ts):
 * - `envelope`: a response envelope one SDK documents and another does not (it returns the body directly);
 * - `transport`: an envelope's transport data (status code, content type, raw response, headers, HTTP metadata);
 * - `body`: one envelope holds its body in other fields than the other (one per content type, or one union);
 * - `utility`: an SDK utility (retry settings, credentials, global parameters, server options);
 * - `rename`: a name one generator changed by rule (a member named as its class, an escape, an affix on every name);
 * - `inherited`: fields one SDK lists on a model and another leaves to the model it extends (the fields of a
 *   model both document in full).
 */
export const SDK_SHAPES = ["envelope", "transport", "body", "utility", "rename", "inherited"] as const;
export type SdkShape = (typeof SDK_SHAPES)[number];

/**
 * `drift`: the two sides are languages of one SDK and disagree (mode `variant`).
 * The others grade a change from an older to a newer version (mode `version`); see `severity.ts`.
 */
export type ChangeSeverity = "breaking" | "non-breaking" | "info" | "drift";

/** Where a change is, on one side: a file (variant root joined with the page path, `/` separators). */
export interface ChangeSource {
  readonly file: string;
  /** 1-based. */
  readonly line: number;
  /** 1-based. */
  readonly column: number;
}

/** One side of a change, value and place together (what formatters print per side). */
export interface ChangeSide {
  readonly value?: string;
  readonly file?: string;
  readonly line?: number;
  readonly column?: number;
}

export interface Change {
  /** `sdk-shape` for a difference of the SDKs' shape (then see `shape` and `aspect`); else what changed. */
  readonly kind: ChangeKind;
  /** An `sdk-shape` change: what it is about. */
  readonly shape?: SdkShape;
  /** An `sdk-shape` change: the change it would be between two APIs (`field-missing`, `model-missing`, `type-changed`…). */
  readonly aspect?: ChangeKind;
  /** The declaration's canonical name (`Webhook`); the left side's when both sides have it. */
  readonly model: string;
  /** The field's canonical name (`hookUrl`); absent for changes to the declaration itself, its values or members. */
  readonly field?: string;
  /**
   * Human-readable value on the left / right: `required`/`optional`, `nullable`/`non-nullable`,
   * `deprecated`/`not deprecated`, a canonical type rendering (`map<string, any>`), an enum value,
   * a union member's rendering, a normalised description, or a declaration kind (`model`, `enum`, `union`).
   * Absent on the side that lacks the thing.
   */
  readonly left?: string;
  readonly right?: string;
  readonly severity: ChangeSeverity;
  /** The check it falls under (`field-added-required`; see checks.ts and `modeldoc checks`). */
  readonly check: CheckId;
  /** Short stable hash of `kind|model|field|left|right` (sha1, first 12 hex digits). */
  readonly fingerprint: string;
  readonly leftSource?: ChangeSource;
  readonly rightSource?: ChangeSource;
  /** One sentence, starting with `Model.field:` or `Model:`. */
  readonly message: string;
}

/** `variant`: two languages of one SDK (every change is drift). `version`: older (left) → newer (right). */
export type { DiffMode };

export interface DiffOptions {
  readonly mode: DiffMode;
  /** Compare descriptions (models' and fields'). Default `true`. */
  readonly descriptions?: boolean;
}

export interface DiffResult {
  readonly mode: DiffMode;
  /** The left variant's name. */
  readonly left: string;
  /** The right variant's name. */
  readonly right: string;
  /** Sorted by model canonical name, then field order of the left (right-only fields after, in right order), then kind. */
  readonly changes: readonly Change[];
  /** Why this mode was chosen (`--mode version`, `different dialects (go, csharp)`…), when the pipeline chose it. */
  readonly modeReason?: string;
  /** How many changes an ignore file dropped (absent when no ignore file was applied). */
  readonly ignored?: number;
}

/** Whether a change is about a thing one side has and the other lacks (`…-added`, `…-removed`, `…-missing`, or such an `sdk-shape`). */
export function isPresence(change: Pick<Change, "kind" | "aspect">): boolean {
  return /-(added|removed|missing)$/.test(change.kind === "sdk-shape" ? (change.aspect ?? "") : change.kind);
}

/** The left or right side of a change as a {@link ChangeSide}. */
export function changeSide(change: Change, side: "left" | "right"): ChangeSide {
  const value = side === "left" ? change.left : change.right;
  const source = side === "left" ? change.leftSource : change.rightSource;
  return {
    ...(value !== undefined ? { value } : {}),
    ...(source !== undefined ? { file: source.file, line: source.line, column: source.column } : {}),
  };
}

/**
 * The sides of a change that have the thing it is about, the right (newer) side first: both sides of a
 * changed fact; of an added, removed or missing model, field, value or member only the side with a value
 * (the other side's place is its model's first line, or nothing).
 */
export function sidesWithThing(change: Change): Array<"left" | "right"> {
  const presence = isPresence(change);
  return (["right", "left"] as const).filter((side) => {
    const source = side === "left" ? change.leftSource : change.rightSource;
    if (source === undefined) return false;
    return !presence || (side === "left" ? change.left : change.right) !== undefined;
  });
}
