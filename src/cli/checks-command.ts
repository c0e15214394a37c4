/**
 * `modeldoc checks [--json] [--config <file>]`: every check of a diff — its id (for `diff.severity` in the
 * config and for ignore files), the kind of its changes, the modes it applies in, and its severity for a
 * request, a response and a shared model in a version diff, or in a variant diff — as the config leaves
 * them: a severity the config sets is marked `*` (in JSON, `"overridden": true`).
 */
import { loadConfig } from "../config/index.js";
import { listChecks, type CheckInfo, type SeverityOverrides } from "../diff/index.js";
import { printJson, printReport } from "./print.js";

interface ChecksFlags {
  readonly json?: boolean;
  readonly config?: string;
}

interface ListedCheck extends CheckInfo {
  readonly overridden?: boolean;
}

/** A check with the config's override (by id, else by kind) applied to every severity it lists. */
function withOverride(check: CheckInfo, overrides: SeverityOverrides): ListedCheck {
  const severity = Object.hasOwn(overrides, check.id) ? overrides[check.id] : Object.hasOwn(overrides, check.kind) ? overrides[check.kind] : undefined;
  if (severity === undefined) return check;
  return {
    ...check,
    ...(check.version !== undefined ? { version: { request: severity, response: severity, shared: severity } } : {}),
    ...(check.variant !== undefined ? { variant: severity } : {}),
    overridden: true,
  };
}

export async function checksCommand(flags: ChecksFlags): Promise<number> {
  const { config } = await loadConfig(process.cwd(), flags.config);
  const checks = listChecks().map((check) => withOverride(check, config.diff?.severity ?? {}));
  if (flags.json) {
    printJson({ checks });
    return 0;
  }
  const header = ["id", "kind", "request", "response", "shared", "variant", "description"];
  const rows = checks.map((check) => {
    const mark = (value: string | undefined) => (value === undefined ? "-" : `${value}${check.overridden === true ? "*" : ""}`);
    return [check.id, check.kind, mark(check.version?.request), mark(check.version?.response), mark(check.version?.shared), mark(check.variant), check.description];
  });
  const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => row[column]!.length)));
  const line = (cells: readonly string[]) => cells.map((cell, column) => (column === cells.length - 1 ? cell : cell.padEnd(widths[column]!))).join("  ");
  const lines = [line(header), ...rows.map(line)];
  lines.push("", "request, response, shared: the severity in a version diff, by the role of the model; variant: in a variant diff.");
  if (checks.some((check) => check.overridden === true)) lines.push("*: set by the config's diff.severity.");
  printReport(`${lines.join("\n")}\n`);
  return 0;
}
