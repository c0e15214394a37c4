/**
 * What a watcher keeps of an output folder between runs (output-folder.ts): the manifest its last run
 * wrote or found, with the manifest file's size and mtime then. While the file on disk still has them,
 * the next run takes the list from here instead of reading and parsing thousands of paths again.
 */
export interface OutputMemory {
  manifest: { readonly text: string; readonly files: ReadonlySet<string>; readonly stamp: readonly [size: number, mtimeMs: number] } | undefined;
}

export function newOutputMemory(): OutputMemory {
  return { manifest: undefined };
}
