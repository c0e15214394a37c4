// The code key of the caches (src/code-identity.ts): a build whose modules differ anywhere below a
// hashed folder is another cache, and files that are not modules are not part of it.
import { cpSync, mkdirSync, mkdtempSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { codeFingerprint } from "../../src/code-identity.js";

const work = mkdtempSync(join(tmpdir(), "modeldoc-code-identity-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** A small built tree: parse/ with a subfolder, and ir/. Each call makes a new root, so nothing is remembered across them. */
let roots = 0;
function build(change?: (root: string) => void): URL {
  const root = join(work, `build-${++roots}`);
  mkdirSync(join(root, "parse", "dialects"), { recursive: true });
  mkdirSync(join(root, "ir"), { recursive: true });
  writeFileSync(join(root, "parse", "index.js"), "export const parse = 1;\n");
  writeFileSync(join(root, "parse", "index.d.ts"), "export declare const parse: number;\n");
  writeFileSync(join(root, "parse", "index.js.map"), "{}\n");
  writeFileSync(join(root, "parse", "dialects", "go.js"), "export const go = 1;\n");
  writeFileSync(join(root, "ir", "types.js"), "export {};\n");
  change?.(root);
  return pathToFileURL(`${root}/`);
}

const key = (root: URL) => codeFingerprint(["parse", "ir"], root);

describe("codeFingerprint", () => {
  it("is the same for two builds of the same modules", () => {
    expect(key(build())).toBe(key(build()));
  });

  it("changes with a module's content, however deep below the folder", () => {
    const base = key(build());
    expect(key(build((root) => writeFileSync(join(root, "parse", "dialects", "go.js"), "export const go = 2;\n")))).not.toBe(base);
    expect(key(build((root) => writeFileSync(join(root, "ir", "types.js"), "export const x = 1;\n")))).not.toBe(base);
  });

  it("changes when a module is added, removed or renamed", () => {
    const base = key(build());
    expect(key(build((root) => writeFileSync(join(root, "parse", "dialects", "rust.js"), "")))).not.toBe(base);
    expect(key(build((root) => rmSync(join(root, "parse", "dialects", "go.js"))))).not.toBe(base);
    expect(key(build((root) => renameSync(join(root, "parse", "dialects", "go.js"), join(root, "parse", "dialects", "golang.js"))))).not.toBe(base);
    // Names and contents are not run together: without a boundary between them, these two builds hash
    // the same text ("a.js" "xb.js" "b.js" "" and "a.js" "x" "b.js" "b.js").
    const split = (first: string, second: string) =>
      key(
        build((root) => {
          writeFileSync(join(root, "ir", "a.js"), first);
          writeFileSync(join(root, "ir", "b.js"), second);
        }),
      );
    expect(split("xb.js", "")).not.toBe(split("x", "b.js"));
  });

  it("leaves out what is not a module: declarations and source maps", () => {
    const base = key(build());
    expect(key(build((root) => writeFileSync(join(root, "parse", "index.d.ts"), "export declare const parse: string;\n")))).toBe(base);
    expect(key(build((root) => writeFileSync(join(root, "parse", "index.js.map"), '{"version":3}\n')))).toBe(base);
  });

  it("depends on which folders are hashed", () => {
    const root = build();
    expect(codeFingerprint(["parse"], root)).not.toBe(key(root));
    expect(codeFingerprint(["ir", "parse"], root)).not.toBe(key(root));
  });

  it("hashes a folder once per process: the code a process runs is the code it loaded", () => {
    const root = build();
    const before = key(root);
    writeFileSync(join(fileURLToPath(root), "parse", "index.js"), "export const parse = 2;\n");
    expect(key(root)).toBe(before);
    const copy = join(work, `copy-${++roots}`);
    cpSync(fileURLToPath(root), copy, { recursive: true });
    expect(key(pathToFileURL(`${copy}/`))).not.toBe(before);
  });
});

