/**
 * Incremental emission: each declaration's formatted files are cached under a key of everything they
 * are made from — the declaration, every declaration it reaches through references (fixtures embed
 * them, validators call them), the names of all declarations (imports and file names), the options
 * and the emitter's code. Only declarations whose key changed are emitted and formatted again.
 */
import { join } from "node:path";
import type { EmitOptions, OutputFile } from "../emit/index.js";
import type { Declaration, Variant } from "../ir/types.js";
import { declarationTypes, visitType } from "../ir/walk.js";
import { codeFingerprint, hashText, loadCacheFile, storeCacheFile, type CacheSession } from "./cache.js";

interface Entry {
  readonly key: string;
  readonly files: readonly OutputFile[];
}

interface EmitCacheFile {
  readonly variantFiles?: Entry;
  readonly declarations: Record<string, Entry>;
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
  const own = new Map(variant.declarations.map((declaration) => [declaration.id, hashText(JSON.stringify(declaration))]));
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
  /** Cached files of a declaration whose key is unchanged. */
  declarationFiles(id: string, key: string): readonly OutputFile[] | undefined;
  variantFiles(key: string): readonly OutputFile[] | undefined;
  setDeclaration(id: string, key: string, files: readonly OutputFile[]): void;
  setVariant(key: string, files: readonly OutputFile[]): void;
  save(): Promise<void>;
}

export async function openEmitCache(cacheFolder: string, outputFolder: string, session?: CacheSession): Promise<EmitCache> {
  const file = join(cacheFolder, `emit-${hashText(outputFolder).slice(0, 16)}.json`);
  const previous = ((await loadCacheFile(file, session)) as EmitCacheFile | undefined) ?? { declarations: {} };
  const next: { variantFiles?: Entry; declarations: Record<string, Entry> } = { declarations: {} };
  let changed = false;
  return {
    declarationFiles(id, key) {
      const entry = previous.declarations[id];
      if (entry?.key !== key) return undefined;
      next.declarations[id] = entry;
      return entry.files;
    },
    variantFiles(key) {
      if (previous.variantFiles?.key !== key) return undefined;
      next.variantFiles = previous.variantFiles;
      return previous.variantFiles.files;
    },
    setDeclaration(id, key, files) {
      changed = true;
      next.declarations[id] = { key, files };
    },
    setVariant(key, files) {
      changed = true;
      next.variantFiles = { key, files };
    },
    async save() {
      if (!changed && Object.keys(next.declarations).length === Object.keys(previous.declarations).length) return;
      await storeCacheFile(file, next, session);
    },
  };
}
