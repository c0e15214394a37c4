/**
 * The diff as JUnit XML, the report format CI servers (GitLab, Jenkins, Azure, CircleCI) show as tests:
 * one `<testcase>` per finding (classname the model, name the kind and field, `file` and `line` the page),
 * failed when it trips the exit-code policy. Two sides: a `<testsuite>` per pair, a finding per change.
 * More sides ({@link formatJunitParity}): a finding is one fact of one model, however many pairs report
 * it (parity.ts). SDK-shape findings (envelopes, transport data, SDK utilities, generator renames) are in
 * a suite of their own. A suite without findings is one passing case, so a clean diff shows as a passing test.
 *
 * ```xml
 * <?xml version="1.0" encoding="UTF-8"?>
 * <testsuites name="modeldoc" tests="2" failures="1">
 *   <testsuite name="version diff go@main → go" tests="2" failures="1">
 *     <testcase classname="Webhook" name="required-changed hookUrl" file="docs/go/webhook.md" line="17">
 *       <failure type="breaking" message="Webhook.hookUrl: changed from required to optional">fingerprint 0123456789ab</failure>
 *     </testcase>
 *     <testcase classname="Webhook" name="field-added note" file="docs/go/webhook.md" line="22">
 *       <system-out>non-breaking: Webhook.note: optional field (string) added (fingerprint …)</system-out>
 *     </testcase>
 * ```
 *
 * Text is escaped for XML, and characters XML 1.0 cannot hold (control characters) are written `\x1b`.
 */
import { changeSide, sidesWithThing, type Change, type ChangeSeverity, type DiffResult } from "./changes.js";
import type { ParityFinding, ParityReport } from "./parity.js";
import { isSdkShape } from "./summary.js";

export interface JunitFormatOptions {
  /** Whether a change of a result fails its test case; default: a breaking one. */
  readonly fails?: (result: DiffResult, change: Change) => boolean;
}

/** A test case, whatever the finding. */
interface Case {
  readonly classname: string;
  readonly name: string;
  readonly file?: string;
  readonly line?: number;
  readonly severity: ChangeSeverity;
  readonly message: string;
  readonly fingerprint: string;
  readonly failed: boolean;
}

/** A suite's XML: its cases, or one passing case saying there is nothing. */
function suite(name: string, cases: readonly Case[], empty: string): { xml: string; tests: number; failures: number } {
  const body = cases.length === 0 ? [`    <testcase classname="modeldoc" name="${xml(empty)}"/>`] : cases.map(testCase);
  const failures = cases.filter((entry) => entry.failed).length;
  return { xml: `  <testsuite name="${xml(name)}" tests="${body.length}" failures="${failures}">\n${body.join("\n")}\n  </testsuite>`, tests: body.length, failures };
}

function document(suites: ReadonlyArray<{ xml: string; tests: number; failures: number }>): string {
  const tests = suites.reduce((sum, entry) => sum + entry.tests, 0);
  const failures = suites.reduce((sum, entry) => sum + entry.failures, 0);
  return `<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="modeldoc" tests="${tests}" failures="${failures}">\n${suites.map((entry) => entry.xml).join("\n")}\n</testsuites>\n`;
}

/** The diffs of pairs of sides: a suite per pair, a case per change; the SDK-shape findings in a suite after each pair's. */
export function formatJunit(results: readonly DiffResult[], options: JunitFormatOptions = {}): string {
  const fails = options.fails ?? ((_: DiffResult, change: Change) => change.severity === "breaking");
  const suites = results.flatMap((result) => {
    const name = `${result.mode} diff ${result.left} → ${result.right}`;
    const cases = (changes: readonly Change[]) => changes.map((change) => changeCase(change, fails(result, change)));
    const shaped = result.changes.filter(isSdkShape);
    const api = suite(name, cases(result.changes.filter((change) => !isSdkShape(change))), `no changes between ${result.left} and ${result.right}`);
    return shaped.length === 0 ? [api] : [api, suite(`${name}: SDK shape (not API drift)`, cases(shaped), "")];
  });
  return document(suites);
}

function changeCase(change: Change, failed: boolean): Case {
  const side = sidesWithThing(change)[0];
  const source = side === undefined ? undefined : changeSide(change, side);
  const kind = change.shape === undefined ? change.kind : `${change.kind} ${change.shape}`;
  return {
    classname: change.model,
    name: change.field === undefined ? kind : `${kind} ${change.field}`,
    ...(source?.file !== undefined ? { file: source.file, line: source.line ?? 1 } : {}),
    severity: change.severity,
    message: change.message,
    fingerprint: change.fingerprint,
    failed,
  };
}

export interface JunitParityOptions {
  /** Whether a finding fails its test case; default: a breaking one. */
  readonly fails?: (finding: ParityFinding) => boolean;
}

/** The parity of several sides: a case per finding, the API's in one suite, the SDK-shape findings in another. */
export function formatJunitParity(report: ParityReport, options: JunitParityOptions = {}): string {
  const fails = options.fails ?? ((finding: ParityFinding) => finding.severity === "breaking");
  const api: Case[] = [];
  const shaped: Case[] = [];
  for (const model of report.models) {
    for (const finding of model.findings) {
      const place = finding.cells.find((candidate) => candidate.state === "value" && candidate.source !== undefined)?.source;
      const subject = finding.field ?? finding.subject;
      const kind = finding.shape === undefined ? finding.kind : `${finding.kind} ${finding.shape}`;
      (finding.kind === "sdk-shape" ? shaped : api).push({
        classname: finding.model,
        name: subject === undefined ? kind : `${kind} ${subject}`,
        ...(place !== undefined ? { file: place.file, line: place.line } : {}),
        severity: finding.severity,
        message: `${finding.model}: ${finding.how}`,
        fingerprint: finding.fingerprints[0] ?? "",
        failed: fails(finding),
      });
    }
  }
  const names = report.variants.map((variant) => variant.name).join(", ");
  const suites = [suite(`parity of ${names}`, api, `no API differences between ${names}`)];
  if (shaped.length > 0) suites.push(suite(`parity of ${names}: SDK shape (not API drift)`, shaped, ""));
  return document(suites);
}

function testCase(entry: Case): string {
  const place = entry.file === undefined ? "" : ` file="${xml(entry.file)}" line="${entry.line ?? 1}"`;
  const open = `    <testcase classname="${xml(entry.classname)}" name="${xml(entry.name)}"${place}>`;
  const body = entry.failed
    ? `      <failure type="${entry.severity}" message="${xml(entry.message)}">fingerprint ${entry.fingerprint}</failure>`
    : `      <system-out>${xml(`${entry.severity}: ${entry.message} (fingerprint ${entry.fingerprint})`)}</system-out>`;
  return `${open}\n${body}\n    </testcase>`;
}

/** Escaped for an XML attribute or text; characters XML 1.0 cannot hold written as `\xNN` / `\uNNNN`. */
export function xml(text: string): string {
  return text
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\ufffe\uffff]/g, (character) => `\\x${character.charCodeAt(0).toString(16).padStart(2, "0")}`)
    .replace(/[\ud800-\udfff]/g, (character, offset: number, whole: string) => {
      const code = character.charCodeAt(0);
      const pairs = code < 0xdc00 ? /[\udc00-\udfff]/.test(whole[offset + 1] ?? "") : /[\ud800-\udbff]/.test(whole[offset - 1] ?? "");
      return pairs ? character : `\\u${code.toString(16)}`;
    })
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&apos;")
    .replace(/\t/g, "&#9;")
    .replace(/\n/g, "&#10;")
    .replace(/\r/g, "&#13;");
}
