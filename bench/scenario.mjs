// One benchmark scenario, run in its own process so that its peak memory (RSS) is its own.
// `node bench/scenario.mjs <name> <args.json>` prints one JSON line: { ms, rssMB, ...details }.
// Used by bench/run.mjs; see there for what each scenario measures.
import { readFileSync, writeFileSync } from "node:fs";

const repo = new URL("..", import.meta.url);
const dist = (path) => import(new URL(`dist/${path}`, repo).href);

/** `generate` runs with the V8 policy of the CLI's command (src/cli/v8-policy.ts), as `modeldoc generate` would. */
async function asTheCli() {
  const { setGeneratePolicy } = await dist("cli/v8-policy.js");
  setGeneratePolicy();
}

function finish(started, details = {}) {
  const ms = performance.now() - started;
  const rssMB = process.resourceUsage().maxRSS / 1024;
  process.stdout.write(`${JSON.stringify({ ms, rssMB, ...details })}\n`);
}

const scenarios = {
  /** Reading every page, one thread. */
  async read({ files }) {
    const started = performance.now();
    let bytes = 0;
    for (const file of files) bytes += readFileSync(file, "utf8").length;
    finish(started, { bytes });
  },

  /** The floor: bare unified + remark-parse + remark-gfm on every page, one thread, no modeldoc code. */
  async bareParse({ files }) {
    const [{ unified }, { default: remarkParse }, { default: remarkGfm }] = await Promise.all([
      import("unified"),
      import("remark-parse"),
      import("remark-gfm"),
    ]);
    const processor = unified().use(remarkParse).use(remarkGfm);
    const started = performance.now();
    let nodes = 0;
    for (const file of files) nodes += processor.parse(readFileSync(file, "utf8")).children.length;
    finish(started, { nodes });
  },

  /** modeldoc generate (the CLI's pipeline: cache, workers, safe writes). */
  async generate({ folders, out, cacheFolder, emit }) {
    await asTheCli();
    const started = performance.now();
    const { generate } = await dist("pipeline/generate.js");
    const { closePool } = await dist("pipeline/pool.js");
    const result = await generate({ variants: folders.map((folder) => ({ folder })), out, cacheFolder, ...(emit ? { emit } : {}) });
    await closePool();
    finish(started, { written: result.written, pages: result.pages, declarations: result.declarations, phases: result.phases });
  },

  /** Watch mode: from the file event of one edited page to its output written. */
  async watch({ folders, out, cacheFolder, edit }) {
    const { watch } = await dist("pipeline/watch.js");
    const { closePool } = await dist("pipeline/pool.js");
    const runs = [];
    let resolveRun;
    const watcher = watch({
      variants: folders.map((folder) => ({ folder })),
      out,
      cacheFolder,
      debounceMs: 10,
      onRun: (run) => {
        runs.push(run);
        resolveRun?.(run);
      },
    });
    await watcher.ready;
    const started = performance.now();
    const next = new Promise((resolve) => (resolveRun = resolve));
    const text = readFileSync(edit.file, "utf8");
    writeFileSync(edit.file, text.replace(edit.from, edit.to));
    const run = await next;
    await watcher.close();
    await closePool();
    // `ms` is the watcher's own figure: from the first file event to the output written.
    process.stdout.write(
      `${JSON.stringify({ ms: run.milliseconds, saveToWrittenMs: performance.now() - started, rssMB: process.resourceUsage().maxRSS / 1024, written: run.result?.written })}\n`,
    );
  },

  /**
   * Watch mode as a person uses it: the watcher started, then `edits` saves of one page a second apart
   * (its text alternating between `edit.to` and `edit.from`). Each edit's figure is the watcher's own, from
   * the first file event to the output written; `ms` is their median. The first edit after start-up is the
   * `watch` scenario's row (on a watcher that has just read every variant, so slower).
   */
  async watchEdits({ folders, out, cacheFolder, edit, edits = 5 }) {
    const { watch } = await dist("pipeline/watch.js");
    const { closePool } = await dist("pipeline/pool.js");
    const pause = () => new Promise((resolve) => setTimeout(resolve, 1000));
    let resolveRun;
    const watcher = watch({ variants: folders.map((folder) => ({ folder })), out, cacheFolder, debounceMs: 10, onRun: (run) => resolveRun?.(run) });
    await watcher.ready;
    const original = readFileSync(edit.file, "utf8");
    const figures = [];
    for (let index = 0; index < edits; index++) {
      await pause();
      const next = new Promise((resolve) => (resolveRun = resolve));
      writeFileSync(edit.file, index % 2 === 0 ? original.replace(edit.from, edit.to) : original);
      const run = await next;
      if (run.error !== undefined) throw run.error;
      figures.push(run.milliseconds);
    }
    await watcher.close();
    await closePool();
    writeFileSync(edit.file, original);
    const sorted = [...figures].sort((a, b) => a - b);
    process.stdout.write(`${JSON.stringify({ ms: sorted[Math.floor(sorted.length / 2)], edits: figures, rssMB: process.resourceUsage().maxRSS / 1024 })}\n`);
  },

  /** json-schema-to-typescript on one schema whose root lists every definition. */
  async jsonSchemaToTypescript({ schemaFile }) {
    const { compile } = await import("json-schema-to-typescript");
    const schema = JSON.parse(readFileSync(schemaFile, "utf8"));
    const started = performance.now();
    const ts = await compile(schema, "Root", { bannerComment: "", additionalProperties: false, format: true, unreachableDefinitions: true });
    finish(started, { chars: ts.length });
  },

  /** quicktype (quicktype-core) from the same schema to TypeScript, types only. */
  async quicktype({ schemaFile }) {
    const { quicktype, InputData, JSONSchemaInput, FetchingJSONSchemaStore } = await import("quicktype-core");
    const text = readFileSync(schemaFile, "utf8");
    const started = performance.now();
    const input = new JSONSchemaInput(new FetchingJSONSchemaStore());
    await input.addSource({ name: "Root", schema: text });
    const data = new InputData();
    data.addInput(input);
    const result = await quicktype({ inputData: data, lang: "typescript", rendererOptions: { "just-types": "true" } });
    finish(started, { lines: result.lines.length });
  },
};

const [name, argsFile] = process.argv.slice(2);
if (!scenarios[name]) throw new Error(`unknown scenario ${name}`);
await scenarios[name](JSON.parse(readFileSync(argsFile, "utf8")));
