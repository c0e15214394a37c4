/**
 * Structures → source text with ts-morph's `printStructure`: each output file is one source-file
 * structure printed straight to text, with no project and no syntax tree (creating a source file per
 * output measured two to three times slower).
 */
import { printStructure, StructureKind, type StatementStructures, type WriterFunction } from "ts-morph";

/** A statement as a structure, or as raw text. */
export type Statement = string | StatementStructures;

/** A run of statements printed without blank lines between them (imports, say), or a single one. */
export type Block = Statement | readonly Statement[];

const blankLine: WriterFunction = (writer) => {
  writer.blankLine();
};

/**
 * The text of a file: the banner comment, then the blocks with one blank line between them.
 * Empty blocks are skipped. Two-space indentation and double quotes: prettier's layout (see layout.ts).
 */
export function printStatements(banner: string, blocks: readonly Block[]): string {
  const statements: (Statement | WriterFunction)[] = [banner];
  for (const block of blocks) {
    const run =
      typeof block === "string" || !Array.isArray(block) ? [block as Statement] : (block as readonly Statement[]);
    if (run.length === 0) continue;
    statements.push(blankLine, ...run);
  }
  return printStructure({ kind: StructureKind.SourceFile, statements }, { indentNumberOfSpaces: 2 });
}
