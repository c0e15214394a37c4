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
 * ```
 */
import { terminalText } from "../terminal-text.js";
import type { ChangeSeverity } from "./changes.js";
import type { ParityReport } from "./parity.js";
import { parityGroups } from "./parity-summary.js";

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
  const differing = report.models.filter((model) => model.findings.length > 0).length;
  const findings = report.models.reduce((sum, model) => sum + model.findings.length, 0);
  const lines = [
    paint("1", `parity of ${names.length} variants: ${names.join(", ")}`),
    `${report.models.length} models: ${report.models.length - differing} the same in every variant, ${differing} differ (${findings} findings, from ${report.changes} pairwise changes)`,
  ];
  if (report.ignored > 0) lines.push(paint("2", `ignored: ${report.ignored} known ${report.ignored === 1 ? "change" : "changes"} (by the ignore file)`));
  for (const group of parityGroups(report)) {
    const count = group.findings.length > 1 ? ` ×${group.findings.length}` : "";
    const labels = group.labels;
    lines.push("", `${paint(severityColor[group.severity], `[${group.severity}]`)} ${group.kind}${count}: ${terminalText(group.how)}`);
    if (group.findings.length === 1) {
      const finding = group.findings[0]!;
      const places = finding.cells.flatMap((cell, index) => (cell.state !== "value" || cell.source === undefined ? [] : [`${names[index]} ${cell.source.file}:${cell.source.line}`]));
      lines.push(`  ${terminalText(labels[0] ?? finding.model)}  ${paint("2", `(${places.join(", ")})`)}`);
      continue;
    }
    // One line per model of a group of values; the models of a group of fields, on one line.
    if (labels.length < group.findings.length) {
      for (const label of labels.slice(0, maxNames)) lines.push(`  ${terminalText(label)}`);
      if (labels.length > maxNames) lines.push(`  … and ${labels.length - maxNames} more models`);
      continue;
    }
    const shown = labels.slice(0, maxNames);
    const more = labels.length - shown.length;
    lines.push(`  ${terminalText(shown.join(", "))}${more > 0 ? ` … and ${more} more` : ""}`);
  }
  return `${lines.join("\n")}\n`;
}
