/**
 * The diff as a GitHub-flavoured Markdown table, fit for a pull-request comment: a heading, the counts,
 * and one row per change, most severe first.
 *
 * ```markdown
 * ### modeldoc: version diff go@main → go
 *
 * **3 changes**: 1 breaking, 2 non-breaking. Mode: version, the same folder at two revisions.
 *
 * | Severity | Model | Field | Change | go@main | go | Where | Fingerprint |
 * | --- | --- | --- | --- | --- | --- | --- | --- |
 * | 🔴 breaking | Webhook | hookUrl | required-changed | `required` | `optional` | `docs/…/webhook.md:17` | `a1b2c3d4e5f6` |
 * ```
 *
 * Cells escape `|` (also inside code spans, as GFM tables require) and never span lines; long values are
 * cut at {@link MarkdownFormatOptions.maxValueLength}. GitHub caps a comment at 65,536 characters, so
 * at most {@link MarkdownFormatOptions.maxRows} rows are listed and a last line counts the rest.
 */
import { changeSide, sidesWithThing, type Change, type ChangeSeverity, type DiffResult } from "./changes.js";
import { bySeverity, severityTally, summarize } from "./summary.js";

export interface MarkdownFormatOptions {
  /** Rows listed at most (default 200); the rest are counted. */
  readonly maxRows?: number;
  /** Characters of a value cell at most (default 100). */
  readonly maxValueLength?: number;
}

export const badge: Record<ChangeSeverity, string> = {
  breaking: "🔴 breaking",
  drift: "🟡 drift",
  "non-breaking": "🟢 non-breaking",
  info: "🔵 info",
};

export function formatMarkdown(result: DiffResult, options: MarkdownFormatOptions = {}): string {
  const maxRows = options.maxRows ?? 200;
  const maxValue = options.maxValueLength ?? 100;
  const summary = summarize(result);
  const lines: string[] = [`### modeldoc: ${result.mode} diff ${cell(result.left)} → ${cell(result.right)}`, ""];
  const count = `**${summary.changes} ${summary.changes === 1 ? "change" : "changes"}**`;
  const mode = result.modeReason !== undefined ? ` Mode: ${result.mode}, ${cell(result.modeReason)}.` : "";
  const ignored = summary.ignored > 0 ? ` ${summary.ignored} known ${summary.ignored === 1 ? "change" : "changes"} ignored.` : "";
  lines.push(summary.changes === 0 ? `No changes.${mode}${ignored}` : `${count}: ${severityTally(summary)}.${mode}${ignored}`);
  if (summary.changes === 0) return `${lines.join("\n")}\n`;

  const header = ["Severity", "Model", "Field", "Change", cell(result.left), cell(result.right), "Where", "Fingerprint"];
  lines.push("", row(header), row(header.map(() => "---")));
  const ordered = bySeverity(result.changes);
  for (const change of ordered.slice(0, maxRows)) {
    lines.push(
      row([
        badge[change.severity],
        cell(change.model),
        change.field === undefined ? "" : cell(change.field),
        change.kind,
        code(change.left, maxValue),
        code(change.right, maxValue),
        code(where(change), 200),
        code(change.fingerprint, 20),
      ]),
    );
  }
  if (ordered.length > maxRows) {
    const rest = ordered.slice(maxRows);
    lines.push("", `…and ${rest.length} more (${severityTally(summarize({ ...result, changes: rest }))}); run \`modeldoc diff\` for the full list.`);
  }
  return `${lines.join("\n")}\n`;
}

/** `file:line` of the side that has the thing, the right one (the newer, in a version diff) when both do. */
function where(change: Change): string {
  const side = sidesWithThing(change)[0];
  const place = side === undefined ? undefined : changeSide(change, side);
  return place?.file === undefined ? "" : `${place.file}:${place.line ?? 1}`;
}

export function row(cells: readonly string[]): string {
  return `| ${cells.join(" | ")} |`;
}

/** Plain text in a cell, on one line: Markdown punctuation and `|` escaped, so `__init__` or `<T>` show as written. */
export function cell(text: string): string {
  return text.replace(/\s+/g, " ").trim().replace(/([\\`*_{}[\]<>#!~|])/g, "\\$1");
}

/** A value as a code span (empty cell when absent), cut to `max` characters. */
export function code(value: string | undefined, max: number): string {
  if (value === undefined || value === "") return "";
  const oneLine = value.replace(/\s+/g, " ").trim();
  const cut = oneLine.length > max ? `${oneLine.slice(0, max - 1)}…` : oneLine;
  const escaped = cut.replace(/\|/g, "\\|");
  // A span holding backticks is fenced with more backticks than it contains, padded with spaces.
  const runs = escaped.match(/`+/g);
  if (runs === null) return `\`${escaped}\``;
  const fence = "`".repeat(Math.max(...runs.map((run) => run.length)) + 1);
  return `${fence} ${escaped} ${fence}`;
}
