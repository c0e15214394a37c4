/**
 * The diff for machines: `{ "mode", "left", "right", "changes": [...] }`, keys always in the same
 * order, absent values left out, 2-space indent, trailing newline; byte-identical for equal inputs.
 */
import type { Change, ChangeSource, DiffResult } from "./changes.js";

/** Key order of a change object. */
const CHANGE_KEYS = ["kind", "severity", "model", "field", "left", "right", "message", "fingerprint", "leftSource", "rightSource"] as const;

export function formatJson(result: DiffResult): string {
  const document = {
    mode: result.mode,
    left: result.left,
    right: result.right,
    changes: result.changes.map(orderedChange),
  };
  return `${JSON.stringify(document, null, 2)}\n`;
}

function orderedChange(change: Change): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key of CHANGE_KEYS) {
    const value = change[key];
    if (value === undefined) continue;
    out[key] = key === "leftSource" || key === "rightSource" ? orderedSource(value as ChangeSource) : value;
  }
  return out;
}

function orderedSource(source: ChangeSource): ChangeSource {
  return { file: source.file, line: source.line, column: source.column };
}
