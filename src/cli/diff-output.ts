/**
 * The reports of one `modeldoc diff` run: each `--format` target rendered once and written to its file or
 * to stdout. Two sides: the pair's report. More sides: `text`, `markdown` and `html` are the parity of all
 * sides (src/diff/parity.ts); `json` holds each pair's report; `github`, `junit` and `patch` cover every pair.
 */
import { colorEnabled } from "./color.js";
import { mkdir, writeFile } from "node:fs/promises";
import { dirname, relative, resolve } from "node:path";
import {
  formatGithub,
  formatHtml,
  formatJson,
  formatJunit,
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
  }
}

async function render(format: DiffFormat, run: RunReports, parityOf: () => ParityReport, options: { linkFrom: string; color: boolean }): Promise<string> {
  const single = run.pairs.length === 1 ? run.pairs[0] : undefined;
  switch (format) {
    case "html":
      return formatHtml(parityOf(), { linkFrom: options.linkFrom });
    case "junit":
      return formatJunit(
        run.pairs.map((pair) => pair.result),
        { fails: run.fails },
      );
    case "text":
      return single !== undefined ? formatText(single.result, { color: options.color }) : formatParityText(parityOf(), { color: options.color });
    case "markdown":
      return single !== undefined ? formatMarkdown(single.result) : formatParityMarkdown(parityOf());
    case "json":
      return single !== undefined ? formatJson(single.result) : `${JSON.stringify({ pairs: run.pairs.map((pair) => JSON.parse(formatJson(pair.result)) as unknown) }, null, 2)}\n`;
    case "github":
      return run.pairs.map((pair) => formatGithub(pair.result, { filesOnDisk: pair.onDisk })).join("");
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
