/**
 * The exit-code policy of a diff (`--fail-on`, the config's `diff.failOn`), shared by the CLI, the API
 * and the Action. SDK-shape findings (`sdk-shape`: envelopes, transport data, SDK utilities, generator
 * renames) are `info` and are not API drift: they trip only `sdk-shape`, or another level when the config
 * grades them so (`diff.severity: { "sdk-shape": "drift" }`).
 */
import type { FailOn } from "../options.js";
import type { Change, DiffMode, DiffResult } from "./changes.js";

export type { FailOn };

/**
 * Whether a change trips the policy:
 * `breaking` — a breaking change (the default for a version diff);
 * `drift` — a breaking change or drift between languages;
 * `any` — any change left after the ignore file, but an SDK-shape finding left at `info`;
 * `sdk-shape` — any change, SDK-shape findings included;
 * `none` — never (the default for a variant diff).
 */
export function changeFails(change: Change, policy: FailOn): boolean {
  switch (policy) {
    case "none":
      return false;
    case "sdk-shape":
      return true;
    case "any":
      return change.kind !== "sdk-shape" || change.severity !== "info";
    case "drift":
      return change.severity === "drift" || change.severity === "breaking";
    case "breaking":
      return change.severity === "breaking";
  }
}

/** Whether any change of the result trips the policy. */
export function failsOn(result: DiffResult, policy: FailOn): boolean {
  return result.changes.some((change) => changeFails(change, policy));
}

/** The default policy: a version diff fails on breaking changes, a variant diff on nothing. */
export function defaultFailOn(mode: DiffMode): FailOn {
  return mode === "version" ? "breaking" : "none";
}
