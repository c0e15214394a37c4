/**
 * Summaries of a parity report (parity.ts), shared by its formats: the findings grouped by what they
 * say, and per variant how many models it has, lacks or alone has, and on how many facts it is outvoted.
 */
import { compareCodeUnits } from "../code-units.js";
import type { ChangeKind, ChangeSeverity, SdkShape } from "./changes.js";
import { kindIndex, type ParityCell, type ParityFinding, type ParityReport } from "./parity.js";
import { severityRank } from "./summary.js";

/** Findings that say the same thing of different models (`contentType` missing in typescript, 131 models). */
export interface ParityGroup {
  readonly kind: ChangeKind;
  /** A group of SDK-shape findings: what they are about. */
  readonly shape?: SdkShape;
  readonly severity: ChangeSeverity;
  readonly how: string;
  readonly findings: readonly ParityFinding[];
  /** What the findings concern, one per model: `Webhook`, or `ObjectType "a", "b"` for values and members. */
  readonly labels: readonly string[];
}

/**
 * The findings grouped by kind and what they say; most severe first, then the largest groups. The SDK-shape
 * findings are left out unless `sdkShape` is true, and then they alone are grouped.
 */
export function parityGroups(report: ParityReport, sdkShape = false): ParityGroup[] {
  const groups = new Map<string, { kind: ChangeKind; shape?: SdkShape; severity: ChangeSeverity; how: string; findings: ParityFinding[] }>();
  for (const model of report.models) {
    for (const finding of model.findings) {
      if ((finding.kind === "sdk-shape") !== sdkShape) continue;
      const key = `${finding.kind}\u0000${finding.shape ?? ""}\u0000${finding.severity}\u0000${finding.how}`;
      const group = groups.get(key) ?? { kind: finding.kind, ...(finding.shape !== undefined ? { shape: finding.shape } : {}), severity: finding.severity, how: finding.how, findings: [] };
      group.findings.push(finding);
      groups.set(key, group);
    }
  }
  return [...groups.values()]
    .map((group) => ({ ...group, labels: labels(group.findings) }))
    .sort(
      (a, b) =>
        severityRank(a.severity) - severityRank(b.severity) ||
        b.findings.length - a.findings.length ||
        kindIndex(a.kind) - kindIndex(b.kind) ||
        compareCodeUnits(a.how, b.how),
    );
}

function labels(findings: readonly ParityFinding[]): string[] {
  const byModel = new Map<string, string[]>();
  for (const finding of findings) {
    const subjects = byModel.get(finding.model) ?? [];
    if (finding.subject !== undefined) subjects.push(finding.subject);
    byModel.set(finding.model, subjects);
  }
  const named = (subjects: readonly string[]) => `${subjects.slice(0, 20).join(", ")}${subjects.length > 20 ? `, … (${subjects.length - 20} more)` : ""}`;
  return [...byModel].map(([model, subjects]) => (subjects.length === 0 ? model : `${model} ${named(subjects)}`));
}

/**
 * Whether a variant is outvoted on a finding: its value (or its lack of the thing) is held by fewer
 * variants than another value is. A variant that agrees with all, or has no such model, is not.
 */
function outvoted(cells: readonly ParityCell[], index: number): boolean {
  const label = (cell: ParityCell): string | undefined => (cell.state === "value" ? `=${cell.value ?? ""}` : cell.state === "absent" ? "absent" : undefined);
  const own = label(cells[index] as ParityCell);
  if (own === undefined) return false;
  const sizes = new Map<string, number>();
  for (const cell of cells) {
    const key = label(cell);
    if (key !== undefined) sizes.set(key, (sizes.get(key) ?? 0) + 1);
  }
  return (sizes.get(own) ?? 0) < Math.max(...sizes.values());
}

/** How many of a report's findings are the API's and how many the SDKs' shape. */
export function findingCounts(report: ParityReport): { readonly api: number; readonly sdkShape: number } {
  let api = 0;
  let sdkShape = 0;
  for (const model of report.models) for (const finding of model.findings) finding.kind === "sdk-shape" ? sdkShape++ : api++;
  return { api, sdkShape };
}

/**
 * Per variant: models it has; of the API's models (not the SDKs' own: envelopes, utilities), those only it
 * has and those it lacks; and the API facts of fields on which it is outvoted.
 */
export interface VariantTally {
  readonly name: string;
  readonly models: number;
  readonly only: number;
  readonly missing: number;
  readonly differs: number;
}

export function variantTallies(report: ParityReport): VariantTally[] {
  return report.variants.map((variant, index) => {
    let models = 0;
    let only = 0;
    let missing = 0;
    let differs = 0;
    for (const model of report.models) {
      const has = model.sources[index] !== undefined;
      if (has) models++;
      const sdkShaped = model.findings.some((finding) => finding.kind === "sdk-shape" && finding.field === undefined && finding.aspect?.startsWith("model-") === true);
      if (!sdkShaped && has && model.sources.every((source, other) => other === index || source === undefined)) only++;
      if (!sdkShaped && !has) missing++;
      for (const finding of model.findings) if (finding.kind !== "sdk-shape" && finding.field !== undefined && outvoted(finding.cells, index)) differs++;
    }
    return { name: variant.name, models, only, missing, differs };
  });
}
