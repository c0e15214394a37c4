/**
 * The diff as GitHub Actions workflow commands: one annotation per finding, pointing into the docs, and a
 * job summary (Markdown, for `$GITHUB_STEP_SUMMARY`) with the findings the annotations leave out.
 *
 * ```text
 * ::error file=docs/go/webhook.md,line=17,col=1,title=breaking required-changed Webhook.hookUrl::Webhook.hookUrl: changed from required to optional (fingerprint 0123456789ab)
 * ::warning file=docs/csharp/Webhook.md,line=20,col=1,title=drift type-changed Webhook.filters::Webhook.filters: type map<string, string> in go, map<string, any> in csharp (fingerprint …)
 * ::notice title=modeldoc::version diff go@main → go: 464 changes (185 breaking, 262 non-breaking, 17 info); 29 shown as annotations, the other 435 in the job summary
 * ```
 *
 * A finding is a change of a two-sided diff, or a finding of the parity of more sides (parity.ts: one fact
 * of one model, however many pairs report it). `breaking` is an error, `drift` a warning, `non-breaking`
 * and `info` notices. GitHub shows at most 10 annotations of each level per step, so findings go out most
 * severe first, at most 10 errors, 10 warnings and 9 notices, and a last notice (always printed) counts
 * what was left out; {@link githubSummary} lists those. SDK-shape findings (envelopes, transport data, SDK
 * utilities, generator renames) are not API drift: never annotated, counted in the notice and the summary.
 *
 * In a version diff the annotation points at the right side's page (the newer version, or the working tree
 * with `--base`), else the left's; in a variant diff at the side that has the thing (a field one language
 * lacks: the line of the field in the other). A side whose pages are not files in the working tree (a git
 * revision) is never pointed at. Paths are relative to the working folder (the CLI makes them so), as
 * GitHub needs them to attach an annotation to a file.
 * Escaping follows the runner: `%`, CR and LF in messages; also `:` and `,` in properties.
 */
import { changeSide, sidesWithThing, type Change, type ChangeSeverity, type ChangeSource, type DiffResult } from "./changes.js";
import { badge, cell, code, row } from "./format-markdown.js";
import type { ParityFinding, ParityReport } from "./parity.js";
import { findingCounts, parityGroups } from "./parity-summary.js";
import { bySeverity, isSdkShape, severityRank, severityTally, shapeGroups, summarize } from "./summary.js";

export interface GithubFormatOptions {
  /** Whether each side's files exist in the working tree (false for a git revision). Default: both true. */
  readonly filesOnDisk?: { readonly left: boolean; readonly right: boolean };
}

type Level = "error" | "warning" | "notice";

const levelOf: Record<ChangeSeverity, Level> = { breaking: "error", drift: "warning", "non-breaking": "notice", info: "notice" };

/** Annotations GitHub shows per step and level; one notice is kept for the closing count. */
export const ANNOTATION_LIMITS: Readonly<Record<Level, number>> = { error: 10, warning: 10, notice: 9 };

/** One finding as an annotation and as a row of the job summary. */
interface Finding {
  readonly severity: ChangeSeverity;
  readonly kind: string;
  readonly model: string;
  readonly field: string;
  readonly message: string;
  readonly place?: ChangeSource;
}

/** The run's findings, shown and left out, and what the closing notice says of them. */
interface Annotated {
  readonly commands: string;
  readonly rest: readonly Finding[];
  readonly title: string;
}

function annotate(findings: readonly Finding[], title: string, counts: string): Annotated {
  const shown: Record<Level, number> = { error: 0, warning: 0, notice: 0 };
  const lines: string[] = [];
  const rest: Finding[] = [];
  for (const finding of findings) {
    const level = levelOf[finding.severity];
    if (shown[level] >= ANNOTATION_LIMITS[level]) {
      rest.push(finding);
      continue;
    }
    shown[level]++;
    lines.push(annotation(level, finding));
  }
  const total = shown.error + shown.warning + shown.notice;
  const tail = findings.length === 0 ? "" : rest.length === 0 ? "; all shown as annotations" : `; ${total} shown as annotations, the other ${rest.length} in the job summary (or run modeldoc diff for the full list)`;
  lines.push(`::notice title=${property("modeldoc")}::${data(`${title}: ${counts}${tail}`)}`);
  return { commands: `${lines.join("\n")}\n`, rest, title };
}

function annotation(level: Level, finding: Finding): string {
  const properties: string[] = [];
  if (finding.place !== undefined) properties.push(`file=${property(finding.place.file)}`, `line=${finding.place.line}`, `col=${finding.place.column}`);
  properties.push(`title=${property(`${finding.severity} ${finding.kind} ${finding.field === "" ? finding.model : `${finding.model}.${finding.field}`}`)}`);
  return `::${level} ${properties.join(",")}::${data(finding.message)}`;
}

/** A two-sided diff's changes as findings: its API changes, most severe first. */
function pairFindings(result: DiffResult, onDisk: { readonly left: boolean; readonly right: boolean }): Finding[] {
  return bySeverity(result.changes.filter((change) => !isSdkShape(change))).map((change) => {
    const place = placeOf(change, onDisk, result.mode);
    return {
      severity: change.severity,
      kind: change.kind,
      model: change.model,
      field: change.field ?? "",
      message: `${change.message} (fingerprint ${change.fingerprint})`,
      ...(place !== undefined ? { place } : {}),
    };
  });
}

/** Where a change's annotation points (see the module comment). */
function placeOf(change: Change, onDisk: { readonly left: boolean; readonly right: boolean }, mode: DiffResult["mode"]): ChangeSource | undefined {
  // A version diff points into the newer pages (the files of the pull request); a variant diff at the side
  // that has the thing (the field's line, not the first line of the page that lacks it), if on disk.
  const sides = [...(mode === "variant" ? sidesWithThing(change) : []), "right" as const, "left" as const];
  const side = sides.find((candidate) => (candidate === "left" ? change.leftSource !== undefined && onDisk.left : change.rightSource !== undefined && onDisk.right));
  if (side === undefined) return undefined;
  const place = changeSide(change, side);
  return { file: place.file ?? "", line: place.line ?? 1, column: place.column ?? 1 };
}

/** The diff of two sides as workflow commands. */
export function formatGithub(result: DiffResult, options: GithubFormatOptions = {}): string {
  return annotatePair(result, options).commands;
}

function annotatePair(result: DiffResult, options: GithubFormatOptions): Annotated {
  const summary = summarize(result);
  const counts = summary.changes === 0 ? "no changes" : `${summary.changes} ${summary.changes === 1 ? "change" : "changes"} (${severityTally(summary)})`;
  const ignored = summary.ignored > 0 ? `; ${summary.ignored} known ${summary.ignored === 1 ? "change" : "changes"} ignored` : "";
  return annotate(pairFindings(result, options.filesOnDisk ?? { left: true, right: true }), `${result.mode} diff ${result.left} → ${result.right}`, `${counts}${ignored}`);
}

/** A file of a side read from git (`ref:folder/…`) is no file in the working tree. */
const onDisk = (file: string): boolean => !/^[^/\\]+:/.test(file);

/** The parity of several sides' API findings, most severe first; each points at a variant that has the thing. */
function parityFindings(report: ParityReport): Finding[] {
  const findings: Array<{ finding: ParityFinding; order: number }> = [];
  for (const model of report.models) for (const finding of model.findings) if (finding.kind !== "sdk-shape") findings.push({ finding, order: findings.length });
  findings.sort((a, b) => severityRank(a.finding.severity) - severityRank(b.finding.severity) || a.order - b.order);
  return findings.map(({ finding }) => {
    const place = finding.cells.find((candidate) => candidate.state === "value" && candidate.source !== undefined && onDisk(candidate.source.file))?.source;
    const field = finding.field ?? finding.subject ?? "";
    const pairwise = finding.changes === 1 ? "1 pairwise change" : `${finding.changes} pairwise changes`;
    return {
      severity: finding.severity,
      kind: finding.kind,
      model: finding.model,
      field,
      message: `${finding.model}: ${finding.how} (fingerprint ${finding.fingerprints[0] ?? ""}; ${pairwise})`,
      ...(place !== undefined ? { place } : {}),
    };
  });
}

function annotateParity(report: ParityReport): Annotated {
  const { api, sdkShape } = findingCounts(report);
  const counts = `${api} API ${api === 1 ? "finding" : "findings"}${sdkShape > 0 ? `; ${sdkShape} SDK-shape` : ""} (from ${report.changes} pairwise changes)`;
  return annotate(parityFindings(report), `parity of ${report.variants.map((variant) => variant.name).join(", ")}`, counts);
}

/** The parity of several sides as workflow commands: an annotation per API finding. */
export function formatGithubParity(report: ParityReport): string {
  return annotateParity(report).commands;
}

/** Rows of left-out findings the job summary lists at most (GitHub caps a step's summary at 1 MiB). */
const SUMMARY_ROWS = 1000;

/**
 * The job summary of a run (Markdown for `$GITHUB_STEP_SUMMARY`): the findings the annotations left out,
 * one row each, and the SDK-shape findings counted; `undefined` when there is neither.
 */
export function githubSummary(input: { readonly result: DiffResult; readonly options?: GithubFormatOptions } | { readonly report: ParityReport }): string | undefined {
  const annotated = "report" in input ? annotateParity(input.report) : annotatePair(input.result, input.options ?? {});
  const shapes: Array<[string, number, string, readonly string[]]> =
    "report" in input
      ? parityGroups(input.report, true).map((group) => [group.shape ?? group.kind, group.findings.length, group.how, group.labels])
      : shapeGroups(input.result.changes).map((group) => [group.shape, group.changes.length, group.what, group.models]);
  if (annotated.rest.length === 0 && shapes.length === 0) return undefined;
  const lines = [`### modeldoc: ${cell(annotated.title)}`];
  if (annotated.rest.length > 0) {
    lines.push("", `**${annotated.rest.length} more ${annotated.rest.length === 1 ? "finding" : "findings"}** than the annotations show:`, "");
    lines.push(row(["Severity", "Model", "Field", "Kind", "What", "Where"]), row(["---", "---", "---", "---", "---", "---"]));
    for (const finding of annotated.rest.slice(0, SUMMARY_ROWS)) {
      const where = finding.place === undefined ? "" : code(`${finding.place.file}:${finding.place.line}`, 200);
      lines.push(row([badge[finding.severity], cell(finding.model), cell(finding.field), finding.kind, cell(finding.message.length > 300 ? `${finding.message.slice(0, 299)}…` : finding.message), where]));
    }
    if (annotated.rest.length > SUMMARY_ROWS) lines.push("", `…and ${annotated.rest.length - SUMMARY_ROWS} more; run \`modeldoc diff\` for the full list.`);
  }
  if (shapes.length > 0) {
    const total = shapes.reduce((sum, [, count]) => sum + count, 0);
    lines.push("", `**SDK shape** (not API drift, not annotated): ${total} ${total === 1 ? "finding" : "findings"}.`, "", row(["Shape", "Findings", "What", "Models"]), row(["---", "---", "---", "---"]));
    for (const [shape, count, what, models] of shapes.slice(0, 100)) {
      const shown = models.slice(0, 3).map((model) => code(model, 200));
      lines.push(row([shape, `${count}`, cell(what.length > 300 ? `${what.slice(0, 299)}…` : what), `${shown.join(", ")}${models.length > 3 ? ` and ${models.length - 3} more` : ""}`]));
    }
  }
  return `${lines.join("\n")}\n`;
}

/** A message: `%`, CR and LF escaped. */
export function data(text: string): string {
  return text.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}

/** A property value: as {@link data}, plus `:` and `,`. */
export function property(text: string): string {
  return data(text).replace(/:/g, "%3A").replace(/,/g, "%2C");
}
