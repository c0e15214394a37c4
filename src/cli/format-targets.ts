/**
 * `--format`, repeatable: `--format github --format markdown=report.md` prints the annotations and writes
 * the Markdown to a file in one run. Each value is a format of src/options.ts, or `<format>=<file>`.
 */
import { InvalidArgumentError } from "commander";
import { suggestion } from "../config/shape.js";
import { diffFormatOption, isChoice, type DiffFormat } from "../options.js";

export interface FormatTarget {
  readonly format: DiffFormat;
  /** The file to write; absent: stdout. */
  readonly file?: string;
}

/** Commander's parser for one `--format` value, collecting the values given. */
export function collectFormat(value: string, previous: readonly FormatTarget[] | undefined): FormatTarget[] {
  const equals = value.indexOf("=");
  const format = equals < 0 ? value : value.slice(0, equals);
  const file = equals < 0 ? undefined : value.slice(equals + 1);
  if (!isChoice(diffFormatOption, format)) throw new InvalidArgumentError(`expected one of ${diffFormatOption.values.join(", ")}, or <format>=<file>${suggestion(format, diffFormatOption.values)}`);
  if (file !== undefined && file.trim() === "") throw new InvalidArgumentError(`expected a file after "${format}="`);
  const targets = [...(previous ?? []), { format, ...(file !== undefined ? { file } : {}) }];
  if (targets.filter((target) => target.file === undefined).length > 1) throw new InvalidArgumentError("at most one --format without a file (it goes to stdout); write the others to files with <format>=<file>");
  return targets;
}
