// Issue 23: one place per default. Every option's default is spelled in src/options.ts and applied there
// (resolveEmitOptions, chosen, orDefault, lockWaitMilliseconds); no other file reads a choice's default,
// falls back on one with `??`, passes a default on as a value, or spells the default list of outputs.
// Describing a default (the JSON Schema's `default:`, `--help`'s `${defaults.out}`) is not applying it.
//
// DEFAULTS_SRC=<folder> runs it on another tree (it fails on the tree before issue 23: five files applied
// the emit options' defaults again, and settings.ts spelled the default outputs a second time).
import { readdirSync, readFileSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { defaultOutputKinds } from "../../src/options.js";

const src = resolve(process.env["DEFAULTS_SRC"] ?? "src");

function sourceFiles(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return entry.name.endsWith(".ts") && !entry.name.endsWith(".d.ts") ? [path] : [];
  });
}

/** Whether a position of a line is inside a template literal's `${…}` (text that shows a default). */
function inSubstitution(line: string, at: number): boolean {
  const before = line.slice(0, at);
  return before.split("${").length - 1 > before.split("}").length - 1;
}

const optionNames = "naming|wireNaming|dates|unknownKeys|layout|emit|format|strict|specs|out|mergeName|lockWaitMs";
const defaultList = `[${defaultOutputKinds.map((kind) => `"${kind}"`).join(", ")}]`;

/** The ways a file applies or spells a default, each with the text found. */
const rules: readonly { readonly name: string; readonly find: (line: string) => string[] }[] = [
  { name: "reads a choice's default", find: (line) => [...line.matchAll(/\b\w+Option\.default\b/g)].map((match) => match[0]) },
  {
    name: "passes a default on",
    find: (line) => [...line.matchAll(/(\?\?|[(,=]|return)\s*defaults\.\w+/g)].filter((match) => !inSubstitution(line, match.index)).map((match) => match[0]),
  },
  {
    // `options.unknownKeys ?? "allow"`, `options.wireNaming ?? options.naming`; `flags.naming ?? config.naming`
    // only ranks two givens.
    name: "falls back on a default",
    find: (line) => [...line.matchAll(new RegExp(`\\.(${optionNames})\\s*\\?\\?\\s*("[^"]*"|\\[")|\\.wireNaming\\s*\\?\\?\\s*\\w+\\.naming\\b`, "g"))].map((match) => match[0]),
  },
  { name: "spells the default outputs", find: (line) => (line.includes(defaultList) ? [defaultList] : []) },
];

describe("defaults", () => {
  it("are spelled and applied in src/options.ts only", () => {
    const found: string[] = [];
    for (const file of sourceFiles(src)) {
      const path = relative(src, file).split("\\").join("/");
      if (path === "options.ts") continue;
      readFileSync(file, "utf8")
        .split("\n")
        .forEach((line, index) => {
          if (/^\s*(\/\/|\*)/.test(line)) return; // comments say what a default is
          for (const rule of rules) for (const text of rule.find(line)) found.push(`${path}:${index + 1}: ${rule.name}: ${text.trim()}`);
        });
    }
    expect(found).toEqual([]);
  });
});
