/**
 * Structures → source text with ts-morph. One in-memory project is created once and reused: each output
 * file is built from structures in a single `createSourceFile` call (no per-node manipulation, which
 * re-parses), printed, and removed again so the project does not grow.
 */
import { IndentationText, Project, QuoteKind, type StatementStructures, type WriterFunction } from "ts-morph";

/** A statement as a structure, or as raw text. */
export type Statement = string | StatementStructures;

/** A run of statements printed without blank lines between them (imports, say), or a single one. */
export type Block = Statement | readonly Statement[];

let sharedProject: Project | undefined;

function project(): Project {
  sharedProject ??= new Project({
    useInMemoryFileSystem: true,
    // prettier's layout, so that most files need no formatting pass (see format.ts).
    manipulationSettings: { indentationText: IndentationText.TwoSpaces, quoteKind: QuoteKind.Double },
  });
  return sharedProject;
}

const blankLine: WriterFunction = (writer) => {
  writer.blankLine();
};

/**
 * The text of a file: the banner comment, then the blocks with one blank line between them.
 * Empty blocks are skipped.
 */
export function printStatements(banner: string, blocks: readonly Block[]): string {
  const statements: (Statement | WriterFunction)[] = [banner];
  for (const block of blocks) {
    const run =
      typeof block === "string" || !Array.isArray(block) ? [block as Statement] : (block as readonly Statement[]);
    if (run.length === 0) continue;
    statements.push(blankLine, ...run);
  }
  const sourceFile = project().createSourceFile("/modeldoc-emit.ts", { statements }, { overwrite: true });
  const text = sourceFile.getFullText();
  project().removeSourceFile(sourceFile);
  return text;
}
