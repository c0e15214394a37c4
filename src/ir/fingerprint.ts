/**
 * Content hashes of a declaration, for the incremental caches: of all of it (its fingerprint), and of what
 * other declarations' outputs read of it (its shape). Declarations are immutable, so each is hashed once
 * and remembered by identity; the page cache stores the hashes beside the page's IR and hands them back
 * with it, so a later run need not serialise and hash every declaration again.
 */
import { createHash, hash } from "node:crypto";
import type { Declaration } from "./types.js";

/**
 * The SHA-1 of a text, in hex: the one hash of modeldoc's caches and keys. Node's one-shot `hash` (20.12
 * on) costs a third of a Hash object; a watcher makes thousands per edit.
 */
export const hashText: (text: string) => string =
  typeof hash === "function" ? (text) => hash("sha1", text, "hex") : (text) => createHash("sha1").update(text).digest("hex");

/** The hash of a declaration's JSON (through `replacer`), made once per declaration and kept in `memory`. */
function rememberedHash(memory: WeakMap<Declaration, string>, declaration: Declaration, replacer?: (key: string, value: unknown) => unknown): string {
  let hashed = memory.get(declaration);
  if (hashed === undefined) {
    hashed = hashText(JSON.stringify(declaration, replacer));
    memory.set(declaration, hashed);
  }
  return hashed;
}

const remembered = new WeakMap<Declaration, string>();

/** The SHA-1 of the declaration's JSON, in hex. */
export function declarationFingerprint(declaration: Declaration): string {
  return rememberedHash(remembered, declaration);
}

/** Takes a fingerprint computed earlier for this very declaration (read back from a cache with it). */
export function rememberFingerprint(declaration: Declaration, fingerprint: string): void {
  remembered.set(declaration, fingerprint);
}

const rememberedShapes = new WeakMap<Declaration, string>();

/** Leaves out descriptions and source positions (objects with a `line`), at every level. */
function withoutProse(key: string, value: unknown): unknown {
  if (key === "description" && typeof value === "string") return undefined;
  if (key === "source" && typeof value === "object" && value !== null && "line" in value) return undefined;
  return value;
}

/**
 * What a declaration is to the other declarations' outputs: the SHA-1 of its JSON without its descriptions
 * and source positions. Emitters write a declaration's descriptions and positions into its own files only,
 * so another declaration's files depend on it through this alone (held for every output on corpus pages by
 * test/emit/cache-keys.test.ts): editing a description re-emits that declaration, not all that reach it.
 */
export function declarationShape(declaration: Declaration): string {
  return rememberedHash(rememberedShapes, declaration, withoutProse);
}

/** Takes a shape computed earlier for this very declaration (read back from a cache with it). */
export function rememberShape(declaration: Declaration, shape: string): void {
  rememberedShapes.set(declaration, shape);
}
