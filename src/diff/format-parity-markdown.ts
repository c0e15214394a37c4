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
 * SDK-shape findings (envelopes, transport data, SDK utilities, generator renames) are counted in a table
 * of their own after the API's.
 */
import { badge, cell, code, row } from "./format-markdown.js";
import type { ParityReport } from "./parity.js";
import { findingCounts, parityGroups, variantTallies, type ParityGroup } from "./parity-summary.js";

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
  const differing = report.models.filter((model) => model.findings.some((finding) => finding.kind !== "sdk-shape")).length;
  const { api, sdkShape } = findingCounts(report);
  const lines = [`### modeldoc: parity of ${report.variants.length} variants (${names.join(", ")})`, ""];
  const ignored = report.ignored > 0 ? ` ${report.ignored} known ${report.ignored === 1 ? "change" : "changes"} ignored.` : "";
  const shaped = sdkShape > 0 ? `; ${sdkShape} SDK-shape ${sdkShape === 1 ? "finding" : "findings"}` : "";
  lines.push(
    `**${report.models.length} models**: ${report.models.length - differing} the same API in every variant, ${differing} differ ` +
      `(${api} API ${api === 1 ? "finding" : "findings"}${shaped}, from ${report.changes} pairwise changes).${ignored}`,
  );
  lines.push("", row(["Variant", "Models", "Only here", "Missing here", "In the minority"]), row(["---", "---", "---", "---", "---"]));
  for (const tally of variantTallies(report)) lines.push(row([cell(tally.name), `${tally.models}`, `${tally.only}`, `${tally.missing}`, `${tally.differs}`]));
  lines.push(...groupTable(parityGroups(report), maxGroups, examples, "Kind", (group) => group.kind));
  if (sdkShape > 0) {
    lines.push("", `**SDK shape** (not API drift): ${sdkShape} ${sdkShape === 1 ? "finding" : "findings"}.`);
    lines.push(...groupTable(parityGroups(report, true), maxGroups, examples, "Shape", (group) => group.shape ?? group.kind));
  }
  return `${lines.join("\n")}\n`;
}

/** A table of groups, at most `maxGroups` rows, the rest counted. */
function groupTable(groups: readonly ParityGroup[], maxGroups: number, examples: number, what: string, label: (group: ParityGroup) => string): string[] {
  if (groups.length === 0) return [];
  const lines = ["", row(["Severity", what, "Findings", "What", "Models concerned"]), row(["---", "---", "---", "---", "---"])];
  for (const group of groups.slice(0, maxGroups)) {
    const shown = group.labels.slice(0, examples).map((text) => code(text, 200));
    const more = group.labels.length - shown.length;
    lines.push(row([badge[group.severity], label(group), `${group.findings.length}`, cell(cut(group.how, 300)), `${shown.join(", ")}${more > 0 ? ` and ${more} more` : ""}`]));
  }
  if (groups.length > maxGroups) {
    const rest = groups.slice(maxGroups);
    const count = rest.reduce((sum, group) => sum + group.findings.length, 0);
    lines.push("", `…and ${rest.length} more groups (${count} findings); \`modeldoc diff --format html\` shows every one.`);
  }
  return lines;
}

function cut(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}
