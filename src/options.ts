/**
 * Every option a user sets — a flag, a config key, an API field — written once: its allowed values, its
 * default and what it does. The CLI builds its flags from these (choices and defaults in `--help`), the
 * config validation its checks, and the layers below their types; no other file spells a value list or a
 * default. Resolved once per run into one set of settings (`config/settings.ts`), as openapi-typescript
 * resolves its options into one context.
 */

/** An option with a fixed set of values. */
export interface Choice<Value extends string, Default extends Value | undefined = Value | undefined> {
  readonly values: readonly Value[];
  /** The value when none is given; undefined when the absence means something (`mode`: chosen from the sides). */
  readonly default: Default;
  /** What it does, as `--help` says it. */
  readonly description: string;
}

function choice<const Value extends string, const Default extends Value | undefined>(values: readonly Value[], defaultValue: Default, description: string): Choice<Value, Default> {
  return { values, default: defaultValue, description };
}

/** How emitted TypeScript names the properties of a model. */
export const namingOption = choice(["camel", "as-written", "snake"], "camel", "property names in the TypeScript");
export type FieldNaming = (typeof namingOption.values)[number];

/** How the API's JSON spells the keys of a model; when none is given, as the TypeScript does (`naming`). */
export const wireNamingOption = choice(
  namingOption.values,
  undefined,
  "how the API's JSON spells keys (default: as --naming); when it differs, or dates are Date, wire/ holds parseX and toJsonX",
);

/** How date and date-time values are represented in the emitted code. */
export const datesOption = choice(["string", "Date"], "string", "date and date-time fields as ISO strings or Date objects");
export type DateRepresentation = (typeof datesOption.values)[number];

/** What validators do with keys a model does not list. */
export const unknownKeysOption = choice(["allow", "reject", "strip"], "allow", "what validators do with keys a model does not list");
export type UnknownKeyPolicy = (typeof unknownKeysOption.values)[number];

/** How a variant's output folder is laid out: a file per page and output kind, or one file per output kind. */
export const layoutOption = choice(["pages", "single"], "pages", "pages: a file per page and output (types/<name>.ts…); single: one file per output (types.ts…)");
export type Layout = (typeof layoutOption.values)[number];

/** What a variant's output folder can hold. */
export const outputKindOption = choice(
  ["interfaces", "validators", "fixtures", "jsonschema", "zod", "openapi"],
  undefined,
  "comma-separated outputs (zod: a zod 4 schema per declaration, zod is then a peer dependency of the output; openapi: an OpenAPI 3.1 document of the models)",
);
export type OutputKind = (typeof outputKindOption.values)[number];
/** What `emit` is when not given: everything but the JSON Schema. */
export const defaultOutputKinds: readonly OutputKind[] = ["interfaces", "validators", "fixtures"];

/** The zod API the zod schemas are written in: zod's classic one, or zod/mini's functions (smaller bundles). */
export const zodOption = choice(["classic", "mini"], "classic", "the zod API of the zod schemas: classic (zod) or mini (zod/mini: functions only, far smaller bundles)");
export type ZodFlavor = (typeof zodOption.values)[number];

/** Two languages of one SDK (`variant`), or an older and a newer version (`version`); chosen from the sides when not given. */
export const diffModeOption = choice(["variant", "version"], undefined, "variant: two languages of the same docs; version: older (left) and newer (right)");
export type DiffMode = (typeof diffModeOption.values)[number];

/** The change level at which `diff` exits 1; by default `breaking` for a version diff and `none` for a variant diff. */
export const failOnOption = choice(
  ["breaking", "drift", "any", "sdk-shape", "none"],
  undefined,
  "exit 1 when a change at this level is found: any (every API change), sdk-shape (SDK-shape findings too) (default: breaking for a version diff, none for a variant diff)",
);
export type FailOn = (typeof failOnOption.values)[number];

/**
 * How `diff` prints its changes. With more than two sides, `text` and `markdown` are the parity of all
 * sides; `html` is the parity page for any number of sides. Given several times, each output goes to its
 * file (`--format markdown=report.md`); at most one goes to stdout.
 */
export const diffFormatOption = choice(
  ["text", "json", "markdown", "github", "junit", "html", "patch"],
  "text",
  "output format, or <format>=<file> to write it to a file; repeat for several outputs",
);
export type DiffFormat = (typeof diffFormatOption.values)[number];

/**
 * The checks of a diff, as `modeldoc checks` lists them: a stable id each, and the kind of the changes it
 * grades, in which modes. A version diff has one check per row of the severity table (src/diff/severity.ts:
 * a required field added is not an optional one); a variant diff one per kind, every change `drift`.
 */
export const diffChecks = [
  { id: "model-added", modes: ["version"], kind: "model-added" },
  { id: "model-removed", modes: ["version"], kind: "model-removed" },
  { id: "field-added-optional", modes: ["version"], kind: "field-added" },
  { id: "field-added-required", modes: ["version"], kind: "field-added" },
  { id: "field-removed", modes: ["version"], kind: "field-removed" },
  { id: "required-changed-to-required", modes: ["version"], kind: "required-changed" },
  { id: "required-changed-to-optional", modes: ["version"], kind: "required-changed" },
  { id: "type-changed-declaration", modes: ["version"], kind: "type-changed" },
  { id: "type-changed-widened", modes: ["version"], kind: "type-changed" },
  { id: "type-changed-narrowed", modes: ["version"], kind: "type-changed" },
  { id: "type-changed-incompatible", modes: ["version"], kind: "type-changed" },
  { id: "enum-value-added-closed", modes: ["version"], kind: "enum-value-added" },
  { id: "enum-value-added-open", modes: ["version"], kind: "enum-value-added" },
  { id: "enum-value-removed", modes: ["version"], kind: "enum-value-removed" },
  { id: "union-member-added", modes: ["version"], kind: "union-member-added" },
  { id: "union-member-removed", modes: ["version"], kind: "union-member-removed" },
  { id: "description-changed", modes: ["version", "variant"], kind: "description-changed" },
  { id: "nullable-changed-to-nullable", modes: ["version"], kind: "nullable-changed" },
  { id: "nullable-changed-to-non-nullable", modes: ["version"], kind: "nullable-changed" },
  { id: "deprecated-changed", modes: ["version", "variant"], kind: "deprecated-changed" },
  { id: "model-missing", modes: ["variant"], kind: "model-missing" },
  { id: "field-missing", modes: ["variant"], kind: "field-missing" },
  { id: "required-changed", modes: ["variant"], kind: "required-changed" },
  { id: "type-changed", modes: ["variant"], kind: "type-changed" },
  { id: "enum-value-missing", modes: ["variant"], kind: "enum-value-missing" },
  { id: "union-member-missing", modes: ["variant"], kind: "union-member-missing" },
  { id: "nullable-changed", modes: ["variant"], kind: "nullable-changed" },
  { id: "sdk-shape-envelope", modes: ["variant"], kind: "sdk-shape" },
  { id: "sdk-shape-transport", modes: ["variant"], kind: "sdk-shape" },
  { id: "sdk-shape-body", modes: ["variant"], kind: "sdk-shape" },
  { id: "sdk-shape-utility", modes: ["variant"], kind: "sdk-shape" },
  { id: "sdk-shape-rename", modes: ["variant"], kind: "sdk-shape" },
  { id: "sdk-shape-inherited", modes: ["variant"], kind: "sdk-shape" },
] as const;
export type CheckId = (typeof diffChecks)[number]["id"];

/** A change's severity; a config's `diff.severity` sets it per check id or per kind (`{ "description-changed": "breaking" }`). */
export const severityOption = choice(["breaking", "non-breaking", "info", "drift"], undefined, "the severity of a check's changes, instead of the one it has");
export type Severity = (typeof severityOption.values)[number];

/**
 * The emitter's options as a caller gives them (the API's `generate` and `emitVariant`, the CLI through
 * the config's settings): each one left out takes its default in {@link resolveEmitOptions}, once per run.
 */
export interface EmitOptions {
  /** How properties are named: `camel` (default), `as-written` or `snake`. */
  readonly naming?: FieldNaming | undefined;
  /**
   * How the API's JSON spells keys (default: as `naming`). When it differs from `naming`, or dates are
   * `Date`, `wire/<name>.ts` holds `parseX` (JSON → the TypeScript value) and `toJsonX` (back), and the
   * JSON fixtures are in the wire form.
   */
  readonly wireNaming?: FieldNaming | undefined;
  /** `pages` (default): a file per declaration and output kind; `single`: one file per output kind. */
  readonly layout?: Layout | undefined;
  /** `string` (default): date and date-time values are ISO 8601 strings; `Date`: Date objects. */
  readonly dates?: DateRepresentation | undefined;
  /** What validators do with keys a model does not list: `allow` (default), `reject` or `strip`. */
  readonly unknownKeys?: UnknownKeyPolicy | undefined;
  /**
   * Which outputs to write (default: {@link defaultOutputKinds}). An output that needs another (validators,
   * fixtures and zod schemas are typed against the interfaces) brings it along (see emit/registry.ts).
   */
  readonly emit?: readonly OutputKind[] | undefined;
  /** Every property `readonly` and every array `readonly T[]` (default false); a field the docs mark read-only is `readonly` either way. */
  readonly readonly?: boolean | undefined;
  /** `classic` (default): the zod schemas use zod's API; `mini`: zod/mini's. */
  readonly zod?: ZodFlavor | undefined;
}

/** Every emit option with its value: what the emitter reads (see emit/context.ts). */
export type ResolvedEmitOptions = { readonly [Key in keyof EmitOptions]-?: NonNullable<EmitOptions[Key]> };

/** The emit options of a run: each one given, or its default. The one place the emitter's defaults are applied. */
export function resolveEmitOptions(given: EmitOptions): ResolvedEmitOptions {
  const naming = chosen(namingOption, given.naming);
  return {
    naming,
    wireNaming: given.wireNaming ?? naming,
    layout: chosen(layoutOption, given.layout),
    dates: chosen(datesOption, given.dates),
    unknownKeys: chosen(unknownKeysOption, given.unknownKeys),
    emit: given.emit ?? defaultOutputKinds,
    readonly: given.readonly ?? defaults.readonly,
    zod: chosen(zodOption, given.zod),
  };
}

/** Paths and numbers with a default. */
export interface Defaults {
  readonly specs: string;
  readonly out: string;
  readonly mergeName: string;
  readonly lockWaitSeconds: number;
  readonly strict: boolean;
  /** Emitted types readonly (`--readonly`). */
  readonly readonly: boolean;
}

/** Paths and numbers with a default. */
export const defaults: Defaults = {
  /** With no folders given, the folder whose subfolders are the variants. */
  specs: "specs",
  /** Each variant goes to `<out>/<name>`. */
  out: "generated",
  /** The merged output's name (`generate --merge`). */
  mergeName: "merged",
  /** How long a run waits for another run writing to the same output folder, in seconds. */
  lockWaitSeconds: 60,
  /** Any diagnostic fails the run (exit 1); by default what cannot be read is a warning and the run goes on. */
  strict: false,
  readonly: false,
};

/** A choice given, or its default: the one place a choice's default is applied. */
export function chosen<Value extends string>(option: Choice<Value, Value>, value: Value | undefined): Value {
  return value ?? option.default;
}

/** How long a run waits for another run's lock on its output folder, in milliseconds: as given, or the default. */
export function lockWaitMilliseconds(given: number | undefined): number {
  return given ?? defaults.lockWaitSeconds * 1000;
}

/** A setting given, or its default (see {@link defaults}): the one place those defaults are applied. */
export function orDefault<Key extends keyof Defaults>(key: Key, value: Defaults[Key] | undefined): Defaults[Key] {
  return value ?? defaults[key];
}

/** Whether a value is one of a choice's values (a flag or a config value read as text). */
export function isChoice<Value extends string>(option: Choice<Value>, value: unknown): value is Value {
  return typeof value === "string" && (option.values as readonly string[]).includes(value);
}
