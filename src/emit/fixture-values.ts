/**
 * Example scalar values for fixtures: deterministic, and plausible for the field they fill. Everything
 * is derived from a stable hash of (declaration, field, position); nothing random, nothing from the
 * clock, so the same docs always give the same fixtures, and a field's value does not move when other
 * fields are added or removed (a seeded generator drawn in sequence would shift every later value).
 *
 * The field's name picks the kind of value: ids, emails, phone numbers (the fictional 555-01xx range),
 * URLs on example.com, IP addresses from the documentation ranges, ISO 4217 currency codes, ISO 3166
 * country codes, BCP 47 locales, IANA time zones, person and company names, street addresses, amounts
 * with two decimals, percentages, coordinates, ISO 8601 dates. Unrecognised names get `<field>_<hex>`.
 */
import { snakeCase } from "change-case";
import type { PrimitiveName } from "../ir/types.js";

/**
 * A value in a fixture. `date` and `bytes` are written per output: a string or `new Date(…)`, and a
 * `Uint8Array` in TypeScript or base64 in JSON. `none` stands where no finite value exists (a cycle of
 * required fields).
 */
export type FixtureValue =
  | { readonly kind: "json"; readonly value: string | number | boolean | null }
  | { readonly kind: "array"; readonly items: readonly FixtureValue[] }
  /** Entries: the TypeScript key, the value, and for a model's field the key on the wire when it differs. */
  | { readonly kind: "object"; readonly entries: readonly (readonly [string, FixtureValue, string?])[] }
  | { readonly kind: "date"; readonly text: string }
  | { readonly kind: "bytes"; readonly bytes: readonly number[] }
  | { readonly kind: "none"; readonly identifier: string };

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

/** A second, independent hash from the first (for values that need several choices). */
function rehash(hash: number, salt: number): number {
  let mixed = Math.imul(hash ^ (hash >>> 16) ^ Math.imul(salt, 0x9e3779b1), 0x85ebca6b);
  mixed = Math.imul(mixed ^ (mixed >>> 13), 0xc2b2ae35);
  return (mixed ^ (mixed >>> 16)) >>> 0;
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

const firstNames = ["Ava", "Liam", "Noor", "Mateo", "Yuki", "Amara", "Lucas", "Sofia", "Ethan", "Ingrid"] as const;
const lastNames = ["Martin", "Okafor", "Jansen", "Garcia", "Tanaka", "Novak", "Schmidt", "Rossi", "Dubois", "Kim"] as const;
const companies = ["Acme Corp", "Globex Ltd", "Initech", "Umbrella GmbH", "Stark Industries", "Wayne Enterprises"] as const;
const cities = ["Amsterdam", "Berlin", "Toronto", "Austin", "Lyon", "Osaka", "Melbourne", "Dublin"] as const;
const streets = ["Main Street", "Market Street", "Keizersgracht", "Elm Avenue", "Station Road", "Rue de la Paix"] as const;
const regions = ["CA", "NY", "TX", "ON", "NH", "BY"] as const;
const currencies = ["USD", "EUR", "GBP", "CAD", "AUD", "JPY", "CHF"] as const;
const countries = ["US", "GB", "DE", "FR", "NL", "CA", "AU", "JP"] as const;
const locales = ["en-US", "en-GB", "nl-NL", "de-DE", "fr-FR", "ja-JP"] as const;
const languages = ["en", "nl", "de", "fr", "ja", "es"] as const;
const timezones = ["Europe/Amsterdam", "America/New_York", "Asia/Tokyo", "Europe/London", "America/Los_Angeles"] as const;
const mimeTypes = ["application/json", "application/pdf", "image/png", "text/csv"] as const;
const departments = ["Sales", "Engineering", "Finance", "Marketing", "Support", "Operations"] as const;
const jobTitles = ["Account Executive", "Software Engineer", "Controller", "Product Manager", "Support Lead"] as const;
const industries = ["Software", "Retail", "Healthcare", "Manufacturing", "Financial Services"] as const;
const paymentMethods = ["card", "bank_transfer", "cash", "check"] as const;
const fileExtensions = ["pdf", "csv", "png", "docx"] as const;

const personOwners = ["user", "contact", "employee", "candidate", "person", "member", "lead", "customer", "student", "author"];
const companyOwners = ["company", "organization", "organisation", "account", "vendor", "supplier", "business", "merchant"];

/** Words of the declaration the field belongs to (`CrmContact` → crm, contact). */
function ownerWords(site: FixtureSite): string[] {
  return words(site.owner);
}

function personName(hash: number): [string, string] {
  return [pick(firstNames, hash), pick(lastNames, rehash(hash, 1))];
}

function isoDate(hash: number): string {
  return new Date(DATE_WINDOW_START + (hash % 366) * DAY_MS).toISOString().slice(0, 10);
}

/** A string that reads like the field: `id_3f2a9c1b`, `ava.martin@example.com`, `https://example.com/hook/3f2a`. */
export function exampleString(site: FixtureSite): string {
  const hash = siteHash(site);
  const parts = words(site.field);
  const last = parts[parts.length - 1] ?? "value";
  const rest = parts.slice(0, -1);
  if (has(parts, "email", "emails")) {
    const [first, family] = personName(hash);
    return `${first.toLowerCase()}.${family.toLowerCase()}@example.com`;
  }
  if (has(parts, "url", "urls", "uri", "href", "link", "endpoint", "website", "callback")) {
    const path = rest.length === 0 ? "resource" : rest.join("-");
    return `https://example.com/${path}/${hex(hash, 6)}`;
  }
  if (last === "domain") return `${pick(["acme", "globex", "initech"], hash)}.example.com`;
  if (last === "uuid" || last === "guid") {
    const a = hex(hash, 8);
    const b = hex(rehash(hash, 1), 8);
    const c = hex(rehash(hash, 2), 8);
    const d = hex(rehash(hash, 3), 8);
    return `${a}-${b.slice(0, 4)}-4${b.slice(5, 8)}-a${c.slice(1, 4)}-${c.slice(4)}${d}`;
  }
  if (last === "id" || last === "ids") return `id_${hex(hash, 8)}`;
  if (has(parts, "phone", "mobile", "telephone", "fax")) {
    return `+1415555${String(100 + (hash % 100)).padStart(4, "0")}`;
  }
  if (last === "ip" || (has(parts, "ip") && has(parts, "address"))) return `192.0.2.${1 + (hash % 254)}`;
  if (has(parts, "currency")) return pick(currencies, hash);
  if (has(parts, "country")) return pick(countries, hash);
  if (has(parts, "locale")) return pick(locales, hash);
  if (has(parts, "language", "lang")) return pick(languages, hash);
  if (has(parts, "timezone", "tz")) return pick(timezones, hash);
  if (has(parts, "environment", "env")) return pick(["production", "staging", "sandbox"], hash);
  if (has(parts, "token", "secret", "password", "apikey")) return `secret_${hex(hash, 8)}${hex(rehash(hash, 1), 8)}`;
  if (has(parts, "mime", "mimetype") || (last === "type" && has(parts, "content", "media", "file"))) {
    return pick(mimeTypes, hash);
  }
  if (has(parts, "color", "colour")) return `#${hex(hash, 6)}`;
  if (last === "version") return `${1 + (hash % 4)}.${hash % 10}.${rehash(hash, 1) % 20}`;
  if (has(parts, "username", "login", "handle")) {
    const [first, family] = personName(hash);
    return `${first.toLowerCase()}_${family.toLowerCase()}${hash % 100}`;
  }
  if (has(parts, "first", "given") && last === "name") return pick(firstNames, hash);
  if (has(parts, "last", "family", "surname") && (last === "name" || last === "surname")) return pick(lastNames, hash);
  if (last === "city" || last === "town" || last === "location") return pick(cities, hash);
  if (last === "company" || last === "employer" || last === "organization") return pick(companies, hash);
  if (last === "department") return pick(departments, hash);
  if ((has(parts, "job") && last === "title") || last === "position" || last === "role") return pick(jobTitles, hash);
  if (last === "industry") return pick(industries, hash);
  if (has(parts, "payment") && last === "method") return pick(paymentMethods, hash);
  if (last === "filename" || (has(parts, "file") && last === "name")) return `report-${hex(hash, 4)}.${pick(fileExtensions, hash >>> 4)}`;
  if (has(parts, "routing") && last === "number") return pick(["021000021", "011000015", "026009593"], hash);
  if (has(parts, "account") && last === "number") return String(hash).padStart(10, "0");
  if (last === "reference" || last === "ref") return `REF-${hex(hash, 6).toUpperCase()}`;
  if (last === "sort" || last === "sortby") return pick(["name", "created_at", "updated_at"], hash);
  if (last === "order") return pick(["asc", "desc"], hash);
  if (last === "status") return pick(["active", "pending", "closed"], hash);
  if (last === "priority") return pick(["low", "medium", "high"], hash);
  if (last === "address2" || last === "line2") return `Suite ${100 + (hash % 900)}`;
  if (has(parts, "postal", "zip", "postcode")) return String(10_000 + (hash % 89_999));
  if (last === "state" || last === "region" || last === "province" || (last === "code" && has(parts, "region", "state"))) {
    return pick(regions, hash);
  }
  if (has(parts, "street", "address", "address1", "line1")) return `${1 + (hash % 899)} ${pick(streets, hash >>> 8)}`;
  if (has(parts, "iban")) return `NL${String(10 + (hash % 89))}ABNA${String(hash).padStart(10, "0").slice(0, 10)}`;
  if (last === "sku") return `SKU-${hex(hash, 6).toUpperCase()}`;
  if (last === "slug") return `${parts.join("-")}-${hex(hash, 4)}`;
  if (last === "date" || last === "day" || last === "birthday" || last === "dob") return isoDate(hash);
  if (last === "at" || last === "time" || last === "timestamp" || last === "datetime") return exampleDateTime(hash);
  // Query filters on dates: updated_gte, start_lt, created_after.
  if (has(parts, "updated", "created", "start", "end", "since", "until", "modified") && has(parts, "gte", "gt", "lte", "lt", "after", "before")) {
    return exampleDateTime(hash);
  }
  if (has(parts, "subject", "title", "headline")) return `Example ${parts.join(" ")} ${hex(hash, 4)}`;
  if (has(parts, "description", "summary", "note", "notes", "comment", "message", "text", "body", "content", "memo")) {
    return `Example ${parts.join(" ")} ${hex(hash, 4)}.`;
  }
  if (last === "name") {
    const owner = ownerWords(site);
    if (has(parts, "company", "organization", "organisation", "vendor", "business") || has(owner, ...companyOwners)) {
      return pick(companies, hash);
    }
    if (has(parts, "full", "display", "contact", "user", "person") || has(owner, ...personOwners)) {
      return personName(hash).join(" ");
    }
    const label = parts.join(" ");
    return `${label.charAt(0).toUpperCase()}${label.slice(1)} ${hex(hash, 4)}`;
  }
  return `${parts.length === 0 ? "value" : parts.join("_")}_${hex(hash, 4)}`;
}

const countWords = ["count", "limit", "size", "total", "page", "pages", "max", "min", "quantity", "qty", "number", "offset"];
const amountWords = ["amount", "price", "cost", "balance", "subtotal", "tax", "fee", "fees", "discount", "salary", "revenue", "value", "payment", "paid", "due"];

function exampleInteger(site: FixtureSite, hash: number): number {
  const parts = words(site.field);
  const last = parts[parts.length - 1] ?? "";
  if (has(parts, "year")) return 2020 + (hash % 6);
  if (last === "month") return 1 + (hash % 12);
  if (last === "day") return 1 + (hash % 28);
  if (last === "hour" || last === "hours") return hash % 24;
  if (last === "minute" || last === "minutes") return hash % 60;
  if (last === "port") return pick([443, 8080, 5432, 3000], hash);
  if (last === "age") return 18 + (hash % 60);
  if (has(parts, "percent", "percentage")) return hash % 101;
  if (has(parts, ...amountWords)) return 100 + (hash % 99_900); // minor units (cents)
  if (last === "timestamp" || last === "at" || last === "epoch") {
    return Math.floor(DATE_WINDOW_START / 1000) + (hash % (366 * 86_400));
  }
  if (has(parts, "seconds", "duration", "timeout", "ttl", "interval")) return 30 + (hash % 3571);
  if (has(parts, ...countWords)) return 1 + (hash % 100);
  return 1 + (hash % 1000);
}

function exampleNumber(site: FixtureSite, hash: number): number {
  const parts = words(site.field);
  if (has(parts, "latitude", "lat")) return Math.round(((hash % 1_800_000) / 10_000 - 90) * 10_000) / 10_000;
  if (has(parts, "longitude", "lng", "lon", "long")) return Math.round(((hash % 3_600_000) / 10_000 - 180) * 10_000) / 10_000;
  if (has(parts, "percent", "percentage")) return (hash % 10_001) / 100;
  if (has(parts, "rate", "ratio")) return (hash % 10_000) / 10_000;
  if (has(parts, ...amountWords, "total")) return (100 + (hash % 99_900)) / 100;
  if (has(parts, ...countWords)) return 1 + (hash % 100);
  return (100 + (hash % 99_900)) / 100; // amounts and everything else: two decimals
}

/** Midnight UTC, 1 January 2024: the start of the window fixture dates are spread over. */
const DATE_WINDOW_START = Date.UTC(2024, 0, 1);
const DAY_MS = 86_400_000;

function exampleDateTime(hash: number): string {
  const offsetSeconds = hash % (366 * 86_400);
  return new Date(DATE_WINDOW_START + offsetSeconds * 1000).toISOString().replace(".000Z", "Z");
}

/** A value of a primitive type for the site. */
export function examplePrimitive(name: PrimitiveName, site: FixtureSite): FixtureValue {
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
      return { kind: "date", text: isoDate(hash) };
    case "date-time":
      return { kind: "date", text: exampleDateTime(hash) };
  }
}

/** A few bytes for a binary field. */
export function exampleBytes(site: FixtureSite): FixtureValue {
  const hash = siteHash(site);
  return { kind: "bytes", bytes: [hash >>> 24, (hash >>> 16) & 0xff, (hash >>> 8) & 0xff, hash & 0xff] };
}
