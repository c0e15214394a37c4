/**
 * `modeldoc variants [--json] [-c, --config <file>] [--specs <folder>]`: the docs folders `generate` reads,
 * as it finds them (the config's variants, or every subfolder of specs/), one a line, relative to the
 * working folder; no variant is a usage error (exit 2). The GitHub Action diffs these when it is given no
 * folders.
 */
import { basename, relative } from "node:path";
import { UsageError } from "../errors.js";
import { generateOptions } from "./generate-command.js";
import { printJson, printLine } from "./print.js";

interface VariantsFlags {
  readonly json?: boolean;
  readonly config?: string;
  readonly specs?: string;
}

export async function variantsCommand(flags: VariantsFlags): Promise<number> {
  const { options } = await generateOptions([], { ...(flags.config ? { config: flags.config } : {}), ...(flags.specs ? { specs: flags.specs } : {}) });
  const listed = options.variants.map((variant) => ({ name: variant.name ?? basename(variant.folder), folder: relative(process.cwd(), variant.folder) || "." }));
  if (listed.length === 0) throw new UsageError("expected at least one docs folder to generate (the config's variants, or subfolders of specs/), found none");
  if (flags.json) printJson(listed);
  else for (const { folder } of listed) printLine(folder);
  return 0;
}
