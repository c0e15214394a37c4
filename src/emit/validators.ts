/**
 * `validators/<name>.ts`, per declaration:
 *
 * - `isX(value)`: the type guard. Plain boolean code that allocates nothing and stops at the first
 *   mismatch; valid values never run anything else. It never changes the value.
 * - `validateX(value, path = "$")`: every issue, with its path; `[]` for a valid value. It runs `isX`
 *   first and collects issues only for an invalid value.
 * - `assertX(value)`: throws a ValidationError listing the issues.
 * - `collectXIssues(value, path, issues)`: pushes the issues of a value `isX` rejected; the validators
 *   of other declarations call it (not re-exported from index.ts).
 * - `stripX(value)` (unknown-key policy `strip` only): deletes, in place, the keys of a valid value that
 *   its models do not list.
 *
 * Unknown keys (keys a model does not list) follow {@link UnknownKeyPolicy}. A model with no fields on
 * the wire is typed `Record<string, unknown>` (a free-form object), so every key is its own: the policy
 * does not apply to it.
 */
import type { EnumDecl, ModelDecl, UnionDecl } from "../ir/types.js";
import { isPlainPropertyName, type FieldNaming } from "../ir/naming.js";
import { pageBanner } from "./banner.js";
import { printDoc } from "./doc-printer.js";
import { importDoc, indentLines, parametersDoc } from "./layout.js";
import { stringLiteral } from "./literals.js";
import { compareCodeUnits, RUNTIME_EXPORTS, type DeclarationSymbol, type SymbolTable } from "./symbols.js";
import { literalText, type DateRepresentation } from "./typescript-type.js";
import {
  acceptsAnything,
  collectLines,
  describeType,
  failsExpression,
  failureLines,
  openEnumKinds,
  runtime,
  stripLines,
  stripsDeclaration,
  stripsType,
  testExpression,
  type CallKind,
  type CheckContext,
} from "./validator-checks.js";
import { enumValues, inheritedKeys, isOpenEnum, unionMemberTypes, wireFields, type WireField } from "./wire.js";

/**
 * What validators do with keys a model does not list: `allow` them (the default), `reject` them (an
 * issue per unknown key, at its path), or `strip` them (`validateX` and `assertX` delete them from a
 * valid value, in place; an invalid value is left as it was; `isX` never changes anything).
 */
export type UnknownKeyPolicy = "allow" | "reject" | "strip";

export interface ValidatorsFileOptions {
  readonly naming: FieldNaming;
  readonly dates: DateRepresentation;
  readonly unknownKeys: UnknownKeyPolicy;
}

/** How many enum values the `expected` of an issue spells out before it says how many more there are. */
const EXPECTED_VALUES_SHOWN = 10;

/** The path step of a key known when generating: `.hookUrl` or `["x-api-key"]`. */
function propertyStep(key: string): string {
  return isPlainPropertyName(key) ? `.${key}` : `[${JSON.stringify(key)}]`;
}

/** How a field is read from a record: `value["key"]`, or `ownValue` for inherited names. */
function readField(record: string, key: string, ctx: CheckContext): string {
  return inheritedKeys.has(key)
    ? `${runtime(ctx, "ownValue")}(${record}, ${stringLiteral(key)})`
    : `${record}[${stringLiteral(key)}]`;
}

/** What the three (or four) functions of a declaration do, as statements. */
interface Bodies {
  /** Module-level statements before the functions (constants). */
  readonly constants: string[];
  /** `isX`'s body; `undefined` when every value is valid. */
  readonly test: string[] | undefined;
  /** `collectXIssues`'s body. */
  readonly collect: string[];
  /** `stripX`'s body, when the declaration strips. */
  readonly strip: string[] | undefined;
}

interface ModelPlan {
  readonly fields: readonly WireField[];
  /** Unknown keys are checked (reject) or deleted (strip). */
  readonly keyed: boolean;
}

function knownKeysConstant(fields: readonly WireField[]): string {
  const keys = fields.map(({ key }) => stringLiteral(key)).join(", ");
  return `const knownKeys: ReadonlySet<string> = new Set<string>([${keys}]);`;
}

function modelTest(plan: ModelPlan, ctx: CheckContext, policy: UnknownKeyPolicy): string[] {
  ctx.nextLocal = 1;
  const lines = [`if (!${runtime(ctx, "isRecord")}(value)) return false;`];
  for (const { field, key, type } of plan.fields) {
    const anything = acceptsAnything(type, ctx.symbols);
    if (anything && !field.required) continue;
    const v = `v${ctx.nextLocal++}`;
    lines.push(`const ${v} = ${readField("value", key, ctx)};`);
    if (anything) {
      lines.push(`if (${v} === undefined) return false;`);
      continue;
    }
    // Every test rejects undefined, so a required field needs no separate presence check.
    const conditions = [
      ...(field.required ? [] : [`${v} !== undefined`]),
      ...(field.nullable ? [`${v} !== null`] : []),
      failsExpression(type, v, ctx),
    ];
    lines.push(`if (${conditions.join(" && ")}) return false;`);
  }
  if (plan.keyed && policy === "reject") lines.push(`for (const key in value) if (!knownKeys.has(key)) return false;`);
  lines.push(`return true;`);
  return lines;
}

function modelCollect(self: DeclarationSymbol, plan: ModelPlan, ctx: CheckContext, policy: UnknownKeyPolicy): string[] {
  ctx.nextLocal = 1;
  const notObject = `${runtime(ctx, "issueAt")}(path, ${stringLiteral(`${self.identifier} object`)}, value)`;
  const lines = [`if (!${runtime(ctx, "isRecord")}(value)) {`, `issues.push(${notObject});`, `return;`, `}`];
  for (const { field, key, type } of plan.fields) {
    const anything = acceptsAnything(type, ctx.symbols);
    if (anything && !field.required) continue;
    const v = `v${ctx.nextLocal++}`;
    const path = `path + ${stringLiteral(propertyStep(key))}`;
    lines.push(`const ${v} = ${readField("value", key, ctx)};`);
    const failed = anything ? [] : failureLines(type, { value: v, path, target: "issues" }, ctx);
    const badValue = [...(field.nullable ? [`${v} !== null`] : []), anything ? "" : failsExpression(type, v, ctx)].join(" && ");
    if (field.required) {
      const expected = stringLiteral(describeType(type, ctx.symbols, ctx.dates));
      lines.push(`if (${v} === undefined) issues.push(${runtime(ctx, "missingAt")}(${path}, ${expected}));`);
      if (!anything) lines.push(`else if (${badValue}) {`, ...failed, `}`);
    } else {
      lines.push(`if (${v} !== undefined && ${badValue}) {`, ...failed, `}`);
    }
  }
  if (plan.keyed && policy === "reject") {
    const unknown = `${runtime(ctx, "unknownKeyAt")}(${runtime(ctx, "propertyPath")}(path, key), ${stringLiteral(self.identifier)}, value[key])`;
    lines.push(`for (const key in value) {`, `if (!knownKeys.has(key)) issues.push(${unknown});`, `}`);
  }
  return lines;
}

function modelStrip(plan: ModelPlan, ctx: CheckContext): string[] {
  ctx.nextLocal = 1;
  const lines = [
    `const record = value as Record<string, unknown>;`,
    `for (const key of Object.keys(record)) if (!knownKeys.has(key)) delete record[key];`,
  ];
  for (const { field, key, type } of plan.fields) {
    if (!stripsType(type, ctx)) continue;
    const v = `v${ctx.nextLocal++}`;
    lines.push(`const ${v} = ${readField("record", key, ctx)};`);
    const present = field.required && !field.nullable ? [] : [`${v} !== undefined`, `${v} !== null`];
    const strip = stripLines(type, v, ctx);
    lines.push(...(present.length === 0 ? strip : [`if (${present.join(" && ")}) {`, ...strip, `}`]));
  }
  return lines;
}

function modelBodies(decl: ModelDecl, self: DeclarationSymbol, ctx: CheckContext, policy: UnknownKeyPolicy): Bodies {
  const fields = wireFields(decl, ctx.naming);
  const plan: ModelPlan = { fields, keyed: policy !== "allow" && fields.length !== 0 };
  return {
    constants: plan.keyed ? [knownKeysConstant(fields)] : [],
    test: modelTest(plan, ctx, policy),
    collect: modelCollect(self, plan, ctx, policy),
    strip: policy === "strip" && stripsDeclaration(self, ctx) ? modelStrip(plan, ctx) : undefined,
  };
}

function enumExpected(decl: EnumDecl): string {
  const values = enumValues(decl);
  if (isOpenEnum(decl)) return openEnumKinds(values).join(" | ");
  const shown = values.slice(0, EXPECTED_VALUES_SHOWN).map(literalText).join(", ");
  const more = values.length - EXPECTED_VALUES_SHOWN;
  return `one of ${shown}${more > 0 ? `, ... (${more} more)` : ""}`;
}

function enumBodies(decl: EnumDecl, self: DeclarationSymbol, ctx: CheckContext, typeValues: Set<string>): Bodies {
  const report = `issues.push(${runtime(ctx, "issueAt")}(path, ${stringLiteral(enumExpected(decl))}, value));`;
  const collect = [`if (!${self.guardName}(value)) ${report}`];
  if (isOpenEnum(decl)) {
    const accepted = openEnumKinds(enumValues(decl)).map((kind) => `typeof value === "${kind}"`);
    return { constants: [], test: [`return ${accepted.join(" || ")};`], collect, strip: undefined };
  }
  typeValues.add(self.valuesName);
  return {
    constants: [`const valueSet = new Set<unknown>(${self.valuesName});`],
    test: [`return valueSet.has(value);`],
    collect,
    strip: undefined,
  };
}

function unionBodies(decl: UnionDecl, self: DeclarationSymbol, ctx: CheckContext, policy: UnknownKeyPolicy): Bodies {
  const members = unionMemberTypes(decl);
  if (members === undefined || acceptsAnything(members, ctx.symbols)) {
    return { constants: [], test: undefined, collect: [], strip: undefined };
  }
  const test = [`return ${testExpression(members, "value", ctx)};`];
  ctx.nextLocal = 1;
  const collect = collectLines(members, { value: "value", path: "path", target: "issues" }, ctx);
  ctx.nextLocal = 1;
  const strip = policy === "strip" && stripsDeclaration(self, ctx) ? stripLines(members, "value", ctx) : undefined;
  return { constants: [], test, collect, strip };
}

/** A function declaration as text. Validator modules are plain statements, so they are printed directly
 * (ts-morph's writer would re-scan every line), in prettier's layout (see layout.ts). */
interface FunctionText {
  readonly doc: string;
  readonly name: string;
  readonly parameters: readonly string[];
  readonly returnType: string;
  readonly body: readonly string[];
}

function functionText(fn: FunctionText): string {
  const empty = fn.body.length === 0;
  return [
    `/** ${fn.doc} */`,
    printDoc([`export function ${fn.name}`, parametersDoc(fn.parameters), `: ${fn.returnType} ${empty ? "{}" : "{"}`]),
    ...(empty ? [] : [...indentLines(fn.body), `}`]),
  ].join("\n");
}

/** A parameter a body does not read starts with `_`, for consumers compiling with noUnusedParameters. */
function parameter(name: string, type: string, used: boolean, initializer?: string): string {
  return `${used ? name : `_${name}`}: ${type}${initializer === undefined ? "" : ` = ${initializer}`}`;
}

function functions(self: DeclarationSymbol, bodies: Bodies, ctx: CheckContext): string[] {
  const name = self.identifier;
  const issueType = runtime(ctx, "ValidationIssue");
  const acceptsAll = bodies.test === undefined;
  const strips = bodies.strip !== undefined;
  const validateBody = acceptsAll
    ? [`return [];`]
    : [
        `const issues: ${issueType}[] = [];`,
        strips
          ? `if (${self.guardName}(value)) ${self.stripName}(value);\nelse ${self.collectName}(value, path, issues);`
          : `if (!${self.guardName}(value)) ${self.collectName}(value, path, issues);`,
        `return issues;`,
      ];
  const stripNote = strips ? " Deletes the keys its models do not list from a valid `value`, in place." : "";
  const list: FunctionText[] = [
    {
      doc: `Every way \`value\` is not a valid {@link ${name}}; empty when it is one.${stripNote}`,
      name: self.validatorName,
      parameters: [parameter("value", "unknown", !acceptsAll), parameter("path", "string", !acceptsAll, stringLiteral("$"))],
      returnType: `${issueType}[]`,
      body: validateBody,
    },
    {
      doc: `Whether \`value\` is a valid {@link ${name}}. Stops at the first mismatch; never changes \`value\`.`,
      name: self.guardName,
      parameters: [parameter("value", "unknown", !acceptsAll)],
      returnType: `${acceptsAll ? "_value" : "value"} is ${name}`,
      body: bodies.test ?? [`return true;`],
    },
    {
      doc: `Throws a ValidationError listing the issues unless \`value\` is a valid {@link ${name}}.${stripNote}`,
      name: self.assertName,
      parameters: [parameter("value", "unknown", true)],
      returnType: `asserts value is ${name}`,
      body: [
        `const issues = ${self.validatorName}(value);`,
        `if (issues.length !== 0) throw new ${runtime(ctx, "ValidationError")}(${stringLiteral(name)}, issues);`,
      ],
    },
    {
      doc: `Pushes to \`issues\` every way \`value\` is not a valid {@link ${name}}. For a value {@link ${self.guardName}} rejects; validators of other types call it.`,
      name: self.collectName,
      parameters: [
        parameter("value", "unknown", !acceptsAll),
        parameter("path", "string", !acceptsAll),
        parameter("issues", `${issueType}[]`, !acceptsAll),
      ],
      returnType: "void",
      body: bodies.collect,
    },
  ];
  if (bodies.strip !== undefined) {
    list.push({
      doc: `Deletes the keys its models do not list from \`value\`, a valid {@link ${name}}, in place.`,
      name: self.stripName,
      parameters: [parameter("value", "unknown", true)],
      returnType: "void",
      body: bodies.strip,
    });
  }
  return list.map(functionText);
}

const runtimeTypes = new Set(["ValidationIssue"]);
const callOrder: readonly CallKind[] = ["is", "collect", "strip"];

function importText(names: readonly string[], from: string, typeOnly = false): string {
  return printDoc(importDoc(names, stringLiteral(from), typeOnly));
}

function importStatements(self: DeclarationSymbol, ctx: CheckContext, typeValues: Set<string>): string[] {
  const runtimeNames = RUNTIME_EXPORTS.filter((name) => ctx.runtime.has(name));
  const onlyTypes = runtimeNames.every((name) => runtimeTypes.has(name));
  const imports = [
    importText(
      runtimeNames.map((name) => (!onlyTypes && runtimeTypes.has(name) ? `type ${name}` : name)),
      "../runtime.js",
      onlyTypes,
    ),
    typeValues.size === 0
      ? importText([self.identifier], `../types/${self.fileName}.js`, true)
      : importText([`type ${self.identifier}`, ...[...typeValues].sort(compareCodeUnits)], `../types/${self.fileName}.js`),
  ];
  const others = [...ctx.calls.keys()].sort((a, b) => compareCodeUnits(a.fileName, b.fileName));
  for (const other of others) {
    const kinds = ctx.calls.get(other) ?? new Set<CallKind>();
    const names = callOrder
      .filter((kind) => kinds.has(kind))
      .map((kind) => (kind === "is" ? other.guardName : kind === "collect" ? other.collectName : other.stripName));
    imports.push(importText(names, `./${other.fileName}.js`));
  }
  return imports;
}

/** The text of `validators/<name>.ts`, in prettier's layout where layout.ts can vouch for it (format.ts does the rest). */
export function validatorsFile(self: DeclarationSymbol, symbols: SymbolTable, options: ValidatorsFileOptions): string {
  const ctx: CheckContext = {
    self,
    symbols,
    dates: options.dates,
    naming: options.naming,
    runtime: new Set(),
    calls: new Map(),
    helpers: [],
    helperNames: new Map(),
    strippable: new Map(),
    nextLocal: 1,
    nextHelper: 1,
  };
  const typeValues = new Set<string>();
  const decl = self.decl;
  const policy = options.unknownKeys;
  const bodies =
    decl.kind === "model"
      ? modelBodies(decl, self, ctx, policy)
      : decl.kind === "enum"
        ? enumBodies(decl, self, ctx, typeValues)
        : unionBodies(decl, self, ctx, policy);
  const declarations = functions(self, bodies, ctx); // before the imports: it notes the runtime names it uses
  const helpers = ctx.helpers.map((helper) => indentLines([helper], 0).join("\n"));
  const blocks = [importStatements(self, ctx, typeValues).join("\n"), ...declarations, ...helpers];
  if (bodies.constants.length !== 0) blocks.splice(1, 0, bodies.constants.join("\n"));
  return `${pageBanner([decl.id])}\n\n${blocks.join("\n\n")}\n`;
}
