import type { Diagnostic } from "./types.js";

/** Diagnostics in page order: file, line, column, then code. */
export function byPosition(a: Diagnostic, b: Diagnostic): number {
  return a.source.file.localeCompare(b.source.file) || a.source.line - b.source.line || a.source.column - b.source.column || a.code.localeCompare(b.code);
}
