/**
 * A content hash of a declaration, for the incremental caches. Declarations are immutable, so each is
 * hashed once and remembered by identity; the page cache stores the hash beside the page's IR and
 * hands it back with it, so a later run need not serialise and hash every declaration again.
 */
import { createHash, hash } from "node:crypto";
import type { Declaration } from "./types.js";

/**
 * The SHA-1 of a text, in hex: the one hash of modeldoc's caches and keys. Node's one-shot `hash` (20.12
 * on) costs a third of a Hash object; a watcher makes thousands per edit.
 */
export const hashText: (text: string) => string =
  typeof hash === "function" ? (text) => hash("sha1", text, "hex") : (text) => createHash("sha1").update(text).digest("hex");

const remembered = new WeakMap<Declaration, string>();

/** The SHA-1 of the declaration's JSON, in hex. */
export function declarationFingerprint(declaration: Declaration): string {
  let fingerprint = remembered.get(declaration);
  if (fingerprint === undefined) {
    fingerprint = hashText(JSON.stringify(declaration));
    remembered.set(declaration, fingerprint);
  }
  return fingerprint;
}

/** Takes a fingerprint computed earlier for this very declaration (read back from a cache with it). */
export function rememberFingerprint(declaration: Declaration, fingerprint: string): void {
  remembered.set(declaration, fingerprint);
}
