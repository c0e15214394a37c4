/**
 * What each emitted file is made from, as cache keys: the pipeline (pipeline/emit-cache.ts) emits a
 * declaration again only when its key changes. A declaration's files depend on the declaration, on
 * every declaration it reaches through references (fixtures embed them, validators call them), on the
 * names of all declarations (imports and file names), on the options, and on the emitter itself: its
 * code and the exact versions of prettier and ts-morph. `index.ts` and `runtime.ts` depend only on the
 * names and kinds of the declarations; `schema.json` on all of them.
 *
 * This module loads neither ts-morph nor prettier: a run whose every file is cached loads no emitter.
 */
import { createHash } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { join } from "node:path";
import { declarationFingerprint } from "../ir/fingerprint.js";
import type { Declaration, Variant } from "../ir/types.js";
import { declarationTypes, visitType } from "../ir/walk.js";
import { libraryVersions } from "./libraries.js";
import type { EmitOptions } from "./options.js";

export interface EmitKeys {
  readonly variantKey: string;
  /** By declaration id. */
  readonly declarations: ReadonlyMap<string, string>;
}

function hashText(text: string): string {
  return createHash("sha1").update(text).digest("hex");
}

/** A hash of the built modules below `folder` (every level), by relative path and content. */
function folderHash(folder: string, hash = createHash("sha1"), prefix = ""): ReturnType<typeof createHash> {
  for (const entry of readdirSync(folder, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) folderHash(path, hash, `${prefix}${entry.name}/`);
    else if (/\.(js|ts)$/.test(entry.name) && !entry.name.endsWith(".d.ts")) hash.update(`${prefix}${entry.name}`).update(readFileSync(path));
  }
  return hash;
}

let emitterIdentity: string | undefined;

/** The emitter as a cache key: its code and the IR's (as built), and the versions of prettier and ts-morph. */
export function emitterFingerprint(): string {
  emitterIdentity ??= hashText(
    JSON.stringify({
      code: folderHash(fileURLToPath(new URL(".", import.meta.url)), folderHash(fileURLToPath(new URL("../ir/", import.meta.url)))).digest("hex"),
      libraries: libraryVersions(),
    }),
  );
  return emitterIdentity;
}

function directRefs(declaration: Declaration): string[] {
  const refs: string[] = [];
  for (const type of declarationTypes(declaration)) {
    visitType(type, (inner) => {
      if (inner.kind === "ref" && inner.target !== "") refs.push(inner.target);
    });
  }
  return refs;
}

/** The cache keys of a variant's declarations and of its variant-wide files. */
export function emitKeys(variant: Variant, options: EmitOptions): EmitKeys {
  const own = new Map(variant.declarations.map((declaration) => [declaration.id, declarationFingerprint(declaration)]));
  const refs = new Map(variant.declarations.map((declaration) => [declaration.id, directRefs(declaration)]));
  const names = hashText(JSON.stringify(variant.declarations.map((d) => [d.id, d.kind, d.canonicalName])));
  const common = hashText(JSON.stringify([emitterFingerprint(), variant.name, options, names]));
  const declarations = new Map<string, string>();
  for (const declaration of variant.declarations) {
    const reached = new Set<string>([declaration.id]);
    const stack = [declaration.id];
    while (stack.length > 0) {
      for (const target of refs.get(stack.pop()!) ?? []) {
        if (!reached.has(target)) {
          reached.add(target);
          stack.push(target);
        }
      }
    }
    const closure = [...reached].sort().map((id) => `${id}:${own.get(id) ?? ""}`);
    declarations.set(declaration.id, hashText(`${common}|${closure.join("|")}`));
  }
  // schema.json, and every file of the single layout, hold every declaration.
  const variantKey = options.emit?.includes("jsonschema") || options.layout === "single" ? hashText(`${common}|${[...own].map(([id, hash]) => `${id}:${hash}`).join("|")}`) : common;
  return { variantKey, declarations };
}
