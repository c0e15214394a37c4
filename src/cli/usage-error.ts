import { stat } from "node:fs/promises";

/** A mistake in how modeldoc was called (exit code 2), as opposed to a problem in the docs (exit code 1). */
export class UsageError extends Error {}

/** Fails early, with the path, when a docs folder does not exist. */
export async function requireExisting(path: string): Promise<void> {
  try {
    await stat(path);
  } catch {
    throw new UsageError(`no such file or folder: ${path}`);
  }
}
