/**
 * `modeldoc init [folders…]`: finds the docs folders below the working directory (or takes the ones
 * given) and writes a commented `modeldoc.config.ts`. It never overwrites: with a config file already
 * in the folder it stops (exit 2) naming it.
 */
import { existsSync } from "node:fs";
import { stat, writeFile } from "node:fs/promises";
import { basename, join, resolve } from "node:path";
import { configNames } from "../config/index.js";
import { configPath, findDocsFolders, type DocsFolder } from "../config/docs-folders.js";
import { configTemplate } from "../config/template.js";
import { UsageError } from "../errors.js";
import { requireNamedFolder } from "./arguments.js";
import { printLine } from "./print.js";

export const initFileName = "modeldoc.config.ts";

async function givenFolders(cwd: string, folders: readonly string[]): Promise<DocsFolder[]> {
  const found: DocsFolder[] = [];
  for (const folder of folders) {
    requireNamedFolder(folder);
    const isFolder = await stat(folder).then((entry) => entry.isDirectory(), () => false);
    if (!isFolder) throw new UsageError(`init: expected a docs folder, found no folder at ${folder}`);
    const pages = (await findDocsFolders(folder)).reduce((sum, inner) => sum + inner.pages, 0);
    found.push({ folder: configPath(cwd, resolve(cwd, folder)), name: basename(resolve(folder)), pages });
  }
  return found;
}

export async function initCommand(folders: readonly string[], flags: { readonly quiet?: boolean }): Promise<number> {
  const cwd = process.cwd();
  const existing = configNames.find((name) => existsSync(join(cwd, name)));
  if (existing !== undefined) throw new UsageError(`init: ${existing} already exists here; modeldoc init does not overwrite it (edit it, or delete it and run init again)`);
  const docs = folders.length > 0 ? await givenFolders(cwd, folders) : await findDocsFolders(cwd);
  if (docs.length === 0) {
    throw new UsageError(
      "init: found no docs folders below this folder (folders of model pages: a `# Title`, then `## Fields`, `## Values` or `## Supported Types`); " +
        "name them: modeldoc init docs/go docs/csharp",
    );
  }
  // `wx`: fails if the file appeared since the check above.
  await writeFile(join(cwd, initFileName), configTemplate(docs), { flag: "wx" });
  if (!flags.quiet) {
    printLine(`modeldoc: wrote ${initFileName} with ${docs.length} docs folder(s):`);
    for (const { folder, name, pages } of docs) printLine(`  ${name}: ${folder} (${pages} pages)`);
    printLine("next: npx modeldoc generate");
  }
  return 0;
}
