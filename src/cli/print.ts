/**
 * Everything the CLI prints goes through here, so that no text from docs, file names or configs
 * reaches the terminal raw (see terminal-text.ts): lines for people are escaped, JSON stays JSON.
 */
import { terminalJson, terminalLines, terminalText } from "../terminal-text.js";

/** One line on stdout. */
export function printLine(text: string): void {
  process.stdout.write(`${terminalText(text)}\n`);
}

/** One line on stderr: a diagnostic, a problem, a notice. */
export function printError(text: string): void {
  process.stderr.write(`${terminalText(text)}\n`);
}

/** A warning about something other than the docs (a damaged cache entry): never part of the exit code. */
export function printWarning(message: string): void {
  printError(`modeldoc: warning: ${message}`);
}

/** A report of several lines on stdout (it brings its own line feeds). */
export function printReport(text: string): void {
  process.stdout.write(terminalLines(text));
}

/** A JSON document on stdout: indented, or on one line (a watcher's line per run). */
export function printJson(value: unknown, indented = true): void {
  process.stdout.write(`${terminalJson(JSON.stringify(value, null, indented ? 2 : undefined))}\n`);
}
