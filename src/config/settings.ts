/**
 * Config file + command-line flags → the options of a run. Flags win over the config; the config wins
 * over the defaults. Paths in a config file are relative to the file; paths in flags to the working directory.
 */
import { orDefault, resolveEmitOptions, type DateRepresentation, type Layout, type ResolvedEmitOptions, type ZodFlavor } from "../options.js";
import { relative, resolve } from "node:path";
import type { Dialect, GeneratorFormat } from "../ir/types.js";
import type { ModeldocConfig, OutputKind, UnknownKeyPolicy } from "./config.js";
import type { FieldNaming } from "../ir/naming.js";

export interface GenerateFlags {
  readonly out?: string;
  readonly specs?: string;
  readonly naming?: FieldNaming;
  readonly dates?: DateRepresentation;
  readonly emit?: readonly OutputKind[];
  readonly unknownKeys?: UnknownKeyPolicy;
  readonly wireNaming?: FieldNaming;
  readonly layout?: Layout;
  readonly readonly?: boolean;
  readonly zod?: ZodFlavor;
  /** `--strict`: any diagnostic fails the run. */
  readonly strict?: boolean;
}

/** The settings of a generate run: where the docs and the output are, and the emit options, each resolved. */
export interface GenerateSettings extends ResolvedEmitOptions {
  /** Explicit variants (from the command line or the config), or undefined: every subfolder of `specs`. */
  readonly variants: readonly { folder: string; name?: string; dialect?: Dialect; format?: GeneratorFormat }[] | undefined;
  readonly specs: string;
  readonly out: string;
  /** Variant names to merge into one output; undefined: no merge. */
  readonly merge: readonly string[] | undefined;
  /** Any diagnostic fails the run (exit 1); default false: what cannot be read is a warning, and the run goes on. */
  readonly strict: boolean;
}

/** A path from the config, made relative to the working directory (so messages show short paths). */
function fromConfig(configFolder: string, path: string, cwd: string): string {
  return relative(cwd, resolve(configFolder, path)) || ".";
}

export function generateSettings(config: ModeldocConfig, configFolder: string, folders: readonly string[], flags: GenerateFlags, cwd: string): GenerateSettings {
  const variants =
    folders.length > 0
      ? folders.map((folder) => ({ folder }))
      : config.variants?.map((variant) => ({
          folder: fromConfig(configFolder, variant.folder, cwd),
          ...(variant.name ? { name: variant.name } : {}),
          ...(variant.dialect && variant.dialect !== "auto" ? { dialect: variant.dialect } : {}),
          ...(variant.format && variant.format !== "auto" ? { format: variant.format } : {}),
        }));
  return {
    variants,
    specs: flags.specs ?? fromConfig(configFolder, orDefault("specs", config.specs), cwd),
    out: flags.out ?? fromConfig(configFolder, orDefault("out", config.out), cwd),
    ...resolveEmitOptions({
      naming: flags.naming ?? config.naming,
      wireNaming: flags.wireNaming ?? config.wireNaming,
      layout: flags.layout ?? config.layout,
      dates: flags.dates ?? config.dates,
      unknownKeys: flags.unknownKeys ?? config.unknownKeys,
      emit: flags.emit ?? config.emit,
      readonly: flags.readonly ?? config.readonly,
      zod: flags.zod ?? config.zod,
    }),
    merge: config.merge,
    strict: orDefault("strict", flags.strict ?? config.strict),
  };
}
