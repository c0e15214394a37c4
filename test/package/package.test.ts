// What `npm pack` ships and how the command starts: no install script, a LICENSE, source maps that carry
// their sources, and a bin that builds dist/ itself in a clone of the repository (and only there).
import { execFileSync, spawnSync } from "node:child_process";
import { cpSync, existsSync, readFileSync, readdirSync, symlinkSync, utimesSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { temporaryFolder } from "../helpers/run-cli.js";

const packageJson = JSON.parse(readFileSync("package.json", "utf8")) as { license: string; scripts: Record<string, string>; files: string[]; engines: { node: string } };

function filesBelow(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => (entry.isDirectory() ? filesBelow(join(folder, entry.name)) : [join(folder, entry.name)]));
}

describe("the package", () => {
  it("runs no script on install (npm ci, npm install modeldoc) and builds when packed", () => {
    for (const script of ["preinstall", "install", "postinstall", "prepare"]) expect(packageJson.scripts[script], script).toBeUndefined();
    expect(packageJson.scripts["prepack"]).toBe("npm run build");
  });

  it("has the MIT LICENSE its package.json names", () => {
    expect(packageJson.license).toBe("MIT");
    expect(readFileSync("LICENSE", "utf8")).toMatch(/^MIT License\n\nCopyright \(c\) \d{4} /);
  });

  it("ships dist/, the bin, the config's JSON Schema, the LICENSE and the README, and no sources", () => {
    const [pack] = JSON.parse(execFileSync("npm", ["pack", "--dry-run", "--json", "--ignore-scripts"], { encoding: "utf8" })) as [{ files: { path: string }[] }];
    const paths = pack.files.map((file) => file.path);
    for (const path of ["LICENSE", "README.md", "package.json", "modeldoc.config.schema.json", "bin/modeldoc.js", "bin/ensure-built.js", "dist/index.js", "dist/index.d.ts", "dist/cli/main.js"]) {
      expect(paths, path).toContain(path);
    }
    expect(paths.filter((path) => /^(src|test|bench|specs|generated)\//.test(path))).toEqual([]);
  });

  it("has source maps that carry the TypeScript they map to", () => {
    const maps = filesBelow("dist").filter((file) => file.endsWith(".js.map"));
    expect(maps.length).toBeGreaterThan(50);
    for (const map of maps) {
      const { sources, sourcesContent } = JSON.parse(readFileSync(map, "utf8")) as { sources: string[]; sourcesContent?: string[] };
      expect(sourcesContent?.length, map).toBe(sources.length);
      sources.forEach((source, index) => expect(sourcesContent![index], `${map}: ${source}`).toBe(readFileSync(resolve(map, "..", source), "utf8")));
    }
  });
});

describe("bin/modeldoc.js", () => {
  /** A copy of what a clone has (no dist/), with this checkout's node_modules. */
  function clone(parts: readonly string[]): string {
    const root = temporaryFolder("modeldoc-clone-");
    for (const part of parts) cpSync(part, join(root, part), { recursive: true });
    symlinkSync(resolve("node_modules"), join(root, "node_modules"));
    return root;
  }
  const run = (root: string) => spawnSync(process.execPath, [join(root, "bin/modeldoc.js"), "--version"], { cwd: root, encoding: "utf8" });

  it("in a clone, builds dist/ before it runs, and again only when src/ is newer than the build", () => {
    const root = clone(["bin", "src", "tsconfig.json", "tsconfig.build.json", "package.json"]);
    const first = run(root);
    expect(first.stderr).toBe("modeldoc: building dist/ from src/ (a clone of the repository; the package ships it built)…\n");
    expect(first.stdout).toBe("0.1.0\n");
    expect(existsSync(join(root, "dist/cli/main.js"))).toBe(true);
    expect(run(root)).toMatchObject({ stderr: "", stdout: "0.1.0\n", status: 0 });
    // src/ edited after the build: the build is made older than the edit.
    const earlier = new Date(Date.now() - 60_000);
    utimesSync(join(root, "dist/cli/main.js"), earlier, earlier);
    expect(run(root).stderr).toContain("building dist/");
    expect(run(root).stderr).toBe("");
    expect(existsSync(join(root, ".modeldoc-building"))).toBe(false);
  }, 60_000);

  it("as installed from the package (dist/, no src/), runs what is there", () => {
    const root = clone(["bin", "dist", "package.json"]);
    expect(run(root)).toMatchObject({ stderr: "", stdout: "0.1.0\n", status: 0 });
    expect(existsSync(join(root, "src"))).toBe(false);
  });
});

describe("Node's deprecations", () => {
  // Node 22 and 24 remove or warn about what Node 20 lists as pending deprecations: with them thrown,
  // a run that uses a deprecated API fails. Raising `engines` is then one line.
  it("none is met by generate (a .ts config, no cache), parse or diff", () => {
    const root = temporaryFolder();
    cpSync("specs", join(root, "specs"), { recursive: true });
    cpSync("test/fixtures/broken", join(root, "broken"), { recursive: true });
    const config = 'import type { ModeldocConfig } from "modeldoc";\nexport default { out: "out", emit: ["interfaces", "validators", "fixtures", "jsonschema"] } satisfies ModeldocConfig;\n';
    writeFileSync(join(root, "modeldoc.config.ts"), config);
    for (const args of [["generate", "--no-cache", "-q"], ["generate", "--check", "-q"], ["parse", "broken", "--stats"], ["diff", "specs/go", "specs/csharp", "-f", "json"]]) {
      const run = spawnSync(process.execPath, ["--pending-deprecation", "--throw-deprecation", resolve("bin/modeldoc.js"), ...args], { cwd: root, encoding: "utf8", env: { ...process.env, JITI_FS_CACHE: "false" } });
      expect(run.stderr, args.join(" ")).not.toMatch(/Deprecat|DEP\d{4}/);
      expect(run.status, `${args.join(" ")}: ${run.stderr}`).toBe(0);
    }
  });
});
