// The package ships dist/ built (`npm pack` and `npm publish` build it: the `prepack` script), and has
// no src/. A clone of the repository has src/ and no dist/ until it is built: there, the command builds
// dist/ before it runs, and again whenever a file of src/ is newer than the build, as `cargo run` does.
// So `npm ci && npx modeldoc generate` works on a fresh clone with no install script (no `prepare`).
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = dirname(dirname(fileURLToPath(import.meta.url)));
const built = join(root, "dist", "cli", "main.js");
const lock = join(root, ".modeldoc-building");

/** The newest modification time of a file, or of any file below a folder. */
function newest(path) {
  const entry = statSync(path, { throwIfNoEntry: false });
  if (entry === undefined) return 0;
  if (!entry.isDirectory()) return entry.mtimeMs;
  let time = entry.mtimeMs;
  for (const name of readdirSync(path)) time = Math.max(time, newest(join(path, name)));
  return time;
}

function isStale() {
  // tsc writes every file of dist/ on each build, this one included.
  const builtAt = statSync(built, { throwIfNoEntry: false })?.mtimeMs;
  if (builtAt === undefined) return true;
  return ["src", "tsconfig.json", "tsconfig.build.json"].some((path) => newest(join(root, path)) > builtAt);
}

function isRunning(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return error.code === "EPERM";
  }
}

function fail(message) {
  process.stderr.write(`modeldoc: ${message}\n`);
  process.exit(70);
}

/** One build at a time: a second command started meanwhile waits for the first one's. */
function takeLock() {
  for (const deadline = Date.now() + 120_000; Date.now() < deadline; ) {
    try {
      mkdirSync(lock);
      writeFileSync(join(lock, "pid"), String(process.pid));
      return true;
    } catch (error) {
      if (error.code !== "EEXIST") throw error;
      const holder = Number(readFileSync(join(lock, "pid"), { encoding: "utf8", flag: "a+" }));
      if (holder > 0 && !isRunning(holder)) rmSync(lock, { recursive: true, force: true });
      else Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 100);
    }
  }
  return false;
}

export function ensureBuilt() {
  // The package: no sources, dist/ as npm pack built it.
  if (!existsSync(join(root, "src")) || !existsSync(join(root, "tsconfig.build.json"))) return;
  if (!isStale()) return;
  let tsc;
  try {
    const require = createRequire(join(root, "package.json"));
    const typescript = require.resolve("typescript/package.json");
    tsc = join(dirname(typescript), JSON.parse(readFileSync(typescript, "utf8")).bin.tsc);
  } catch {
    fail("dist/ is missing or older than src/, and TypeScript is not installed to build it: run `npm ci` (with the dev dependencies), then `npm run build`");
  }
  if (!takeLock()) fail(`another modeldoc has been building dist/ for two minutes (${lock}); remove that folder if no build is running`);
  try {
    if (!isStale()) return; // built by the command that held the lock
    process.stderr.write("modeldoc: building dist/ from src/ (a clone of the repository; the package ships it built)…\n");
    const run = spawnSync(process.execPath, [tsc, "-p", join(root, "tsconfig.build.json")], { cwd: root, stdio: ["ignore", 2, 2] });
    if (run.status !== 0 || !existsSync(built)) fail(`the build of dist/ failed (exit ${run.status ?? run.signal}); npm run build shows why`);
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
}
