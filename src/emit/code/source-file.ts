/**
 * An emitted TypeScript file: its banner, then its declarations in blocks with a blank line between
 * them (a block is a run of declarations one a line, such as the imports). Each declaration is a layout
 * document of its own, printed by prettier's printer: a top-level declaration starts at column 0 after
 * a hard line, so its layout does not depend on its neighbours, and printing them one by one gives the
 * same text as one document for the file while holding one declaration's document at a time (an index
 * of 20,000 models is a document of some 200,000 declarations).
 */
import { printDocument } from "./doc.js";
import { printStructure } from "./print-structure.js";
import type { DeclarationStructure } from "./structures.js";

/** A run of declarations printed one a line, with no blank line between them. */
export type Block = readonly DeclarationStructure[];

/** The text of a file: `banner` (a line comment), then the non-empty blocks. */
export function sourceFileText(banner: string, blocks: readonly Block[]): string {
  const printed = blocks.filter((run) => run.length > 0).map((run) => run.map((structure) => printDocument(printStructure(structure))).join("\n"));
  return `${[banner, ...printed].join("\n\n")}\n`;
}
