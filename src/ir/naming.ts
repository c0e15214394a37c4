/**
 * Names that match across languages: Go `HookURL`, C# `HookUrl`, Python `hook_url` and TypeScript
 * `hookUrl` are one field. Word splitting is change-case's; modeldoc adds only the rules SDK
 * generators need on top of it.
 */
import { camelCase, pascalCase, snakeCase, split } from "change-case";

import type { FieldNaming } from "../options.js";

export type { FieldNaming };

/**
 * Go writes plural initialisms as `IDs`/`URLs`; change-case would split them as `I`+`Ds`.
 * Fold the trailing `s` into the initialism so `IDs`, `Ids` and `ids` agree.
 */
function foldPluralInitialisms(name: string): string {
  return name.replace(/([A-Z]{2,})s(?=$|[^a-z])/g, (_, caps: string) => caps.charAt(0) + caps.slice(1).toLowerCase() + "s");
}

/** `HookURL` → `hookUrl`, `connection_id` → `connectionId`. */
export function canonicalFieldName(written: string): string {
  return camelCase(foldPluralInitialisms(written));
}

/** The segments of a namespaced name: `shared.Webhook`, `Models::Shared::Webhook`, `\\Shared\\Webhook` → […, `Webhook`]. */
export function nameSegments(written: string): string[] {
  return written.split(/\.|::|\\/).filter((segment) => segment !== "");
}

/** `shared.Webhook` → `Webhook`, `webhook_type` → `WebhookType`: the last namespace segment, PascalCase. */
export function canonicalTypeName(written: string): string {
  const lastSegment = nameSegments(written).pop() ?? written;
  return pascalCase(foldPluralInitialisms(lastSegment));
}

/** The words of a name, lower case: `retryConnectionErrors`, `retry_connection_errors` → retry, connection, errors. */
export function nameWords(name: string): string[] {
  return split(foldPluralInitialisms(name).replace(/[^A-Za-z0-9]+/g, " ")).map((word) => word.toLowerCase());
}

/** The key two names are compared by: case and separators do not count. */
export function matchKey(name: string): string {
  return name.toLowerCase().replace(/[^a-z0-9]/g, "");
}

/** The property name to emit for a field, under the chosen naming policy. */
export function emittedFieldName(field: { name: string; canonicalName: string }, naming: FieldNaming): string {
  switch (naming) {
    case "camel":
      return field.canonicalName;
    case "snake":
      return snakeCase(foldPluralInitialisms(field.name));
    case "as-written":
      return field.name;
  }
}

const reservedWords = new Set(
  (
    "break case catch class const continue debugger default delete do else enum export extends false finally for " +
    "function if import in instanceof new null return super switch this throw true try typeof var void while with " +
    "implements interface let package private protected public static yield any boolean number string symbol " +
    "unknown never object bigint undefined await async type of"
  ).split(" "),
);

/**
 * A TypeScript type identifier for a declaration: PascalCase, never a reserved word, never starting
 * with a digit, never containing characters that could break out of the declaration.
 */
export function typeIdentifier(canonicalName: string): string {
  const cleaned = canonicalName.replace(/[^A-Za-z0-9_$]/g, "");
  const safe = cleaned === "" ? "Unnamed" : /^[0-9]/.test(cleaned) ? `T${cleaned}` : cleaned;
  return reservedWords.has(safe.toLowerCase()) ? `${safe}Type` : safe;
}

/** Whether a property name can be written bare (`hookUrl`) or must be quoted (`"x-api-key"`). */
export function isPlainPropertyName(name: string): boolean {
  return /^[A-Za-z_$][A-Za-z0-9_$]*$/.test(name);
}

/** A file name (without extension) for a declaration: kebab-case, safe on case-insensitive file systems. */
export function moduleFileName(identifier: string): string {
  return snakeCase(identifier).replace(/_/g, "-") || "unnamed";
}
