/**
 * The zod part of `runtime.ts`: what the zod schemas (zod.ts) need so that they read an object as the
 * validators do, by its own keys. zod reads a field as `value[key]` and its presence as `key in value`,
 * so an object without a `constructor` or `toString` would seem to have the ones every object inherits;
 * and zod skips an own `__proto__` key altogether (its guard against prototype pollution), so a map's
 * `__proto__` entry (`JSON.parse('{"__proto__": 5}')` makes one) would go unchecked.
 *
 * The helpers are for `z.preprocess` and typed by what they use of zod, so runtime.ts loads no zod.
 */
import { StructureKind } from "../code/kinds.js";
import type { Block } from "../code/source-file.js";
import type { InterfaceDeclaration, TypeAliasDeclaration } from "../code/structures.js";
import { arrayType, typeReference, type TypeNode } from "../code/syntax.js";
import { fn } from "./code.js";

const t = typeReference;
const unknown = t("unknown");
const propertyKeys = arrayType(t("PropertyKey"), true);

const issueList: TypeNode = arrayType({ kind: "object-type", members: [{ name: "readonly path", optional: false, type: propertyKeys }] }, true);
const parseResult: TypeNode = {
  kind: "object-type",
  members: [{ name: "readonly error", optional: true, type: { kind: "union-type", members: [{ kind: "object-type", members: [{ name: "readonly issues", optional: false, type: issueList }] }, t("undefined")] } }],
};

const zodResultLike: TypeAliasDeclaration = {
  kind: StructureKind.TypeAlias,
  name: "ZodResultLike",
  isExported: true,
  docs: ["What checkOwnProto reads of the result of zod's safeParse: the paths of its issues."],
  type: parseResult,
};

const zodContextLike: InterfaceDeclaration = {
  kind: StructureKind.Interface,
  name: "ZodContextLike",
  isExported: true,
  docs: ["What checkOwnProto uses of the context zod gives a preprocess function: the issue list of the value."],
  properties: [{ name: "issues", hasQuestionToken: false, type: arrayType(unknown) }],
};

const preprocessType: TypeNode = {
  kind: "function-type",
  parameters: [
    { name: "value", type: unknown },
    { name: "context", type: t("ZodContextLike") },
  ],
  returnType: unknown,
};

const helpers = [
  fn("ownProperties", true, "For z.preprocess before a model whose fields include a key every object inherits (\"constructor\",\n\"toString\"): the object's own keys in an object without a prototype, which is all that zod then sees.", [["value", unknown]], unknown, String.raw`
if (!isRecord(value)) return value;
const own: Record<string, unknown> = Object.create(null);
for (const key of Object.keys(value)) own[key] = value[key];
return own;
`),
  {
    ...fn("checkOwnProto", true, "For z.preprocess (or zod/mini's z.transform) before a map, or a model with a \"__proto__\" field: checks\nthe value of an own \"__proto__\" key, which zod skips, with the schema of its entries (or field), at its path;\n`safeParse` is zod's (z.safeParse).", [["schema", t("S")], ["required", t("boolean")], ["safeParse", { kind: "function-type", parameters: [{ name: "schema", type: t("S") }, { name: "value", type: unknown }], returnType: t("ZodResultLike") }]], preprocessType, String.raw`
return (value, context) => {
  if (!isRecord(value)) return value;
  if (!hasOwnProperty.call(value, "__proto__")) {
    if (required) {
      const message = "required property is missing";
      context.issues.push({
        code: "invalid_type",
        expected: "nonoptional",
        path: ["__proto__"],
        message,
      });
    }
    return value;
  }
  const issues = safeParse(schema, value["__proto__"]).error?.issues ?? [];
  for (const issue of issues)
    context.issues.push({ ...issue, path: ["__proto__", ...issue.path] });
  return value;
};
`),
    typeParameters: ["S"],
  },
];

/** The blocks of runtime.ts for the zod schemas. */
export const zodBlocks: readonly Block[] = [[zodResultLike], [zodContextLike], ...helpers.map((helper) => [helper])];
