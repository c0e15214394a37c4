/**
 * Counts by severity, the order formats list severities in (most severe first), and the SDK-shape
 * findings apart from the API's (every format reports them in a section of their own, grouped).
 */
import type { Change, ChangeSeverity, DiffResult, SdkShape } from "./changes.js";
import { compareCodeUnits } from "../code-units.js";

/** Most severe first: what CI annotations and pull-request tables show first. */
export const SEVERITY_ORDER: readonly ChangeSeverity[] = ["breaking", "drift", "non-breaking", "info"];

export const severityRank = (severity: ChangeSeverity): number => SEVERITY_ORDER.indexOf(severity);

export interface DiffSummary {
  /** Every change, the SDK-shape findings included. */
  readonly changes: number;
  /** The changes other than SDK-shape findings, by severity. */
  readonly breaking: number;
  readonly drift: number;
  readonly "non-breaking": number;
  readonly info: number;
  /** SDK-shape findings (kind `sdk-shape`), whatever their severity. */
  readonly "sdk-shape": number;
  /** Dropped by an ignore file. */
  readonly ignored: number;
}

/** Whether a change is an SDK-shape finding rather than an API change. */
export const isSdkShape = (change: Pick<Change, "kind">): boolean => change.kind === "sdk-shape";

export function summarize(result: DiffResult): DiffSummary {
  const api = result.changes.filter((change) => !isSdkShape(change));
  const count = (severity: ChangeSeverity) => api.filter((change) => change.severity === severity).length;
  return {
    changes: result.changes.length,
    breaking: count("breaking"),
    drift: count("drift"),
    "non-breaking": count("non-breaking"),
    info: count("info"),
    "sdk-shape": result.changes.length - api.length,
    ignored: result.ignored ?? 0,
  };
}

/** `185 breaking, 262 non-breaking, 17 info; 704 SDK-shape`: the severities present, most severe first, then the SDK-shape findings. */
export function severityTally(summary: DiffSummary): string {
  const parts = SEVERITY_ORDER.filter((severity) => summary[severity] > 0).map((severity) => `${summary[severity]} ${severity}`);
  const api = parts.length === 0 ? "none" : parts.join(", ");
  return summary["sdk-shape"] > 0 ? `${parts.length === 0 ? "no API change" : api}; ${summary["sdk-shape"]} SDK-shape` : api;
}

/** SDK-shape findings that say the same thing of different models (`contentType` missing in typescript, 131 models). */
export interface ShapeGroup {
  readonly shape: SdkShape;
  /** What the findings say, without their model: `contentType: required field (string) in go, missing in typescript`. */
  readonly what: string;
  readonly changes: readonly Change[];
  /** Their models, in report order, each once. */
  readonly models: readonly string[];
}

/** The SDK-shape findings of a two-sided diff, grouped by what they say; the largest groups first. */
export function shapeGroups(changes: readonly Change[]): ShapeGroup[] {
  const groups = new Map<string, { shape: SdkShape; what: string; changes: Change[] }>();
  for (const change of changes) {
    if (change.shape === undefined) continue;
    const subject = `${change.model}${change.field === undefined ? "" : `.${change.field}`}: `;
    const message = change.message.startsWith(subject) ? change.message.slice(subject.length) : change.message;
    const what = `${change.field === undefined ? "" : `${change.field}: `}${message}`;
    const key = `${change.shape}\u0000${what}`;
    const group = groups.get(key) ?? { shape: change.shape, what, changes: [] };
    group.changes.push(change);
    groups.set(key, group);
  }
  return [...groups.values()]
    .map((group) => ({ ...group, models: [...new Set(group.changes.map((change) => change.model))] }))
    .sort((a, b) => b.changes.length - a.changes.length || compareCodeUnits(a.what, b.what));
}

/** Changes most severe first (SDK-shape findings last); within a severity, in report order (model, field, kind). */
export function bySeverity(changes: readonly Change[]): Change[] {
  return changes
    .map((change, index) => ({ change, index }))
    .sort((a, b) => Number(isSdkShape(a.change)) - Number(isSdkShape(b.change)) || severityRank(a.change.severity) - severityRank(b.change.severity) || a.index - b.index)
    .map(({ change }) => change);
}

/** `Webhook.hookUrl` or `Webhook`. */
export const subjectOf = (change: Change): string => (change.field === undefined ? change.model : `${change.model}.${change.field}`);
