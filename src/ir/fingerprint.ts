/**
 * A content hash of a declaration, for the incremental caches. Declarations are immutable, so each is
 * hashed once and remembered by identity; the page cache stores the hash beside the page's IR and
 * hands it back with it, so a later run need not serialise and hash every declaration again.
 */
import { createHash } from "node:crypto";
import type { Declaration } from "./types.js";

const remembered = new WeakMap<Declaration, string>();

/** The SHA-1 of the declaration's JSON, in hex. */
export function declarationFingerprint(declaration: Declaration): string {
  let fingerprint = remembered.get(declaration);
  if (fingerprint === undefined) {
    fingerprint = createHash("sha1").update(JSON.stringify(declaration)).digest("hex");
    remembered.set(declaration, fingerprint);
  }
  return fingerprint;
}

/** Takes a fingerprint computed earlier for this very declaration (read back from a cache with it). */
export function rememberFingerprint(declaration: Declaration, fingerprint: string): void {
  remembered.set(declaration, fingerprint);
}
