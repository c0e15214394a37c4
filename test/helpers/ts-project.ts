/**
 * A throw-away TypeScript project for the emitted code: folders of emitted variants side by side, a
 * strict tsconfig, tsc (TypeScript 7, native) to check and compile, and Node to import the result.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import type { OutputFile } from "../../src/emit/index.js";

const tscBin = fileURLToPath(new URL("../../node_modules/.bin/tsc", import.meta.url));

/** As strict as a consumer might be: unused locals and parameters are errors, declarations must be isolatable. */
const strictOptions = {
  target: "ES2022",
  lib: ["ES2022"],
  types: [],
  strict: true,
  exactOptionalPropertyTypes: true,
  noUncheckedIndexedAccess: true,
  noUnusedLocals: true,
  noUnusedParameters: true,
  noImplicitReturns: true,
  noImplicitOverride: true,
  noFallthroughCasesInSwitch: true,
  noPropertyAccessFromIndexSignature: true,
  verbatimModuleSyntax: true,
  isolatedModules: true,
  erasableSyntaxOnly: true,
  declaration: true,
  isolatedDeclarations: true,
  skipLibCheck: true,
};

export interface TempProject {
  readonly root: string;
  /** Runs tsc on one of the project's tsconfig files; `output` holds its messages. */
  tsc(config: string): { status: number | null; output: string };
  /**
   * Imports `dist/<folder>/index.js` (compiled by the `tsconfig.json` run), with the zod schemas of
   * `zod.js` beside its exports when the folder has them (index.js does not re-export them).
   */
  importIndex(folder: string): Promise<Record<string, unknown>>;
  remove(): void;
}

/** Writes each variant's files under `src/<folder>/` with two tsconfigs: nodenext (emits) and bundler. */
export function createProject(variants: Readonly<Record<string, readonly OutputFile[]>>): TempProject {
  const root = mkdtempSync(join(tmpdir(), "modeldoc-emit-"));
  for (const [folder, files] of Object.entries(variants)) {
    for (const file of files) {
      const target = join(root, "src", folder, ...file.path.split("/"));
      mkdirSync(dirname(target), { recursive: true });
      writeFileSync(target, file.contents);
    }
  }
  writeFileSync(join(root, "package.json"), JSON.stringify({ type: "module", private: true }));
  const nodenext = {
    compilerOptions: {
      ...strictOptions,
      module: "NodeNext",
      moduleResolution: "NodeNext",
      rootDir: "src",
      outDir: "dist",
    },
    include: ["src"],
  };
  const bundler = {
    compilerOptions: { ...strictOptions, module: "ESNext", moduleResolution: "Bundler", noEmit: true },
    include: ["src"],
  };
  writeFileSync(join(root, "tsconfig.json"), JSON.stringify(nodenext, null, 2));
  writeFileSync(join(root, "tsconfig.bundler.json"), JSON.stringify(bundler, null, 2));
  return {
    root,
    tsc(config) {
      const result = spawnSync(process.execPath, [tscBin, "-p", join(root, config), "--pretty", "false"], {
        cwd: root,
        encoding: "utf8",
      });
      return { status: result.status, output: `${result.stdout}${result.stderr}` };
    },
    async importIndex(folder) {
      const index = (await import(pathToFileURL(join(root, "dist", folder, "index.js")).href)) as Record<string, unknown>;
      const zod = join(root, "dist", folder, "zod.js");
      return existsSync(zod) ? { ...index, ...((await import(pathToFileURL(zod).href)) as Record<string, unknown>) } : index;
    },
    remove() {
      rmSync(root, { recursive: true, force: true });
    },
  };
}
