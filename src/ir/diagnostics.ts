import type { Diagnostic } from "./types.js";

/** By UTF-16 code units: unlike `localeCompare`, the same whatever the machine's locale. */
const byCodeUnits = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** Diagnostics in page order: file, line, column, then code. */
export function byPosition(a: Diagnostic, b: Diagnostic): number {
  return byCodeUnits(a.source.file, b.source.file) || a.source.line - b.source.line || a.source.column - b.source.column || byCodeUnits(a.code, b.code);
}
