/**
 * Known drift, by fingerprint or by check: an ignore file (`.modeldocignore` by default) lists one
 * fingerprint (one change) or check id (every change of that check; `modeldoc checks` lists them) per
 * line; `#` starts a comment, blank lines are skipped. A baseline is the fingerprints of a report:
 *
 * ```text
 * # Go types the raw passthrough body as `any` (go/docs/pkg/models/operations/createpassthroughrawrequest.md)
 * 3f0c2a9b1d4e  # CreatePassthroughRawRequest.requestBody
 * description-changed  # descriptions are edited freely
 * ```
 *
 * `modeldoc diff A B --format json | jq -r '.changes[].fingerprint'` prints one.
 */
import type { DiffResult } from "./changes.js";
import { isCheckId, type CheckId } from "./checks.js";

/** A line of an ignore file that is not a fingerprint. */
export interface IgnoreFileProblem {
  /** 1-based. */
  readonly line: number;
  readonly message: string;
}

export interface IgnoreList {
  readonly fingerprints: ReadonlySet<string>;
  readonly checks: ReadonlySet<CheckId>;
  readonly problems: readonly IgnoreFileProblem[];
}

const FINGERPRINT = /^[0-9a-f]{12}$/;

/** Reads an ignore file's text: the first word of each line is a fingerprint or a check id; the rest after `#` is comment. */
export function parseIgnoreFile(text: string): IgnoreList {
  const fingerprints = new Set<string>();
  const checks = new Set<CheckId>();
  const problems: IgnoreFileProblem[] = [];
  text.split(/\r?\n/).forEach((raw, index) => {
    const line = raw.replace(/#.*$/, "").trim();
    if (line === "") return;
    const words = line.split(/\s+/);
    const word = (words[0] as string).toLowerCase();
    if (words.length === 1 && isCheckId(word)) {
      checks.add(word);
      return;
    }
    if (!FINGERPRINT.test(word) || words.length > 1) {
      problems.push({ line: index + 1, message: `expected a fingerprint (12 hex digits) or a check id (modeldoc checks) and an optional # comment, found "${raw.trim()}"` });
      return;
    }
    fingerprints.add(word);
  });
  return { fingerprints, checks, problems };
}

/** The result without the changes whose fingerprint or check id is listed; `ignored` counts them. */
export function applyIgnore(result: DiffResult, listed: ReadonlySet<string>): DiffResult {
  const changes = result.changes.filter((change) => !listed.has(change.fingerprint) && !listed.has(change.check));
  return { ...result, changes, ignored: (result.ignored ?? 0) + result.changes.length - changes.length };
}
