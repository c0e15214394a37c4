/**
 * A record's own entry for a key that comes from the docs. `record[key]` would find `__proto__`,
 * `constructor` and the other names every object inherits: a field named `__proto__` is a real field.
 */
export function own<T>(record: Readonly<Record<string, T>> | undefined, key: string): T | undefined {
  return record !== undefined && Object.hasOwn(record, key) ? record[key] : undefined;
}
