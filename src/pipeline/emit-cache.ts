/**
 * Incremental emission: each declaration is keyed by everything its files are made from — the
 * declaration, every declaration it reaches through references (fixtures embed them, validators call
 * them), the names of all declarations (imports and file names), the options and the emitter's code.
 *
 * The cache holds no file contents. It remembers, per declaration, its key and the hashes of the files
 * it made, and, per output file, the hash, size and mtime it had on disk when modeldoc last wrote or
 * checked it. A declaration whose key is unchanged and whose files are still on disk as recorded needs
 * nothing: not emitted, not read, not written. Any other is emitted again and its files compared.
 * A watcher's session trusts the records it made or checked itself, without looking at the disk again.
 */
import { statSync } from "node:fs";
import { join } from "node:path";
import type { EmitOptions, OutputFile } from "../emit/index.js";
import type { Declaration, Variant } from "../ir/types.js";
import { declarationFingerprint } from "../ir/fingerprint.js";
import { declarationTypes, visitType } from "../ir/walk.js";
import { codeFingerprint, hashText, loadCacheFile, storeCacheFile, type CacheSession } from "./cache.js";

interface Entry {
  readonly key: string;
  /** The files it made: path and content hash. */
  readonly files: readonly (readonly [path: string, hash: string])[];
}

/** A file as modeldoc last wrote or checked it: content hash, size in bytes, mtime in ms. */
type DiskStamp = readonly [hash: string, size: number, mtimeMs: number];

/** The layout of the cache file; a file of another layout is ignored. */
const FORMAT = 2;

interface EmitCacheFile {
  readonly format: typeof FORMAT;
  readonly variantFiles?: Entry;
  readonly declarations: Record<string, Entry>;
  /** By path relative to the output folder. */
  readonly disk: Record<string, DiskStamp>;
}

export interface EmitKeys {
  readonly variantKey: string;
  /** By declaration id. */
  readonly declarations: ReadonlyMap<string, string>;
}

let emitterCode: string | undefined;

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
  emitterCode ??= codeFingerprint(["../emit", "../ir"]);
  const own = new Map(variant.declarations.map((declaration) => [declaration.id, declarationFingerprint(declaration)]));
  const refs = new Map(variant.declarations.map((declaration) => [declaration.id, directRefs(declaration)]));
  const names = hashText(JSON.stringify(variant.declarations.map((d) => [d.id, d.kind, d.canonicalName])));
  const common = hashText(JSON.stringify([emitterCode, variant.name, options, names]));
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
  // index.ts and runtime.ts depend only on the names and kinds of the declarations; schema.json on all of them.
  const variantKey = options.emit?.includes("jsonschema") ? hashText(`${common}|${[...own].map(([id, hash]) => `${id}:${hash}`).join("|")}`) : common;
  return { variantKey, declarations };
}

export interface EmitCache {
  /** The paths of a declaration's files, when its key is unchanged and they are on disk as recorded. */
  declarationFiles(id: string, key: string): readonly string[] | undefined;
  variantFiles(key: string): readonly string[] | undefined;
  setDeclaration(id: string, key: string, files: readonly OutputFile[]): void;
  setVariant(key: string, files: readonly OutputFile[]): void;
  /** Records files now on disk with these contents (written or checked by this run). */
  recordDisk(files: readonly OutputFile[]): void;
  save(): Promise<void>;
}

/** Content hashes of the files emitted in this process, so a file written later is not hashed again. */
const contentHashes = new WeakMap<OutputFile, string>();

function contentHash(file: OutputFile): string {
  let hash = contentHashes.get(file);
  if (hash === undefined) {
    hash = hashText(file.contents);
    contentHashes.set(file, hash);
  }
  return hash;
}

function entryOf(key: string, files: readonly OutputFile[]): Entry {
  return { key, files: files.map((file) => [file.path, contentHash(file)] as const) };
}

export async function openEmitCache(cacheFolder: string, outputFolder: string, session?: CacheSession): Promise<EmitCache> {
  const file = join(cacheFolder, `emit-${hashText(outputFolder).slice(0, 16)}.json`);
  const loaded = (await loadCacheFile(file, session)) as EmitCacheFile | undefined;
  const previous: EmitCacheFile = loaded?.format === FORMAT ? loaded : { format: FORMAT, declarations: {}, disk: {} };
  const next: { format: typeof FORMAT; variantFiles?: Entry; declarations: Record<string, Entry>; disk: Record<string, DiskStamp> } = {
    format: FORMAT,
    declarations: {},
    disk: {},
  };
  let changed = false;
  /** Whether every file of an entry is on disk as recorded; the stamps are carried to the next file. */
  const intact = (entry: Entry): boolean => {
    for (const [path, hash] of entry.files) {
      const stamp = previous.disk[path];
      if (stamp === undefined || stamp[0] !== hash) return false;
      if (session?.checkedOutputs.has(stamp)) continue;
      const stats = statSync(join(outputFolder, path), { throwIfNoEntry: false });
      if (stats === undefined || stats.size !== stamp[1] || stats.mtimeMs !== stamp[2]) return false;
    }
    for (const [path] of entry.files) {
      const stamp = previous.disk[path]!;
      next.disk[path] = stamp;
      session?.checkedOutputs.add(stamp);
    }
    return true;
  };
  const reuse = (entry: Entry | undefined, key: string): readonly string[] | undefined =>
    entry?.key === key && intact(entry) ? entry.files.map(([path]) => path) : undefined;
  return {
    declarationFiles(id, key) {
      const entry = previous.declarations[id];
      const paths = reuse(entry, key);
      if (paths !== undefined) next.declarations[id] = entry!;
      return paths;
    },
    variantFiles(key) {
      const paths = reuse(previous.variantFiles, key);
      if (paths !== undefined) next.variantFiles = previous.variantFiles!;
      return paths;
    },
    setDeclaration(id, key, files) {
      changed = true;
      next.declarations[id] = entryOf(key, files);
    },
    setVariant(key, files) {
      changed = true;
      next.variantFiles = entryOf(key, files);
    },
    recordDisk(files) {
      for (const output of files) {
        const stats = statSync(join(outputFolder, output.path), { throwIfNoEntry: false });
        if (stats === undefined) continue;
        changed = true;
        const stamp: DiskStamp = [contentHash(output), stats.size, stats.mtimeMs];
        next.disk[output.path] = stamp;
        session?.checkedOutputs.add(stamp);
      }
    },
    async save() {
      const sameDeclarations = Object.keys(next.declarations).length === Object.keys(previous.declarations).length;
      if (!changed && previous === loaded && sameDeclarations && Object.keys(next.disk).length === Object.keys(previous.disk).length) return;
      await storeCacheFile(file, next, session);
    },
  };
}
