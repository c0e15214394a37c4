/** `modeldoc parse <path> [--json] [--stats]`: the IR of one variant, or counts about it. */
import type { Dialect, GeneratorFormat, Variant } from "../ir/types.js";
import { locatedDiagnostics } from "../pipeline/generate.js";
import { readVariant } from "../pipeline/read-variant.js";
import { variantStats } from "../ir/stats.js";
import { requireDocs } from "./arguments.js";
import { printJson, printLine } from "./print.js";
import { formatDiagnostic, reportDiagnostics } from "./report.js";

interface ParseFlags {
  readonly json?: boolean;
  readonly stats?: boolean;
  readonly dialect?: Dialect;
  readonly format?: GeneratorFormat;
  readonly strict?: boolean;
}

function summary(variant: Variant): string {
  const stats = variantStats(variant);
  return `${variant.name} (${variant.dialect}, ${variant.format}): ${stats.pages} pages, ${stats.models} models, ${stats.enums} enums, ${stats.unions} unions, ${stats.fields} fields, ${stats.unknownTypes} unknown types, ${stats.unresolvedRefs} unresolved refs, ${stats.diagnostics} diagnostics`;
}

export async function parseCommand(path: string, flags: ParseFlags): Promise<number> {
  await requireDocs(path);
  const variant = await readVariant(path, { ...(flags.dialect ? { dialect: flags.dialect } : {}), ...(flags.format ? { format: flags.format } : {}) });
  const diagnostics = locatedDiagnostics(variant);
  if (flags.stats) {
    if (flags.json) {
      const stats = variantStats(variant);
      const listed = { variant: variant.name, dialect: variant.dialect, format: variant.format, ...stats, diagnosticList: diagnostics.map(formatDiagnostic) };
      printJson(listed);
    } else {
      printLine(summary(variant));
      reportDiagnostics(diagnostics);
    }
  } else if (flags.json) {
    printJson(variant);
    reportDiagnostics(diagnostics);
  } else {
    printLine(summary(variant));
    for (const declaration of variant.declarations) {
      const size = declaration.kind === "model" ? declaration.fields.length : declaration.kind === "enum" ? declaration.values.length : declaration.members.length;
      printLine(`  ${declaration.kind.padEnd(5)} ${declaration.canonicalName} (${size}) ${declaration.id}`);
    }
    reportDiagnostics(diagnostics);
  }
  return flags.strict === true && diagnostics.length > 0 ? 1 : 0;
}
