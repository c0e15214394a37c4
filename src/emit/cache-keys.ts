/**
 * What each emitted file is made from, as cache keys: the pipeline (pipeline/emit-cache.ts) emits a
 * declaration again only when its key changes. A declaration's files depend on the declaration, on the
 * shape of every declaration it reaches through references (fixtures embed them, validators call them;
 * their descriptions and source positions go into their own files only, see `declarationShape`), on the
 * names of all declarations (imports and file names), on the options, and on the emitter itself: its
 * code and the exact versions of prettier and ts-morph. `index.ts` and `runtime.ts` depend only on the
 * names and kinds of the declarations; `schema.json` on all of them.
 *
 * This module loads neither ts-morph nor prettier: a run whose every file is cached loads no emitter.
 */
import { codeFingerprint } from "../code-identity.js";
import { declarationFingerprint, declarationShape, hashText } from "../ir/fingerprint.js";
import type { Declaration, Variant } from "../ir/types.js";
import { sameLists } from "../ir/name-index.js";
import { referencedIds } from "../ir/walk.js";
import type { ResolvedEmitOptions } from "../options.js";
import { libraryVersions } from "./libraries.js";
import { outputEntry, writtenOutputs } from "./registry.js";

export interface EmitKeys {
  readonly variantKey: string;
  /** By declaration id. */
  readonly declarations: ReadonlyMap<string, string>;
}

let emitterIdentity: string | undefined;

/** The emitter as a cache key: its code and the IR's (as built), and the versions of prettier and ts-morph. */
export function emitterFingerprint(): string {
  emitterIdentity ??= hashText(
    JSON.stringify({
      code: codeFingerprint(["emit", "ir"]),
      libraries: libraryVersions(),
    }),
  );
  return emitterIdentity;
}

/**
 * What {@link emitKeys} keeps for its next call on the same variant (a watcher's): the keys, and what they
 * were made from. While the names and the rest of what every key shares stay the same, a declaration that
 * reaches none of the declarations changed since keeps its key. Create with {@link newEmitKeysMemory}.
 */
export interface EmitKeysMemory {
  /** The emitter, variant name and options; each declaration's id, kind and name, in order; the hash of all that every key shares. */
  inputs: string;
  names: readonly (readonly string[])[];
  common: string | undefined;
  /** By declaration id: its fingerprint and shape, its references (to declarations of the variant), the hash of what it reaches, its key. */
  readonly own: Map<string, string>;
  readonly shape: Map<string, string>;
  readonly refs: Map<string, readonly string[]>;
  readonly reach: Map<string, string>;
  readonly keys: Map<string, string>;
  /** Each declaration's references, by identity. */
  readonly references: WeakMap<Declaration, readonly string[]>;
}

export function newEmitKeysMemory(): EmitKeysMemory {
  return { inputs: "", names: [], common: undefined, own: new Map(), shape: new Map(), refs: new Map(), reach: new Map(), keys: new Map(), references: new WeakMap() };
}

/**
 * The cache keys of a variant's declarations and of its variant-wide files. A declaration's key covers its
 * own fingerprint and the shapes of everything it reaches: declarations that reach each other (a strongly
 * connected component of the reference graph) share one hash of their shapes and of the hashes of the
 * components they reach, worked out once per component, children first. So a change of shape anywhere in
 * what a declaration reaches changes its key, and the whole variant costs time linear in its references. With a
 * `memory`, only the declarations that reach a changed one are worked out again (a watcher's edit).
 */
export function emitKeys(variant: Variant, options: ResolvedEmitOptions, memory: EmitKeysMemory = newEmitKeysMemory()): EmitKeys {
  const inputs = JSON.stringify([emitterFingerprint(), variant.name, options]);
  const names = [variant.declarations.map(({ id }) => id), variant.declarations.map(({ kind }) => kind), variant.declarations.map(({ canonicalName }) => canonicalName)];
  // What every key shares, hashed only when it differs from the memory's.
  const same = memory.common !== undefined && memory.inputs === inputs && sameLists(memory.names, names);
  const common = same ? memory.common! : hashText(JSON.stringify([emitterFingerprint(), variant.name, options, hashText(JSON.stringify(variant.declarations.map((d) => [d.id, d.kind, d.canonicalName])))]));
  const referencesOf = (declaration: Declaration): readonly string[] => {
    let found = memory.references.get(declaration);
    if (found === undefined) {
      found = referencedIds(declaration);
      memory.references.set(declaration, found);
    }
    return found;
  };
  const keyOf = (id: string) => hashText(`${common}|${id}|${memory.own.get(id)}|${memory.reach.get(id) ?? ""}`);
  if (same) {
    // The same ids: only the declarations whose fingerprint changed have other references, and only
    // those whose shape changed reach the keys of the declarations that reach them.
    const changed = variant.declarations.filter((declaration) => memory.own.get(declaration.id) !== declarationFingerprint(declaration));
    const reshaped: string[] = [];
    for (const declaration of changed) {
      memory.own.set(declaration.id, declarationFingerprint(declaration));
      if (memory.shape.get(declaration.id) !== declarationShape(declaration)) reshaped.push(declaration.id);
      memory.shape.set(declaration.id, declarationShape(declaration));
      memory.refs.set(declaration.id, referencesOf(declaration).filter((target) => memory.own.has(target)));
    }
    const again = reaching(reshaped, memory.refs);
    const reachHashes = componentHashes([...again].sort(), memory.refs, memory.shape, memory.reach);
    for (const id of again) memory.reach.set(id, reachHashes.get(id)!);
    for (const id of new Set([...again, ...changed.map(({ id }) => id)])) memory.keys.set(id, keyOf(id));
  } else {
    for (const map of [memory.own, memory.shape, memory.refs, memory.reach, memory.keys]) map.clear();
    for (const declaration of variant.declarations) {
      memory.own.set(declaration.id, declarationFingerprint(declaration));
      memory.shape.set(declaration.id, declarationShape(declaration));
    }
    for (const declaration of variant.declarations) memory.refs.set(declaration.id, referencesOf(declaration).filter((target) => memory.own.has(target)));
    const reachHashes = componentHashes([...memory.own.keys()].sort(), memory.refs, memory.shape);
    for (const [id, hash] of reachHashes) memory.reach.set(id, hash);
    for (const declaration of variant.declarations) memory.keys.set(declaration.id, keyOf(declaration.id));
    memory.inputs = inputs;
    memory.names = names;
    memory.common = common;
  }
  // schema.json (an output whose variant files hold every declaration), and every file of the single layout.
  const wholeVariant = options.layout === "single" || [...writtenOutputs(options)].some((name) => outputEntry(name).variantFilesHoldDeclarations === true);
  const variantKey = wholeVariant ? hashText(`${common}|${[...memory.own].map(([id, hash]) => `${id}:${hash}`).join("|")}`) : common;
  return { variantKey, declarations: new Map(memory.keys) };
}

/** The ids that reach any of `changed` through references (those included). */
function reaching(changed: readonly string[], refs: ReadonlyMap<string, readonly string[]>): Set<string> {
  const referrers = new Map<string, string[]>();
  for (const [id, targets] of refs) {
    for (const target of targets) {
      const from = referrers.get(target);
      if (from === undefined) referrers.set(target, [id]);
      else from.push(id);
    }
  }
  const found = new Set(changed);
  const pending = [...changed];
  for (let next = pending.pop(); next !== undefined; next = pending.pop()) {
    for (const from of referrers.get(next) ?? []) {
      if (found.has(from)) continue;
      found.add(from);
      pending.push(from);
    }
  }
  return found;
}

/**
 * For each id, a hash of what it reaches: Tarjan's strongly connected components, iteratively (no
 * recursion on the depth of the graph), each component hashed from its members' shapes and the
 * hashes of the components it points to (which Tarjan finishes first). `known`: the hashes of ids outside
 * `ids` (which reach none of them), taken as they are, not walked.
 */
function componentHashes(ids: readonly string[], refs: ReadonlyMap<string, readonly string[]>, shapes: ReadonlyMap<string, string>, known: ReadonlyMap<string, string> = new Map()): Map<string, string> {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const onStack = new Set<string>();
  const stack: string[] = [];
  const hashOf = new Map<string, string>();
  const inScope = new Set(ids);
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
        if (!inScope.has(target)) continue;
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
      for (const member of members) for (const next of refs.get(member) ?? []) if (!inside.has(next)) reached.add(hashOf.get(next) ?? known.get(next)!);
      const hash = hashText(`${members.map((member) => `${member}:${shapes.get(member)}`).join("|")}>${[...reached].sort().join("|")}`);
      for (const member of members) hashOf.set(member, hash);
    }
  }
  return hashOf;
}
