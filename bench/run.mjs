// `npm run bench`: modeldoc against the floor and its peers on the whole corpus (../shared/corpus/unified-to,
// five languages), one table. Not a test: it takes minutes and its figures depend on the machine.
//
// Rows, each in its own process (its peak RSS is its own), each divided by the floor:
// - floor: reading every page, and the bare unified + remark-parse + remark-gfm parse of every page on one
//   thread with no modeldoc code;
// - modeldoc generate, five languages (interfaces, validators, fixtures): cold (empty cache), warm with
//   nothing changed, one page edited, one widely linked page edited; watch mode, one page edited (from the
//   file event to the output written);
// - peers on the Go models: json-schema-to-typescript and quicktype from modeldoc's JSON Schema export,
//   against modeldoc generating the interfaces alone, cold and from pages already read (the peers'
//   starting point: a schema already made);
// - validators: the generated validators against ajv (bench/validators.mjs).
// The corpus is copied to a temporary folder first: edits never touch ../shared.
//
//   npm run build && npm run bench          (MODELDOC_CORPUS points elsewhere; BENCH_SKIP=peers,validators skips rows)
import { spawnSync } from "node:child_process";
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { availableParallelism, cpus, tmpdir } from "node:os";
import { basename, dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const repo = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const corpus = resolve(repo, process.env.MODELDOC_CORPUS ?? "../shared/corpus", "unified-to");
const languages = ["go", "csharp", "typescript", "python", "java"];
const skip = new Set((process.env.BENCH_SKIP ?? "").split(",").filter(Boolean));
const log = (line) => process.stderr.write(`${line}\n`);

function pagesUnder(folder) {
  const files = [];
  const visit = (dir) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) visit(path);
      else if (entry.name.endsWith(".md")) files.push(path);
    }
  };
  visit(folder);
  return files.sort();
}

function scenario(name, args, timeoutSeconds = 1800) {
  log(`running ${name}…`);
  // Arguments go through a file: the page list is longer than a command line may be.
  const argsFile = join(work, `args-${name}.json`);
  writeFileSync(argsFile, JSON.stringify(args));
  const result = spawnSync(process.execPath, [join(repo, "bench", "scenario.mjs"), name, argsFile], {
    cwd: repo,
    encoding: "utf8",
    timeout: timeoutSeconds * 1000,
    maxBuffer: 64 * 1024 * 1024,
  });
  if (result.error?.code === "ETIMEDOUT") return { timedOut: true, ms: timeoutSeconds * 1000, rssMB: NaN };
  if (result.status !== 0) throw new Error(`${name} failed: ${result.error?.message ?? ""}\n${result.stderr}`);
  return JSON.parse(result.stdout.trim().split("\n").pop());
}

/** The shared page that the most other pages link to (a shared enum, in this corpus). */
function mostLinkedPage(folder) {
  const counts = new Map();
  for (const file of pagesUnder(folder)) {
    for (const match of readFileSync(file, "utf8").matchAll(/\]\(([^)#]+\.md)\)/g)) {
      const target = resolve(dirname(file), match[1]);
      counts.set(target, (counts.get(target) ?? 0) + 1);
    }
  }
  return [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0];
}

const work = mkdtempSync(join(tmpdir(), "modeldoc-bench-"));
try {
  const folders = languages.map((language) => {
    const target = join(work, "docs", language);
    cpSync(join(corpus, language), target, { recursive: true });
    return target;
  });
  const files = folders.flatMap(pagesUnder);
  const out = join(work, "out");
  const cacheFolder = join(work, "cache");
  const rows = [];
  const add = (label, result, note = "") => rows.push({ label, ...result, note });

  add("read every page (1 thread)", scenario("read", { files }));
  const floor = scenario("bareParse", { files });
  add("floor: bare unified+remark-parse+remark-gfm (1 thread)", floor);

  add("modeldoc generate, cold (empty cache)", scenario("generate", { folders, out, cacheFolder }));
  add("modeldoc generate, warm, nothing changed", scenario("generate", { folders, out, cacheFolder }));

  const leaf = join(folders[0], "docs/pkg/models/shared/webhook.md");
  writeFileSync(leaf, readFileSync(leaf, "utf8").replace("A webhook is used to POST", "A webhook POSTs"));
  add("modeldoc generate, one page edited", scenario("generate", { folders, out, cacheFolder }), basename(leaf));

  const [hub, links] = mostLinkedPage(folders[0]);
  const hubText = readFileSync(hub, "utf8");
  const lastRow = hubText.trimEnd().split("\n").pop();
  writeFileSync(hub, `${hubText.trimEnd()}\n${lastRow.replace(/\|\s*`(\w+)`\s*\|\s*(\S+)\s*\|/, "| `$1Bench` | $2_bench |")}\n`);
  add("modeldoc generate, widely linked page edited", scenario("generate", { folders, out, cacheFolder }), `${basename(hub)}, linked ${links}×`);

  const watchEdit = { file: leaf, from: "A webhook POSTs", to: "A webhook sends" };
  add("modeldoc watch, one page edited (event → written)", scenario("watch", { folders, out, cacheFolder, edit: watchEdit }));

  if (!skip.has("peers")) {
    const goOnly = [folders[0]];
    add("Go: modeldoc interfaces only, cold", scenario("generate", { folders: goOnly, out: join(work, "peers"), cacheFolder: false, emit: ["interfaces"] }));
    // Like for like: the peers start from a schema already made, so this row starts from the pages
    // already read (page cache warm) and emits every interface afresh into a new folder.
    add(
      "Go: modeldoc interfaces only, pages already read",
      scenario("generate", { folders: goOnly, out: join(work, "peers-emit"), cacheFolder, emit: ["interfaces"] }),
    );
    scenario("generate", { folders: goOnly, out: join(work, "schema"), cacheFolder: false, emit: ["jsonschema"] });
    const schema = JSON.parse(readFileSync(join(work, "schema", "go", "schema.json"), "utf8"));
    // A root that lists every definition, so that both peers generate every type.
    schema.type = "object";
    schema.properties = Object.fromEntries(Object.keys(schema.$defs).map((name) => [name, { $ref: `#/$defs/${name}` }]));
    const schemaFile = join(work, "go-schema.json");
    writeFileSync(schemaFile, JSON.stringify(schema));
    add("Go: json-schema-to-typescript, same models", scenario("jsonSchemaToTypescript", { schemaFile }, 300));
    add("Go: quicktype, same models", scenario("quicktype", { schemaFile }, 300));
  }

  const fmt = (value, digits = 1) => (Number.isFinite(value) ? value.toFixed(digits) : "–");
  const lines = [
    `modeldoc bench: ${files.length} pages (${languages.join(", ")}); ${availableParallelism()} cores (${cpus()[0]?.model ?? "?"}); Node ${process.version}`,
    "",
    "| run | time (s) | × floor | peak RSS (MB) | note |",
    "| --- | ---: | ---: | ---: | --- |",
    ...rows.map(
      (row) =>
        `| ${row.label} | ${row.timedOut ? "timed out" : fmt(row.ms / 1000, 2)} | ${fmt(row.ms / floor.ms, 2)} | ${fmt(row.rssMB, 0)} | ${row.note}${row.pages ? ` pages parsed ${row.pages.parsed}, cached ${row.pages.cached}` : ""}${row.declarations ? `; declarations emitted ${row.declarations.emitted}, cached ${row.declarations.cached}` : ""}${row.written !== undefined ? `; files written ${row.written}` : ""} |`,
    ),
  ];
  console.log(lines.join("\n"));

  if (!skip.has("validators")) {
    const { benchValidators, formatTable } = await import("./validators.mjs");
    const validatorRows = await benchValidators({ log });
    console.log(`\nValidators on the Go corpus fixtures (${validatorRows[0].declarations} declarations), median of ${validatorRows[0].samples.length} samples:\n`);
    console.log(formatTable(validatorRows));
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
