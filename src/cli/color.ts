/**
 * Whether a report is printed in colour. The order is the one Node (`tty.WriteStream.hasColors`),
 * chalk and most CLIs follow: `--color` / `--no-color` on the command line; then `FORCE_COLOR`
 * (`0` or `false` turns colour off, any other value on, also when the output is a pipe or a file);
 * then `NO_COLOR` (set and not empty: off, https://no-color.org); then whether the stream is a
 * terminal that is not `TERM=dumb`.
 */

/** `--color` (true), `--no-color` (false), or neither (undefined); set by main.ts for each run. */
let commandLineChoice: boolean | undefined;

export function setColorChoice(choice: boolean | undefined): void {
  commandLineChoice = choice;
}

export function colorEnabled(
  stream: { readonly isTTY?: boolean },
  choice: boolean | undefined = commandLineChoice,
  env: NodeJS.ProcessEnv = process.env,
): boolean {
  if (choice !== undefined) return choice;
  const force = env["FORCE_COLOR"];
  if (force !== undefined) return force !== "0" && force.toLowerCase() !== "false";
  if (env["NO_COLOR"] !== undefined && env["NO_COLOR"] !== "") return false;
  return stream.isTTY === true && env["TERM"] !== "dumb";
}
