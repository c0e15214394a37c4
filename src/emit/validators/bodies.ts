/**
 * What the functions of a validator module do, per declaration kind (model, enum, union), as
 * statements: the body of `isX`, of `collectXIssues` and of `stripX`, and the module constants they
 * read. Each body is one function, with a scope of its own for its local names.
 */
import { StructureKind } from "../code/kinds.js";
import type { UnknownKeyPolicy } from "../../options.js";
import type { EnumDecl, ModelDecl, UnionDecl } from "../../ir/types.js";
import { isPlainPropertyName } from "../../ir/naming.js";
import {
  as,
  binary,
  block,
  call,
  constant,
  construct,
  expressionStatement,
  forIn,
  ifStatement,
  index,
  logical,
  member,
  name,
  not,
  pure,
  quoted,
  returns,
  typeReference,
  array,
  arrayType,
  type Expression,
  type Statement,
  type VariableStatement,
} from "../code/syntax.js";
import type { FunctionDeclaration } from "../code/structures.js";
import type { DeclarationSymbol } from "../common/symbols.js";
import { acceptsAnything, describeType } from "../common/type-facts.js";
import { literalExpression, literalText } from "../common/type-node.js";
import { enumValues, inheritedKeys, isOpenEnum } from "../common/wire.js";
import type { WireField } from "../view.js";
import {
  callee,
  failsExpression,
  functionScope,
  helper,
  openEnumKinds,
  runtime,
  runtimeCall,
  testExpression,
  typeofTest,
  type CheckContext,
} from "./checks.js";
import { collectStatements, failureStatements } from "./issues.js";
import { discriminatedStrip, modelStrip, unionStrip } from "./strip.js";
import type { DiscriminatedMember, UnionDiscriminator } from "../view.js";

/** How many enum values the `expected` of an issue spells out before it says how many more there are. */
const EXPECTED_VALUES_SHOWN = 10;

/** What the three (or four) functions of a declaration do, as statements. */
export interface Bodies {
  /** Module-level constants before the functions. */
  readonly constants: readonly VariableStatement[];
  /** `isX`'s body; `undefined` when every value is valid. */
  readonly test: readonly Statement[] | undefined;
  /** `collectXIssues`'s body. */
  readonly collect: readonly Statement[];
  /** `stripX`'s body, when the declaration strips. */
  readonly strip: readonly Statement[] | undefined;
  /** Names of the declaration's types module that the constants read (an enum's values). */
  readonly typeValues: readonly string[];
}

interface ModelPlan {
  readonly fields: readonly WireField[];
  /** Unknown keys are checked (reject) or deleted (strip). */
  readonly keyed: boolean;
}

const value = name("value");
const record = name("record");

/** The path step of a key known when generating: `.hookUrl` or `["x-api-key"]`. */
function propertyStep(key: string): string {
  return isPlainPropertyName(key) ? `.${key}` : `[${JSON.stringify(key)}]`;
}

/** How a field is read from a record: `value["key"]`, or `ownValue` for inherited names. */
function readField(from: Expression, key: string, ctx: CheckContext): Expression {
  return inheritedKeys.has(key) ? runtimeCall(ctx, "ownValue", [from, quoted(key)]) : index(from, quoted(key));
}

/**
 * Whether an optional field whose value reads as `undefined` is there: `key in value` (the key is read
 * through the prototype chain, as the code using the value will), or an own key for inherited names. A
 * present `undefined` is not absence: under `exactOptionalPropertyTypes`, `key?: T` does not hold it.
 */
function isPresent(from: Expression, key: string, ctx: CheckContext): Expression {
  return inheritedKeys.has(key) ? runtimeCall(ctx, "hasOwnKey", [from, quoted(key)]) : binary(quoted(key), "in", from);
}

/** `v !== undefined || key in value`: an optional field is checked when it is there. */
function isThere(v: Expression, key: string, ctx: CheckContext): Expression {
  return logical("||", [binary(v, "!==", name("undefined")), isPresent(value, key, ctx)]);
}

/** `if (!knownKeys.has(key)) statement` */
function unlessKnown(key: Expression, statement: Statement, ctx: CheckContext): Statement {
  return ifStatement(not(call(member(name(ctx.local("knownKeys")), "has"), [key])), statement);
}

function knownKeysConstant(fields: readonly WireField[], ctx: CheckContext): VariableStatement {
  const keys = fields.map(({ key }) => quoted(key));
  const set = pure(construct("Set", [array(keys)], [typeReference("string")]));
  return constant(ctx.local("knownKeys"), set, typeReference("ReadonlySet", [typeReference("string")]));
}

/**
 * Field checks per function. tsc gives up on the control flow of one function with about 750 of them
 * (TS2563, "too large for control flow analysis"), so a larger model's checks are split into helpers.
 */
export const FIELDS_PER_FUNCTION = 200;

/**
 * A model's per-field statements, in the function itself or, past {@link FIELDS_PER_FUNCTION} fields,
 * in helpers of that many fields each (`prefix1(value, …)`, …), which `call` turns into statements.
 */
function splitFields(
  plan: ModelPlan,
  ctx: CheckContext,
  build: (fields: readonly WireField[]) => Statement[],
  helperFunction: (helperName: string, statements: Statement[]) => FunctionDeclaration,
  callHelper: (helperName: string) => Statement,
  prefix: string,
): Statement[] {
  if (plan.fields.length <= FIELDS_PER_FUNCTION) return build(plan.fields);
  const statements: Statement[] = [];
  for (let start = 0; start < plan.fields.length; start += FIELDS_PER_FUNCTION) {
    const fields = plan.fields.slice(start, start + FIELDS_PER_FUNCTION);
    const helperName = helper(ctx, `${prefix}:${start}`, prefix, (helperName) => helperFunction(helperName, build(fields)));
    statements.push(callHelper(helperName));
  }
  return statements;
}

const recordType = typeReference("Record", [typeReference("string"), typeReference("unknown")]);

function fieldTests(fields: readonly WireField[], ctx: CheckContext): Statement[] {
  const scope = functionScope();
  const statements: Statement[] = [];
  for (const { field, key, type } of fields) {
    const anything = acceptsAnything(type, ctx.emit.symbols);
    if (anything && !field.required) continue;
    const v = name(scope.local("v"));
    statements.push(constant(v.name, readField(value, key, ctx)));
    if (anything) {
      statements.push(ifStatement(binary(v, "===", name("undefined")), returns(name("false"))));
      continue;
    }
    // Every test rejects undefined, so a required field needs no separate presence check.
    const conditions = [
      ...(field.required ? [] : [isThere(v, key, ctx)]),
      ...(field.nullable ? [binary(v, "!==", name("null"))] : []),
      failsExpression(type, v, ctx),
    ];
    statements.push(ifStatement(logical("&&", conditions), returns(name("false"))));
  }
  return statements;
}

function modelTest(plan: ModelPlan, ctx: CheckContext, policy: UnknownKeyPolicy): Statement[] {
  const statements: Statement[] = [ifStatement(not(runtimeCall(ctx, "isRecord", [value])), returns(name("false")))];
  statements.push(
    ...splitFields(
      plan,
      ctx,
      (fields) => fieldTests(fields, ctx),
      (helperName, body) => ({
        kind: StructureKind.Function,
        name: helperName,
        isExported: false,
        parameters: [{ name: "value", type: recordType }],
        returnType: typeReference("boolean"),
        statements: [...body, returns(name("true"))],
      }),
      (helperName) => ifStatement(not(call(helperName, [value])), returns(name("false"))),
      "hasValidFields",
    ),
  );
  if (plan.keyed && policy === "reject") {
    statements.push(forIn("key", value, unlessKnown(name("key"), returns(name("false")), ctx)));
  }
  statements.push(returns(name("true")));
  return statements;
}

function fieldCollects(fields: readonly WireField[], ctx: CheckContext): Statement[] {
  const scope = functionScope();
  const issues = member(name("issues"), "push");
  const statements: Statement[] = [];
  for (const { field, key, type } of fields) {
    const anything = acceptsAnything(type, ctx.emit.symbols);
    if (anything && !field.required) continue;
    const v = name(scope.local("v"));
    const path = binary(name("path"), "+", quoted(propertyStep(key)));
    statements.push(constant(v.name, readField(value, key, ctx)));
    const isMissing = binary(v, "===", name("undefined"));
    const missing = (): Statement => {
      const expected = quoted(describeType(type, ctx.emit.symbols, ctx.emit.options.dates));
      return expressionStatement(call(issues, [runtimeCall(ctx, "missingAt", [path, expected])]));
    };
    if (anything) {
      // Only a required field of any type gets here: absence is all there is to report.
      statements.push(ifStatement(isMissing, missing()));
      continue;
    }
    const failed = block(failureStatements(type, { value: v, path, target: "issues" }, ctx, scope));
    const badValue = [...(field.nullable ? [binary(v, "!==", name("null"))] : []), failsExpression(type, v, ctx)];
    statements.push(
      field.required
        ? ifStatement(isMissing, missing(), ifStatement(logical("&&", badValue), failed))
        : ifStatement(logical("&&", [isThere(v, key, ctx), ...badValue]), failed),
    );
  }
  return statements;
}

function modelCollect(self: DeclarationSymbol, plan: ModelPlan, ctx: CheckContext, policy: UnknownKeyPolicy): Statement[] {
  const issues = member(name("issues"), "push");
  const notObject = runtimeCall(ctx, "issueAt", [name("path"), quoted(`${self.identifier} object`), value]);
  const statements: Statement[] = [
    ifStatement(not(runtimeCall(ctx, "isRecord", [value])), block([expressionStatement(call(issues, [notObject])), returns()])),
  ];
  statements.push(
    ...splitFields(
      plan,
      ctx,
      (fields) => fieldCollects(fields, ctx),
      (helperName, body) => ({
        kind: StructureKind.Function,
        name: helperName,
        isExported: false,
        parameters: [
          { name: "value", type: recordType },
          { name: "path", type: typeReference("string") },
          { name: "issues", type: arrayType(typeReference(issueTypeName(ctx))) },
        ],
        returnType: typeReference("void"),
        statements: body,
      }),
      (helperName) => expressionStatement(call(helperName, [value, name("path"), name("issues")])),
      "collectFieldIssues",
    ),
  );
  if (plan.keyed && policy === "reject") {
    const key = name("key");
    const unknownKey = runtimeCall(ctx, "unknownKeyAt", [runtimeCall(ctx, "propertyPath", [name("path"), key]), quoted(self.identifier), index(value, key)]);
    statements.push(forIn("key", value, block([unlessKnown(key, expressionStatement(call(issues, [unknownKey])), ctx)])));
  }
  return statements;
}

export function modelBodies(decl: ModelDecl, self: DeclarationSymbol, ctx: CheckContext, policy: UnknownKeyPolicy): Bodies {
  const fields = ctx.emit.view.fields(decl);
  const plan: ModelPlan = { fields, keyed: policy !== "allow" && fields.length !== 0 };
  return {
    constants: plan.keyed ? [knownKeysConstant(fields, ctx)] : [],
    test: modelTest(plan, ctx, policy),
    collect: modelCollect(self, plan, ctx, policy),
    strip: policy === "strip" && ctx.emit.view.strips(self) ? modelStrip(decl, ctx) : undefined,
    typeValues: [],
  };
}

function enumExpected(decl: EnumDecl): string {
  const values = enumValues(decl);
  if (isOpenEnum(decl)) return openEnumKinds(values).join(" | ");
  const shown = values.slice(0, EXPECTED_VALUES_SHOWN).map(literalText).join(", ");
  const more = values.length - EXPECTED_VALUES_SHOWN;
  return `one of ${shown}${more > 0 ? `, ... (${more} more)` : ""}`;
}

export function enumBodies(decl: EnumDecl, self: DeclarationSymbol, ctx: CheckContext): Bodies {
  const report = call(member(name("issues"), "push"), [runtimeCall(ctx, "issueAt", [name("path"), quoted(enumExpected(decl)), value])]);
  const collect = [ifStatement(not(call(self.guardName, [value])), expressionStatement(report))];
  if (isOpenEnum(decl)) {
    return { constants: [], test: [returns(typeofTest(openEnumKinds(enumValues(decl)), value))], collect, strip: undefined, typeValues: [] };
  }
  return {
    constants: [constant(ctx.local("valueSet"), pure(construct("Set", [name(self.valuesName)], [typeReference("unknown")])))],
    test: [returns(call(member(name(ctx.local("valueSet")), "has"), [value]))],
    collect,
    strip: undefined,
    typeValues: [self.valuesName],
  };
}

export function unionBodies(decl: UnionDecl, self: DeclarationSymbol, ctx: CheckContext, policy: UnknownKeyPolicy): Bodies {
  const members = ctx.emit.view.members(decl);
  if (members === undefined || acceptsAnything(members, ctx.emit.symbols)) {
    return { constants: [], test: undefined, collect: [], strip: undefined, typeValues: [] };
  }
  const discriminator = ctx.emit.view.discriminator(decl);
  if (discriminator !== undefined) return discriminatedBodies(discriminator, self, ctx, policy);
  const test = [returns(testExpression(members, value, ctx))];
  const collect = collectStatements(members, { value, path: name("path"), target: "issues" }, ctx, functionScope());
  const strip = policy === "strip" && ctx.emit.view.strips(self) ? unionStrip(members, ctx) : undefined;
  return { constants: [], test, collect, strip, typeValues: [] };
}

/** `tag === "a" || tag === "b"`: whether the discriminating field selects the member. */
function selects(tag: Expression, member: DiscriminatedMember): Expression {
  return logical("||", member.values.map((selecting) => binary(tag, "===", literalExpression(selecting))));
}

/**
 * A discriminated union's functions dispatch on its field: the value is checked (its issues collected,
 * its unknown keys stripped) as the member the field selects, and a value whose field selects none is
 * an issue at the field.
 */
function discriminatedBodies(discriminator: UnionDiscriminator, self: DeclarationSymbol, ctx: CheckContext, policy: UnknownKeyPolicy): Bodies {
  const tag = name("tag");
  const readTag = constant("tag", readField(value, discriminator.key, ctx));
  const notObject = ifStatement(not(runtimeCall(ctx, "isRecord", [value])), returns(name("false")));
  const test = [
    notObject,
    readTag,
    ...discriminator.members.map((member) => ifStatement(selects(tag, member), returns(call(callee(ctx, member.symbol, "is"), [value])))),
    returns(name("false")),
  ];
  const push = (issue: Expression): Statement => expressionStatement(call(member(name("issues"), "push"), [issue]));
  const expected = describeType({ kind: "union", members: discriminator.members.map(({ symbol }) => ({ kind: "ref", target: symbol.decl.id, written: symbol.identifier })) }, ctx.emit.symbols, ctx.emit.options.dates);
  const tagPath = binary(name("path"), "+", quoted(propertyStep(discriminator.key)));
  const tagExpected = quoted(discriminator.members.flatMap(({ values }) => values.map(literalText)).join(" | "));
  const collect = [
    ifStatement(not(runtimeCall(ctx, "isRecord", [value])), block([push(runtimeCall(ctx, "issueAt", [name("path"), quoted(expected), value])), returns()])),
    readTag,
    ...discriminator.members.map((member) =>
      ifStatement(selects(tag, member), block([expressionStatement(call(callee(ctx, member.symbol, "collect"), [value, name("path"), name("issues")])), returns()])),
    ),
    ifStatement(binary(tag, "===", name("undefined")), push(runtimeCall(ctx, "missingAt", [tagPath, tagExpected])), push(runtimeCall(ctx, "issueAt", [tagPath, tagExpected, tag]))),
  ];
  const strip = policy === "strip" && ctx.emit.view.strips(self) ? discriminatedStrip(discriminator, ctx) : undefined;
  return { constants: [], test, collect, strip, typeValues: [] };
}

/** `ValidationIssue`, noted so the module imports it. */
export function issueTypeName(ctx: CheckContext): string {
  return runtime(ctx, "ValidationIssue");
}
