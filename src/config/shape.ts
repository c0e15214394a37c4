/**
 * The config file's keys as data: each key's type, allowed values, default and description, taken from
 * src/options.ts where the option is one the CLI has too. The validation (`checkConfig`) and the JSON
 * Schema shipped in the package (`json-schema.ts`) are both read off this one description, so that an
 * editor's checks and modeldoc's cannot differ.
 */
import { basename } from "node:path";
import { closest, distance } from "fastest-levenshtein";
import { folderNameProblem } from "../folder-name.js";
import { dialectNames } from "../parse/dialects/index.js";
import { formatNames } from "../parse/formats/index.js";
import { datesOption, defaultOutputKinds, defaults, diffChecks, failOnOption, layoutOption, namingOption, outputKindOption, severityOption, unknownKeysOption, wireNamingOption, zodOption, type Choice } from "../options.js";

export type Shape =
  | { readonly kind: "string"; readonly description: string; readonly default?: string }
  /** A name that becomes a folder under `out` (see folder-name.ts). */
  | { readonly kind: "folder-name"; readonly description: string }
  | { readonly kind: "boolean"; readonly description: string; readonly default?: boolean }
  | { readonly kind: "choice"; readonly values: readonly string[]; readonly description: string; readonly default?: string }
  | { readonly kind: "array"; readonly items: Shape; readonly description: string; readonly default?: readonly string[] }
  /** An object whose keys are some of `keys`, each to a value of `values`' shape. */
  | { readonly kind: "record"; readonly keys: readonly string[]; readonly values: Shape; readonly description: string }
  | {
      readonly kind: "object";
      readonly properties: Readonly<Record<string, Shape>>;
      readonly required?: readonly string[];
      readonly description: string;
      /** A check across keys, after each key's own: throws a {@link ShapeError}. */
      readonly refine?: (value: Record<string, unknown>, key: string) => void;
    };

function fromChoice(option: Choice<string>, description = option.description): Shape {
  return { kind: "choice", values: option.values, description, ...(option.default !== undefined ? { default: option.default } : {}) };
}

const variantShape: Shape = {
  kind: "object",
  description: "one docs folder: one variant, written to <out>/<name>",
  properties: {
    folder: { kind: "string", description: "the docs folder, relative to the config file" },
    name: { kind: "folder-name", description: "the variant's name and output folder (default: the folder's name)" },
    dialect: { kind: "choice", values: ["auto", ...dialectNames], default: "auto", description: "the dialect of its pages (default auto: the one the folder's pages support best)" },
    format: { kind: "choice", values: ["auto", ...formatNames], default: "auto", description: "the generator that laid its pages out (default auto: the one the folder's pages support best)" },
  },
  required: ["folder"],
  // Without a name, the folder's own name is the variant's: `docs/go/..` would be named `..`.
  refine: (value, key) => {
    const { folder, name } = value as { folder: string; name?: string };
    const problem = name === undefined ? folderNameProblem(basename(folder)) : undefined;
    if (problem !== undefined) throw new ShapeError(`${key}.folder`, `the variant would be named "${basename(folder)}", ${problem}; give it a "name"`);
  },
};

/** The config file. */
export const configShape: Shape = {
  kind: "object",
  description: "modeldoc's config (modeldoc.config.{ts,mts,mjs,js,json}); every key is optional, a flag on the command line wins over it, paths are relative to the config file",
  properties: {
    $schema: { kind: "string", description: "the JSON Schema of this file, for editors (ignored by modeldoc)" },
    variants: { kind: "array", items: variantShape, description: `the docs folders to generate (default: every subfolder of specs)` },
    specs: { kind: "string", default: defaults.specs, description: "with no variants given, the folder whose subfolders are the variants" },
    out: { kind: "string", default: defaults.out, description: "the output folder; each variant goes to <out>/<name>" },
    naming: fromChoice(namingOption),
    dates: fromChoice(datesOption),
    emit: { kind: "array", items: fromChoice(outputKindOption, "an output"), default: defaultOutputKinds, description: "what to emit" },
    unknownKeys: fromChoice(unknownKeysOption),
    wireNaming: fromChoice(wireNamingOption),
    layout: fromChoice(layoutOption),
    readonly: { kind: "boolean", default: defaults.readonly, description: "every emitted property readonly and every array readonly T[] (a field the docs mark [readonly] is readonly either way)" },
    zod: fromChoice(zodOption),
    merge: {
      kind: "array",
      items: { kind: "string", description: "a variant's name" },
      description: `one output (<out>/${defaults.mergeName}) from these variants (by name): each fact from the variants that state it`,
    },
    strict: { kind: "boolean", default: defaults.strict, description: "any diagnostic, warnings included, fails the run (exit 1)" },
    diff: {
      kind: "object",
      description: "modeldoc diff's settings (flags win over them)",
      properties: {
        failOn: fromChoice(failOnOption),
        ignore: { kind: "string", description: "a file of fingerprints of known changes to leave out, one a line (default: .modeldocignore when present)" },
        descriptions: { kind: "boolean", default: true, description: "compare descriptions" },
        severity: {
          kind: "record",
          keys: [...new Set(diffChecks.flatMap((check) => [check.id, check.kind]))].sort(),
          values: fromChoice(severityOption),
          description: "severities by check id or kind, instead of the ones they have (modeldoc checks lists them)",
        },
      },
    },
  },
};

/** A value that is not what its key takes; `key` is its path (`variants[0].folder`). */
export class ShapeError extends Error {
  constructor(
    readonly key: string,
    message: string,
  ) {
    super(message);
  }
}

function describeValue(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "an array";
  return typeof value === "string" ? `"${value}"` : typeof value === "object" ? "an object" : `${typeof value} ${String(value)}`;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/**
 * `; did you mean "naming"?` for a key or value one or two edits away from a known one (a third of its
 * length at most), or the same but for case (`date` for `Date`).
 */
export function suggestion(name: string, known: readonly string[]): string {
  if (known.length === 0) return "";
  const sameButCase = known.find((candidate) => candidate.toLowerCase() === name.toLowerCase());
  const nearest = sameButCase ?? closest(name, [...known]);
  return sameButCase !== undefined || distance(name, nearest) <= Math.max(1, Math.floor(nearest.length / 3)) ? `; did you mean "${nearest}"?` : "";
}

/** Checks `value` against `shape`; throws a {@link ShapeError} naming the first bad key. */
export function checkShape(shape: Shape, value: unknown, key: string): void {
  const fail = (expected: string): never => {
    throw new ShapeError(key === "" ? "(the exported config)" : key, `expected ${expected}, found ${describeValue(value)}`);
  };
  switch (shape.kind) {
    case "string":
      if (typeof value !== "string" || value === "") fail("a non-empty string");
      return;
    case "folder-name": {
      if (typeof value !== "string" || value === "") fail("a non-empty string");
      const problem = folderNameProblem(value as string);
      if (problem !== undefined) throw new ShapeError(key, `${problem}: ${describeValue(value)}`);
      return;
    }
    case "boolean":
      if (typeof value !== "boolean") fail("true or false");
      return;
    case "choice":
      if (typeof value !== "string" || !shape.values.includes(value)) {
        throw new ShapeError(key, `expected one of ${shape.values.join(", ")}, found ${describeValue(value)}${typeof value === "string" ? suggestion(value, shape.values) : ""}`);
      }
      return;
    case "array":
      if (!Array.isArray(value)) return fail("an array");
      value.forEach((element, index) => checkShape(shape.items, element, `${key}[${index}]`));
      return;
    case "record": {
      if (!isObject(value)) return fail("an object");
      for (const name of Object.keys(value)) {
        const path = `${key}.${name}`;
        if (!shape.keys.includes(name)) throw new ShapeError(path, `unknown check; expected a check id or a kind, as modeldoc checks lists them${suggestion(name, shape.keys)}`);
        checkShape(shape.values, value[name], path);
      }
      return;
    }
    case "object": {
      if (!isObject(value)) return fail("an object");
      const known = Object.keys(shape.properties);
      for (const name of Object.keys(value)) {
        const path = key === "" ? name : `${key}.${name}`;
        // Own keys only: a JSON key such as `__proto__` or `constructor` is unknown, not Object's.
        if (!known.includes(name) || !Object.hasOwn(shape.properties, name)) {
          const listed = known.filter((candidate) => candidate !== "$schema");
          throw new ShapeError(path, `unknown key; expected one of ${listed.join(", ")}${suggestion(name, listed)}`);
        }
        if (value[name] !== undefined) checkShape(shape.properties[name] as Shape, value[name], path);
      }
      for (const name of shape.required ?? []) {
        if (value[name] === undefined) throw new ShapeError(key === "" ? name : `${key}.${name}`, "expected a value, found undefined");
      }
      shape.refine?.(value, key);
      return;
    }
  }
}
