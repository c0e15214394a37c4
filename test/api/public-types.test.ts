// The package's types as a user's editor sees them (dist/index.d.ts, built by pretest): every exported
// function is documented, and the options a caller passes hold no internals of the watcher or the tests.
import { existsSync } from "node:fs";
import { resolve } from "node:path";
import { Node, Project, type Type } from "ts-morph";
import { beforeAll, describe, expect, it } from "vitest";

const declarations = resolve("dist/index.d.ts");
/** What the watcher and the layers pass each other, which a caller has no business setting. */
const internals = ["cacheSession", "lastGood", "unchangedPages", "unchanged", "readMany", "listPages", "readonlyCache"];

describe("the public API's types", () => {
  let exported: ReadonlyMap<string, Node[]>;
  beforeAll(() => {
    expect(existsSync(declarations), "run npm run build first").toBe(true);
    const project = new Project({ skipAddingFilesFromTsConfig: true, compilerOptions: { strict: true } });
    const file = project.addSourceFileAtPath(declarations);
    project.resolveSourceFileDependencies();
    exported = file.getExportedDeclarations();
  });

  const functions = () =>
    [...exported].flatMap(([name, nodes]) =>
      nodes.flatMap((node) => {
        if (Node.isFunctionDeclaration(node)) return [{ name, docs: node.getJsDocs().length, node }];
        if (Node.isVariableDeclaration(node) && node.getType().getCallSignatures().length > 0) return [{ name, docs: node.getVariableStatementOrThrow().getJsDocs().length, node }];
        return [];
      }),
    );

  it("document every exported function (generate, parse, diff, watch…)", () => {
    const all = functions();
    expect(all.map(({ name }) => name)).toEqual(expect.arrayContaining(["generate", "parse", "diff", "watch", "defineConfig", "formatText", "closePool"]));
    expect(all.filter(({ docs }) => docs === 0).map(({ name }) => name)).toEqual([]);
  });

  it("let no internal through the options of an entry point", () => {
    const seen = new Set<Type>();
    const leaks: string[] = [];
    const visit = (type: Type, path: string, depth: number): void => {
      if (depth > 3 || seen.has(type)) return;
      seen.add(type);
      for (const part of type.isUnion() ? type.getUnionTypes() : [type]) {
        if (!part.isObject() || part.getCallSignatures().length > 0) continue;
        for (const property of part.getProperties()) {
          if (internals.includes(property.getName())) leaks.push(`${path}.${property.getName()}`);
          const declaration = property.getValueDeclaration();
          if (declaration) visit(property.getTypeAtLocation(declaration), `${path}.${property.getName()}`, depth + 1);
        }
      }
    };
    for (const { name, node } of functions()) {
      for (const signature of node.getType().getCallSignatures()) {
        for (const parameter of signature.getParameters()) {
          const declaration = parameter.getValueDeclarationOrThrow();
          visit(parameter.getTypeAtLocation(declaration), `${name}(${parameter.getName()})`, 0);
        }
      }
    }
    expect(leaks).toEqual([]);
  });

  it("document each option of generate, watch, parse and diff", () => {
    for (const name of ["GenerateOptions", "WatchOptions", "ParseFolderOptions", "DiffFoldersOptions", "VariantInput"]) {
      const [node] = exported.get(name) ?? [];
      expect(node, name).toBeDefined();
      const undocumented = node!
        .getType()
        .getProperties()
        .filter((property) => property.getDeclarations().every((declaration) => !Node.isJSDocable(declaration) || declaration.getJsDocs().length === 0))
        .map((property) => property.getName());
      expect(undocumented, name).toEqual([]);
    }
  });
});
