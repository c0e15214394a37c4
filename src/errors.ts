/**
 * The one error type every layer may throw for bad usage: a flag, config value, folder or output path
 * that modeldoc cannot work with. The CLI prints its message and exits 2; anything else that escapes
 * is a bug (exit 70). Problems in the docs themselves are diagnostics, never errors.
 */
export class UsageError extends Error {
  override readonly name = "UsageError";
}
