/**
 * Structures → source text with ts-morph. One in-memory project is created once and reused: each output
 * file is built from structures in a single `createSourceFile` call (no per-node manipulation, which
 * re-parses), printed, and removed again so the project does not grow.
 */
import { Project, type StatementStructures } from "ts-morph";

let sharedProject: Project | undefined;

function project(): Project {
  sharedProject ??= new Project({ useInMemoryFileSystem: true });
  return sharedProject;
}

/** The text of a file made of a banner comment and the given statements (structures or raw text). */
export function printStatements(banner: string, statements: readonly (string | StatementStructures)[]): string {
  const sourceFile = project().createSourceFile("/modeldoc-emit.ts", { statements: [banner, ...statements] }, {
    overwrite: true,
  });
  const text = sourceFile.getFullText();
  project().removeSourceFile(sourceFile);
  return text;
}
