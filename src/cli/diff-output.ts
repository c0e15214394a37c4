/**
 * The reports of one `modeldoc diff` run: each `--format` target rendered once and written to its file or
 * to stdout. Two sides: the pair's report. More sides: `text`, `markdown`, `html`, `github` and `junit` are
 * the parity of all sides (src/diff/parity.ts: one finding per fact, however many pairs report it); `json`
 * holds each pair's report; `patch` covers every pair. With `github`, the findings the annotations leave out
 * and the SDK-shape findings go to the job summary (`$GITHUB_STEP_SUMMARY`, when GitHub sets it).
 */
import { colorEnabled } from "./color.js";
import { appendFile, mkdir, writeFile } from "node:fs/promises";
import { dirname, relative, resolve } from "node:path";
import {
  formatGithub,
  formatGithubParity,
  formatHtml,
  formatJson,
  formatJunit,
  formatJunitParity,
  githubSummary,
  formatMarkdown,
  formatParityMarkdown,
  formatParityText,
  formatText,
  parity,
  type DiffResult,
  type ParityReport,
} from "../diff/index.js";
import type { Variant } from "../ir/types.js";
import type { DiffFormat } from "../options.js";
import { formatPatch } from "../pipeline/patch.js";
import { terminalJson } from "../terminal-text.js";
import type { FormatTarget } from "./format-targets.js";
import { printReport } from "./print.js";

export interface ComparedPair {
  readonly left: Variant;
  readonly right: Variant;
  /** Indexes of the two sides. */
  readonly sides: readonly [number, number];
  readonly result: DiffResult;
  readonly onDisk: { readonly left: boolean; readonly right: boolean };
}

export interface RunReports {
  readonly variants: readonly Variant[];
  readonly pairs: readonly ComparedPair[];
  readonly descriptions: boolean;
  /** Whether a change trips the exit-code policy (JUnit failures). */
  readonly fails: (result: DiffResult, change: DiffResult["changes"][number]) => boolean;
  readonly cwd: string;
  /** Where GitHub wants the job summary (`$GITHUB_STEP_SUMMARY`), if anywhere. */
  readonly jobSummary?: string;
}

/** Renders each target and writes it (a file's folder is made when missing). */
export async function writeReports(targets: readonly FormatTarget[], run: RunReports): Promise<void> {
  let parityReport: ParityReport | undefined;
  const parityOf = (): ParityReport =>
    (parityReport ??= parity(
      run.variants,
      run.pairs.map((pair) => ({ left: pair.sides[0], right: pair.sides[1], result: pair.result })),
      { cwd: run.cwd },
    ));
  for (const target of targets) {
    const linkFrom = target.file === undefined ? "." : relative(run.cwd, dirname(resolve(run.cwd, target.file))).replace(/\\/g, "/") || ".";
    const color = target.file === undefined && target.format === "text" && colorEnabled(process.stdout);
    const report = await render(target.format, run, parityOf, { linkFrom, color });
    if (target.file === undefined) printRendered(report, target.format);
    else {
      const file = resolve(run.cwd, target.file);
      await mkdir(dirname(file), { recursive: true });
      await writeFile(file, report);
    }
    if (target.format === "github" && run.jobSummary !== undefined && run.jobSummary !== "") {
      const single = run.pairs.length === 1 ? run.pairs[0] : undefined;
      const summary = single !== undefined ? githubSummary({ result: single.result, options: { filesOnDisk: single.onDisk } }) : githubSummary({ report: parityOf() });
      if (summary !== undefined) await appendFile(run.jobSummary, `${summary}\n`);
    }
  }
}

/** The fingerprints of the changes that trip the policy: a parity finding fails when one of its changes does. */
function failing(run: RunReports): ReadonlySet<string> {
  return new Set(run.pairs.flatMap((pair) => pair.result.changes.filter((change) => run.fails(pair.result, change)).map((change) => change.fingerprint)));
}

async function render(format: DiffFormat, run: RunReports, parityOf: () => ParityReport, options: { linkFrom: string; color: boolean }): Promise<string> {
  const single = run.pairs.length === 1 ? run.pairs[0] : undefined;
  switch (format) {
    case "html":
      return formatHtml(parityOf(), { linkFrom: options.linkFrom });
    case "junit": {
      if (single !== undefined) return formatJunit([single.result], { fails: run.fails });
      const failed = failing(run);
      return formatJunitParity(parityOf(), { fails: (finding) => finding.fingerprints.some((print) => failed.has(print)) });
    }
    case "text":
      return single !== undefined ? formatText(single.result, { color: options.color }) : formatParityText(parityOf(), { color: options.color });
    case "markdown":
      return single !== undefined ? formatMarkdown(single.result) : formatParityMarkdown(parityOf());
    case "json":
      return single !== undefined ? formatJson(single.result) : `${JSON.stringify({ pairs: run.pairs.map((pair) => JSON.parse(formatJson(pair.result)) as unknown) }, null, 2)}\n`;
    case "github":
      return single !== undefined ? formatGithub(single.result, { filesOnDisk: single.onDisk }) : formatGithubParity(parityOf());
    case "patch": {
      const parts: string[] = [];
      for (const pair of run.pairs) parts.push(await formatPatch(pair.result, pair.left, pair.right, { descriptions: run.descriptions }));
      return parts.join("\n");
    }
  }
}

/**
 * A report on stdout. The text report escapes what came from the docs itself (format-text.ts), so that
 * its own colours stay; the others are escaped whole (JSON the JSON way).
 */
function printRendered(report: string, format: DiffFormat): void {
  if (format === "text") process.stdout.write(report);
  else if (format === "json") process.stdout.write(terminalJson(report));
  else printReport(report);
}
