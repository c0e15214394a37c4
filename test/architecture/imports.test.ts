// Issue 14: the import graph of src/ is one pipeline. No circle of files; no import that runs back up a
// layer; emit and diff never import each other (matching sits below both, the patch view above both).
// Imports are read from the source text (`import … from "…"`, `export … from "…"`, `import("…")`).
import { readdirSync, readFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { describe, expect, it } from "vitest";

const src = resolve("src");

/** What each layer may import besides itself. Files directly in src/ other than index.ts are the floor. */
const allowed: Record<string, readonly string[]> = {
  floor: [],
  ir: ["floor"],
  parse: ["floor", "ir"],
  match: ["floor", "ir"],
  merge: ["floor", "ir", "match"],
  diff: ["floor", "ir", "match"],
  emit: ["floor", "ir"],
  pipeline: ["floor", "ir", "parse", "match", "merge", "diff", "emit"],
  config: ["floor", "ir", "parse", "emit"],
  cli: ["floor", "ir", "parse", "match", "merge", "diff", "emit", "pipeline", "config"],
  api: ["floor", "ir", "parse", "match", "merge", "diff", "emit", "pipeline", "config"],
};

function sourceFiles(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return entry.name.endsWith(".ts") && !entry.name.endsWith(".d.ts") ? [path] : [];
  });
}

function layerOf(file: string): string {
  const path = relative(src, file).split("\\").join("/");
  if (path === "index.ts") return "api";
  return path.includes("/") ? path.split("/")[0]! : "floor";
}

/** The project files a file imports (relative specifiers only), as absolute `.ts` paths. */
function importsOf(file: string): string[] {
  const text = readFileSync(file, "utf8");
  const specifiers = [...text.matchAll(/(?:^|\n)\s*(?:import|export)\s[^;]*?from\s+"([^"]+)"|import\(\s*"([^"]+)"\s*\)/g)].map((m) => m[1] ?? m[2]!);
  return specifiers.filter((s) => s.startsWith(".")).map((s) => resolve(dirname(file), s.replace(/\.js$/, ".ts")));
}

const files = sourceFiles(src);
const graph = new Map(files.map((file) => [file, importsOf(file)] as const));

/** Strongly connected components of more than one file (or a file importing itself): Tarjan's algorithm. */
function circles(): string[][] {
  let next = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const found: string[][] = [];
  const visit = (file: string) => {
    index.set(file, next);
    low.set(file, next++);
    stack.push(file);
    onStack.add(file);
    for (const target of graph.get(file) ?? []) {
      if (!graph.has(target)) continue;
      if (!index.has(target)) {
        visit(target);
        low.set(file, Math.min(low.get(file)!, low.get(target)!));
      } else if (onStack.has(target)) low.set(file, Math.min(low.get(file)!, index.get(target)!));
    }
    if (low.get(file) === index.get(file)) {
      const component: string[] = [];
      let member: string;
      do {
        member = stack.pop()!;
        onStack.delete(member);
        component.push(relative(src, member));
      } while (member !== file);
      if (component.length > 1 || (graph.get(file) ?? []).includes(file)) found.push(component.sort());
    }
  };
  for (const file of files) if (!index.has(file)) visit(file);
  return found;
}

describe("the import graph of src/", () => {
  it("resolves every relative import to a file of src/", () => {
    const missing = [...graph].flatMap(([file, targets]) => targets.filter((target) => !graph.has(target)).map((target) => `${relative(src, file)} → ${relative(src, target)}`));
    expect(missing).toEqual([]);
  });

  it("has no circle of files", () => {
    expect(circles()).toEqual([]);
  });

  it("has no import that runs back up a layer, and none between emit and diff", () => {
    const upward = [...graph].flatMap(([file, targets]) => {
      const from = layerOf(file);
      return targets.filter((target) => layerOf(target) !== from && !allowed[from]!.includes(layerOf(target))).map((target) => `${relative(src, file)} → ${relative(src, target)}`);
    });
    expect(upward).toEqual([]);
    expect(Object.keys(allowed).sort()).toEqual([...new Set(files.map(layerOf))].sort());
  });
});
