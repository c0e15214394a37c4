/**
 * The fixture builders' part of `runtime.ts`: `makeX(overrides?)` (fixtures/emitter.ts) is
 * `makeFixture(xFixtures.full, overrides)`, a deep copy of the fixture with the overrides merged in, to any
 * depth. Arrays, dates and bytes are replaced whole; an override of `undefined` changes nothing.
 */
import { StructureKind } from "../code/kinds.js";
import type { Block } from "../code/source-file.js";
import type { TypeAliasDeclaration } from "../code/structures.js";
import { typeReference, unionType, type TypeNode } from "../code/syntax.js";
import { fn } from "./code.js";

const t = typeReference;
const unknown = t("unknown");

function fixedType(name: string, doc: string, text: string, typeParameters: readonly string[] = []): TypeAliasDeclaration {
  const type: TypeNode = { kind: "verbatim-type", text };
  return { kind: StructureKind.TypeAlias, name, isExported: true, typeParameters, docs: [doc], type };
}

const deepPartial = fixedType(
  "DeepPartial",
  "What makeX takes: any of a value's fields, to any depth; arrays, dates and bytes are given whole.",
  "T extends WholeValue ? T : T extends object ? DeepPartialObject<T> : T",
  ["T"],
);
const deepPartialObject = fixedType("DeepPartialObject", "An object's fields, each optional and a {@link DeepPartial} itself.", "{ [Key in keyof T]?: DeepPartial<T[Key]> }", ["T"]);
const wholeValue = fixedType("WholeValue", "The values an override gives whole, never merged.", "Date | Uint8Array | readonly unknown[]");

const makeFixture = {
  ...fn(
    "makeFixture",
    true,
    "A deep copy of `base` with `overrides` merged in: objects key by key, to any depth; anything else replaced.",
    [
      ["base", t("T")],
      ["overrides", unionType([t("DeepPartial", [t("T")]), t("undefined")])],
    ],
    t("T"),
    String.raw`
return mergeOverrides(copyValue(base), overrides) as T;
`,
  ),
  typeParameters: ["T"],
};

const helpers = [
  fn("copyValue", false, "A deep copy of a fixture value: its objects, arrays, dates and bytes new ones.", [["value", unknown]], unknown, String.raw`
if (value instanceof Date) return new Date(value.getTime());
if (value instanceof Uint8Array) return value.slice();
if (Array.isArray(value)) return value.map(copyValue);
if (!isRecord(value)) return value;
const copy: Record<string, unknown> = {};
for (const key of Object.keys(value)) setOwnKey(copy, key, copyValue(value[key]));
return copy;
`),
  fn("mergeOverrides", false, "`overrides` merged into `base` (a copy that may be changed): objects key by key, anything else replaced.", [["base", unknown], ["overrides", unknown]], unknown, String.raw`
if (overrides === undefined) return base;
if (!isPlainObject(base) || !isPlainObject(overrides)) return copyValue(overrides);
for (const key of Object.keys(overrides)) {
  const override = overrides[key];
  if (override !== undefined) setOwnKey(base, key, mergeOverrides(ownValue(base, key), override));
}
return base;
`),
  fn("isPlainObject", false, "An object whose keys an override merges into: not an array, a date or bytes.", [["value", unknown]], { kind: "type-predicate", asserts: false, parameter: "value", type: t("Record", [t("string"), unknown]) }, String.raw`
return isRecord(value) && !(value instanceof Date) && !(value instanceof Uint8Array);
`),
];

/** The blocks of runtime.ts for the fixture builders, last. */
export const fixtureBlocks: readonly Block[] = [[deepPartial], [deepPartialObject], [wholeValue], [makeFixture], ...helpers.map((helper) => [helper])];
