/**
 * The diff for people: a header naming the mode and both sides, why that mode (when modeldoc chose it),
 * counts, then one block per model with one line per change and the file:line of each side. ANSI colours
 * only when asked for (the CLI asks on a TTY, unless NO_COLOR is set).
 *
 * ```text
 * variant diff: go → csharp (2 changes)
 * mode: variant, different dialects (go, csharp); --mode version to compare them as versions
 *
 * DbType
 *   [drift] model-added DbType: enum only in csharp  (csharp specs/csharp/docs/Models/Components/DbType.md:1)
 *
 * Webhook
 *   [drift] required-changed hookUrl: required in go, optional in csharp  (go specs/go/…/webhook.md:17, csharp specs/csharp/…/Webhook.md:21)
 * ```
 */
import { terminalText } from "../terminal-text.js";
import type { Change, ChangeSeverity, ChangeSource, DiffResult } from "./changes.js";

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

export function formatText(result: DiffResult, options: TextFormatOptions = {}): string {
  // Names, messages and paths come from the docs: escaped (terminal-text.ts) before any colour is added.
  const paint = (code: string, text: string): string => (options.color === true ? `\u001b[${code}m${terminalText(text)}\u001b[0m` : terminalText(text));
  const count = result.changes.length;
  const lines: string[] = [
    paint("1", `${result.mode} diff: ${result.left} → ${result.right} (${count} ${count === 1 ? "change" : "changes"})`),
  ];
  if (result.modeReason !== undefined) lines.push(paint("2", `mode: ${result.mode}, ${result.modeReason}`));
  if (result.mode === "version" && count > 0) {
    const tally = (severity: ChangeSeverity) => result.changes.filter((change) => change.severity === severity).length;
    lines.push(`breaking: ${tally("breaking")}, non-breaking: ${tally("non-breaking")}, info: ${tally("info")}`);
  }
  if (result.ignored !== undefined && result.ignored > 0) {
    lines.push(paint("2", `ignored: ${result.ignored} known ${result.ignored === 1 ? "change" : "changes"} (by fingerprint)`));
  }
  let model: string | undefined;
  for (const change of result.changes) {
    if (change.model !== model) {
      model = change.model;
      lines.push("", paint("1", model));
    }
    const severity = paint(severityColor[change.severity], `[${change.severity}]`);
    const places = [where(result.left, change.leftSource), where(result.right, change.rightSource)].filter((place) => place !== "");
    const suffix = places.length > 0 ? `  ${paint("2", `(${places.join(", ")})`)}` : "";
    lines.push(`  ${severity} ${change.kind} ${terminalText(detail(change))}${suffix}`);
  }
  return `${lines.join("\n")}\n`;
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

function where(side: string, source: ChangeSource | undefined): string {
  return source === undefined ? "" : `${side} ${source.file}:${source.line}`;
}
