/**
 * A variant's name becomes a folder: `<out>/<name>`. Only a plain folder name keeps the files inside
 * the output folder, so a name is checked wherever it comes from (a folder argument, a config key, the API).
 */

/** Longest name most file systems take (in UTF-8 bytes). */
const maxNameBytes = 255;

/** Names modeldoc keeps for its own files in the output folder (the lock, temporary files). */
const reservedPrefix = ".modeldoc";

/** Why `name` is not a plain folder name, or undefined when it is one. */
export function folderNameProblem(name: string): string | undefined {
  if (name === "" || name === "." || name === "..") return "expected a plain folder name, found a name that is not a folder of its own";
  if (/[/\\]/.test(name)) return "expected a plain folder name, found a path separator in it";
  if (/[\u0000-\u001f\u007f-\u009f]/.test(name)) return "expected a plain folder name, found a control character in it";
  if (name.startsWith(reservedPrefix)) return `expected a plain folder name, found one starting with "${reservedPrefix}" (kept for modeldoc's own files)`;
  if (Buffer.byteLength(name, "utf8") > maxNameBytes) return `expected a plain folder name, found one longer than ${maxNameBytes} bytes`;
  return undefined;
}
