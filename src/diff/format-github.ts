/**
 * The diff as GitHub Actions workflow commands: one annotation per change, pointing into the docs.
 *
 * ```text
 * ::error file=docs/go/webhook.md,line=17,col=1,title=breaking required-changed Webhook.hookUrl::Webhook.hookUrl: changed from required to optional (fingerprint 0123456789ab)
 * ::warning file=docs/csharp/Webhook.md,line=20,col=1,title=drift type-changed Webhook.filters::Webhook.filters: type map<string, string> in go, map<string, any> in csharp (fingerprint …)
 * ::notice title=modeldoc::version diff go@main → go: 464 changes (185 breaking, 262 non-breaking, 17 info); 29 shown as annotations, 435 more not shown; run modeldoc diff for the full list
 * ```
 *
 * `breaking` is an error, `drift` a warning, `non-breaking` and `info` notices. GitHub shows at most 10
 * annotations of each level per step, so changes go out most severe first, at most 10 errors, 10
 * warnings and 9 notices, and a last notice (always printed) counts what was left out.
 *
 * In a version diff the annotation points at the right side's page (the newer version, or the working tree
 * with `--base`), else the left's; in a variant diff at the side that has the thing (a field one language
 * lacks: the line of the field in the other). A side whose pages are not files in the working tree (a git
 * revision) is never pointed at. Paths are relative to the working folder (the CLI makes them so), as
 * GitHub needs them to attach an annotation to a file.
 * Escaping follows the runner: `%`, CR and LF in messages; also `:` and `,` in properties.
 */
import { changeSide, sidesWithThing, type Change, type ChangeSeverity, type DiffResult } from "./changes.js";
import { bySeverity, severityTally, subjectOf, summarize } from "./summary.js";

export interface GithubFormatOptions {
  /** Whether each side's files exist in the working tree (false for a git revision). Default: both true. */
  readonly filesOnDisk?: { readonly left: boolean; readonly right: boolean };
}

type Level = "error" | "warning" | "notice";

const levelOf: Record<ChangeSeverity, Level> = { breaking: "error", drift: "warning", "non-breaking": "notice", info: "notice" };

/** Annotations GitHub shows per step and level; one notice is kept for the closing count. */
export const ANNOTATION_LIMITS: Readonly<Record<Level, number>> = { error: 10, warning: 10, notice: 9 };

export function formatGithub(result: DiffResult, options: GithubFormatOptions = {}): string {
  const onDisk = options.filesOnDisk ?? { left: true, right: true };
  const shown: Record<Level, number> = { error: 0, warning: 0, notice: 0 };
  const lines: string[] = [];
  for (const change of bySeverity(result.changes)) {
    const level = levelOf[change.severity];
    if (shown[level] >= ANNOTATION_LIMITS[level]) continue;
    shown[level]++;
    lines.push(annotation(level, change, onDisk, result.mode));
  }
  const summary = summarize(result);
  const total = shown.error + shown.warning + shown.notice;
  const rest = summary.changes - total;
  const counts = summary.changes === 0 ? "no changes" : `${summary.changes} ${summary.changes === 1 ? "change" : "changes"} (${severityTally(summary)})`;
  const ignored = summary.ignored > 0 ? `; ${summary.ignored} known ${summary.ignored === 1 ? "change" : "changes"} ignored` : "";
  const tail =
    summary.changes === 0 ? "" : rest === 0 ? `; all shown as annotations` : `; ${total} shown as annotations, ${rest} more not shown; run modeldoc diff for the full list`;
  lines.push(`::notice title=${property("modeldoc")}::${data(`${result.mode} diff ${result.left} → ${result.right}: ${counts}${ignored}${tail}`)}`);
  return `${lines.join("\n")}\n`;
}

function annotation(level: Level, change: Change, onDisk: { readonly left: boolean; readonly right: boolean }, mode: DiffResult["mode"]): string {
  // A version diff points into the newer pages (the files of the pull request); a variant diff at the side
  // that has the thing (the field's line, not the first line of the page that lacks it), if on disk.
  const sides = [...(mode === "variant" ? sidesWithThing(change) : []), "right" as const, "left" as const];
  const side = sides.find((candidate) => (candidate === "left" ? change.leftSource !== undefined && onDisk.left : change.rightSource !== undefined && onDisk.right));
  const properties: string[] = [];
  if (side !== undefined) {
    const place = changeSide(change, side);
    properties.push(`file=${property(place.file ?? "")}`, `line=${place.line ?? 1}`, `col=${place.column ?? 1}`);
  }
  properties.push(`title=${property(`${change.severity} ${change.kind} ${subjectOf(change)}`)}`);
  return `::${level} ${properties.join(",")}::${data(`${change.message} (fingerprint ${change.fingerprint})`)}`;
}

/** A message: `%`, CR and LF escaped. */
export function data(text: string): string {
  return text.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}

/** A property value: as {@link data}, plus `:` and `,`. */
export function property(text: string): string {
  return data(text).replace(/:/g, "%3A").replace(/,/g, "%2C");
}
