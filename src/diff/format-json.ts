/**
 * The diff for machines. Stable: keys always in the same order, absent values left out (never `null`),
 * 2-space indent, trailing newline; byte-identical for equal inputs. The shape:
 *
 * ```text
 * {
 *   "mode": "variant" | "version",
 *   "modeReason": string,          // why this mode (only when modeldoc chose or was told it)
 *   "left": string, "right": string, // the two sides' names
 *   "summary": { "changes", "breaking", "drift", "non-breaking", "info", "sdk-shape", "ignored" },  // counts (severities: API changes)
 *   "changes": [{
 *     "kind": ChangeKind,                   // "sdk-shape" for a difference of the SDKs' shape, not the API's
 *     "shape"?: "envelope" | "transport" | "body" | "utility" | "rename",  // an sdk-shape change: what it is about
 *     "aspect"?: ChangeKind,                // an sdk-shape change: the change it would be between two APIs
 *     "severity": "breaking" | "non-breaking" | "info" | "drift",
 *     "check": string,                      // the check's id (modeldoc checks)
 *     "model": string, "field"?: string,   // canonical names (Webhook, hookUrl)
 *     "left"?: string, "right"?: string,   // each side's value; absent on the side that lacks the thing
 *     "message": string,                    // one sentence, "Model.field: …"
 *     "fingerprint": string,                // 12 hex digits; see fingerprint.ts and ignore.ts
 *     "leftSource"?: { "file", "line", "column" }, "rightSource"?: { "file", "line", "column" }
 *   }]
 * }
 * ```
 */
import type { Change, ChangeSource, DiffResult } from "./changes.js";
import { summarize } from "./summary.js";

/** Key order of a change object. */
const CHANGE_KEYS = ["kind", "shape", "aspect", "severity", "check", "model", "field", "left", "right", "message", "fingerprint", "leftSource", "rightSource"] as const;

export function formatJson(result: DiffResult): string {
  const document = {
    mode: result.mode,
    ...(result.modeReason !== undefined ? { modeReason: result.modeReason } : {}),
    left: result.left,
    right: result.right,
    summary: summarize(result),
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
