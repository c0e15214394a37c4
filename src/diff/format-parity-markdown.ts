/**
 * The parity of N variants as a pull-request summary: a line of counts, a table per variant, and the
 * findings grouped by what they say, each group with its count and the first models it concerns.
 *
 * ```markdown
 * ### modeldoc: parity of 7 variants (go, csharp, typescript, python, java, php, ruby)
 *
 * **3440 models**: 2592 the same in every variant, 848 differ (1035 findings, from 6162 pairwise changes).
 *
 * | Variant | Models | Only here | Missing here | In the minority |
 * | --- | --- | --- | --- | --- |
 * | go | 2718 | 0 | 722 | 301 |
 *
 * | Severity | Kind | Findings | What | Models concerned |
 * | --- | --- | --- | --- | --- |
 * | 🟡 drift | model-missing | 704 | model in go, csharp, …; missing in typescript | `CreateAccountingAccountResponse`, … and 701 more |
 * ```
 *
 * At most {@link ParityMarkdownOptions.maxGroups} groups are listed (GitHub caps a comment at 65,536 characters).
 */
import { badge, cell, code, row } from "./format-markdown.js";
import type { ParityReport } from "./parity.js";
import { parityGroups, variantTallies } from "./parity-summary.js";

export interface ParityMarkdownOptions {
  /** Groups listed at most (default 100); the rest are counted. */
  readonly maxGroups?: number;
  /** Models named per group at most (default 3). */
  readonly examples?: number;
}

export function formatParityMarkdown(report: ParityReport, options: ParityMarkdownOptions = {}): string {
  const maxGroups = options.maxGroups ?? 100;
  const examples = options.examples ?? 3;
  const names = report.variants.map((variant) => cell(variant.name));
  const differing = report.models.filter((model) => model.findings.length > 0).length;
  const findings = report.models.reduce((sum, model) => sum + model.findings.length, 0);
  const lines = [`### modeldoc: parity of ${report.variants.length} variants (${names.join(", ")})`, ""];
  const ignored = report.ignored > 0 ? ` ${report.ignored} known ${report.ignored === 1 ? "change" : "changes"} ignored.` : "";
  lines.push(
    `**${report.models.length} models**: ${report.models.length - differing} the same in every variant, ${differing} differ ` +
      `(${findings} ${findings === 1 ? "finding" : "findings"}, from ${report.changes} pairwise changes).${ignored}`,
  );
  lines.push("", row(["Variant", "Models", "Only here", "Missing here", "In the minority"]), row(["---", "---", "---", "---", "---"]));
  for (const tally of variantTallies(report)) lines.push(row([cell(tally.name), `${tally.models}`, `${tally.only}`, `${tally.missing}`, `${tally.differs}`]));
  const groups = parityGroups(report);
  if (groups.length === 0) return `${lines.join("\n")}\n`;
  lines.push("", row(["Severity", "Kind", "Findings", "What", "Models concerned"]), row(["---", "---", "---", "---", "---"]));
  for (const group of groups.slice(0, maxGroups)) {
    const shown = group.labels.slice(0, examples).map((label) => code(label, 200));
    const more = group.labels.length - shown.length;
    lines.push(row([badge[group.severity], group.kind, `${group.findings.length}`, cell(cut(group.how, 300)), `${shown.join(", ")}${more > 0 ? ` and ${more} more` : ""}`]));
  }
  if (groups.length > maxGroups) {
    const rest = groups.slice(maxGroups);
    const count = rest.reduce((sum, group) => sum + group.findings.length, 0);
    lines.push("", `…and ${rest.length} more groups (${count} findings); \`modeldoc diff --format html\` shows every one.`);
  }
  return `${lines.join("\n")}\n`;
}

function cut(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}
