// The emitter's output on the whole corpus, as digests: for each corpus folder and each option set the
// tests use, the number of files and one SHA-1 over every path and its bytes. Two builds that print the
// same digests emit the same bytes; a restructuring of src/emit is checked this way before it goes on.
//
//   npm run build && cp -r dist .tmp/before-dist      (the build to compare against)
//   node scripts/emit-digest.mjs .tmp/before-dist > .tmp/before.txt        (--only <folder>: one corpus folder)
//   npm run build && node scripts/emit-digest.mjs dist > .tmp/after.txt && diff .tmp/before.txt .tmp/after.txt
//
// The IR of each folder is parsed once (by the build given) and kept in .tmp/digest-ir, so that both
// builds emit from the same IR. `--files <folder> <set>` prints each file's digest of one folder and set,
// to find the file that differs. MODELDOC_CORPUS moves the corpus.
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";

const [distArgument, flag, onlyFolder, onlySet] = process.argv.slice(2);
const only = flag === "--only" || flag === "--files" ? onlyFolder : undefined;
if (distArgument === undefined) throw new Error("usage: node scripts/emit-digest.mjs <dist folder> [--files <folder> <set>]");
const dist = resolve(distArgument);
const corpus = resolve(process.env.MODELDOC_CORPUS ?? "../shared/corpus");
const irFolder = resolve(".tmp/digest-ir");

const all = ["interfaces", "validators", "fixtures", "jsonschema", "zod"];
/** The option sets of the tests (test/emit, test/validators, test/corpus), each output kind and option value at least once. */
const optionSets = {
  defaults: { naming: "camel", dates: "string" },
  all: { naming: "camel", dates: "string", emit: all },
  "as-written-date-reject": { naming: "as-written", dates: "Date", unknownKeys: "reject", emit: all },
  "snake-date-strip": { naming: "snake", dates: "Date", unknownKeys: "strip", emit: all },
  "wire-snake-date": { naming: "camel", wireNaming: "snake", dates: "Date", emit: all },
  "wire-snake-single": { naming: "camel", wireNaming: "snake", dates: "string", layout: "single", emit: all },
  "wire-camel-single-strip": { naming: "as-written", wireNaming: "camel", dates: "Date", unknownKeys: "strip", layout: "single", emit: all },
  "fixtures-only": { naming: "camel", dates: "string", emit: ["fixtures"] },
  "jsonschema-only": { naming: "camel", dates: "string", emit: ["jsonschema"] },
  "zod-only": { naming: "camel", dates: "string", unknownKeys: "reject", emit: ["zod"] },
};

/** Every folder of the corpus that holds Markdown pages directly under a language folder. */
function corpusFolders() {
  const folders = [];
  for (const language of ["go", "csharp", "typescript", "python", "java", "php", "ruby"]) folders.push(`unified-to/${language}`);
  for (const language of ["go", "java", "python", "typescript", "csharp", "php"]) folders.push(`formance/${language}`);
  for (const folder of ["go/2025-02-05", "go/2025-10-23", "csharp/2025-10-23"]) folders.push(`unified-to-history/${folder}`);
  for (const family of ["openapi-generator", "swagger-codegen", "apimatic"]) {
    const familyFolder = join(corpus, "generators", family);
    if (!existsSync(familyFolder)) continue;
    for (const api of readdirSync(familyFolder).sort()) {
      if (!statSync(join(familyFolder, api)).isDirectory()) continue;
      for (const language of readdirSync(join(familyFolder, api)).sort()) {
        if (statSync(join(familyFolder, api, language)).isDirectory()) folders.push(`generators/${family}/${api}/${language}`);
      }
    }
  }
  return folders;
}

const { parseFolder } = await import(pathToFileURL(join(dist, "parse", "index.js")).href);
const { emitVariantFiles } = await import(pathToFileURL(join(dist, "emit", "index.js")).href);

async function variantOf(folder) {
  const file = join(irFolder, `${folder.replaceAll("/", "__")}.json`);
  if (existsSync(file)) return JSON.parse(readFileSync(file, "utf8"));
  const variant = await parseFolder(join(corpus, folder), { name: folder.split("/").pop() });
  mkdirSync(irFolder, { recursive: true });
  writeFileSync(file, JSON.stringify(variant));
  return variant;
}

for (const folder of corpusFolders()) {
  if (only !== undefined && folder !== only) continue;
  const variant = await variantOf(folder);
  for (const [setName, options] of Object.entries(optionSets)) {
    if (flag === "--files" && setName !== onlySet) continue;
    const files = emitVariantFiles(variant, options);
    const hash = createHash("sha1");
    for (const file of files) {
      hash.update(`${file.path}\0${file.contents}\0`);
      if (flag === "--files") console.log(`${file.path} ${createHash("sha1").update(file.contents).digest("hex")}`);
    }
    if (flag !== "--files") console.log(`${folder} ${setName} ${files.length} ${hash.digest("hex")}`);
  }
}
