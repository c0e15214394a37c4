/**
 * Prettier, per file. Options are fixed here (no config file is looked up) so the output does not
 * depend on where modeldoc runs. Files are small and formatted concurrently: prettier's cost grows
 * faster than linearly with file size, so one big file would be slower than many small ones.
 */
import { format, type Options } from "prettier";

const typescriptOptions: Options = {
  parser: "typescript",
  printWidth: 100,
  tabWidth: 2,
  useTabs: false,
  semi: true,
  singleQuote: false,
  quoteProps: "as-needed",
  trailingComma: "all",
  bracketSpacing: true,
  arrowParens: "always",
  endOfLine: "lf",
};

export interface UnformattedFile {
  readonly path: string;
  readonly contents: string;
}

/** Formats each file with prettier; order is kept. */
export async function formatFiles(files: readonly UnformattedFile[]): Promise<UnformattedFile[]> {
  return Promise.all(
    files.map(async (file) => ({
      path: file.path,
      contents: file.path.endsWith(".json")
        ? await format(file.contents, { ...typescriptOptions, parser: "json" })
        : await format(file.contents, typescriptOptions),
    })),
  );
}
