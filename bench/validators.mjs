// Validations per second: modeldoc's generated validators against ajv compiled from the JSON Schema that
// modeldoc emits for the same variant, on the fixtures of every declaration of the whole Go corpus.
//
//   npm run build && node bench/validators.mjs        (prints the table; MODELDOC_CORPUS moves the corpus)
//
// Valid inputs: each declaration's `minimal` and `full` fixtures. The generated validators get the
// TypeScript fixtures (index.js `fixtures`), ajv the JSON fixtures (fixtures/<name>.json): the same data,
// except that a binary field is a Uint8Array in one and base64 text in the other.
// Invalid inputs: each valid input with one deterministic mutation that both reject: the last leaf value
// (string, number, boolean) that, given another type, makes both fail; failing that, the whole value null.
//
// Each row calls one function per input: validateX (returns the issues, [] when valid), isX (the boolean
// guard), XSchema's Standard Schema validate, the zod schema's safeParse (--emit zod), TypeBox's compiled
// Check (bench/typebox.mjs, on the JSON fixtures), ajv's validate function (first error only, the
// default) and ajv with allErrors (every error, as validateX reports). Then the wire form, on the JSON
// fixtures of the same models emitted with --wire-naming snake --dates Date (keys renamed, dates revived: the
// work a JSON body needs before it is a TypeScript value): XWireSchema's Standard Schema validate (parseX) and
// the zod codec's safeDecode; their "vs ajv" is against ajv on the camelCase JSON fixtures, the same values. Rows run interleaved, 15 samples of 200 ms each; the table shows the median, so
// that other processes on the machine slow every row alike.
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { build, transformSync } from "esbuild";
import { compileTypeBox } from "./typebox.mjs";

const repo = resolve(dirname(fileURLToPath(import.meta.url)), "..");

async function loadModeldoc() {
  const dist = join(repo, "dist");
  if (!existsSync(join(dist, "emit", "index.js"))) throw new Error("dist/ is missing: run `npm run build` first");
  const [{ parseFolder }, { emitVariantFiles }, { buildSymbolTable }] = await Promise.all([
    import(pathToFileURL(join(dist, "parse", "index.js")).href),
    import(pathToFileURL(join(dist, "emit", "index.js")).href),
    import(pathToFileURL(join(dist, "emit", "common", "symbols.js")).href),
  ]);
  return { parseFolder, emitVariantFiles, buildSymbolTable };
}

async function loadAjv() {
  const [ajvModule, formatsModule] = await Promise.all([import("ajv/dist/2020.js"), import("ajv-formats")]);
  const Ajv2020 = ajvModule.default.default ?? ajvModule.default;
  const addFormats = formatsModule.default.default ?? formatsModule.default;
  return (options) => {
    const ajv = new Ajv2020({ strict: true, ...options });
    addFormats(ajv);
    return ajv;
  };
}

/** Writes the emitted files to a temporary project and compiles them with tsc; returns the project folder. */
function compile(files, zodFiles) {
  const root = mkdtempSync(join(tmpdir(), "modeldoc-bench-"));
  for (const file of files) {
    const target = join(root, "src", ...file.path.split("/"));
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, file.contents);
  }
  writeFileSync(join(root, "package.json"), JSON.stringify({ type: "module", private: true }));
  const compilerOptions = {
    target: "ES2022",
    lib: ["ES2022"],
    types: [],
    module: "NodeNext",
    moduleResolution: "NodeNext",
    strict: true,
    skipLibCheck: true,
    rootDir: "src",
    outDir: "dist",
  };
  writeFileSync(join(root, "tsconfig.json"), JSON.stringify({ compilerOptions, include: ["src"] }));
  const tsc = join(repo, "node_modules", ".bin", "tsc");
  const result = spawnSync(process.execPath, [tsc, "-p", root], { encoding: "utf8" });
  if (result.status !== 0) {
    rmSync(root, { recursive: true, force: true });
    throw new Error(`tsc failed on the generated code:\n${result.stdout}${result.stderr}`.slice(0, 4000));
  }
  // The zod schemas are stripped of their types by esbuild: tsc takes minutes over 3,000 zod object types.
  symlinkSync(join(repo, "node_modules"), join(root, "node_modules"));
  for (const file of zodFiles) {
    const target = join(root, "dist", file.path.replace(/\.ts$/, ".js"));
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, transformSync(file.contents, { loader: "ts", format: "esm" }).code);
  }
  return root;
}

/**
 * The wire form of the variant (--wire-naming snake --dates Date, validators and zod), bundled by esbuild
 * (not type-checked: the tests do that) into `<root>/wire.js`; returns its exports and the emitted files.
 */
async function loadWire(variant, emitVariantFiles, root) {
  const files = emitVariantFiles(variant, { naming: "camel", wireNaming: "snake", dates: "Date", emit: ["validators", "fixtures", "zod"] });
  for (const file of files) {
    if (!file.path.endsWith(".ts")) continue;
    const target = join(root, "wire-src", ...file.path.split("/"));
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, file.contents);
  }
  // One ES module of index.ts and zod.ts (zod left outside): one import, not 20,000.
  writeFileSync(join(root, "wire-src", "all.ts"), 'export * from "./index.js";\nexport * from "./zod.js";\n');
  await build({ entryPoints: [join(root, "wire-src", "all.ts")], bundle: true, format: "esm", platform: "node", packages: "external", outfile: join(root, "wire.js"), logLevel: "silent" });
  const exports = await import(pathToFileURL(join(root, "wire.js")).href);
  return { exports, contents: new Map(files.map((file) => [file.path, file.contents])) };
}

/** Every path (list of keys and indexes) to a string, number or boolean inside a JSON value, in document order. */
function leafPaths(value, path = [], out = []) {
  if (Array.isArray(value)) value.forEach((item, index) => leafPaths(item, [...path, index], out));
  else if (value !== null && typeof value === "object") for (const key of Object.keys(value)) leafPaths(value[key], [...path, key], out);
  else if (value !== null) out.push(path);
  return out;
}

function valueAt(value, path) {
  let current = value;
  for (const step of path) current = current[step];
  return current;
}

/** A copy of `value` with the value at `path` replaced (the root when the path is empty). */
function replaced(value, path, replacement) {
  if (path.length === 0) return replacement;
  const copy = structuredClone(value);
  let parent = copy;
  for (const step of path.slice(0, -1)) parent = parent[step];
  parent[path[path.length - 1]] = replacement;
  return copy;
}

const wrongValue = (leaf) => (typeof leaf === "string" ? 12345 : "not a " + typeof leaf);

const rejectedByAll = (input) => !input.is(input.ts) && !input.ajv(input.json) && !input.zod.safeParse(input.ts).success && !input.typebox(input.json);

/** One mutation of a valid input that every validator rejects; `undefined` if none is found. */
function invalidCase(input) {
  for (const path of leafPaths(input.json).reverse()) {
    const replacement = wrongValue(valueAt(input.json, path));
    const candidate = { ...input, ts: replaced(input.ts, path, replacement), json: replaced(input.json, path, replacement) };
    if (rejectedByAll(candidate)) return candidate;
  }
  const root = { ...input, ts: null, json: null };
  return rejectedByAll(root) ? root : undefined;
}

/**
 * Calls per second of a row: `loop` runs its validator once over every input. Each row has a loop of its
 * own, so the call sites inside it learn about that validator only.
 */
function sample(row, sampleMs) {
  let sink = 0;
  let calls = 0;
  const started = performance.now();
  let elapsed = 0;
  do {
    sink += row.loop(row.cases);
    calls += row.cases.length;
    elapsed = performance.now() - started;
  } while (elapsed < sampleMs);
  if (sink === -1) console.log(sink); // keeps the results alive
  return (calls / elapsed) * 1000;
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/**
 * Runs the benchmark. Returns one row per (validator, input set):
 * `{ name, inputs, opsPerSec, samples, declarations, cases }`; `opsPerSec` is the median sample.
 */
export async function benchValidators({ corpus, rounds = 15, sampleMs = 200, log = () => {} } = {}) {
  const { parseFolder, emitVariantFiles, buildSymbolTable } = await loadModeldoc();
  const ajvWith = await loadAjv();
  const folder = corpus ?? resolve(repo, process.env.MODELDOC_CORPUS ?? "../shared/corpus", "unified-to", "go");
  let started = performance.now();
  const variant = await parseFolder(folder);
  log(`parsed ${folder}: ${variant.declarations.length} declarations in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  const files = emitVariantFiles(variant, {
    naming: "camel",
    dates: "string",
    emit: ["interfaces", "validators", "fixtures", "jsonschema"],
  });
  const zodFiles = emitVariantFiles(variant, { naming: "camel", dates: "string", emit: ["zod"] }).filter((file) => file.path.startsWith("zod/"));
  started = performance.now();
  const root = compile(files, zodFiles);
  log(`emitted and compiled ${files.length} files in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  try {
    const index = await import(pathToFileURL(join(root, "dist", "index.js")).href);
    const contents = new Map(files.map((file) => [file.path, file.contents]));
    const schema = JSON.parse(contents.get("schema.json"));
    started = performance.now();
    const firstError = ajvWith({});
    const allErrors = ajvWith({ allErrors: true });
    firstError.addSchema(schema, "go");
    allErrors.addSchema(schema, "go");
    const valid = [];
    for (const symbol of buildSymbolTable(variant.declarations).symbols) {
      const name = symbol.identifier;
      const json = JSON.parse(contents.get(`fixtures/${symbol.fileName}.json`));
      const ts = index.fixtures[name];
      const schemaObject = index[symbol.schemaName];
      const zod = (await import(pathToFileURL(join(root, "dist", "zod", `${symbol.fileName}.js`)).href))[symbol.zodName];
      const validators = {
        validate: index[symbol.validatorName],
        is: index[symbol.guardName],
        standard: schemaObject["~standard"].validate,
        zod,
        typebox: compileTypeBox(schemaObject["~standard"].jsonSchema.input({ target: "draft-2020-12" })),
        ajv: firstError.getSchema(`go#/$defs/${name}`),
        ajvAll: allErrors.getSchema(`go#/$defs/${name}`),
      };
      for (const kind of ["minimal", "full"]) {
        const input = { ...validators, ts: ts[kind], json: json[kind] };
        if (input.validate(input.ts).length !== 0 || !input.ajv(input.json) || !input.zod.safeParse(input.ts).success || !input.typebox(input.json)) {
          throw new Error(`the ${kind} fixture of ${name} is not valid: the agreement tests should have caught this`);
        }
        valid.push(input);
      }
    }
    const invalid = valid.map(invalidCase).filter((input) => input !== undefined);
    // The wire form: the JSON fixtures as the API writes them, in through XWireSchema and the zod codec.
    const wire = await loadWire(variant, emitVariantFiles, root);
    const wireValid = [];
    const wireInvalid = [];
    const wireRejects = (input) => input.wireSchema(input.json).issues !== undefined && !input.codec.safeDecode(input.json).success;
    for (const symbol of buildSymbolTable(variant.declarations).symbols) {
      const json = JSON.parse(wire.contents.get(`fixtures/${symbol.fileName}.json`));
      const checks = { wireSchema: wire.exports[symbol.wireSchemaName]["~standard"].validate, codec: wire.exports[symbol.zodCodecName] };
      for (const kind of ["minimal", "full"]) {
        if (wire.exports.validators[symbol.identifier](wire.exports.fixtures[symbol.identifier][kind]).length !== 0) continue; // a required cycle's placeholder
        const input = { ...checks, json: json[kind] };
        if (wireRejects(input) || input.wireSchema(input.json).issues !== undefined || !input.codec.safeDecode(input.json).success) {
          throw new Error(`the ${kind} JSON fixture of ${symbol.identifier} is not valid on the wire: the wire-form tests should have caught this`);
        }
        wireValid.push(input);
        for (const path of leafPaths(input.json).reverse()) {
          const candidate = { ...input, json: replaced(input.json, path, wrongValue(valueAt(input.json, path))) };
          if (wireRejects(candidate)) {
            wireInvalid.push(candidate);
            break;
          }
        }
      }
    }
    log(`compiled ajv twice (${Object.keys(schema.$defs).length} definitions each), TypeBox once per declaration, and built inputs in ${((performance.now() - started) / 1000).toFixed(1)} s`);

    // One loop per row (see sample()); each returns a number so the work cannot be optimised away.
    const loops = {
      "modeldoc validateX": (cases) => { let n = 0; for (let i = 0; i < cases.length; i++) n += cases[i].validate(cases[i].ts).length; return n; },
      "modeldoc isX": (cases) => { let n = 0; for (let i = 0; i < cases.length; i++) if (cases[i].is(cases[i].ts)) n++; return n; },
      "modeldoc XSchema (Standard Schema validate)": (cases) => { let n = 0; for (let i = 0; i < cases.length; i++) if (cases[i].standard(cases[i].ts).issues === undefined) n++; return n; },
      "zod 4 safeParse (--emit zod)": (cases) => { let n = 0; for (let i = 0; i < cases.length; i++) if (cases[i].zod.safeParse(cases[i].ts).success) n++; return n; },
      "TypeBox compiled Check": (cases) => { let n = 0; for (let i = 0; i < cases.length; i++) if (cases[i].typebox(cases[i].json)) n++; return n; },
      ajv: (cases) => { let n = 0; for (let i = 0; i < cases.length; i++) if (cases[i].ajv(cases[i].json)) n++; return n; },
      "ajv allErrors": (cases) => { let n = 0; for (let i = 0; i < cases.length; i++) if (cases[i].ajvAll(cases[i].json)) n++; return n; },
    };
    const wireLoops = {
      "modeldoc XWireSchema (wire JSON → value, Standard Schema validate)": (cases) => { let n = 0; for (let i = 0; i < cases.length; i++) if (cases[i].wireSchema(cases[i].json).issues === undefined) n++; return n; },
      "zod 4 codec safeDecode (wire JSON → value)": (cases) => { let n = 0; for (let i = 0; i < cases.length; i++) if (cases[i].codec.safeDecode(cases[i].json).success) n++; return n; },
    };
    const rows = [
      ...Object.entries(loops).map(([name, loop]) => ({ name, inputs: "valid", cases: valid, loop })),
      ...Object.entries(wireLoops).map(([name, loop]) => ({ name, inputs: "valid wire JSON", cases: wireValid, loop })),
      ...Object.entries(loops).map(([name, loop]) => ({ name, inputs: "invalid", cases: invalid, loop })),
      ...Object.entries(wireLoops).map(([name, loop]) => ({ name, inputs: "invalid wire JSON", cases: wireInvalid, loop })),
    ];
    for (const row of rows) sample(row, sampleMs); // warm-up
    const samples = rows.map(() => []);
    for (let round = 0; round < rounds; round++) {
      rows.forEach((row, index) => samples[index].push(sample(row, sampleMs)));
    }
    return rows.map((row, index) => ({
      name: row.name,
      inputs: row.inputs,
      opsPerSec: Math.round(median(samples[index])),
      samples: samples[index].map(Math.round),
      declarations: variant.declarations.length,
      cases: row.cases.length,
    }));
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

/** The rows as a Markdown table, with each validator's speed relative to ajv on the same inputs. */
export function formatTable(rows) {
  // The wire rows' inputs are the same values as JSON spells them: they are held against ajv on those.
  const ajvOf = (inputs) => rows.find((row) => row.name === "ajv" && row.inputs === inputs.split(" ")[0])?.opsPerSec ?? NaN;
  const lines = [
    "| validator | inputs | validations/s | vs ajv |",
    "| --- | --- | ---: | ---: |",
    ...rows.map(
      (row) =>
        `| ${row.name} | ${row.inputs} (${row.cases}) | ${row.opsPerSec.toLocaleString("en-US")} | ${(row.opsPerSec / ajvOf(row.inputs)).toFixed(2)}× |`,
    ),
  ];
  return lines.join("\n");
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  const rows = await benchValidators({ log: (line) => console.error(line) });
  console.log(`Go corpus, ${rows[0].declarations} declarations; Node ${process.version}; median of ${rows[0].samples.length} samples\n`);
  console.log(formatTable(rows));
}
