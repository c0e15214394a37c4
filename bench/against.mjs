// `npm run bench:against -- <revision>`: this checkout against an earlier revision, row by row, in one run.
// Timings on a shared machine drift by a third between runs (see the guide), so "no row slower than
// before" is measured as a ratio within one run: each row runs on the base and on this checkout in turn,
// BENCH_REPEAT times (default 3), and the table gives each side's median and their ratio.
//
// The base is checked out into a temporary worktree (git worktree), built with its own build script, and
// run with its own bench/scenario.mjs and bin/, on node_modules shared with this checkout.
//
// Rows: cold generate of the seven unified-to languages; warm (nothing changed); one page edited; watch
// (one page edited); `--help` and a small project's first run (specs/); bench/scale.mjs's rows (its synthetic
// docs, with its variables). BENCH_SKIP=corpus,small,scale leaves groups out.
//
// The bench's folders are made under os.tmpdir(). A run that creates 80,000 files (20,000 pages) on a disk's
// file system spends about 10–40 s of system time, whichever revision it is (perf on ext4: the inode allocator's
// recently_deleted and find_inode_bit after a run that deleted as many, and rwsem_spin_on_owner on the
// folder's lock), and which of the two a run gets decides the row: TMPDIR=/dev/shm measures the runs' own work.
//
//   npm run build && node bench/against.mjs 00fbce4
import { execFileSync } from "node:child_process";
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { command, log, pagesUnder, scenario } from "./runner.mjs";
import { sizes, writePagesFolder, writeTableFolder } from "./scale.mjs";

const repo = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const revision = process.argv[2];
if (!revision) {
  console.error("usage: node bench/against.mjs <git revision>");
  process.exit(2);
}
const corpus = resolve(repo, process.env.MODELDOC_CORPUS ?? "../shared/corpus", "unified-to");
// BENCH_LANGUAGES=go,csharp measures fewer (Go first: its webhook page is the one edited).
const languages = (process.env.BENCH_LANGUAGES ?? "go,csharp,typescript,python,java,php,ruby").split(",");
const repeats = Math.max(1, Number(process.env.BENCH_REPEAT ?? 3));
const skip = new Set((process.env.BENCH_SKIP ?? "").split(",").filter(Boolean));

const git = (...args) => execFileSync("git", args, { cwd: repo, encoding: "utf8" }).trim();

/** The base revision, checked out and built in a worktree of its own. */
function checkoutBase(work) {
  const root = join(work, "base");
  git("worktree", "add", "--detach", root, revision);
  symlinkSync(join(repo, "node_modules"), join(root, "node_modules"));
  log(`building ${revision} in ${root}…`);
  execFileSync("npm", ["run", "build", "--silent"], { cwd: root, stdio: ["ignore", "ignore", "inherit"] });
  return root;
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor((values.length - 1) / 2)];

/**
 * One row: `measure(root, run)` on the base and on this checkout in turn, `repeats` times; each side's
 * median time and largest peak RSS.
 */
function pair(label, measure) {
  const sides = { base: [], head: [] };
  for (let run = 0; run < repeats; run++) {
    sides.base.push(measure(base, run));
    sides.head.push(measure(repo, run));
  }
  const summary = (results) => ({ ms: median(results.map((result) => result.ms)), rssMB: Math.max(...results.map((result) => result.rssMB)), all: results.map((result) => result.ms) });
  return { label, base: summary(sides.base), head: summary(sides.head) };
}

const work = mkdtempSync(join(tmpdir(), "modeldoc-against-"));
let base;
try {
  base = checkoutBase(work);
  const rows = [];
  if (!skip.has("corpus")) {
    const folders = languages.map((language) => {
      const target = join(work, "docs", language);
      cpSync(join(corpus, language), target, { recursive: true });
      return target;
    });
    const side = (root) => (root === repo ? "head" : "base");
    const cacheFolder = (root) => join(work, `cache-${side(root)}`);
    const out = (root) => join(work, `out-${side(root)}`);
    rows.push(pair(`generate, cold (${languages.length} languages)`, (root, run) => scenario(work, "generate", { folders, out: join(work, `cold-${side(root)}-${run}`), cacheFolder: join(work, `cold-cache-${side(root)}-${run}`) }, 1800, root)));
    // Each side's warm rows go on from its own output and cache, made by one more cold run first.
    for (const root of [base, repo]) scenario(work, "generate", { folders, out: out(root), cacheFolder: cacheFolder(root) }, 1800, root);
    rows.push(pair("generate, warm, nothing changed", (root) => scenario(work, "generate", { folders, out: out(root), cacheFolder: cacheFolder(root) }, 1800, root)));
    const leaf = join(folders[0], "docs/pkg/models/shared/webhook.md");
    const original = readFileSync(leaf, "utf8");
    const texts = ["A webhook POSTs", "A webhook sends"];
    let edits = 0;
    rows.push(
      pair("generate, one page edited", (root) => {
        // Every run sees a page changed since its side's last run: the text alternates, each side in turn.
        writeFileSync(leaf, original.replace("A webhook is used to POST", `${texts[edits++ % 2]} (${edits})`));
        return scenario(work, "generate", { folders, out: out(root), cacheFolder: cacheFolder(root) }, 1800, root);
      }),
    );
    rows.push(
      pair("watch, one page edited (event → written)", (root) => {
        // The watcher's first run reads the page as it is now; the edit it times is the next one.
        writeFileSync(leaf, original.replace("A webhook is used to POST", texts[0]));
        return scenario(work, "watch", { folders, out: out(root), cacheFolder: cacheFolder(root), edit: { file: leaf, from: texts[0], to: texts[1] } }, 1800, root);
      }),
    );
  }
  if (!skip.has("small")) {
    rows.push(pair("--help (process start included)", (root) => command(work, ["--help"], { root, runs: 1 })));
    rows.push(
      pair("small project, first run (specs/)", (root, run) =>
        command(work, ["generate", "--quiet"], {
          root,
          runs: 1,
          prepare: () => {
            const project = join(work, `small-${root === repo ? "head" : "base"}-${run}`);
            cpSync(join(repo, "specs"), join(project, "specs"), { recursive: true });
            return project;
          },
        }),
      ),
    );
  }
  if (!skip.has("scale")) {
    // bench/scale.mjs's inputs, with its variables (BENCH_SCALE_ROWS, BENCH_SCALE_MB_ROWS, BENCH_SCALE_PAGES).
    const inputs = [
      ...sizes("BENCH_SCALE_ROWS", "1000,10000,100000").map((count) => [`one page of ${count.toLocaleString("en")} rows`, writeTableFolder(join(work, `rows-${count}`, "docs-root"), count, 0).folder]),
      ...sizes("BENCH_SCALE_MB_ROWS", "10000").map((count) => {
        const big = writeTableFolder(join(work, `mb-${count}`, "docs-root"), count, 2_000);
        return [`one page of ${(big.bytes / 1e6).toFixed(1)} MB (${count.toLocaleString("en")} rows)`, big.folder];
      }),
      ...sizes("BENCH_SCALE_PAGES", "2000,20000").map((count) => [`${count.toLocaleString("en")} pages in one folder`, writePagesFolder(join(work, `pages-${count}`, "docs-root"), count)]),
    ];
    for (const [label, folder] of inputs) {
      rows.push(pair(`scale: ${label}, cold`, (root, run) => scenario(work, "generate", { folders: [folder], out: join(folder, "..", `out-${run}-${root === repo ? "head" : "base"}`), cacheFolder: false }, 1800, root)));
    }
  }

  const fmt = (value, digits = 2) => (Number.isFinite(value) ? value.toFixed(digits) : "–");
  console.log(`modeldoc ${git("rev-parse", "--short", "HEAD")} against ${revision} (${git("rev-parse", "--short", revision)}), median of ${repeats} runs each, in turn:\n`);
  console.log("| row | base (s) | head (s) | head / base | base peak RSS (MB) | head peak RSS (MB) | runs, base; head (s) |");
  console.log("| --- | ---: | ---: | ---: | ---: | ---: | --- |");
  for (const { label, base: b, head: h } of rows) {
    const runs = `${b.all.map((ms) => fmt(ms / 1000)).join(", ")}; ${h.all.map((ms) => fmt(ms / 1000)).join(", ")}`;
    console.log(`| ${label} | ${fmt(b.ms / 1000)} | ${fmt(h.ms / 1000)} | ${fmt(h.ms / b.ms)} | ${fmt(b.rssMB, 0)} | ${fmt(h.rssMB, 0)} | ${runs} |`);
  }
} finally {
  if (base && existsSync(base)) git("worktree", "remove", "--force", base);
  rmSync(work, { recursive: true, force: true });
}
