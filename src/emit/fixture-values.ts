/**
 * Example scalar values for fixtures: deterministic, and plausible for the field they fill. Everything
 * is derived from a stable hash of (declaration, field, position); nothing random, nothing from the
 * clock, so the same docs always give the same fixtures.
 */
import { snakeCase } from "change-case";
import type { PrimitiveName } from "../ir/types.js";
import { stringLiteral } from "./literals.js";
import type { DateRepresentation } from "./typescript-type.js";

/** A value in a fixture: JSON data, or code for what JSON cannot hold (`new Date(…)`). */
export type FixtureValue =
  | { readonly kind: "json"; readonly value: string | number | boolean | null }
  | { readonly kind: "array"; readonly items: readonly FixtureValue[] }
  | { readonly kind: "object"; readonly entries: readonly (readonly [string, FixtureValue])[] }
  | { readonly kind: "code"; readonly text: string };

/** Where a value goes: the declaration and field it fills, and its position inside (array index, map key). */
export interface FixtureSite {
  readonly owner: string;
  readonly field: string;
  readonly position: string;
}

export const json = (value: string | number | boolean | null): FixtureValue => ({ kind: "json", value });

/** 32-bit FNV-1a over UTF-16 code units: small, stable, well spread. */
export function stableHash(text: string): number {
  let hash = 0x811c9dc5;
  for (let index = 0; index < text.length; index++) {
    hash ^= text.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

export function siteHash(site: FixtureSite): number {
  return stableHash(`${site.owner}\u0000${site.field}\u0000${site.position}`);
}

function hex(hash: number, digits: number): string {
  return hash.toString(16).padStart(8, "0").slice(0, digits);
}

/** The field's name as lower-case words; only letters and digits survive, whatever the docs wrote. */
function words(field: string): string[] {
  return snakeCase(field)
    .split("_")
    .map((word) => word.replace(/[^a-z0-9]/g, ""))
    .filter((word) => word !== "");
}

const has = (list: readonly string[], ...candidates: string[]): boolean => candidates.some((c) => list.includes(c));

function pick<T>(options: readonly [T, ...T[]], hash: number): T {
  return options[hash % options.length] ?? options[0];
}

/** A string that reads like the field: `id_3f2a9c`, `user3f2a@example.com`, `https://example.com/hook/3f2a`. */
export function exampleString(site: FixtureSite): string {
  const hash = siteHash(site);
  const parts = words(site.field);
  const last = parts[parts.length - 1] ?? "value";
  const rest = parts.slice(0, -1);
  if (last === "id" || last === "ids" || last === "uuid") return `id_${hex(hash, 6)}`;
  if (has(parts, "email", "emails")) return `user${hex(hash, 4)}@example.com`;
  if (has(parts, "url", "urls", "uri", "href", "link", "endpoint", "website")) {
    const path = rest.length === 0 ? "resource" : rest.join("-");
    return `https://example.com/${path}/${hex(hash, 4)}`;
  }
  if (has(parts, "phone")) return `+1555${String(hash % 10_000_000).padStart(7, "0")}`;
  if (has(parts, "environment", "env")) return pick(["production", "staging", "sandbox"], hash);
  if (has(parts, "currency")) return pick(["USD", "EUR", "GBP"], hash);
  if (has(parts, "country")) return pick(["US", "NL", "DE"], hash);
  if (has(parts, "locale", "language")) return pick(["en-US", "nl-NL", "de-DE"], hash);
  if (has(parts, "timezone")) return pick(["Europe/Amsterdam", "America/New_York", "Asia/Tokyo"], hash);
  if (has(parts, "token", "secret", "password")) return `secret_${hex(hash, 8)}`;
  if (has(parts, "description", "summary", "note", "notes", "comment", "message", "text")) {
    return `Example ${parts.join(" ")} ${hex(hash, 4)}.`;
  }
  if (last === "name") {
    const label = parts.join(" ");
    return `${label.charAt(0).toUpperCase()}${label.slice(1)} ${hex(hash, 4)}`;
  }
  return `${parts.length === 0 ? "value" : parts.join("_")}_${hex(hash, 4)}`;
}

function exampleInteger(site: FixtureSite, hash: number): number {
  const parts = words(site.field);
  if (has(parts, "year")) return 2020 + (hash % 6);
  if (has(parts, "count", "limit", "size", "total", "page", "max", "min", "quantity")) return 1 + (hash % 100);
  return 1 + (hash % 1000);
}

function exampleNumber(site: FixtureSite, hash: number): number {
  const parts = words(site.field);
  if (has(parts, "count", "limit", "size", "total", "page", "max", "min", "quantity")) return 1 + (hash % 100);
  return (100 + (hash % 99_900)) / 100;
}

/** Midnight UTC, 1 January 2024: the start of the window fixture dates are spread over. */
const DATE_WINDOW_START = Date.UTC(2024, 0, 1);
const DAY_MS = 86_400_000;

function exampleDateTime(hash: number): string {
  const offsetSeconds = hash % (366 * 86_400);
  return new Date(DATE_WINDOW_START + offsetSeconds * 1000).toISOString().replace(".000Z", "Z");
}

function exampleDate(hash: number): string {
  return new Date(DATE_WINDOW_START + (hash % 366) * DAY_MS).toISOString().slice(0, 10);
}

/** A value of a primitive type for the site; dates as strings or `new Date(…)`. */
export function examplePrimitive(name: PrimitiveName, site: FixtureSite, dates: DateRepresentation): FixtureValue {
  const hash = siteHash(site);
  switch (name) {
    case "string":
      return json(exampleString(site));
    case "integer":
      return json(exampleInteger(site, hash));
    case "number":
      return json(exampleNumber(site, hash));
    case "boolean":
      return json((hash & 1) === 1);
    case "date":
    case "date-time": {
      const text = name === "date" ? exampleDate(hash) : exampleDateTime(hash);
      return dates === "Date" ? { kind: "code", text: `new Date(${stringLiteral(text)})` } : json(text);
    }
  }
}

/** A few bytes for a binary field. */
export function exampleBytes(site: FixtureSite): FixtureValue {
  const hash = siteHash(site);
  const bytes = [hash >>> 24, (hash >>> 16) & 0xff, (hash >>> 8) & 0xff, hash & 0xff];
  return { kind: "code", text: `new Uint8Array([${bytes.join(", ")}])` };
}
