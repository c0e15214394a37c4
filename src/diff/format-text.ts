/**
 * The diff for people: a header naming the mode and both sides, why that mode (when modeldoc chose it),
 * counts, then one block per model. A model's heading names each side's page once; a change gives the line
 * on each side that has the thing (a field added to the newer version: the newer page's line of the field),
 * and the full path only where it is another page. A run of changes of one model that say the same thing
 * of different values or fields (`value "a"`, `"b"`… only in one side) is one line with a count. ANSI colours only when asked for (the CLI asks
 * on a TTY, unless NO_COLOR is set).
 *
 * ```text
 * variant diff: go → csharp (3 changes)
 * mode: variant, different dialects (go, csharp); --mode version to compare them as versions
 *
 * DbType  (csharp specs/csharp/docs/Models/Components/DbType.md)
 *   [drift] model-missing DbType: enum in csharp, missing in go  (csharp:1)
 *
 * Webhook  (go specs/go/docs/pkg/models/shared/webhook.md, csharp specs/csharp/docs/Models/Components/Webhook.md)
 *   [drift] required-changed hookUrl: required in go, optional in csharp  (go:17, csharp:21)
 *   [drift] field-missing ×3 dbNamePrefix: optional field (string) in csharp, missing in go; and 2 more alike: dbSchema, dbUrl  (csharp:13–14, 16)
 * ```
 *
 * SDK-shape findings (`sdk-shape`: envelopes, transport data, SDK utilities, renames) are not API drift:
 * they follow in a section of their own, counted, one line per group of findings that say the same thing
 * with the first models they concern.
 *
 * ```text
 * SDK shape (not API drift): 1022 findings
 *   [info] envelope ×704: response envelope (model) in go, missing in typescript
 *     CreateAccountingAccountResponse, CreateAccountingBankfeedaccountResponse, … and 702 more
 * ```
 */
import { terminalText } from "../terminal-text.js";
import { sidesWithThing, type Change, type ChangeSeverity, type ChangeSource, type DiffResult } from "./changes.js";
import { isSdkShape, shapeGroups } from "./summary.js";

export interface TextFormatOptions {
  /** Colour severities and headings with ANSI escapes. Default `false`. */
  readonly color?: boolean;
}

const severityColor: Record<ChangeSeverity, string> = {
  breaking: "31",
  "non-breaking": "32",
  info: "36",
  drift: "33",
};

/** Subjects named on a collapsed line at most. */
const subjectsShown = 20;

/** Models named per group of SDK-shape findings at most. */
const modelsShown = 10;

export function formatText(result: DiffResult, options: TextFormatOptions = {}): string {
  // Names, messages and paths come from the docs: escaped (terminal-text.ts) before any colour is added.
  const paint = (code: string, text: string): string => (options.color === true ? `\u001b[${code}m${terminalText(text)}\u001b[0m` : terminalText(text));
  const api = result.changes.filter((change) => !isSdkShape(change));
  const shaped = result.changes.length - api.length;
  const count = api.length;
  const shapeCount = shaped > 0 ? `; ${shaped} SDK-shape ${shaped === 1 ? "finding" : "findings"}` : "";
  const lines: string[] = [
    paint("1", `${result.mode} diff: ${result.left} → ${result.right} (${count} ${count === 1 ? "change" : "changes"}${shapeCount})`),
  ];
  if (result.modeReason !== undefined) lines.push(paint("2", `mode: ${result.mode}, ${result.modeReason}`));
  if (result.mode === "version" && count > 0) {
    const tally = (severity: ChangeSeverity) => api.filter((change) => change.severity === severity).length;
    lines.push(`breaking: ${tally("breaking")}, non-breaking: ${tally("non-breaking")}, info: ${tally("info")}`);
  }
  if (result.ignored !== undefined && result.ignored > 0) {
    lines.push(paint("2", `ignored: ${result.ignored} known ${result.ignored === 1 ? "change" : "changes"} (by the ignore file)`));
  }
  for (const block of modelBlocks(api)) {
    const pages = { left: pageOf(block, "left"), right: pageOf(block, "right") };
    const heading = [pages.left === undefined ? "" : `${result.left} ${pages.left}`, pages.right === undefined ? "" : `${result.right} ${pages.right}`].filter((page) => page !== "");
    lines.push("", `${paint("1", block[0]!.model)}${heading.length > 0 ? `  ${paint("2", `(${heading.join(", ")})`)}` : ""}`);
    for (const run of runs(block)) {
      const first = run[0]!;
      const severity = paint(severityColor[first.severity], `[${first.severity}]`);
      const places = (["left", "right"] as const).flatMap((side) => {
        const place = placeOf(run, side, pages[side]);
        return place === undefined ? [] : [`${side === "left" ? result.left : result.right}${place}`];
      });
      const suffix = places.length > 0 ? `  ${paint("2", `(${places.join(", ")})`)}` : "";
      const times = run.length > 1 ? ` ×${run.length}` : "";
      const rest = run.slice(1, subjectsShown + 1).map(subjectOfRun);
      const more = run.length - 1 - rest.length;
      const alike = run.length > 1 ? `; and ${run.length - 1} more alike: ${rest.join(", ")}${more > 0 ? `, … (${more} more)` : ""}` : "";
      lines.push(`  ${severity} ${first.kind}${times} ${terminalText(detail(first))}${terminalText(alike)}${suffix}`);
    }
  }
  if (shaped > 0) {
    lines.push("", paint("1", `SDK shape (not API drift): ${shaped} ${shaped === 1 ? "finding" : "findings"}`));
    for (const group of shapeGroups(result.changes)) {
      const severity = paint(severityColor[group.changes[0]!.severity], `[${group.changes[0]!.severity}]`);
      const times = group.changes.length > 1 ? ` ×${group.changes.length}` : "";
      lines.push(`  ${severity} ${group.shape}${times}: ${terminalText(group.what)}`);
      const more = group.models.length - modelsShown;
      lines.push(`    ${terminalText(group.models.slice(0, modelsShown).join(", "))}${more > 0 ? `, … and ${more} more` : ""}`);
    }
  }
  return `${lines.join("\n")}\n`;
}

/** Consecutive changes of one model. */
function modelBlocks(changes: readonly Change[]): Change[][] {
  const blocks: Change[][] = [];
  for (const change of changes) {
    const last = blocks[blocks.length - 1];
    if (last !== undefined && last[0]!.model === change.model) last.push(change);
    else blocks.push([change]);
  }
  return blocks;
}

/** What varies along a run: the value (enum values, union members), else the field. */
function subjectOfRun(change: Change): string {
  if (/^(enum-value|union-member)-/.test(change.kind)) return JSON.stringify(change.left ?? change.right ?? "");
  return change.field ?? "";
}

/** A change's message with what varies along a run taken out: changes alike have the same. */
function template(change: Change): string {
  const subject = subjectOfRun(change);
  const message = change.field !== undefined ? change.message.replace(`${change.model}.${change.field}`, `${change.model}.…`) : change.message;
  return `${change.kind}|${change.severity}|${subject === "" ? message : message.split(subject).join("…")}`;
}

/** The changes of a block that say the same thing of different values or fields, where the first of them is. */
function runs(block: readonly Change[]): Change[][] {
  const byTemplate = new Map<string, Change[]>();
  for (const change of block) {
    const key = template(change);
    const run = byTemplate.get(key);
    if (run === undefined) byTemplate.set(key, [change]);
    else run.push(change);
  }
  return [...byTemplate.values()];
}

/** The page of a side most changes of the block point at (the model's page). */
function pageOf(block: readonly Change[], side: "left" | "right"): string | undefined {
  const counts = new Map<string, number>();
  for (const change of block) {
    const source = side === "left" ? change.leftSource : change.rightSource;
    if (source !== undefined && sidesWithThing(change).includes(side)) counts.set(source.file, (counts.get(source.file) ?? 0) + 1);
  }
  let best: string | undefined;
  for (const [file, count] of counts) if (best === undefined || count > (counts.get(best) ?? 0)) best = file;
  return best;
}

/** `:17`, `:30–32, 35`, or ` other/page.md:4` when the run points at another page than the model's. */
function placeOf(run: readonly Change[], side: "left" | "right", page: string | undefined): string | undefined {
  const sources = run.filter((change) => sidesWithThing(change).includes(side)).map((change) => (side === "left" ? change.leftSource : change.rightSource)).filter((source): source is ChangeSource => source !== undefined);
  if (sources.length === 0) return undefined;
  const file = sources[0]!.file;
  const lines = [...new Set(sources.filter((source) => source.file === file).map((source) => source.line))].sort((a, b) => a - b);
  // Consecutive lines as a range: `13–14, 16`.
  const ranges: string[] = [];
  for (let i = 0; i < lines.length; ) {
    let j = i;
    while (j + 1 < lines.length && lines[j + 1] === lines[j]! + 1) j++;
    ranges.push(i === j ? `${lines[i]}` : `${lines[i]}–${lines[j]}`);
    i = j + 1;
  }
  const range = ranges.join(", ");
  return file === page ? `:${range}` : ` ${file}:${range}`;
}

/**
 * A field change's message without the model (the heading says it): `hookUrl: required in go, optional in csharp`;
 * a declaration's change keeps the name so the line does not start with a bare value.
 */
function detail(change: Change): string {
  if (change.field === undefined) return change.message;
  const prefix = `${change.model}.`;
  return change.message.startsWith(prefix) ? change.message.slice(prefix.length) : change.message;
}
