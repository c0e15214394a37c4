/** How diagnostics are printed: `file:line:column: severity code: message`, the format editors and CI link. */
import type { Diagnostic } from "../ir/types.js";
import { printError } from "./print.js";

export function formatDiagnostic(diagnostic: Diagnostic): string {
  const { file, line, column } = diagnostic.source;
  return `${file}:${line}:${column}: ${diagnostic.severity} ${diagnostic.code}: ${diagnostic.message}`;
}

/**
 * Prints diagnostics to stderr, one line each (file names and messages escaped); returns whether they
 * fail the run. What modeldoc cannot read never stops a build: only with `--strict` does a diagnostic
 * (a warning included) make the exit code 1.
 */
export function reportDiagnostics(diagnostics: readonly Diagnostic[], strict = false): boolean {
  for (const diagnostic of diagnostics) printError(formatDiagnostic(diagnostic));
  return strict && diagnostics.length > 0;
}
