import type { Diagnostic } from "./types.js";
import { compareCodeUnits } from "../code-units.js";

/** Diagnostics in page order: file, line, column, then code. */
export function byPosition(a: Diagnostic, b: Diagnostic): number {
  return compareCodeUnits(a.source.file, b.source.file) || a.source.line - b.source.line || a.source.column - b.source.column || compareCodeUnits(a.code, b.code);
}
