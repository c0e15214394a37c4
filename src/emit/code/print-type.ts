/**
 * Type nodes → layout documents, as prettier's TypeScript printer builds them for the same types: one
 * function per node kind. Where prettier lays a type out by where it stands, the caller says where
 * (places.ts).
 */
import { align, group, ifBreak, indent, join, line, softline, type Doc } from "./doc.js";
import { typeNeedsParentheses } from "./parentheses.js";
import type { TypePlace } from "./places.js";
import type { FunctionType, IntersectionType, ObjectType, TypeNode, TypeReference, UnionType } from "./syntax.js";

const keywords = new Set(["string", "number", "boolean", "unknown", "any", "never", "void", "undefined", "object", "bigint", "symbol"]);

/** A keyword, or a named type without type arguments: prettier's "simple type". */
function isSimpleType(type: TypeNode): boolean {
  return type.kind === "type-reference" && type.typeArguments.length === 0;
}

export const isKeyword = (type: TypeNode): boolean => type.kind === "type-reference" && keywords.has(type.name);

/** Written as an object type or a reference to a named type (prettier's object-like types). */
function isObjectLike(type: TypeNode): boolean {
  return type.kind === "object-type" || (type.kind === "type-reference" && !keywords.has(type.name));
}

function isNullType(type: TypeNode): boolean {
  return type.kind === "literal-type" && type.text === "null";
}

/** `A | null`, with one object-like member and the rest null: kept on one line, never broken. */
export function isHuggedUnion(type: UnionType): boolean {
  const objectLike = type.members.filter(isObjectLike);
  return objectLike.length === 1 && type.members.every((member) => isObjectLike(member) || isNullType(member));
}

/** `<A, B>`, or nothing when there are no type arguments. */
export function printTypeArguments(typeArguments: readonly TypeNode[]): Doc {
  if (typeArguments.length === 0) return "";
  const [only] = typeArguments;
  if (typeArguments.length === 1 && only !== undefined && (isSimpleType(only) || only.kind === "object-type")) {
    return ["<", printType(only, "type-argument"), ">"];
  }
  const printed = typeArguments.map((argument) => printType(argument, "type-argument"));
  return group(["<", indent([softline, join([",", line], printed)]), softline, ">"]);
}

function printReference(type: TypeReference): Doc {
  return [type.name, printTypeArguments(type.typeArguments)];
}

function printUnion(type: UnionType, place: TypePlace): Doc {
  const members = type.members.map((member) => printType(member, "member"));
  if (isHuggedUnion(type)) return typeNeedsParentheses(type, place) ? ["(", join(" | ", members), ")"] : join(" | ", members);
  const union = group([ifBreak("| "), join([line, "| "], members.map((member) => align(2, member)))]);
  switch (place) {
    case "annotation":
      return group(indent([softline, union]));
    case "array-element":
    case "member":
      return ["(", group([indent([softline, union]), softline]), ")"];
    case "alias":
    case "type-argument":
      return union;
  }
}

function printIntersection(type: IntersectionType, place: TypePlace): Doc {
  const parts: Doc[] = [];
  let indented = false;
  type.members.forEach((member, position) => {
    const printed = printType(member, "member");
    const previous = type.members[position - 1];
    if (previous === undefined) parts.push(printed);
    else if (previous.kind !== "object-type" && member.kind !== "object-type") parts.push(indent([" &", line, printed]));
    else if (previous.kind === "object-type" && member.kind === "object-type") parts.push([" & ", indented ? indent(printed) : printed]);
    else {
      if (position > 1) indented = true;
      parts.push(" & ", position > 1 ? indent(printed) : printed);
    }
  });
  const intersection = group(parts);
  return typeNeedsParentheses(type, place) ? ["(", intersection, ")"] : intersection;
}

function printObjectType(type: ObjectType): Doc {
  if (type.members.length === 0) return "{}";
  const members = type.members.map((member) =>
    group([member.name, member.optional ? "?" : "", ":", " ", printType(member.type, "annotation")]),
  );
  return group(["{", indent([line, join([";", line], members)]), ifBreak(";"), line, "}"]);
}

function printFunctionType(type: FunctionType, place: TypePlace): Doc {
  const parameters = type.parameters.map((parameter) => [parameter.name, ":", " ", printType(parameter.type, "annotation")]);
  const printed = group([
    "(",
    indent([softline, join([",", line], parameters)]),
    ifBreak(","),
    softline,
    ")",
    " => ",
    printType(type.returnType, "annotation"),
  ]);
  return typeNeedsParentheses(type, place) ? ["(", printed, ")"] : printed;
}

/** The layout document of a type standing at `place`. */
export function printType(type: TypeNode, place: TypePlace): Doc {
  switch (type.kind) {
    case "type-reference":
      return printReference(type);
    case "literal-type":
      return type.text;
    case "array-type": {
      const printed = [type.readonly ? "readonly " : "", printType(type.element, "array-element"), "[]"];
      return typeNeedsParentheses(type, place) ? ["(", printed, ")"] : printed;
    }
    case "union-type":
      return printUnion(type, place);
    case "intersection-type":
      return printIntersection(type, place);
    case "object-type":
      return printObjectType(type);
    case "function-type":
      return printFunctionType(type, place);
    case "type-predicate":
      return [type.asserts ? "asserts " : "", type.parameter, " is ", printType(type.type, "annotation")];
    case "tuple-type": {
      const elements = type.elements.map((element) => printType(element, "annotation"));
      const printed = [type.readonly ? "readonly " : "", group(["[", indent([softline, join([",", line], elements)]), ifBreak(","), softline, "]"])];
      return typeNeedsParentheses(type, place) ? ["(", printed, ")"] : printed;
    }
    case "verbatim-type":
      return type.text;
  }
}

/** Whether prettier puts the type on the line after `type X =` when it breaks (a union that can break). */
export function breaksAfterAliasEquals(type: TypeNode): boolean {
  return type.kind === "union-type" && !isHuggedUnion(type);
}
