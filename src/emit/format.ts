/**
 * The emitters write prettier's layout themselves (see code/), so an emitted file needs no formatting
 * pass and prettier's parser never runs. `formatFiles` remains for diff/format-patch.ts, which still
 * calls it before diffing two sides' interfaces: it returns the files as they are.
 */

export async function formatFiles<File extends { readonly path: string; readonly contents: string }>(files: readonly File[]): Promise<File[]> {
  return [...files];
}
