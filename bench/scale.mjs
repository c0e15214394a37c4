// The scale rows of `npm run bench` (issue 13): how time and memory grow with the input, on synthetic docs
// in the Go dialect. Each row is a cold `generate` (no cache) in its own process, beside the bare
// unified + remark-parse + remark-gfm parse of the same pages, so that remark's own share is apart from
// modeldoc's. Linear means a 10× input costs about 10× the time.
//
//   npm run build && node bench/scale.mjs            (BENCH_SCALE_ROWS=1000,10000,100000, BENCH_SCALE_MB_ROWS=10000 and
//                                              BENCH_SCALE_PAGES=2000,20000 change the sizes)
import { mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { log, pagesUnder, scenario } from "./runner.mjs";

const header = "## Fields\n\n| Field | Type | Required | Description |\n| --- | --- | --- | --- |\n";

/** One model page of `rows` fields whose descriptions are `descriptionBytes` long. */
function tablePage(rows, descriptionBytes) {
  const filler = "lorem ipsum dolor sit amet ".repeat(Math.ceil(descriptionBytes / 27)).slice(0, descriptionBytes);
  const lines = [];
  for (let index = 0; index < rows; index++) {
    const type = index % 3 === 0 ? "*int64*" : index % 3 === 1 ? "*string*" : "[]*string*";
    lines.push(`| \`Field${index}\` | ${type} | ${index % 2 ? ":heavy_check_mark:" : ":heavy_minus_sign:"} | ${filler || `Field ${index}`} |`);
  }
  return `# Rows\n\nA model of ${rows} fields.\n\n${header}${lines.join("\n")}\n`;
}

/** A docs folder of `count` small model pages, each linking to the next. */
export function writePagesFolder(folder, count) {
  const shared = join(folder, "docs/pkg/models/shared");
  mkdirSync(shared, { recursive: true });
  for (let index = 0; index < count; index++) {
    const next = (index + 1) % count;
    const rows = [
      "| `ID` | *string* | :heavy_check_mark: | The model's id. |",
      "| `CreatedAt` | [time.Time](https://pkg.go.dev/time#Time) | :heavy_minus_sign: | When it was made. |",
      "| `Count` | *int64* | :heavy_minus_sign: | How many. |",
      `| \`Next\` | [*shared.Model${next}](../../../pkg/models/shared/model${next}.md) | :heavy_minus_sign: | The next one. |`,
    ];
    writeFileSync(join(shared, `model${index}.md`), `# Model${index}\n\nModel number ${index}.\n\n${header}${rows.join("\n")}\n`);
  }
  return folder;
}

export function writeTableFolder(folder, rows, descriptionBytes) {
  const shared = join(folder, "docs/pkg/models/shared");
  mkdirSync(shared, { recursive: true });
  const file = join(shared, "rows.md");
  writeFileSync(file, tablePage(rows, descriptionBytes));
  return { folder, files: [file], bytes: statSync(file).size };
}

export const sizes = (name, fallback) => (process.env[name] ?? fallback).split(",").map(Number).filter((n) => n > 0);

/** The scale rows, measured in temporary folders under `work`. */
export function benchScale({ work, log }) {
  const rows = [];
  // A run that dies (out of memory, say) is a row that says so, not the end of the bench.
  const attempt = (name, args, timeoutSeconds) => {
    try {
      return scenario(work, name, args, timeoutSeconds);
    } catch (error) {
      log(String(error).split("\n").slice(0, 3).join(" "));
      return { failed: true, ms: NaN, rssMB: NaN };
    }
  };
  const measure = (label, group, folder, files, bytes, timeoutSeconds) => {
    log(`scale: ${label}…`);
    const bare = attempt("bareParse", { files }, timeoutSeconds);
    const generated = attempt("generate", { folders: [folder], out: join(folder, "..", "out"), cacheFolder: false }, timeoutSeconds);
    rows.push({ label, group, bytes, pages: files.length, bare, generated });
    rmSync(join(folder, ".."), { recursive: true, force: true });
  };
  for (const count of sizes("BENCH_SCALE_ROWS", "1000,10000,100000")) {
    const { folder, files, bytes } = writeTableFolder(join(work, `scale-rows-${count}`, "docs-root"), count, 0);
    measure(`one page of ${count.toLocaleString("en")} rows`, "rows", folder, files, bytes, 1800);
  }
  // About 20 MB: 10,000 rows of 2 KB descriptions (the rows of the 10,000-row page, 17× the bytes).
  const bigRows = sizes("BENCH_SCALE_MB_ROWS", "10000")[0] ?? 10_000;
  const big = writeTableFolder(join(work, "scale-20mb", "docs-root"), bigRows, 2_000);
  measure(`one page of ${(big.bytes / 1e6).toFixed(1)} MB (${bigRows.toLocaleString("en")} rows)`, "megabytes", big.folder, big.files, big.bytes, 1800);
  for (const count of sizes("BENCH_SCALE_PAGES", "2000,20000")) {
    const folder = writePagesFolder(join(work, `scale-pages-${count}`, "docs-root"), count);
    const files = pagesUnder(folder);
    const bytes = files.reduce((sum, file) => sum + statSync(file).size, 0);
    measure(`${count.toLocaleString("en")} pages in one folder`, "pages", folder, files, bytes, 1800);
  }
  return rows;
}

/** The scale rows as a Markdown table, with each row's growth against the row before it. */
export function formatScale(rows) {
  const fmt = (value, digits = 1) => (Number.isFinite(value) ? value.toFixed(digits) : "–");
  const seconds = (result) => (result.timedOut ? "timed out" : result.failed ? "failed" : fmt(result.ms / 1000, 2));
  const lines = [
    "| input | MB | remark alone (s) | remark RSS (MB) | modeldoc generate (s) | modeldoc RSS (MB) | modeldoc's own share (s) | s per MB | growth: input × / time × |",
    "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |",
  ];
  rows.forEach((row, index) => {
    const own = row.generated.ms - row.bare.ms;
    const previous = rows[index - 1];
    const comparable = previous?.group === row.group;
    const growth = comparable ? `${fmt(row.bytes / previous.bytes)} × / ${fmt(row.generated.ms / previous.generated.ms)} ×` : "";
    lines.push(
      `| ${row.label} | ${fmt(row.bytes / 1e6, 2)} | ${seconds(row.bare)} | ${fmt(row.bare.rssMB, 0)} | ${seconds(row.generated)} | ${fmt(row.generated.rssMB, 0)} | ${fmt(own / 1000, 2)} | ${fmt(row.generated.ms / 1000 / (row.bytes / 1e6), 2)} | ${growth} |`,
    );
  });
  return lines.join("\n");
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const work = mkdtempSync(join(tmpdir(), "modeldoc-scale-"));
  try {
    console.log(formatScale(benchScale({ work, log })));
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
