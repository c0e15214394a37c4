/**
 * What of a type a JSON payload can hold. SDK-only parts (the raw HTTP response object an SDK hands
 * back beside the data) are not on the wire; emitters and property naming leave them out alike.
 */
import type { TypeExpr } from "./types.js";

/**
 * The type with SDK-only parts removed, or `undefined` when nothing of it is on the wire
 * (`*http.Response`, a list of them, a union of nothing else).
 */
export function wireType(type: TypeExpr): TypeExpr | undefined {
  switch (type.kind) {
    case "http-response":
      return undefined;
    case "array": {
      const items = wireType(type.items);
      return items === undefined ? undefined : items === type.items ? type : { kind: "array", items };
    }
    case "map": {
      const values = wireType(type.values);
      return values === undefined ? undefined : values === type.values ? type : { kind: "map", values };
    }
    case "union": {
      const members: TypeExpr[] = [];
      for (const member of type.members) {
        const kept = wireType(member);
        if (kept !== undefined) members.push(kept);
      }
      if (members.length === 0) return type.members.length === 0 ? type : undefined;
      return members.length === type.members.length && members.every((m, i) => m === type.members[i])
        ? type
        : { kind: "union", members };
    }
    default:
      return type;
  }
}
