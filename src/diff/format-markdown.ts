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
 *
 * SDK-shape findings (envelopes, transport data, SDK utilities, generator renames) are not API drift: a
 * section after the table counts them, one row per group of findings that say the same thing.
 */
import { changeSide, sidesWithThing, type Change, type ChangeSeverity, type DiffResult } from "./changes.js";
import { bySeverity, isSdkShape, severityTally, shapeGroups, summarize } from "./summary.js";

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
  const apiCount = summary.changes - summary["sdk-shape"];
  const count = `**${apiCount} ${apiCount === 1 ? "change" : "changes"}**`;
  const mode = result.modeReason !== undefined ? ` Mode: ${result.mode}, ${cell(result.modeReason)}.` : "";
  const ignored = summary.ignored > 0 ? ` ${summary.ignored} known ${summary.ignored === 1 ? "change" : "changes"} ignored.` : "";
  lines.push(summary.changes === 0 ? `No changes.${mode}${ignored}` : `${count}: ${severityTally(summary)}.${mode}${ignored}`);
  if (summary.changes === 0) return `${lines.join("\n")}\n`;
  const ordered = bySeverity(result.changes.filter((change) => !isSdkShape(change)));
  if (ordered.length > 0) lines.push(...changeTable(result, ordered, maxRows, maxValue));
  if (summary["sdk-shape"] > 0) lines.push(...shapeSection(result, summary["sdk-shape"]));
  return `${lines.join("\n")}\n`;
}

/** Groups of SDK-shape findings listed at most. */
const shapeRowsShown = 50;

/** The SDK-shape findings, counted: a row per group of findings that say the same thing. */
function shapeSection(result: DiffResult, count: number): string[] {
  const groups = shapeGroups(result.changes);
  const lines = ["", `**SDK shape** (not API drift): ${count} ${count === 1 ? "finding" : "findings"}.`, "", row(["Shape", "Findings", "What", "Models"]), row(["---", "---", "---", "---"])];
  for (const group of groups.slice(0, shapeRowsShown)) {
    const shown = group.models.slice(0, 3).map((model) => code(model, 200));
    const more = group.models.length - shown.length;
    lines.push(row([group.shape, `${group.changes.length}`, cell(group.what.length > 300 ? `${group.what.slice(0, 299)}…` : group.what), `${shown.join(", ")}${more > 0 ? ` and ${more} more` : ""}`]));
  }
  if (groups.length > shapeRowsShown) lines.push("", `…and ${groups.length - shapeRowsShown} more groups.`);
  return lines;
}

/** The API changes, one row each, most severe first; at most `maxRows`, the rest counted. */
function changeTable(result: DiffResult, ordered: readonly Change[], maxRows: number, maxValue: number): string[] {
  const header = ["Severity", "Model", "Field", "Change", cell(result.left), cell(result.right), "Where", "Fingerprint"];
  const lines = ["", row(header), row(header.map(() => "---"))];
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
  return lines;
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
