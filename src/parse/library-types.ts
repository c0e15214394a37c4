/**
 * A type the dialect does not know, written as a link to a library's documentation: read by what it is.
 * SDKs link their standard library's classes (`[\DateTime](https://www.php.net/…)`,
 * `[Faraday::Response](https://www.rubydoc.info/…)`); a dialect lists the ones it was shown, and this
 * reads the others from the words of the class name, or else of the page it links to. Only kinds whose
 * words do not mislead are read: an HTTP response (or request), a stream of bytes, a date-time, a date.
 */
import { split } from "change-case";
import type { TypeExpr } from "../ir/types.js";

type Words = ReadonlySet<string>;

const kinds: readonly { readonly says: (words: Words) => boolean; readonly type: TypeExpr }[] = [
  { says: (w) => w.has("response") || w.has("request"), type: { kind: "http-response" } },
  { says: (w) => ["stream", "streaming", "reader", "readable", "blob", "buffer", "bytes"].some((word) => w.has(word)), type: { kind: "binary" } },
  {
    says: (w) => w.has("datetime") || w.has("timestamp") || w.has("instant") || w.has("zoned") || (w.has("date") && w.has("time")) || (w.has("time") && w.has("zone")) || (w.has("offset") && w.has("date")),
    type: { kind: "primitive", name: "date-time" },
  },
  { says: (w) => w.has("date") && !w.has("time"), type: { kind: "primitive", name: "date" } },
];

function wordsOf(text: string): Words {
  return new Set(split(text.replace(/::|\\|\./g, " ")).map((word) => word.toLowerCase()));
}

/** What a linked library class is, by the words of its name, else of the last segment of the URL's path; undefined when neither says. */
export function libraryType(name: string, url: string): TypeExpr | undefined {
  const page = url.replace(/[?#].*$/, "").replace(/\/+$/, "").split("/").pop() ?? "";
  let decoded = page;
  try {
    decoded = decodeURIComponent(page);
  } catch {
    // a malformed escape: read the segment as written
  }
  for (const words of [wordsOf(name), wordsOf(decoded.replace(/\.(html?|php|md)$/i, ""))]) {
    const match = kinds.find((kind) => kind.says(words));
    if (match !== undefined) return match.type;
  }
  return undefined;
}
