// Issue 21: `modeldoc generate` on every whole folder of ../shared/corpus/generators (OpenAPI Generator,
// swagger-codegen, APIMatic) in one run of the built command, named by a config file: it exits 0; what it
// writes compiles under tsc's strictest options; and both fixtures of every declaration pass its validator
// and its guard (test/validators/agreement.test.ts holds the JSON Schema to the validators).
import { spawnSync } from "node:child_process";
import { readdirSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join, relative, resolve } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { OutputFile } from "../../src/emit/index.js";
import { buildSymbolTable } from "../../src/emit/common/symbols.js";
import { corpusVariant } from "./corpus-ir.js";
import { createProject, type TempProject } from "../helpers/ts-project.js";
import { temporaryFolder } from "../helpers/run-cli.js";
import type { Validator } from "../validators/build.js";
import { corpusFolder, generatorFolders } from "./paths.js";

/** A variant's name: its API and language (`conekta-python`). */
function variantName(folder: string): string {
  const [, api, language] = folder.split("/");
  return `${api}-${language}`;
}

function filesUnder(folder: string): OutputFile[] {
  return readdirSync(folder, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && !entry.name.startsWith(".modeldoc"))
    .map((entry) => {
      const path = relative(folder, join(entry.parentPath, entry.name)).split("\\").join("/");
      return { path, contents: readFileSync(join(entry.parentPath, entry.name), "utf8") };
    });
}

const nodeRequire = createRequire(import.meta.url);

describe("generate on every folder of the generators corpus", () => {
  const work = temporaryFolder("modeldoc-generators-");
  let run: { status: number | null; stdout: string; stderr: string };
  let project: TempProject | undefined;
  const outputs: Record<string, OutputFile[]> = {};

  beforeAll(() => {
    const config = { variants: generatorFolders.map((folder) => ({ folder: corpusFolder(`generators/${folder}`), name: variantName(folder) })), out: "out", emit: ["interfaces", "validators", "fixtures"] };
    writeFileSync(join(work, "modeldoc.config.json"), JSON.stringify(config));
    const started = performance.now();
    const result = spawnSync(process.execPath, [resolve("bin/modeldoc.js"), "generate", "--no-cache", "--quiet"], { cwd: work, encoding: "utf8" });
    run = { status: result.status, stdout: result.stdout, stderr: result.stderr };
    console.log(`generate on ${generatorFolders.length} folders in ${((performance.now() - started) / 1000).toFixed(1)} s`);
    for (const folder of generatorFolders) outputs[variantName(folder)] = filesUnder(join(work, "out", variantName(folder)));
  }, 600_000);
  afterAll(() => project?.remove());

  it("exits 0, having written every variant", () => {
    expect(run.stderr).not.toMatch(/internal error|at .*\.js:\d+/);
    expect(run.status).toBe(0);
    for (const [name, files] of Object.entries(outputs)) expect([name, files.some((file) => file.path === "index.ts")]).toEqual([name, true]);
  });

  it("compiles under tsc --strict, and every fixture passes its validator and its guard", async () => {
    project = createProject(outputs);
    writeFileSync(join(project.root, "package.json"), JSON.stringify({ private: true }));
    symlinkSync(resolve("node_modules"), join(project.root, "node_modules"));
    // CommonJS, loaded with Node's require (see test/validators/build.ts for why).
    const commonjs = { extends: "./tsconfig.json", compilerOptions: { verbatimModuleSyntax: false, declaration: false, isolatedDeclarations: false, outDir: "dist-cjs" } };
    writeFileSync(join(project.root, "tsconfig.cjs.json"), JSON.stringify(commonjs));
    const started = performance.now();
    const { output } = project.tsc("tsconfig.cjs.json");
    console.log(`tsc --strict on ${Object.values(outputs).flat().length} files in ${((performance.now() - started) / 1000).toFixed(1)} s`);
    expect(output).toBe("");
    const failures: string[] = [];
    let checked = 0;
    for (const folder of generatorFolders) {
      const name = variantName(folder);
      const index = nodeRequire(join(project.root, "dist-cjs", name, "index.js")) as Record<string, unknown>;
      const { symbols } = buildSymbolTable((await corpusVariant(`generators/${folder}`)).declarations);
      for (const symbol of symbols) {
        const fixtures = (index["fixtures"] as Record<string, { minimal: unknown; full: unknown }>)[symbol.identifier]!;
        const validate = index[symbol.validatorName] as Validator;
        const guard = index[symbol.guardName] as (value: unknown) => boolean;
        for (const kind of ["minimal", "full"] as const) {
          checked++;
          const issues = validate(fixtures[kind]);
          if (issues.length > 0) failures.push(`${name} ${symbol.identifier}.${kind}: ${issues.map((issue) => issue.message).join("; ")}`);
          if (!guard(fixtures[kind])) failures.push(`${name} ${symbol.identifier}.${kind}: ${symbol.guardName} returned false`);
        }
      }
    }
    console.log(`${checked} fixtures checked`);
    expect(failures.slice(0, 20)).toEqual([]);
    expect(checked).toBeGreaterThan(2 * 7000);
  }, 900_000);
});

