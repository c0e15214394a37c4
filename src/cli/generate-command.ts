/** `modeldoc generate [folders…] [--out] [--check]`. */
import type { EmitOptions } from "../emit/index.js";
import { generate, variantsIn, type VariantInput } from "../pipeline/generate.js";
import { reportDiagnostics } from "./report.js";
import { requireExisting, UsageError } from "./usage-error.js";

interface GenerateFlags extends EmitOptions {
  readonly out: string;
  readonly specs: string;
  readonly check?: boolean;
  readonly quiet?: boolean;
}

export async function generateCommand(folders: readonly string[], flags: GenerateFlags): Promise<number> {
  for (const folder of folders) await requireExisting(folder);
  let variants: VariantInput[];
  if (folders.length > 0) {
    variants = folders.map((folder) => ({ folder }));
  } else {
    await requireExisting(flags.specs);
    variants = await variantsIn(flags.specs);
    if (variants.length === 0) throw new UsageError(`expected one folder per variant under ${flags.specs}, found none`);
  }
  const result = await generate({ variants, out: flags.out, check: flags.check ?? false, naming: flags.naming, dates: flags.dates });
  const hasErrors = reportDiagnostics(result.diagnostics);
  for (const conflict of result.conflicts) {
    process.stderr.write(`${conflict}: error not-modeldoc-file: expected a file written by modeldoc (or none), found a file modeldoc did not write; left untouched\n`);
  }
  const names = result.variants.map(({ variant }) => variant.name).join(", ");
  if (flags.check) {
    for (const path of result.stale) process.stderr.write(`${path}: stale (run modeldoc generate)\n`);
    if (!flags.quiet || result.stale.length > 0) {
      process.stdout.write(result.stale.length === 0 ? `modeldoc: ${flags.out} is up to date (${names})\n` : `modeldoc: ${result.stale.length} file(s) missing or stale in ${flags.out}\n`);
    }
    return result.stale.length > 0 || hasErrors || result.conflicts.length > 0 ? 1 : 0;
  }
  if (!flags.quiet) {
    const files = result.variants.reduce((sum, { plan }) => sum + plan.write.length + plan.unchanged, 0);
    process.stdout.write(`modeldoc: ${names} → ${flags.out}: ${files} files, ${result.written} written, ${result.removed} removed, ${result.diagnostics.length} diagnostics\n`);
  }
  return hasErrors || result.conflicts.length > 0 ? 1 : 0;
}
