/** `modeldoc generate [folders…] [--out] [--check]`. */
import { generateSettings, loadConfig, type GenerateFlags } from "../config/index.js";
import { generate, variantsIn, type VariantInput } from "../pipeline/generate.js";
import { reportDiagnostics } from "./report.js";
import { requireExisting, UsageError } from "./usage-error.js";

interface GenerateCommandFlags extends GenerateFlags {
  readonly config?: string;
  readonly check?: boolean;
  readonly quiet?: boolean;
}

export async function generateCommand(folders: readonly string[], flags: GenerateCommandFlags): Promise<number> {
  const cwd = process.cwd();
  const { config, folder } = await loadConfig(cwd, flags.config);
  const settings = generateSettings(config, folder, folders, flags, cwd);
  let variants: VariantInput[];
  if (settings.variants) {
    for (const variant of settings.variants) await requireExisting(variant.folder);
    variants = [...settings.variants];
  } else {
    await requireExisting(settings.specs);
    variants = await variantsIn(settings.specs);
    if (variants.length === 0) throw new UsageError(`expected one folder per variant under ${settings.specs}, found none`);
  }
  const result = await generate({ variants, out: settings.out, check: flags.check ?? false, naming: settings.naming, dates: settings.dates });
  const hasErrors = reportDiagnostics(result.diagnostics);
  for (const conflict of result.conflicts) {
    process.stderr.write(`${conflict}: error not-modeldoc-file: expected a file written by modeldoc (or none), found a file modeldoc did not write; left untouched\n`);
  }
  const names = result.variants.map(({ variant }) => variant.name).join(", ");
  if (flags.check) {
    for (const path of result.stale) process.stderr.write(`${path}: stale (run modeldoc generate)\n`);
    if (!flags.quiet || result.stale.length > 0) {
      process.stdout.write(result.stale.length === 0 ? `modeldoc: ${settings.out} is up to date (${names})\n` : `modeldoc: ${result.stale.length} file(s) missing or stale in ${settings.out}\n`);
    }
    return result.stale.length > 0 || hasErrors || result.conflicts.length > 0 ? 1 : 0;
  }
  if (!flags.quiet) {
    const files = result.variants.reduce((sum, { plan }) => sum + plan.write.length + plan.unchanged, 0);
    process.stdout.write(`modeldoc: ${names} → ${settings.out}: ${files} files, ${result.written} written, ${result.removed} removed, ${result.diagnostics.length} diagnostics\n`);
  }
  return hasErrors || result.conflicts.length > 0 ? 1 : 0;
}
