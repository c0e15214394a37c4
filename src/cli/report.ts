/** How diagnostics are printed: `file:line:column: severity code: message`, the format editors and CI link. */
import type { Diagnostic } from "../ir/types.js";
import { printError } from "./print.js";

export function formatDiagnostic(diagnostic: Diagnostic): string {
  const { file, line, column } = diagnostic.source;
  return `${file}:${line}:${column}: ${diagnostic.severity} ${diagnostic.code}: ${diagnostic.message}`;
}

/** Prints diagnostics to stderr, one line each (file names and messages escaped); returns whether any is an error. */
export function reportDiagnostics(diagnostics: readonly Diagnostic[]): boolean {
  for (const diagnostic of diagnostics) printError(formatDiagnostic(diagnostic));
  return diagnostics.some((diagnostic) => diagnostic.severity === "error");
}
