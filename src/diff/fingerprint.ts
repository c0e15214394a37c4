/**
 * A change's fingerprint: a short hash that stays the same from run to run while the change stays the
 * same, so CI can baseline known drift and report only new changes. It hashes what the change is
 * (kind, model, field, both values), never where it is: moving a row does not change it.
 */
import { createHash } from "node:crypto";
import type { ChangeKind } from "./changes.js";

export interface FingerprintInput {
  readonly kind: ChangeKind;
  readonly model: string;
  readonly field?: string | undefined;
  readonly left?: string | undefined;
  readonly right?: string | undefined;
}

/** sha1 of `kind|model|field|left|right` (absent parts empty), first 12 hex digits. */
export function fingerprint(change: FingerprintInput): string {
  const key = [change.kind, change.model, change.field ?? "", change.left ?? "", change.right ?? ""].join("|");
  return createHash("sha1").update(key, "utf8").digest("hex").slice(0, 12);
}
