/**
 * `modeldoc init`'s search for docs folders: folders of model pages as SDK generators publish them
 * (Speakeasy's `docs/models/shared/Webhook.md`, `docs/Models/Components/…`, `docs/pkg/models/…`, OpenAPI
 * Generator's `docs/Webhook.md`, APIMatic's `doc/models/webhook.md`): a `# Title`, then a section that
 * declares a type in one of the generator formats (`## Fields`, `## Properties`, `## Enumeration`…). The docs folder is the
 * SDK's folder, the one holding the `docs/` folder above such pages (the links between pages are written
 * from there, and its `shared/` and `operations/` models are one variant); without a `docs/` above them,
 * the `models` folder holding them, or else the folder itself. Dot folders and `node_modules`
 * are left out and links are not followed, as when the pages are read.
 */
import { open, readdir } from "node:fs/promises";
import { basename, join, relative, sep } from "node:path";
import { folderNameProblem } from "../folder-name.js";
import { formatNames, formats } from "../parse/formats/index.js";
import { compareCodeUnits } from "../code-units.js";

export interface DocsFolder {
  /** Relative to the folder searched, with `/` between segments. */
  readonly folder: string;
  /** A variant name for it: the nearest segment of its path that is not a generic one (`docs`, `models`…). */
  readonly name: string;
  /** The Markdown pages below it. */
  readonly pages: number;
}

/** How deep the search goes, and how many folders it looks at: `init` in a home folder must end. */
const maxDepth = 8;
const maxFolders = 20_000;
/** Pages looked at per folder before deciding it holds no model pages. */
const pagesTried = 3;
/** How much of a page is read to see whether it documents a model. */
const headBytes = 16_384;

/** The section titles that say a page documents a type, in any generator format (`parse/formats`). */
const declaringTitles = [...new Set(formatNames.flatMap((name) => [...formats[name].sectionNames.declaring, ...Object.keys(formats[name].kindSections ?? {})]))];
const modelSection = new RegExp(`^##\\s+(?:${declaringTitles.map((title) => title.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("|")})\\s*$`, "im");

/** Whether a page's text is a model page: it starts with a `# Title` and has a declaring section. */
export function isModelPage(text: string): boolean {
  const start = text.replace(/^\uFEFF/, "").replace(/^---\n[\s\S]*?\n---\n/, "").trimStart();
  return start.startsWith("# ") && modelSection.test(start);
}

async function head(file: string): Promise<string> {
  const handle = await open(file, "r");
  try {
    const buffer = Buffer.alloc(headBytes);
    const { bytesRead } = await handle.read(buffer, 0, headBytes, 0);
    return buffer.subarray(0, bytesRead).toString("utf8").replace(/\r\n/g, "\n");
  } finally {
    await handle.close();
  }
}

const genericNames = new Set(["docs", "doc", "pkg", "sdk", "src", "lib", "models", "model", "shared", "components"]);

function nameFor(folder: string, root: string): string {
  const segments = folder === "" ? [] : folder.split("/");
  const specific = [...segments].reverse().find((segment) => !genericNames.has(segment.toLowerCase()) && folderNameProblem(segment) === undefined);
  return specific ?? (folderNameProblem(basename(root)) === undefined ? basename(root) : "docs");
}

/** The docs folders below `root`, sorted by path. */
export async function findDocsFolders(root: string): Promise<DocsFolder[]> {
  /** Folders (relative, `/`-separated) holding a model page, and the Markdown pages of every folder. */
  const withModels: string[] = [];
  const pageCounts = new Map<string, number>();
  let visited = 0;
  const visit = async (relativeFolder: string, depth: number): Promise<void> => {
    if (depth > maxDepth || visited >= maxFolders) return;
    visited++;
    let entries;
    try {
      entries = await readdir(join(root, relativeFolder), { withFileTypes: true });
    } catch {
      return; // unreadable: not a docs folder anyone can generate from
    }
    entries.sort((a, b) => compareCodeUnits(a.name, b.name));
    const pages = entries.filter((entry) => entry.isFile() && entry.name.toLowerCase().endsWith(".md") && entry.name.toLowerCase() !== "readme.md");
    pageCounts.set(relativeFolder, pages.length);
    for (const page of pages.slice(0, pagesTried)) {
      const text = await head(join(root, relativeFolder, page.name)).catch(() => "");
      if (isModelPage(text)) {
        withModels.push(relativeFolder);
        break;
      }
    }
    for (const entry of entries) {
      if (!entry.isDirectory() || entry.name.startsWith(".") || entry.name === "node_modules") continue;
      await visit(relativeFolder === "" ? entry.name : `${relativeFolder}/${entry.name}`, depth + 1);
    }
  };
  await visit("", 0);

  const docsRootOf = (folder: string): string => {
    const segments = folder === "" ? [] : folder.split("/");
    const docs = segments.findIndex((segment) => /^docs?$/i.test(segment));
    if (docs !== -1) return segments.slice(0, docs).join("/");
    const models = segments.findIndex((segment) => /^models?$/i.test(segment));
    return models === -1 ? folder : segments.slice(0, models + 1).join("/");
  };
  const inside = (folder: string, parent: string): boolean => parent === "" || folder === parent || folder.startsWith(`${parent}/`);
  const roots = [...new Set(withModels.map(docsRootOf))].sort();
  const outermost = roots.filter((folder) => !roots.some((other) => other !== folder && inside(folder, other)));
  // Two SDKs of one language (`formance/go`, `unified-to/go`) are named with the folder above them.
  const plain = outermost.map((folder) => nameFor(folder, root));
  const qualified = outermost.map((folder, index) => {
    const name = plain[index]!;
    if (plain.indexOf(name) === plain.lastIndexOf(name)) return name;
    const above = folder.split("/").slice(0, -1).reverse().find((segment) => folderNameProblem(`${segment}-${name}`) === undefined && !genericNames.has(segment.toLowerCase()));
    return above === undefined ? name : `${above}-${name}`;
  });
  const used = new Set<string>();
  return outermost.map((folder, index) => {
    let name = qualified[index]!;
    for (let n = 2; used.has(name); n++) name = `${qualified[index]!}-${n}`;
    used.add(name);
    let pages = 0;
    for (const [counted, count] of pageCounts) if (inside(counted, folder)) pages += count;
    return { folder: folder === "" ? "." : folder, name, pages };
  });
}

/** A path relative to `root` in the config's spelling (`/` between segments). */
export function configPath(root: string, path: string): string {
  return relative(root, path).split(sep).join("/") || ".";
}
