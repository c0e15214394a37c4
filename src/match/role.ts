/** The role of a declaration seen in two variants that may disagree on it. */
import type { ModelRole } from "../ir/types.js";

/** The role to take a declaration in when two variants may disagree: theirs if they agree, else `shared`. */
export function combinedRole(left: ModelRole | undefined, right: ModelRole | undefined): ModelRole {
  if (left === undefined) return right ?? "shared";
  if (right === undefined || left === right) return left;
  return "shared";
}
