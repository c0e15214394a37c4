/**
 * The `modeldoc` command. Each subcommand is a thin layer over the programmatic API: it turns
 * flags into options, prints results, and turns outcomes into exit codes. A command's module is
 * loaded when it runs, so a fully cached `generate` never loads ts-morph, prettier or the diff.
 * Exit codes:
 *   0 success · 1 with `--strict` any diagnostic, `--check` found stale output, or `diff --fail-on` tripped ·
 *   2 bad usage (unknown flag, missing folder, bad option value or config, an output folder that cannot be used) ·
 *   70 a bug in modeldoc.
 */
import { Command, CommanderError, InvalidArgumentError, Option } from "commander";
import { closePool } from "../pipeline/pool.js";
import { suggestion } from "../config/shape.js";
import { collectFormat } from "./format-targets.js";
import { dialectNames } from "../parse/dialects/index.js";
import { formatNames } from "../parse/formats/index.js";
import { UsageError } from "../errors.js";
import { terminalLines } from "../terminal-text.js";
import { setColorChoice } from "./color.js";
import {
  datesOption,
  defaultOutputKinds,
  defaults,
  diffFormatOption,
  diffModeOption,
  failOnOption,
  namingOption,
  outputKindOption,
  unknownKeysOption,
  wireNamingOption,
  layoutOption,
  zodOption,
  type Choice,
} from "../options.js";

function choice<T extends string>(values: readonly T[]) {
  return (value: string): T => {
    if (!(values as readonly string[]).includes(value)) throw new InvalidArgumentError(`expected one of ${values.join(", ")}${suggestion(value, values)}`);
    return value as T;
  };
}

/** A comma-separated list of choices (`--emit validators,jsonschema`), each once, in the order given. */
function choiceList<T extends string>(values: readonly T[]) {
  return (value: string): T[] => {
    const items = value
      .split(",")
      .map((item) => item.trim())
      .filter((item) => item !== "");
    const bad = items.find((item) => !(values as readonly string[]).includes(item));
    if (bad !== undefined || items.length === 0) throw new InvalidArgumentError(`expected a comma-separated list of ${values.join(", ")}${bad === undefined ? "" : suggestion(bad, values)}`);
    return [...new Set(items)] as T[];
  };
}

/**
 * A flag taking one of an option's values: its help lists them and the default (from src/options.ts). The
 * default is not set on the flag: a flag left out lets the config decide.
 */
function choiceFlag<Value extends string>(flags: string, option: Choice<Value>, description = option.description): Option {
  const shown = option.default === undefined ? option.values.join(" | ") : `${option.values.join(" | ")}; default: ${option.default}`;
  return new Option(flags, `${description} (${shown})`).argParser(choice(option.values));
}

/** A number of seconds, 0 or more (`--lock-wait 0`). */
function seconds(value: string): number {
  const number = Number(value);
  if (value.trim() === "" || !Number.isFinite(number) || number < 0) throw new InvalidArgumentError("expected a number of seconds, 0 or more");
  return number;
}

/** The options generate and watch share: where the docs and the output are, and what to emit. */
function withGenerateOptions(command: Command): Command {
  return command
    .option("-c, --config <file>", "the config file (default: the nearest modeldoc.config.{ts,mts,mjs,js,json})")
    .option("-o, --out <folder>", `output folder; each variant goes to <out>/<name> (default: ${defaults.out})`)
    .option("--specs <folder>", `with no folders given, the folder whose subfolders are the variants (default: ${defaults.specs})`)
    .addOption(choiceFlag("--naming <naming>", namingOption))
    .addOption(choiceFlag("--wire-naming <naming>", wireNamingOption))
    .addOption(choiceFlag("--dates <dates>", datesOption))
    .addOption(
      new Option("--emit <kinds>", `${outputKindOption.description}: ${outputKindOption.values.join(", ")} (default: ${defaultOutputKinds.join(",")})`).argParser(
        choiceList(outputKindOption.values),
      ),
    )
    .addOption(choiceFlag("--unknown-keys <policy>", unknownKeysOption))
    .addOption(choiceFlag("--layout <layout>", layoutOption))
    .option("--readonly", "every emitted property readonly and every array readonly T[] (a field the docs mark [readonly] is readonly either way)")
    .addOption(choiceFlag("--zod <flavor>", zodOption))
    .option("--strict", "exit 1 when the docs have any diagnostic, warnings included (default: report them and go on)")
    .option("--no-cache", "parse every page afresh (the cache is node_modules/.cache/modeldoc)")
    .addOption(new Option("--lock-wait <seconds>", `how long to wait for another run writing to the output folder (default: ${defaults.lockWaitSeconds})`).argParser(seconds))
    .option("-q, --quiet", "print only diagnostics and errors")
    .option("--merge <variants>", `one output (<out>/${defaults.mergeName}) from these variants, comma-separated: a field is required only where every variant requires it`);
}

/** `parse --dialect` and `--format`: the parser's data (parse/dialects, parse/formats), listed as src/options.ts lists a choice. */
const dialectOption: Choice<string> = { values: dialectNames, default: undefined, description: "read every page in this dialect instead of detecting it" };
const formatOption: Choice<string> = { values: formatNames, default: undefined, description: "read every page in this generator's format instead of detecting it" };

function program(setExitCode: (code: number) => void): Command {
  const root = new Command("modeldoc")
    .description("Parse SDK model docs into an IR; generate TypeScript interfaces, validators and fixtures; diff models across languages and versions.")
    .version("0.1.0")
    .showHelpAfterError("(run with --help for usage)")
    // Commander's messages quote the arguments as given.
    .configureOutput({ outputError: (message, write) => write(terminalLines(message)) })
    .exitOverride()
    .configureHelp({ showGlobalOptions: true })
    // Options of every command (given before or after the command's name).
    .option("--color", "colour in reports even when the output is not a terminal (as FORCE_COLOR=1)")
    .option("--no-color", "no colour in reports (as NO_COLOR=1)")
    .option("-C, --cwd <folder>", "run as if started in this folder (config, docs, output and cache paths are taken from there)")
    .hook("preAction", (_root, command) => {
      const { color, cwd } = command.optsWithGlobals<{ color?: boolean; cwd?: string }>();
      setColorChoice(color);
      if (cwd !== undefined) changeFolder(cwd);
    });

  root
    .command("parse")
    .description("print the IR of a docs folder or page")
    .argument("<path>", "a docs folder (one variant) or a single page")
    .option("--json", "print the IR as JSON")
    .option("--stats", "print counts (pages, models, enums, unions, fields, unknown types, unresolved refs, diagnostics)")
    .option("--strict", "exit 1 when the docs have any diagnostic, warnings included")
    .addOption(choiceFlag("--dialect <dialect>", dialectOption))
    .addOption(choiceFlag("--format <format>", formatOption))
    .action(async (path: string, flags) => setExitCode(await (await import("./parse-command.js")).parseCommand(path, flags)));

  withGenerateOptions(
    root
      .command("generate")
      .description("generate TypeScript from docs folders (default: every folder under specs/ into generated/)")
      .argument("[folders...]", "docs folders, one variant each (named after the folder)"),
  )
    .option("--check", "write nothing; exit 1 and list every missing or stale file")
    .option("--json", "print a machine-readable summary")
    .action(async (folders: string[], flags) => setExitCode(await (await import("./generate-command.js")).generateCommand(folders, flags)));

  withGenerateOptions(
    root
      .command("watch")
      .description("generate, then regenerate on every change to the docs (the options of generate but --check)")
      .argument("[folders...]", "docs folders, one variant each (named after the folder)"),
  )
    .option("--json", "one JSON line per run")
    .action(async (folders: string[], flags) => setExitCode(await (await import("./watch-command.js")).watchCommand(folders, flags)));

  root
    .command("init")
    .description("find the docs folders below this folder (or take the ones given) and write a commented modeldoc.config.ts; never overwrites")
    .argument("[folders...]", "docs folders, one variant each (default: the folders of model pages found below this one)")
    .option("-q, --quiet", "print only errors")
    .action(async (folders: string[], flags) => setExitCode(await (await import("./init-command.js")).initCommand(folders, flags)));

  root
    .command("diff")
    .description("compare the models of two docs folders (two languages, or two versions); a side may be <ref>:<folder>, read from git")
    .argument("<left>", "docs folder or <ref>:<folder> (the older version, in a version diff); with --base, the one folder")
    .argument("[right]", "docs folder or <ref>:<folder> (the newer version, in a version diff)")
    .argument("[more...]", "more sides: every pair is compared, each side parsed once")
    .option("--base <ref>", "compare the folder at this git revision (left) with the working tree (right); a version diff")
    .addOption(choiceFlag("-f, --format <format>", diffFormatOption).argParser(collectFormat))
    .addOption(choiceFlag("--mode <mode>", diffModeOption))
    .addOption(choiceFlag("--fail-on <level>", failOnOption))
    .option("--ignore <file>", "fingerprints or check ids of known changes to leave out, one per line (default: .modeldocignore if present)")
    .option("--no-descriptions", "ignore description changes")
    .option("--no-cache", "parse every page afresh (the cache is node_modules/.cache/modeldoc)")
    .option("-c, --config <file>", "the config file (its `diff` keys apply under the flags)")
    .action(async (left: string, right: string | undefined, more: string[], flags) =>
      setExitCode(await (await import("./diff-command.js")).diffCommand([left, ...(right === undefined ? [] : [right]), ...more], flags)),
    );

  root
    .command("variants")
    .description("list the docs folders generate reads (the config's variants, or every subfolder of specs/), one a line")
    .option("--json", "print the variants (name and folder) as JSON")
    .option("-c, --config <file>", "the config file (default: the nearest modeldoc.config.{ts,mts,mjs,js,json})")
    .option("--specs <folder>", `with no variants in the config, the folder whose subfolders are the variants (default: ${defaults.specs})`)
    .action(async (flags) => setExitCode(await (await import("./variants-command.js")).variantsCommand(flags)));

  root
    .command("checks")
    .description("list the checks of a diff: each one's id, kind and severity per role (version diff) and in a variant diff")
    .option("--json", "print the checks as JSON")
    .option("--config <file>", "the config file (its diff.severity overrides are shown)")
    .action(async (flags) => setExitCode(await (await import("./checks-command.js")).checksCommand(flags)));

  return root;
}

/** `--cwd`: a folder that is not there is bad usage, named as given. */
function changeFolder(folder: string): void {
  try {
    process.chdir(folder);
  } catch {
    throw new UsageError(`--cwd ${folder}: expected a folder, found none`);
  }
}

/** Runs the CLI and returns the exit code; never throws for bad input. */
export async function main(argv: readonly string[]): Promise<number> {
  let exitCode = 0;
  // `--cwd` changes the process's folder for one run: an in-process caller (the tests) gets its own back.
  const startFolder = process.cwd();
  const root = program((code) => {
    exitCode = code;
  });
  try {
    await root.parseAsync([...argv]);
    return exitCode;
  } catch (error) {
    return failureCode(error);
  } finally {
    await closePool();
    setColorChoice(undefined);
    if (process.cwd() !== startFolder) process.chdir(startFolder);
  }
}

/** The exit code for a failure; prints what went wrong, never a stack unless asked. */
function failureCode(error: unknown): number {
  if (error instanceof CommanderError) {
    // Commander has printed the message; --help and --version end here with code 0.
    return error.exitCode === 0 ? 0 : 2;
  }
  if (error instanceof UsageError || isSystemRefusal(error)) {
    process.stderr.write(`modeldoc: ${terminalLines(error.message)}\n`);
    return 2;
  }
  // A bug in modeldoc, not in the input: say so; the stack only when asked for.
  const detail = error instanceof Error ? (process.env["MODELDOC_DEBUG"] ? (error.stack ?? error.message) : error.message) : String(error);
  process.stderr.write(`modeldoc: internal error (please report it; MODELDOC_DEBUG=1 shows the stack): ${terminalLines(detail)}\n`);
  return 70;
}

/**
 * Error codes with which the file system refuses a path (permissions, a full or read-only disk, a file
 * where a folder should be…): the path is unusable, which is not a bug in modeldoc.
 */
const refusals = new Set(["EACCES", "EPERM", "EROFS", "ENOSPC", "EDQUOT", "ENOTDIR", "EISDIR", "ENOENT", "EEXIST", "ELOOP", "ENAMETOOLONG", "EMFILE", "ENFILE", "EBUSY"]);

function isSystemRefusal(error: unknown): error is NodeJS.ErrnoException {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  return error instanceof Error && typeof code === "string" && refusals.has(code) && typeof (error as NodeJS.ErrnoException).syscall === "string";
}
