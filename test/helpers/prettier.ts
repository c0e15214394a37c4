// prettier itself, with the options modeldoc's output is held to: the reference the layout tests compare
// the emitters against (modeldoc never runs prettier's parser; it prints with prettier's printer).
import { format, type Options } from "prettier";

export const prettierOptions: Options = {
  // babel-ts: about twice as fast as the typescript parser on emitted files, with the same output.
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

/** What prettier makes of a TypeScript file. */
export function prettierText(contents: string): Promise<string> {
  return format(contents, prettierOptions);
}

/** The paths of the files prettier would change. */
export async function changedByPrettier(files: readonly { path: string; contents: string }[]): Promise<string[]> {
  const changed: string[] = [];
  for (const file of files) if ((await prettierText(file.contents)) !== file.contents) changed.push(file.path);
  return changed;
}
