/**
 * What the validator tests need from a whole corpus folder: its IR, the emitted files (interfaces,
 * validators, fixtures, the JSON Schema and the zod schemas), compiled by tsc under the strict options
 * and imported, and ajv compiled from the emitted schema.
 */
import { symlinkSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join, resolve } from "node:path";
import { Ajv2020 } from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import type { ValidateFunction } from "ajv";
import { emitVariantFiles, type EmitOptions, type OutputFile } from "../../src/emit/index.js";
import { buildSymbolTable, type DeclarationSymbol, type SymbolTable } from "../../src/emit/common/symbols.js";
import type { Variant } from "../../src/ir/types.js";
import { createProject, type TempProject } from "../helpers/ts-project.js";

export interface Issue {
  path: string;
  expected: string;
  found: string;
  message: string;
}

export type Validator = (value: unknown, path?: string) => Issue[];

/** What the emitted `XSchema` objects are, as the tests read them (runtime.ts `ModelSchema`). */
export interface SchemaObject {
  readonly "~standard": {
    readonly version: 1;
    readonly vendor: string;
    readonly validate: (value: unknown) => { value: unknown; issues?: undefined } | { issues: { message: string; path: (string | number)[] }[] };
    readonly jsonSchema: { input(options: { target: string }): Record<string, unknown>; output(options: { target: string }): Record<string, unknown> };
  };
}

export interface EmittedIndex {
  validators: Record<string, Validator>;
  fixtures: Record<string, { minimal: unknown; full: unknown }>;
  [name: string]: unknown;
}

/** One declaration with everything that checks its values. */
export interface Checked {
  readonly symbol: DeclarationSymbol;
  readonly validate: Validator;
  readonly is: (value: unknown) => boolean;
  readonly assert: (value: unknown) => void;
  readonly ajv: ValidateFunction;
  /** `XSchema`, the Standard Schema object. */
  readonly schema: SchemaObject;
  /** `zX`, the zod schema. */
  readonly zod: ZodSchema;
  /** The TypeScript fixtures (index.js `fixtures`). */
  readonly fixtures: { minimal: unknown; full: unknown };
  /** The same fixtures from `fixtures/<name>.json`. */
  readonly json: { minimal: unknown; full: unknown; $comment: string };
}

export interface Build {
  readonly variant: Variant;
  readonly symbols: SymbolTable;
  readonly files: readonly OutputFile[];
  readonly schema: Record<string, unknown>;
  /** tsc's messages; empty when the code compiled. */
  readonly tscOutput: string;
  readonly declarations: readonly Checked[];
  /** The compiled index.js's exports. */
  readonly index: Record<string, unknown>;
  readonly project: TempProject;
  /** ajv (2020-12, strict mode, ajv-formats) with the schema added under the variant's name. */
  readonly ajv: Ajv2020;
}

export const allOutputs: EmitOptions["emit"] = ["interfaces", "validators", "fixtures", "jsonschema"];

/** A zod schema, as the tests read the emitted `zX` (zod 4's safeParse and its issues). */
export interface ZodSchema {
  safeParse(value: unknown): { success: true; data: unknown } | { success: false; error: { issues: ZodIssue[] } };
}
export interface ZodIssue {
  code: string;
  path: (string | number)[];
  message: string;
  errors?: ZodIssue[][];
  keys?: string[];
}

export function newAjv(options: { allErrors?: boolean } = {}): Ajv2020 {
  const ajv = new Ajv2020({ strict: true, ...options });
  addFormats(ajv);
  return ajv;
}

/**
 * The compiled code is loaded with Node's own `require`: an `import()` from a test file goes through the
 * test runner, which would transform each of the ten thousand modules of a corpus folder on the way in
 * (a minute and a half, more than everything else here together). So the project is compiled as
 * CommonJS: the same strict options (test/helpers/ts-project.ts), in a CommonJS package scope, without
 * verbatimModuleSyntax (which forbids `import` syntax compiled to `require`).
 */
const nodeRequire = createRequire(import.meta.url);

/** Emits, compiles and loads a variant; `remove()` the project when done. */
export async function buildVariant(variant: Variant, options: Omit<EmitOptions, "emit">): Promise<Build> {
  let started = performance.now();
  const lap = (what: string) => {
    const now = performance.now();
    console.log(`${variant.name}: ${what} in ${((now - started) / 1000).toFixed(1)} s`);
    started = now;
  };
  const files = emitVariantFiles(variant, { ...options, emit: [...allOutputs, "zod"] });
  lap(`emitted ${files.length} files`);
  const project = createProject({ [variant.name]: files });
  writeFileSync(join(project.root, "package.json"), JSON.stringify({ private: true }));
  symlinkSync(resolve("node_modules"), join(project.root, "node_modules")); // zod, the zod schemas' peer dependency
  // No declaration files: they take a third of tsc's time here, and generate-corpus.test.ts checks them.
  const commonjs = {
    extends: "./tsconfig.json",
    compilerOptions: { verbatimModuleSyntax: false, declaration: false, isolatedDeclarations: false, outDir: "dist-cjs" },
  };
  writeFileSync(join(project.root, "tsconfig.cjs.json"), JSON.stringify(commonjs));
  const { output } = project.tsc("tsconfig.cjs.json");
  // The zod schemas included: each is checked against zod's core type (zod.ts), so tsc takes seconds.
  lap("compiled with tsc");
  const contents = new Map(files.map((file) => [file.path, file.contents]));
  const schema = JSON.parse(contents.get("schema.json") ?? "{}") as Record<string, unknown>;
  const ajv = newAjv();
  ajv.addSchema(schema, variant.name);
  for (const key of Object.keys((schema["$defs"] ?? {}) as object)) ajv.getSchema(`${variant.name}#/$defs/${key}`);
  lap("compiled every schema definition with ajv");
  const symbols = buildSymbolTable(variant.declarations);
  const declarations: Checked[] = [];
  let index: EmittedIndex = { validators: {}, fixtures: {} };
  if (output === "") {
    // The zod schemas are re-exported from zod.js, not index.js.
    index = { ...(nodeRequire(join(project.root, "dist-cjs", variant.name, "index.js")) as EmittedIndex), ...(nodeRequire(join(project.root, "dist-cjs", variant.name, "zod.js")) as object) };
    lap("imported the compiled index.js");
    for (const symbol of symbols.symbols) {
      const name = symbol.identifier;
      const ajvValidate = ajv.getSchema(`${variant.name}#/$defs/${name}`);
      const fixtures = index.fixtures[name];
      if (ajvValidate === undefined || fixtures === undefined) throw new Error(`${name}: no schema or no fixtures`);
      declarations.push({
        symbol,
        validate: index[symbol.validatorName] as Validator,
        is: index[symbol.guardName] as (value: unknown) => boolean,
        assert: index[symbol.assertName] as (value: unknown) => void,
        ajv: ajvValidate,
        schema: index[symbol.schemaName] as SchemaObject,
        zod: index[symbol.zodName] as ZodSchema,
        fixtures,
        json: JSON.parse(contents.get(`fixtures/${symbol.fileName}.json`) ?? "null") as Checked["json"],
      });
    }
  }
  return { variant, symbols, files, schema, tscOutput: output, declarations, index, project, ajv };
}

/** A value as JSON carries it: Uint8Array → base64, Date → ISO string, `undefined` properties left out. */
export function toWire(value: unknown): unknown {
  if (value instanceof Uint8Array) return Buffer.from(value).toString("base64");
  if (value instanceof Date) return value.toISOString();
  if (Array.isArray(value)) return value.map(toWire);
  if (value !== null && typeof value === "object") {
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(value)) {
      const item = (value as Record<string, unknown>)[key];
      if (item !== undefined) Object.defineProperty(out, key, { value: toWire(item), enumerable: true, writable: true, configurable: true });
    }
    return out;
  }
  return value;
}

/**
 * The paths of zod's issues, where an `unrecognized_keys` issue stands for one path per key, and a union none of whose members matched (one `invalid_union` issue at
 * the union's path) is read as the validators report it: the issues of its closest member, the one
 * missing the fewest required properties, then with the fewest issues (runtime.ts pushUnionIssues).
 */
export function zodPaths(issues: readonly ZodIssue[]): string[] {
  return issues.flatMap((issue) => {
    // Unknown keys (strictObject) are one issue at the object, naming the keys.
    if (issue.code === "unrecognized_keys") return (issue.keys ?? []).map((key) => JSON.stringify([...issue.path, key]));
    const members = (issue.errors ?? []).filter((attempt) => attempt.length !== 0 && attempt.every((inner) => inner.path.length !== 0));
    if (issue.code !== "invalid_union" || members.length === 0) return [JSON.stringify(issue.path)];
    const missing = (attempt: readonly ZodIssue[]) => attempt.filter((inner) => inner.message.endsWith("received undefined")).length;
    const closest = [...members].sort((a, b) => missing(a) - missing(b) || a.length - b.length)[0]!;
    return zodPaths(closest).map((path) => JSON.stringify([...issue.path, ...(JSON.parse(path) as (string | number)[])]));
  });
}

/** ajv's errors as short text, for failure messages. */
export function ajvErrors(validate: ValidateFunction): string {
  return (validate.errors ?? []).map((error) => `${error.instancePath || "/"} ${error.message ?? ""}`).join("; ");
}
