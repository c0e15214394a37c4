/**
 * Facts of a type that several outputs read alike: whether it accepts every value (then validators,
 * schemas and zod check nothing), and how an issue names what it expects.
 */
import type { TypeExpr } from "../../ir/types.js";
import type { DateRepresentation } from "../../options.js";
import { resolveRef, type SymbolTable } from "./symbols.js";
import { literalText } from "./type-node.js";

/** Words for the `expected` of an issue: `string`, `date-time string (RFC 3339)`, `Event`, `"a" | 1`. */
export function describeType(type: TypeExpr, symbols: SymbolTable, dates: DateRepresentation): string {
  switch (type.kind) {
    case "primitive":
      switch (type.name) {
        case "date":
          return dates === "Date" ? "Date" : "date string (YYYY-MM-DD)";
        case "date-time":
          return dates === "Date" ? "Date" : "date-time string (RFC 3339)";
        default:
          return type.name;
      }
    case "array":
      return "array";
    case "map":
      return "object";
    case "ref":
      return resolveRef(symbols, type)?.identifier ?? "any value";
    case "union":
      return type.members.length === 0
        ? "any value"
        : [...new Set(type.members.map((member) => describeType(member, symbols, dates)))].join(" | ");
    case "literal":
      return literalText(type.value);
    case "binary":
      return "Uint8Array";
    case "any":
    case "unknown":
    case "http-response":
      return "any value";
  }
}

/** Whether every value passes (`any`, `unknown`, an unresolved ref, a union with such a member). */
export function acceptsAnything(type: TypeExpr, symbols: SymbolTable): boolean {
  switch (type.kind) {
    case "any":
    case "unknown":
    case "http-response":
      return true;
    case "ref":
      return resolveRef(symbols, type) === undefined;
    case "union":
      return type.members.length === 0 || type.members.some((member) => acceptsAnything(member, symbols));
    default:
      return false;
  }
}

