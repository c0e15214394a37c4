/**
 * Layout documents, prettier's own: the builders and the printer of `prettier/doc`, the public entry
 * to prettier's layout algorithm (about 20 ms to load, against 200 ms for all of prettier, which parses).
 * Every emitted TypeScript file is one document printed once, with the options modeldoc's output is
 * formatted with: print width 100, two spaces.
 */
import { builders, printer, utils } from "prettier/doc";

export type Doc = builders.Doc;

export const { align, breakParent, conditionalGroup, fill, group, hardline, ifBreak, indent, indentIfBreak, join, line, softline } =
  builders;

/** Whether a document holds a forced break (a hard line, or a group that must break). */
export const willBreak: (doc: Doc) => boolean = utils.willBreak;

/** Whether a document holds a line that could break. */
export const canBreak: (doc: Doc) => boolean = utils.canBreak;

const printOptions: printer.Options = { printWidth: 100, tabWidth: 2, useTabs: false };

/** The text of a document, laid out by prettier's printer. */
export function printDocument(doc: Doc): string {
  return printer.printDocToString(doc, printOptions).formatted;
}
