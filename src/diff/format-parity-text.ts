/**
 * The parity of N variants for people (`modeldoc diff` with more than two sides): the counts, then each
 * group of findings that say the same thing once, with its count and the models it concerns. A group of
 * one model gives the line of each variant's page; a larger one names its models (the first
 * {@link ParityTextOptions.names}, then a count).
 *
 * ```text
 * parity of 4 variants: go, csharp, typescript, python
 * 3440 models: 2597 the same in every variant, 843 differ (1021 findings, from 3081 pairwise changes)
 *
 * [drift] model-missing ×704: model in go, csharp, python; missing in typescript
 *   CreateAccountingAccountResponse, CreateAccountingBankfeedaccountResponse, … and 694 more
 *
 * [drift] type-changed: requestBody type: any in go; binary in csharp, python; no difference in typescript
 *   CreatePassthroughRawRequest  (go docs/…/createpassthroughrawrequest.md:8, csharp …/CreatePassthroughRawRequest.md:8, …)
 *
 * SDK shape (not API drift): 1115 findings
 *   [info] envelope ×704: model in go, csharp, python, java, php, ruby; missing in typescript
 *     CreateAccountingAccountResponse, CreateAccountingBankfeedaccountResponse, … and 694 more
 * ```
 *
 * SDK-shape findings (envelopes, transport data, SDK utilities, generator renames) are counted in a section
 * of their own after the API's, one line per group.
 */
import { terminalText } from "../terminal-text.js";
import type { ChangeSeverity } from "./changes.js";
import type { ParityReport } from "./parity.js";
import type { ParityGroup } from "./parity-summary.js";
import { findingCounts, parityGroups } from "./parity-summary.js";

export interface ParityTextOptions {
  readonly color?: boolean;
  /** Models named per group at most (default 10). */
  readonly names?: number;
}

const severityColor: Record<ChangeSeverity, string> = { breaking: "31", "non-breaking": "32", info: "36", drift: "33" };

export function formatParityText(report: ParityReport, options: ParityTextOptions = {}): string {
  const paint = (code: string, text: string): string => (options.color === true ? `\u001b[${code}m${terminalText(text)}\u001b[0m` : terminalText(text));
  const maxNames = options.names ?? 10;
  const names = report.variants.map((variant) => variant.name);
  const differing = report.models.filter((model) => model.findings.some((finding) => finding.kind !== "sdk-shape")).length;
  const { api, sdkShape } = findingCounts(report);
  const shaped = sdkShape > 0 ? `; ${sdkShape} SDK-shape ${sdkShape === 1 ? "finding" : "findings"}` : "";
  const lines = [
    paint("1", `parity of ${names.length} variants: ${names.join(", ")}`),
    `${report.models.length} models: ${report.models.length - differing} the same API in every variant, ${differing} differ (${api} API ${api === 1 ? "finding" : "findings"}${shaped}, from ${report.changes} pairwise changes)`,
  ];
  if (report.ignored > 0) lines.push(paint("2", `ignored: ${report.ignored} known ${report.ignored === 1 ? "change" : "changes"} (by the ignore file)`));
  for (const group of parityGroups(report)) lines.push("", ...groupLines(group, names, maxNames, paint, ""));
  if (sdkShape > 0) {
    lines.push("", paint("1", `SDK shape (not API drift): ${sdkShape} ${sdkShape === 1 ? "finding" : "findings"}`));
    for (const group of parityGroups(report, true)) lines.push(...groupLines(group, names, maxNames, paint, "  "));
  }
  return `${lines.join("\n")}\n`;
}

/** A group's line, then its models (a group of one: its places). */
function groupLines(group: ParityGroup, names: readonly string[], maxNames: number, paint: (code: string, text: string) => string, indent: string): string[] {
  const lines: string[] = [];
  const count = group.findings.length > 1 ? ` ×${group.findings.length}` : "";
  const labels = group.labels;
  lines.push(`${indent}${paint(severityColor[group.severity], `[${group.severity}]`)} ${group.shape ?? group.kind}${count}: ${terminalText(group.how)}`);
  if (group.findings.length === 1) {
    const finding = group.findings[0]!;
    const places = finding.cells.flatMap((cell, index) => (cell.state !== "value" || cell.source === undefined ? [] : [`${names[index]} ${cell.source.file}:${cell.source.line}`]));
    lines.push(`${indent}  ${terminalText(labels[0] ?? finding.model)}  ${paint("2", `(${places.join(", ")})`)}`);
    return lines;
  }
  // One line per model of a group of values; the models of a group of fields, on one line.
  if (labels.length < group.findings.length) {
    for (const label of labels.slice(0, maxNames)) lines.push(`${indent}  ${terminalText(label)}`);
    if (labels.length > maxNames) lines.push(`${indent}  … and ${labels.length - maxNames} more models`);
    return lines;
  }
  const shown = labels.slice(0, maxNames);
  const more = labels.length - shown.length;
  lines.push(`${indent}  ${terminalText(shown.join(", "))}${more > 0 ? ` … and ${more} more` : ""}`);
  return lines;
}
