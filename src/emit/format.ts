/**
 * Prettier, per file. Options are fixed here (no config file is looked up) so the output does not
 * depend on where modeldoc runs. Files are formatted one by one rather than as one big text, since
 * prettier's cost grows faster than linearly with file size, and a few at a time: all at once keeps
 * every file's syntax tree alive together, which measured slower than a small pool.
 */
import { format, type Options } from "prettier";

const typescriptOptions: Options = {
  // Measured on emitted files: babel-ts formats about twice as fast as the typescript parser, and its
  // output is already stable under the typescript parser.
  parser: "babel-ts",
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

/** How many formats run at once. */
const POOL_SIZE = 16;

export interface UnformattedFile {
  readonly path: string;
  readonly contents: string;
}

function formatOne(file: UnformattedFile): Promise<string> {
  return format(
    file.contents,
    file.path.endsWith(".json") ? { ...typescriptOptions, parser: "json" } : typescriptOptions,
  );
}

/** Formats each file with prettier; order is kept. */
export async function formatFiles(files: readonly UnformattedFile[]): Promise<UnformattedFile[]> {
  const formatted: UnformattedFile[] = new Array<UnformattedFile>(files.length);
  let next = 0;
  const worker = async (): Promise<void> => {
    for (let index = next++; index < files.length; index = next++) {
      const file = files[index] as UnformattedFile;
      formatted[index] = { path: file.path, contents: await formatOne(file) };
    }
  };
  await Promise.all(Array.from({ length: Math.min(POOL_SIZE, files.length) }, worker));
  return formatted;
}
