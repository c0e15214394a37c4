/**
 * The docs' own examples in fixtures. A field's `Example` cell (see `Field.example`) is the value a
 * reader of the docs expects to see, so a fixture uses it instead of a made-up one — but only where the
 * field's validator accepts it: the cell is free text, and a fixture its own validator rejects is a bug.
 *
 * The cell is read as JSON when it parses (`100`, `true`, `{"USD": 90}`, `["a", "b"]`), and as the text
 * itself otherwise (`ledger001`, `2024-10-13T03:34:26Z`). The value is checked against the field's type
 * here, conservatively: anything this check is unsure of (bytes, a second 60, a model example with a key
 * that is none of the model's fields as the wire spells them) is not used, and the fixture keeps its
 * generated value.
 */
import { emittedFieldName, type FieldNaming } from "../ir/naming.js";
import type { ModelDecl, PrimitiveName, TypeExpr } from "../ir/types.js";
import { json, type FixtureValue } from "./fixture-values.js";
import { resolveRef, type SymbolTable } from "./symbols.js";
import { enumValues, wireFields } from "./wire.js";

interface FitContext {
  readonly symbols: SymbolTable;
  readonly naming: FieldNaming;
  /** How the API's JSON spells keys, which is how an example spells them. */
  readonly wireNaming: FieldNaming;
}

/** How deep an example's JSON may nest before it is not used (a cell is small; this only bounds the walk). */
const MAX_EXAMPLE_DEPTH = 16;

/** The fixture value of a field's example, or undefined when the field's validator might reject it. */
export function exampleFixtureValue(example: string, type: TypeExpr, context: FitContext): FixtureValue | undefined {
  const text = example.trim();
  if (text === "") return undefined;
  for (const candidate of candidates(text)) {
    const value = fit(candidate, type, context, 0);
    if (value !== undefined) return value;
  }
  return undefined;
}

function candidates(text: string): unknown[] {
  try {
    return [JSON.parse(text), text];
  } catch {
    return [text];
  }
}

function fit(value: unknown, type: TypeExpr, context: FitContext, depth: number): FixtureValue | undefined {
  if (depth > MAX_EXAMPLE_DEPTH) return undefined;
  switch (type.kind) {
    case "primitive":
      return fitPrimitive(value, type.name);
    case "literal":
      return value === type.value ? json(type.value) : undefined;
    case "array": {
      if (!Array.isArray(value)) return undefined;
      const items: FixtureValue[] = [];
      for (const item of value) {
        const fitted = fit(item, type.items, context, depth + 1);
        if (fitted === undefined) return undefined;
        items.push(fitted);
      }
      return { kind: "array", items };
    }
    case "map": {
      if (!isPlainObject(value)) return undefined;
      const entries: [string, FixtureValue][] = [];
      for (const key of Object.keys(value)) {
        if (key === "__proto__") return undefined; // a key an object literal cannot hold as data
        const fitted = fit(value[key], type.values, context, depth + 1);
        if (fitted === undefined) return undefined;
        entries.push([key, fitted]);
      }
      return { kind: "object", entries };
    }
    case "union": {
      for (const member of type.members) {
        const fitted = fit(value, member, context, depth + 1);
        if (fitted !== undefined) return fitted;
      }
      return undefined;
    }
    case "ref": {
      const target = resolveRef(context.symbols, type);
      if (target?.decl.kind === "model") return fitModel(value, target.decl, context, depth);
      if (target?.decl.kind !== "enum") return undefined; // a union declaration's members are not tried
      const listed = enumValues(target.decl);
      return (typeof value === "string" || typeof value === "number") && listed.includes(value) ? json(value) : undefined;
    }
    case "any":
    case "unknown":
      return anyJson(value, depth);
    case "binary":
    case "http-response":
      return undefined;
  }
}

/** Any JSON value, for a type that accepts every value. */
function anyJson(value: unknown, depth: number): FixtureValue | undefined {
  if (depth > MAX_EXAMPLE_DEPTH) return undefined;
  if (value === null || typeof value === "string" || typeof value === "boolean") return json(value);
  if (typeof value === "number") return Number.isFinite(value) ? json(value) : undefined;
  const items: FixtureValue[] = [];
  if (Array.isArray(value)) {
    for (const item of value) {
      const converted = anyJson(item, depth + 1);
      if (converted === undefined) return undefined;
      items.push(converted);
    }
    return { kind: "array", items };
  }
  if (!isPlainObject(value)) return undefined;
  const entries: [string, FixtureValue][] = [];
  for (const key of Object.keys(value)) {
    const converted = key === "__proto__" ? undefined : anyJson(value[key], depth + 1);
    if (converted === undefined) return undefined;
    entries.push([key, converted]);
  }
  return { kind: "object", entries };
}

/** A model's example: every key one of its fields (as the wire spells them), every required field there. */
function fitModel(value: unknown, model: ModelDecl, context: FitContext, depth: number): FixtureValue | undefined {
  if (!isPlainObject(value)) return undefined;
  const fields = wireFields(model, context.naming);
  const entries: [string, FixtureValue, string?][] = [];
  for (const { key, field, type } of fields) {
    const wire = context.wireNaming === context.naming ? undefined : emittedFieldName(field, context.wireNaming);
    const written = wire ?? key;
    if (!Object.hasOwn(value, written)) {
      if (field.required) return undefined;
      continue;
    }
    const fitted = value[written] === null && field.nullable ? json(null) : fit(value[written], type, context, depth + 1);
    if (fitted === undefined) return undefined;
    entries.push(wire === undefined ? [key, fitted] : [key, fitted, wire]);
  }
  return entries.length === Object.keys(value).length ? { kind: "object", entries } : undefined;
}

function fitPrimitive(value: unknown, name: PrimitiveName): FixtureValue | undefined {
  switch (name) {
    case "string":
      return typeof value === "string" ? json(value) : undefined;
    case "boolean":
      return typeof value === "boolean" ? json(value) : undefined;
    case "integer":
      // Beyond 2^53 the JSON number is not the number the docs wrote.
      return typeof value === "number" && Number.isSafeInteger(value) ? json(value) : undefined;
    case "number":
      return typeof value === "number" && Number.isFinite(value) ? json(value) : undefined;
    case "date":
      return typeof value === "string" && isCalendarDate(value) ? { kind: "date", text: value } : undefined;
    case "date-time":
      return typeof value === "string" && isDateTime(value) ? { kind: "date", text: value } : undefined;
  }
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

const calendarDate = /^(\d{4})-(\d{2})-(\d{2})$/;
const dateTime = /^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2}):(\d{2})(?:\.\d{1,9})?(?:Z|[+-](\d{2}):(\d{2}))$/;

function isCalendarDate(text: string): boolean {
  const match = calendarDate.exec(text);
  if (match === null) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** RFC 3339 with an upper-case `T` and `Z`, a real day, and no leap second (stricter than the validators). */
function isDateTime(text: string): boolean {
  const match = dateTime.exec(text);
  if (match === null || !isCalendarDate(match[1]!)) return false;
  const [hour, minute, second] = [Number(match[2]), Number(match[3]), Number(match[4])];
  const offsetOk = match[5] === undefined || (Number(match[5]) < 24 && Number(match[6]) < 60);
  return hour < 24 && minute < 60 && second < 60 && offsetOk;
}
