/** `modeldoc diff <left> <right> [--format] [--mode] [--fail-on]`. */
import { formatJson, formatText, type DiffMode, type DiffResult } from "../diff/index.js";
import { diffFolders } from "../pipeline/diff-folders.js";
import { locatedDiagnostics } from "../pipeline/generate.js";
import { reportDiagnostics } from "./report.js";
import { requireExisting } from "./usage-error.js";

type FailOn = "breaking" | "drift" | "any" | "none";

interface DiffFlags {
  readonly format: "text" | "json";
  readonly mode?: DiffMode;
  readonly failOn?: FailOn;
  readonly descriptions: boolean;
}

/** Whether the result trips the exit-code policy. */
export function failsOn(result: DiffResult, policy: FailOn): boolean {
  switch (policy) {
    case "none":
      return false;
    case "any":
      return result.changes.length > 0;
    case "drift":
      return result.changes.some((change) => change.severity === "drift" || change.severity === "breaking");
    case "breaking":
      return result.changes.some((change) => change.severity === "breaking");
  }
}

export async function diffCommand(leftFolder: string, rightFolder: string, flags: DiffFlags): Promise<number> {
  await requireExisting(leftFolder);
  await requireExisting(rightFolder);
  const { left, right, result } = await diffFolders(leftFolder, rightFolder, {
    ...(flags.mode ? { mode: flags.mode } : {}),
    descriptions: flags.descriptions,
  });
  reportDiagnostics([...locatedDiagnostics(left), ...locatedDiagnostics(right)]);
  const color = flags.format === "text" && process.stdout.isTTY === true && !process.env["NO_COLOR"];
  process.stdout.write(flags.format === "json" ? formatJson(result) : formatText(result, { color }));
  const policy = flags.failOn ?? (result.mode === "version" ? "breaking" : "none");
  return failsOn(result, policy) ? 1 : 0;
}
