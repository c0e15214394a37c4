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
import { declarationFingerprint, hashText } from "../ir/fingerprint.js";
import type { Variant } from "../ir/types.js";
import { referencedIds } from "../ir/walk.js";
import type { ResolvedEmitOptions } from "../options.js";
import { libraryVersions } from "./libraries.js";
import { outputEntry, writtenOutputs } from "./registry.js";

export interface EmitKeys {
  readonly variantKey: string;
  /** By declaration id. */
  readonly declarations: ReadonlyMap<string, string>;
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

/**
 * The cache keys of a variant's declarations and of its variant-wide files. A declaration's key covers its
 * own fingerprint and those of everything it reaches: declarations that reach each other (a strongly
 * connected component of the reference graph) share one hash of their fingerprints and of the hashes of
 * the components they reach, worked out once per component, children first. So a change anywhere in what a
 * declaration reaches changes its key, and the whole variant costs time linear in its references — a
 * watcher works the keys out again after every edit.
 */
export function emitKeys(variant: Variant, options: ResolvedEmitOptions): EmitKeys {
  const own = new Map(variant.declarations.map((declaration) => [declaration.id, declarationFingerprint(declaration)]));
  const refs = new Map(variant.declarations.map((declaration) => [declaration.id, referencedIds(declaration).filter((target) => own.has(target))]));
  const names = hashText(JSON.stringify(variant.declarations.map((d) => [d.id, d.kind, d.canonicalName])));
  const common = hashText(JSON.stringify([emitterFingerprint(), variant.name, options, names]));
  const reachHashes = componentHashes([...own.keys()].sort(), refs, own);
  const declarations = new Map<string, string>();
  for (const declaration of variant.declarations) declarations.set(declaration.id, hashText(`${common}|${declaration.id}|${reachHashes.get(declaration.id) ?? ""}`));
  // schema.json (an output whose variant files hold every declaration), and every file of the single layout.
  const wholeVariant = options.layout === "single" || [...writtenOutputs(options)].some((name) => outputEntry(name).variantFilesHoldDeclarations === true);
  const variantKey = wholeVariant ? hashText(`${common}|${[...own].map(([id, hash]) => `${id}:${hash}`).join("|")}`) : common;
  return { variantKey, declarations };
}

/**
 * For each id, a hash of what it reaches: Tarjan's strongly connected components, iteratively (no
 * recursion on the depth of the graph), each component hashed from its members' fingerprints and the
 * hashes of the components it points to (which Tarjan finishes first).
 */
function componentHashes(ids: readonly string[], refs: ReadonlyMap<string, readonly string[]>, own: ReadonlyMap<string, string>): Map<string, string> {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const onStack = new Set<string>();
  const stack: string[] = [];
  const hashOf = new Map<string, string>();
  let counter = 0;
  for (const root of ids) {
    if (index.has(root)) continue;
    const work: [id: string, next: number][] = [[root, 0]];
    index.set(root, counter);
    low.set(root, counter++);
    stack.push(root);
    onStack.add(root);
    while (work.length !== 0) {
      const frame = work[work.length - 1]!;
      const [id] = frame;
      const target = refs.get(id)?.[frame[1]++];
      if (target !== undefined) {
        if (!index.has(target)) {
          index.set(target, counter);
          low.set(target, counter++);
          stack.push(target);
          onStack.add(target);
          work.push([target, 0]);
        } else if (onStack.has(target)) {
          low.set(id, Math.min(low.get(id)!, index.get(target)!));
        }
        continue;
      }
      work.pop();
      const parent = work[work.length - 1];
      if (parent !== undefined) low.set(parent[0], Math.min(low.get(parent[0])!, low.get(id)!));
      if (low.get(id) !== index.get(id)) continue;
      const members: string[] = [];
      for (let member = stack.pop(); member !== undefined; member = stack.pop()) {
        onStack.delete(member);
        members.push(member);
        if (member === id) break;
      }
      members.sort();
      const inside = new Set(members);
      const reached = new Set<string>();
      for (const member of members) for (const next of refs.get(member) ?? []) if (!inside.has(next)) reached.add(hashOf.get(next)!);
      const hash = hashText(`${members.map((member) => `${member}:${own.get(member)}`).join("|")}>${[...reached].sort().join("|")}`);
      for (const member of members) hashOf.set(member, hash);
    }
  }
  return hashOf;
}
