/**
 * An emitted TypeScript file: its banner, then its declarations in blocks with a blank line between
 * them (a block is a run of declarations one a line, such as the imports), as one layout document,
 * printed once by prettier's printer.
 */
import { hardline, join, printDocument, type Doc } from "./doc.js";
import { printStructure } from "./print-structure.js";
import type { DeclarationStructure } from "./structures.js";

/** A run of declarations printed one a line, with no blank line between them. */
export type Block = readonly DeclarationStructure[];

/** The text of a file: `banner` (a line comment), then the non-empty blocks. */
export function sourceFileText(banner: string, blocks: readonly Block[]): string {
  const printed: Doc[] = blocks.filter((run) => run.length > 0).map((run) => join(hardline, run.map(printStructure)));
  return printDocument([join([hardline, hardline], [banner, ...printed]), hardline]);
}
