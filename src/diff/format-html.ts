/**
 * The parity report as one standalone HTML page: no network, the CSS and the script inline
 * (`html-page.ts`), the data as JSON in a `<script type="application/json">` element. Every text that came
 * from the docs is escaped: in the page's markup by {@link escapeHtml}, in the JSON so that no `<` can close
 * the element, and the script writes it with `textContent` only.
 *
 * The page: the counts, a table per variant, and the findings (model, field, kind, severity, one cell per
 * variant) grouped as the text report groups them: a group of findings that say the same thing of several
 * models is one row (`×704`) that opens onto a row per model. The SDK-shape findings (envelopes, transport
 * data, SDK utilities, generator renames: not API drift) are in a section of their own, closed. Rows are
 * filtered by kind, severity and variant, searched by model (a search opens the groups it matches in); a
 * checkbox adds the models on which every variant agrees. A cell that holds the thing (a value, or ✓) links
 * to its line in the page it came from, relative to the folder the page is written to (`#L<line>`, as
 * GitHub's file views take it); a missing thing, a group's row and a side read from git link nowhere.
 * Model names and values wrap between their words (`Create·Accounting·Account`); field names never break.
 *
 * The data keeps the page small on large corpora: folders are listed once, a page named after its model
 * is not spelled out, and a cell on its model's page gives only the line.
 */
import { posix } from "node:path";
import type { ChangeSource } from "./changes.js";
import { PAGE_SCRIPT, PAGE_STYLE } from "./html-page.js";
import type { CellState, ParityFinding, ParityReport } from "./parity.js";
import { findingCounts, parityGroups, variantTallies } from "./parity-summary.js";
import { SEVERITY_ORDER } from "./summary.js";

export interface HtmlFormatOptions {
  /**
   * The folder the page is written to, relative to the working folder (default `.`): links to the docs
   * are made relative to it. Files that are not in the working tree (a git revision) get no link.
   */
  readonly linkFrom?: string;
}

/** A cell's state in the page's data. */
const STATE_CODES: Record<CellState, number> = { "no-model": 0, absent: 1, agrees: 2, value: 3 };

/** `&`, `<`, `>`, `"` and `'` as entities. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => `&#${character.charCodeAt(0)};`);
}

/** JSON that is safe inside a `<script>` element: no `<`, `>` or `&`, and no line separators. */
export function scriptJson(value: unknown): string {
  return JSON.stringify(value).replace(/[<>&\u2028\u2029]/g, (character) => `\\u${character.charCodeAt(0).toString(16).padStart(4, "0")}`);
}

/**
 * Places in the page's data. A file is its folder (by number, in `dirs`) and its name, written `1` when it
 * is the model's name with `.md`, `2` when it is that name in lower case (most pages), else in full.
 */
class Places {
  /** `[folder, linkable]`: a side read from git (`ref:folder/…`) is not a file a link can open. */
  readonly dirs: Array<[string, number]> = [];
  private readonly dirIndex = new Map<string, number>();

  constructor(private readonly linkFrom: string) {}

  file(file: string, model: string): [number, string | number] {
    const linkable = !/^[^/\\]+:/.test(file);
    const path = linkable ? posix.relative(this.linkFrom, file.replace(/\\/g, "/")) || file : file;
    const dir = posix.dirname(path);
    let index = this.dirIndex.get(dir);
    if (index === undefined) {
      index = this.dirs.length;
      this.dirs.push([dir, linkable ? 1 : 0]);
      this.dirIndex.set(dir, index);
    }
    const base = posix.basename(path);
    return [index, base === `${model}.md` ? 1 : base === `${model.toLowerCase()}.md` ? 2 : base];
  }

  /** A model's page in a variant: `[folder, name, line]`, or 0. */
  model(source: ChangeSource | undefined, model: string): 0 | [number, string | number, number] {
    return source === undefined ? 0 : [...this.file(source.file, model), source.line];
  }

  /** A cell: `[state, value, line]` on its model's page, `[state, value, line, folder, name]` on another, line 0 for none. */
  cell(state: number, value: string, source: ChangeSource | undefined, modelSource: ChangeSource | undefined, model: string): unknown[] {
    if (source === undefined) return [state, value, 0];
    if (source.file === modelSource?.file) return [state, value, source.line];
    return [state, value, source.line, ...this.file(source.file, model)];
  }
}

export function formatHtml(report: ParityReport, options: HtmlFormatOptions = {}): string {
  const places = new Places(options.linkFrom ?? ".");
  const kinds: string[] = [];
  const kindNumber = (kind: string): number => {
    const index = kinds.indexOf(kind);
    if (index >= 0) return index;
    kinds.push(kind);
    return kinds.length - 1;
  };
  const models = report.models.map((model) => [model.name, model.declarationKind, model.sources.map((source) => places.model(source, model.name))]);
  const index = new Map<ParityFinding, number>();
  const findings = report.models.flatMap((model, modelIndex) =>
    model.findings.map((finding) => {
      index.set(finding, index.size);
      return [
        modelIndex,
        finding.field ?? finding.subject ?? "",
        kindNumber(finding.shape === undefined ? finding.kind : `${finding.kind} ${finding.shape}`),
        SEVERITY_ORDER.indexOf(finding.severity),
        finding.how,
        finding.cells.map((cell, variant) => places.cell(STATE_CODES[cell.state], cell.value ?? "", cell.state === "absent" ? undefined : cell.source, model.sources[variant], model.name)),
      ];
    }),
  );
  // The groups of the text report, the API's then the SDK shape's: `[sdk shape 0|1, finding indexes]`.
  const groups = [false, true].flatMap((shaped) => parityGroups(report, shaped).map((group) => [shaped ? 1 : 0, group.findings.map((finding) => index.get(finding) as number)]));
  const names = report.variants.map((variant) => variant.name);
  const data = { mode: report.mode, variants: names, severities: SEVERITY_ORDER, kinds, dirs: places.dirs, models, findings, groups };

  const differing = report.models.filter((model) => model.findings.some((finding) => finding.kind !== "sdk-shape")).length;
  const { api, sdkShape } = findingCounts(report);
  // Two versions are a version diff; anything else, the parity of its variants.
  const title = report.mode === "version" && names.length === 2 ? `modeldoc: version diff ${names[0]} → ${names[1]}` : `modeldoc: parity of ${names.join(", ")}`;
  const tallies = variantTallies(report)
    .map((tally) => `<tr><th scope="row">${escapeHtml(tally.name)}</th><td>${tally.models}</td><td>${tally.only}</td><td>${tally.missing}</td><td>${tally.differs}</td></tr>`)
    .join("\n");
  const ignored = report.ignored > 0 ? ` ${report.ignored} known changes ignored.` : "";
  const head = `<tr><th>Model</th><th>Field</th><th>Kind</th><th>Severity</th>${names.map((name) => `<th>${escapeHtml(name)}</th>`).join("")}</tr>`;
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="icon" href="data:,">
<title>${escapeHtml(title)}</title>
<style>${PAGE_STYLE}</style>
</head>
<body>
<header>
<h1>${escapeHtml(title)}</h1>
<p id="summary"><strong>${report.models.length} models</strong>: ${report.models.length - differing} the same API in every variant, ${differing} differ (${api} API findings; ${sdkShape} SDK-shape findings, from ${report.changes} pairwise ${report.mode} changes).${ignored}</p>
<table class="tallies"><thead><tr><th>Variant</th><th>Models</th><th>Only here</th><th>Missing here</th><th>In the minority</th></tr></thead>
<tbody>
${tallies}
</tbody></table>
<form id="filters" onsubmit="return false">
<label>Kind <select id="kind"><option value="">all</option></select></label>
<label>Severity <select id="severity"><option value="">all</option></select></label>
<label>Differs in <select id="variant"><option value="">any variant</option></select></label>
<label>Model <input id="search" type="search" placeholder="search by model" autocomplete="off"></label>
<label><input id="all" type="checkbox"> also models without differences</label>
<span id="count" aria-live="polite"></span>
</form>
<p class="legend"><span class="s3">value</span> as the variant states it · <span class="s2">✓</span> no difference found · <span class="s1">—</span> missing · blank: no such model · ▸ ×N: a group of findings, click to open</p>
</header>
<main>
<table id="findings"><thead>${head}</thead>
<tbody></tbody></table>
<details id="sdk-shape"><summary>SDK shape (not API drift): <span id="sdk-count">${sdkShape} findings</span></summary>
<p class="legend">Response envelopes, their transport data and body shape, SDK utilities and generator renames: how the SDKs shape the API, not the API.</p>
<table id="sdk-findings"><thead>${head}</thead>
<tbody></tbody></table>
</details>
</main>
<script type="application/json" id="data">${scriptJson(data)}</script>
<script>${PAGE_SCRIPT}</script>
</body>
</html>
`;
}
