/**
 * JSON documents the emitter writes (`schema.json`, `fixtures/<name>.json`). Objects are `Map`s: they
 * keep the order entries were added in (a plain object would move integer-like keys first) and any key
 * is just data (`__proto__` included). The text is JSON.stringify's two-space layout, built here so that
 * no formatter runs on it: the same value always gives the same bytes.
 */

export type JsonValue = null | boolean | number | string | readonly JsonValue[] | JsonObject;
export type JsonObject = ReadonlyMap<string, JsonValue>;

/** A JSON object from entries, skipping those whose value is `undefined` (optional annotations). */
export function jsonObject(entries: readonly (readonly [string, JsonValue | undefined])[]): Map<string, JsonValue> {
  const object = new Map<string, JsonValue>();
  for (const [key, value] of entries) if (value !== undefined) object.set(key, value);
  return object;
}

/** JSON.stringify's text, with U+2028 and U+2029 escaped too (tools older than ES2019 read them as line breaks). */
function scalar(value: null | boolean | number | string): string {
  // Non-finite numbers have no JSON form; JSON.stringify writes null, which is what JSON readers get.
  return JSON.stringify(value).replace(/\u2028/g, "\\u2028").replace(/\u2029/g, "\\u2029");
}

function write(value: JsonValue, indent: string, out: string[]): void {
  if (value === null || typeof value !== "object") {
    out.push(scalar(value));
    return;
  }
  const inner = `${indent}  `;
  if (Array.isArray(value)) {
    const items = value as readonly JsonValue[];
    if (items.length === 0) {
      out.push("[]");
      return;
    }
    out.push("[");
    items.forEach((item, index) => {
      out.push(`\n${inner}`);
      write(item, inner, out);
      if (index < items.length - 1) out.push(",");
    });
    out.push(`\n${indent}]`);
    return;
  }
  const object = value as JsonObject;
  if (object.size === 0) {
    out.push("{}");
    return;
  }
  out.push("{");
  let index = 0;
  for (const [key, item] of object) {
    out.push(`\n${inner}${scalar(key)}: `);
    write(item, inner, out);
    if (++index < object.size) out.push(",");
  }
  out.push(`\n${indent}}`);
}

/** The text of a JSON document, as `JSON.stringify(value, null, 2)` lays it out, with a final newline. */
export function jsonText(value: JsonValue): string {
  const out: string[] = [];
  write(value, "", out);
  out.push("\n");
  return out.join("");
}
