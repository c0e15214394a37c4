/** `modeldoc watch [folders…]`: generate, then again after every change (its own module: a generate run loads no watcher). */
import { watch as watchFiles } from "chokidar";
import { relative } from "node:path";
import type { GenerateOptions } from "../pipeline/generate.js";
import { watch, type Watcher } from "../pipeline/watch.js";
import { UsageError } from "../errors.js";
import { generateOptions, reportProblems, summary, type GenerateCommandFlags } from "./generate-command.js";
import { printError, printJson, printLine } from "./print.js";

/** Runs until interrupted: regenerates after every change, printing what changed and how long it took. */
export async function watchCommand(folders: readonly string[], flags: GenerateCommandFlags): Promise<number> {
  const { options, configFile } = await generateOptions(folders, { ...flags, check: false });
  let watcher: Watcher | undefined;
  // An edit to the config file restarts the watcher with the new settings; a config that no longer
  // loads is reported, and the watcher goes on with the settings it has.
  let current = options;
  const restart = async (): Promise<void> => {
    let next: GenerateOptions;
    try {
      ({ options: next } = await generateOptions(folders, { ...flags, check: false }));
    } catch (error) {
      if (!(error instanceof UsageError)) throw error;
      printError(`modeldoc watch: ${error.message}; going on with the previous settings`);
      return;
    }
    if (JSON.stringify(next) === JSON.stringify(current)) return; // saved without a change that matters
    current = next;
    // With --json, stdout holds one JSON line per run and nothing else.
    if (!flags.quiet) (flags.json ? printError : printLine)(`modeldoc watch: ${relative(process.cwd(), configFile!)} changed; restarting`);
    await watcher?.close();
    watcher = await startWatcher(next, flags);
  };
  // Reported once the file has kept its size for 100 ms: a save truncates the file before it writes it.
  const configWatcher =
    configFile === undefined ? undefined : watchFiles(configFile, { ignoreInitial: true, awaitWriteFinish: { stabilityThreshold: 100, pollInterval: 20 } });
  const configReady = new Promise<void>((resolve) => (configWatcher ? configWatcher.once("ready", resolve) : resolve()));
  // The first start and every restart run one after another; the first waits for the config's watcher,
  // so that "watching" on the terminal means config edits are seen too.
  let running = configReady.then(async () => {
    watcher = await startWatcher(options, flags);
  });
  configWatcher?.on("all", () => {
    running = running.then(restart).catch((error: unknown) => {
      printError(`modeldoc watch: restarting after a config change: internal error: ${error instanceof Error ? error.message : String(error)}`);
    });
  });
  await running;
  await new Promise<void>((resolve) => {
    process.once("SIGINT", resolve);
    process.once("SIGTERM", resolve);
  });
  await configWatcher?.close();
  await running;
  await watcher?.close();
  return 0;
}

/** Starts watching with these options; settles once the first run is done and the watcher is ready. */
async function startWatcher(options: GenerateOptions, flags: GenerateCommandFlags): Promise<Watcher> {
  const watcher = watch({
    ...options,
    onRun: ({ changed, result, error, milliseconds }) => {
      const what = changed.length === 0 ? "initial run" : changed.join(", ");
      if (error) {
        printError(`modeldoc watch: ${what}: internal error: ${error.message}`);
        return;
      }
      if (!result) return;
      reportProblems(result, false);
      if (flags.json) printJson({ changed, ...summary(result, options.out, milliseconds) }, false);
      else if (!flags.quiet) printLine(`modeldoc watch: ${what} → ${result.written} written, ${result.removed} removed, ${result.diagnostics.length} diagnostics in ${Math.round(milliseconds)} ms`);
    },
  });
  await watcher.ready;
  if (!flags.json && !flags.quiet) printLine(`modeldoc watch: watching ${options.variants.map((variant) => variant.folder).join(", ")} (Ctrl-C to stop)`);
  return watcher;
}

