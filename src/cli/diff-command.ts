/** `modeldoc diff <left> <right> [--format] [--mode] [--fail-on]`. */
import { diffVariants, formatJson, formatText, type DiffMode, type DiffResult } from "../diff/index.js";
import { parseFolder } from "../parse/index.js";
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
  const [left, right] = await Promise.all([parseFolder(leftFolder), parseFolder(rightFolder)]);
  reportDiagnostics([...locatedDiagnostics(left), ...locatedDiagnostics(right)]);
  // Two languages are a variant diff; the same language twice is two versions of its docs.
  const mode: DiffMode = flags.mode ?? (left.dialect === right.dialect ? "version" : "variant");
  const result = diffVariants(left, right, { mode, descriptions: flags.descriptions });
  const color = flags.format === "text" && process.stdout.isTTY === true && !process.env["NO_COLOR"];
  process.stdout.write(flags.format === "json" ? formatJson(result) : formatText(result, { color }));
  const policy = flags.failOn ?? (mode === "version" ? "breaking" : "none");
  return failsOn(result, policy) ? 1 : 0;
}
