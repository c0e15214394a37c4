/**
 * The config file: `modeldoc.config.ts`, `.mjs`, `.js` or `.json`, found from the working directory up.
 * Every key is optional; CLI flags override it. A bad value is reported with the key's path.
 */
import { basename } from "node:path";
import { UsageError } from "../errors.js";
import { folderNameProblem } from "../folder-name.js";
import type { Dialect } from "../ir/types.js";
import { dialectNames } from "../parse/dialects/index.js";
import {
  datesOption,
  failOnOption,
  namingOption,
  outputKindOption,
  unknownKeysOption,
  wireNamingOption,
  layoutOption,
  type DateRepresentation,
  type FailOn,
  type FieldNaming,
  type OutputKind,
  type Layout,
  type UnknownKeyPolicy,
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
}

export interface ModeldocConfig {
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
    message: string,
    /** Where in the file, for a file that does not parse. */
    readonly position?: { readonly line: number; readonly column: number },
  ) {
    super(position ? `${file}:${position.line}:${position.column}: ${message}` : `${file}: "${key}": ${message}`);
  }
}

const dialectValues: readonly string[] = ["auto", ...dialectNames];

type Check = (value: unknown, key: string) => void;

function describeValue(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "an array";
  return typeof value === "string" ? `"${value}"` : typeof value === "object" ? "an object" : `${typeof value} ${String(value)}`;
}

/** Checks a parsed config; returns it typed, or throws a {@link ConfigError} naming the first bad key. */
export function validateConfig(raw: unknown, file: string): ModeldocConfig {
  const fail = (key: string, expected: string, value: unknown): never => {
    throw new ConfigError(file, key, `expected ${expected}, found ${describeValue(value)}`);
  };
  const isObject = (value: unknown): value is Record<string, unknown> => typeof value === "object" && value !== null && !Array.isArray(value);
  const oneOf =
    (values: readonly string[]): Check =>
    (value, key) => {
      if (typeof value !== "string" || !values.includes(value)) fail(key, `one of ${values.join(", ")}`, value);
    };
  const string: Check = (value, key) => {
    if (typeof value !== "string" || value === "") fail(key, "a non-empty string", value);
  };
  // A variant's name is a folder under `out`: a name like `../x` would write outside it.
  const folderName: Check = (value, key) => {
    string(value, key);
    const problem = folderNameProblem(value as string);
    if (problem !== undefined) throw new ConfigError(file, key, `${problem}: ${describeValue(value)}`);
  };
  const boolean: Check = (value, key) => {
    if (typeof value !== "boolean") fail(key, "true or false", value);
  };
  const arrayOf =
    (item: Check): Check =>
    (value, key) => {
      if (!Array.isArray(value)) return fail(key, "an array", value);
      value.forEach((element, index) => item(element, `${key}[${index}]`));
    };
  const object =
    (shape: Record<string, Check>, required: readonly string[] = []): Check =>
    (value, key) => {
      if (!isObject(value)) return fail(key === "" ? "(the exported config)" : key, "an object", value);
      for (const name of Object.keys(value)) {
        const path = key === "" ? name : `${key}.${name}`;
        // Own keys only: a JSON key such as `__proto__` or `constructor` is unknown, not Object's.
        const check = Object.hasOwn(shape, name) ? shape[name] : undefined;
        if (!check) throw new ConfigError(file, path, `unknown key; expected one of ${Object.keys(shape).join(", ")}`);
        if (value[name] !== undefined) check(value[name], path);
      }
      for (const name of required) if (value[name] === undefined) fail(key === "" ? name : `${key}.${name}`, "a value", undefined);
    };

  const variantShape = object({ folder: string, name: folderName, dialect: oneOf(dialectValues) }, ["folder"]);
  // Without a name, the folder's own name is the variant's: `docs/go/..` would be named `..`.
  const variant: Check = (value, key) => {
    variantShape(value, key);
    const { folder, name } = value as { folder: string; name?: string };
    const problem = name === undefined ? folderNameProblem(basename(folder)) : undefined;
    if (problem !== undefined) {
      throw new ConfigError(file, `${key}.folder`, `the variant would be named "${basename(folder)}", ${problem}; give it a "name"`);
    }
  };
  object({
    variants: arrayOf(variant),
    specs: string,
    out: string,
    naming: oneOf(namingOption.values),
    dates: oneOf(datesOption.values),
    emit: arrayOf(oneOf(outputKindOption.values)),
    unknownKeys: oneOf(unknownKeysOption.values),
    wireNaming: oneOf(wireNamingOption.values),
    layout: oneOf(layoutOption.values),
    merge: arrayOf(string),
    strict: boolean,
    diff: object({ failOn: oneOf(failOnOption.values), ignore: string, descriptions: boolean }),
  })(raw, "");
  return raw as ModeldocConfig;
}
