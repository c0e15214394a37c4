/**
 * A docs folder → a {@link Variant}: every `*.md` page parsed, each in its own dialect, references
 * resolved, everything sorted so that the result never depends on the order files were listed in.
 */
import { readFile, stat } from "node:fs/promises";
import { basename, dirname, relative, resolve as resolvePath, sep } from "node:path";
import type { Root } from "mdast";
import { glob } from "tinyglobby";
import { resolveReferences } from "../ir/resolve.js";
import type { Declaration, Diagnostic, Dialect, Variant } from "../ir/types.js";
import { detectDialect, evidenceOf } from "./detect.js";
import { dialects } from "./dialects/index.js";
import { parseMarkdown } from "./markdown.js";
import { createPageReader, readDeclaration } from "./page-reader.js";
import { outlinePage } from "./page.js";

export interface ParseOptions {
  /** The variant's name; default: the folder's name. */
  readonly name?: string;
  /** Read every page in this dialect instead of detecting it. */
  readonly dialect?: Dialect;
}

export interface PageSource {
  /** Path relative to the variant root, `/`-separated. */
  readonly id: string;
  readonly text: string;
}

interface ParsedPage {
  readonly source: PageSource;
  readonly tree: Root;
  readonly dialect: Dialect | undefined;
}

function parsePage(source: PageSource, forced: Dialect | undefined): ParsedPage {
  const tree = parseMarkdown(source.text);
  return { source, tree, dialect: forced ?? detectDialect(evidenceOf(source.text, tree)) };
}

/** The dialect most pages were detected in; pages with no evidence are read in it. */
function majorityDialect(pages: readonly ParsedPage[]): Dialect {
  const counts = new Map<Dialect, number>();
  for (const page of pages) if (page.dialect) counts.set(page.dialect, (counts.get(page.dialect) ?? 0) + 1);
  let best: Dialect = "go";
  let bestCount = 0;
  for (const [dialect, count] of [...counts].sort(([a], [b]) => a.localeCompare(b))) {
    if (count > bestCount) [best, bestCount] = [dialect, count];
  }
  return best;
}

function byPosition(a: Diagnostic, b: Diagnostic): number {
  return a.source.file.localeCompare(b.source.file) || a.source.line - b.source.line || a.source.column - b.source.column || a.code.localeCompare(b.code);
}

/** Parses pages already in memory (the folder reader, the watcher and tests all come through here). */
export function parsePages(name: string, root: string, sources: readonly PageSource[], options: ParseOptions = {}): Variant {
  const sorted = [...sources].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const pages = sorted.map((source) => parsePage(source, options.dialect));
  const dialect = options.dialect ?? majorityDialect(pages);
  const declarations: Declaration[] = [];
  const diagnostics: Diagnostic[] = [];
  for (const page of pages) {
    const reader = createPageReader(page.source.id, page.source.text, dialects[page.dialect ?? dialect], diagnostics);
    const declaration = readDeclaration(outlinePage(page.source.id, page.tree), reader);
    if (declaration) declarations.push(declaration);
  }
  const resolved = resolveReferences(declarations, sorted.map((source) => source.id));
  return {
    name,
    root,
    dialect,
    declarations: resolved.declarations,
    diagnostics: [...diagnostics, ...resolved.diagnostics].sort(byPosition),
  };
}

/** Reads every `*.md` page under `folder` (or the one page `folder` names) into a variant. */
export async function parseFolder(folder: string, options: ParseOptions = {}): Promise<Variant> {
  const absolute = resolvePath(folder);
  const info = await stat(absolute);
  const root = info.isDirectory() ? absolute : resolvePath(absolute, "..");
  const files = info.isDirectory() ? await glob("**/*.md", { cwd: absolute, absolute: true, ignore: ["**/node_modules/**"] }) : [absolute];
  const sources = await Promise.all(
    files.map(async (file) => ({ id: relative(root, file).split(sep).join("/"), text: await readFile(file, "utf8") })),
  );
  return parsePages(options.name ?? basename(root), info.isDirectory() ? folder : dirname(folder), sources, options);
}
