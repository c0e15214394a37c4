/**
 * The diff as JUnit XML, the report format CI servers (GitLab, Jenkins, Azure, CircleCI) show as tests:
 * one `<testsuite>` per pair of sides, one `<testcase>` per change (classname the model, name the kind
 * and field, `file` and `line` the page), failed when its severity trips the exit-code policy. A pair
 * without changes is one passing case, so that a clean diff shows as a passing test.
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
import { changeSide, sidesWithThing, type Change, type DiffResult } from "./changes.js";

export interface JunitFormatOptions {
  /** Whether a change of a result fails its test case; default: a breaking one. */
  readonly fails?: (result: DiffResult, change: Change) => boolean;
}

export function formatJunit(results: readonly DiffResult[], options: JunitFormatOptions = {}): string {
  const fails = options.fails ?? ((_: DiffResult, change: Change) => change.severity === "breaking");
  let tests = 0;
  let failures = 0;
  const suites: string[] = [];
  for (const result of results) {
    const cases: string[] = [];
    let suiteFailures = 0;
    for (const change of result.changes) {
      const failed = fails(result, change);
      if (failed) suiteFailures++;
      cases.push(testCase(change, failed));
    }
    if (cases.length === 0) cases.push(`    <testcase classname="modeldoc" name="${xml(`no changes between ${result.left} and ${result.right}`)}"/>`);
    tests += cases.length;
    failures += suiteFailures;
    const name = `${result.mode} diff ${result.left} → ${result.right}`;
    suites.push(`  <testsuite name="${xml(name)}" tests="${cases.length}" failures="${suiteFailures}">\n${cases.join("\n")}\n  </testsuite>`);
  }
  return `<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="modeldoc" tests="${tests}" failures="${failures}">\n${suites.join("\n")}\n</testsuites>\n`;
}

function testCase(change: Change, failed: boolean): string {
  const side = sidesWithThing(change)[0];
  const source = side === undefined ? undefined : changeSide(change, side);
  const place = source?.file === undefined ? "" : ` file="${xml(source.file)}" line="${source.line ?? 1}"`;
  const name = change.field === undefined ? change.kind : `${change.kind} ${change.field}`;
  const open = `    <testcase classname="${xml(change.model)}" name="${xml(name)}"${place}>`;
  const body = failed
    ? `      <failure type="${change.severity}" message="${xml(change.message)}">fingerprint ${change.fingerprint}</failure>`
    : `      <system-out>${xml(`${change.severity}: ${change.message} (fingerprint ${change.fingerprint})`)}</system-out>`;
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
