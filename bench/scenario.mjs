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

  /**
   * Watch mode: the watcher started, then `edits` saves of one page, `pauseMs` after the watcher is ready
   * and after each other (the page's text alternating between `edit.to` and what it was, ending on
   * `edit.to`). Each edit's figure is the watcher's own, from the first file event to the output written;
   * `ms` is their median. One edit with no pause is the first edit straight after start-up (the watcher
   * has just read every variant); edits a second apart are edits as a person makes them.
   */
  async watch({ folders, out, cacheFolder, edit, edits = 1, pauseMs = 0 }) {
    const { watch } = await dist("pipeline/watch.js");
    const { closePool } = await dist("pipeline/pool.js");
    const original = readFileSync(edit.file, "utf8");
    const edited = original.replace(edit.from, edit.to);
    // A save that changes nothing would time a run with nothing to emit.
    if (edited === original) throw new Error(`${edit.file}: "${edit.from}" not found; the edit would change nothing`);
    let resolveRun;
    const watcher = watch({ variants: folders.map((folder) => ({ folder })), out, cacheFolder, debounceMs: 10, onRun: (run) => resolveRun?.(run) });
    await watcher.ready;
    const runs = [];
    for (let index = 0; index < edits; index++) {
      await new Promise((resolve) => setTimeout(resolve, pauseMs));
      const next = new Promise((resolve) => (resolveRun = resolve));
      writeFileSync(edit.file, index % 2 === 0 ? edited : original);
      const run = await next;
      if (run.error !== undefined) throw run.error;
      runs.push(run);
    }
    if (edits % 2 === 0) writeFileSync(edit.file, edited);
    await watcher.close();
    await closePool();
    const figures = runs.map((run) => run.milliseconds);
    const median = [...figures].sort((a, b) => a - b)[Math.floor(figures.length / 2)];
    process.stdout.write(
      `${JSON.stringify({ ms: median, edits: figures, written: runs.map((run) => run.result?.written), rssMB: process.resourceUsage().maxRSS / 1024 })}\n`,
    );
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
