/**
 * `modeldoc diff … | head -1`: once the reader has gone, writing to the pipe fails with EPIPE, which
 * Node raises as an unhandled 'error' event (a stack trace, exit code 1). The reader asked for no
 * more: what is left to print is dropped and the command finishes as it would have (a generate still
 * writes its files), with its own exit code.
 */
const closedPipe = new Set(["EPIPE", "ERR_STREAM_DESTROYED"]);

/** Installs the handlers on stdout and stderr; once per process (the bin calls it). */
export function endQuietlyOnClosedPipe(): void {
  for (const stream of [process.stdout, process.stderr]) {
    stream.on("error", (error: NodeJS.ErrnoException) => {
      if (closedPipe.has(error.code ?? "")) return;
      throw error;
    });
  }
}
