/** Counts by severity, and the order formats list severities in (most severe first). */
import type { Change, ChangeSeverity, DiffResult } from "./changes.js";

/** Most severe first: what CI annotations and pull-request tables show first. */
export const SEVERITY_ORDER: readonly ChangeSeverity[] = ["breaking", "drift", "non-breaking", "info"];

export const severityRank = (severity: ChangeSeverity): number => SEVERITY_ORDER.indexOf(severity);

export interface DiffSummary {
  readonly changes: number;
  readonly breaking: number;
  readonly drift: number;
  readonly "non-breaking": number;
  readonly info: number;
  /** Dropped by an ignore file. */
  readonly ignored: number;
}

export function summarize(result: DiffResult): DiffSummary {
  const count = (severity: ChangeSeverity) => result.changes.filter((change) => change.severity === severity).length;
  return {
    changes: result.changes.length,
    breaking: count("breaking"),
    drift: count("drift"),
    "non-breaking": count("non-breaking"),
    info: count("info"),
    ignored: result.ignored ?? 0,
  };
}

/** `185 breaking, 262 non-breaking, 17 info`: the severities present, most severe first. */
export function severityTally(summary: DiffSummary): string {
  const parts = SEVERITY_ORDER.filter((severity) => summary[severity] > 0).map((severity) => `${summary[severity]} ${severity}`);
  return parts.length === 0 ? "none" : parts.join(", ");
}

/** Changes most severe first; within a severity, in report order (model, field, kind). */
export function bySeverity(changes: readonly Change[]): Change[] {
  return changes
    .map((change, index) => ({ change, index }))
    .sort((a, b) => severityRank(a.change.severity) - severityRank(b.change.severity) || a.index - b.index)
    .map(({ change }) => change);
}

/** `Webhook.hookUrl` or `Webhook`. */
export const subjectOf = (change: Change): string => (change.field === undefined ? change.model : `${change.model}.${change.field}`);
