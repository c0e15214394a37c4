/**
 * The config file: `modeldoc.config.ts`, `.mjs`, `.js` or `.json`, found from the working directory up.
 * Every key is optional; CLI flags override it. A bad value is reported with the key's path.
 */
import { UsageError } from "../errors.js";
import type { Dialect, GeneratorFormat } from "../ir/types.js";
import { checkShape, configShape, ShapeError } from "./shape.js";
import {
  type Severity,
  type DateRepresentation,
  type FailOn,
  type FieldNaming,
  type OutputKind,
  type Layout,
  type UnknownKeyPolicy,
  type ZodFlavor,
} from "../options.js";

export type { OutputKind, UnknownKeyPolicy };
export type { FailOn };

export interface VariantConfig {
  /** The docs folder, relative to the config file. */
  readonly folder: string;
  /** Default: the folder's name. */
  readonly name?: string;
  /** Default `auto`: the dialect the evidence of the folder's pages supports best. */
  readonly dialect?: Dialect | "auto";
  /** Default `auto`: the generator format the evidence of the folder's pages supports best. */
  readonly format?: GeneratorFormat | "auto";
}

export interface ModeldocConfig {
  /** The JSON Schema of the file, for editors (`./node_modules/modeldoc/modeldoc.config.schema.json`); ignored. */
  readonly $schema?: string;
  /** The variants to generate; default: every subfolder of `specs`. */
  readonly variants?: readonly VariantConfig[];
  /** Default `specs`. */
  readonly specs?: string;
  /** Default `generated`; each variant goes to `<out>/<name>`. */
  readonly out?: string;
  /** Property names in the TypeScript; default `camel`. */
  readonly naming?: FieldNaming;
  /** Date and date-time values as ISO strings (default) or `Date` objects. */
  readonly dates?: DateRepresentation;
  /** What to emit; default interfaces, validators and fixtures. */
  readonly emit?: readonly OutputKind[];
  /** What validators do with keys the docs do not list; default `allow`. */
  readonly unknownKeys?: UnknownKeyPolicy;
  readonly wireNaming?: FieldNaming;
  readonly layout?: Layout;
  /** Every emitted property `readonly`, every array `readonly T[]`; default false. */
  readonly readonly?: boolean;
  /** The zod API of the zod schemas: `classic` (default) or `mini` (zod/mini). */
  readonly zod?: ZodFlavor;
  /** Variants to merge into one output (`generate --merge`). */
  readonly merge?: readonly string[];
  /** Fail the run (exit 1) on any diagnostic, warnings included; default false. */
  readonly strict?: boolean;
  readonly diff?: {
    /** Default: `breaking` for a version diff, `none` for a variant diff. */
    readonly failOn?: FailOn;
    /** A file of fingerprints of known changes to leave out. */
    readonly ignore?: string;
    /** Compare descriptions (default true). */
    readonly descriptions?: boolean;
    /** Severities by check id or kind (`modeldoc checks` lists them): `{ "description-changed": "breaking" }`. */
    readonly severity?: Readonly<Record<string, Severity>>;
  };
}

/** Types a config file: `export default defineConfig({ … })`. */
export function defineConfig(config: ModeldocConfig): ModeldocConfig {
  return config;
}

/** A config value that is not what the key takes (bad usage: exit code 2). */
export class ConfigError extends UsageError {
  constructor(
    readonly file: string,
    readonly key: string,
    /** What was expected and found, without the file and key. */
    readonly reason: string,
    /** Where in the file, for a file that does not parse. */
    readonly position?: { readonly line: number; readonly column: number },
  ) {
    super(position ? `${file}:${position.line}:${position.column}: ${reason}` : `${file}: "${key}": ${reason}`);
  }
}

/** Checks a parsed config; returns it typed, or throws a {@link ConfigError} naming the first bad key. */
export function validateConfig(raw: unknown, file: string): ModeldocConfig {
  try {
    checkShape(configShape, raw, "");
  } catch (error) {
    if (error instanceof ShapeError) throw new ConfigError(file, error.key, error.message);
    throw error;
  }
  return raw as ModeldocConfig;
}
