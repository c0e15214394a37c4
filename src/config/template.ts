/**
 * The config `modeldoc init` writes: the docs folders it found, the output folder, and every other key
 * commented out with its values and default, as src/options.ts states them (so the file cannot drift
 * from what the validation accepts). Only a type is imported from modeldoc: the file loads where
 * modeldoc is not installed in the project (`npx modeldoc`), and is typed in an editor where it is.
 */
import {
  datesOption,
  defaults,
  failOnOption,
  layoutOption,
  namingOption,
  outputKindOption,
  defaultOutputKinds,
  unknownKeysOption,
  wireNamingOption,
  zodOption,
  type Choice,
} from "../options.js";
import { dialectNames } from "../parse/dialects/index.js";
import { formatNames } from "../parse/formats/index.js";
import type { DocsFolder } from "./docs-folders.js";

function quoted(value: string): string {
  return JSON.stringify(value);
}

/** `// what it does: "a" (default) | "b"` and the key commented out at its default. */
function choiceLines(key: string, option: Choice<string>, indent: string): string[] {
  const values = option.values.map((value) => (value === option.default ? `${quoted(value)} (default)` : quoted(value))).join(" | ");
  const example = option.default ?? option.values[0]!;
  return [`${indent}// ${option.description}: ${values}`, `${indent}// ${key}: ${quoted(example)},`];
}

/** `// what it does: true | false (default)` and the key commented out at the value that is not the default. */
function booleanLines(key: string, description: string, fallback: boolean, indent: string): string[] {
  const values = [true, false].map((value) => (value === fallback ? `${value} (default)` : String(value))).join(" | ");
  return [`${indent}// ${description}: ${values}`, `${indent}// ${key}: ${!fallback},`];
}

/** The text of `modeldoc.config.ts` for these docs folders (paths relative to the config's folder). */
export function configTemplate(folders: readonly DocsFolder[]): string {
  const variantLines = folders.map(
    ({ folder, name, pages }) => `    { folder: ${quoted(folder)}, name: ${quoted(name)} }, // ${pages} pages`,
  );
  return [
    "// modeldoc's config, written by `modeldoc init`. `npx modeldoc generate` reads it from this folder or",
    "// any folder below it. Every key is optional; a flag on the command line wins over the key. Paths are",
    "// relative to this file.",
    'import type { ModeldocConfig } from "modeldoc";',
    "",
    "export default {",
    "  // The docs folders, one variant each; each is generated into <out>/<name>. A variant's dialect and format",
    `  // are the ones its pages support best; \`dialect: "…"\` names the dialect: ${dialectNames.map(quoted).join(" | ")};`,
    `  // \`format: "…"\` the generator: ${formatNames.map(quoted).join(" | ")}`,
    "  variants: [",
    ...variantLines,
    "  ],",
    `  out: ${quoted(defaults.out)},`,
    "  // with no variants given, the folder whose subfolders are the variants",
    `  // specs: ${quoted(defaults.specs)},`,
    ...choiceLines("naming", namingOption, "  "),
    ...choiceLines("wireNaming", wireNamingOption, "  "),
    ...choiceLines("dates", datesOption, "  "),
    `  // ${outputKindOption.description}: ${outputKindOption.values.map(quoted).join(", ")} (default: ${defaultOutputKinds.map(quoted).join(", ")})`,
    `  // emit: [${defaultOutputKinds.map(quoted).join(", ")}],`,
    ...choiceLines("unknownKeys", unknownKeysOption, "  "),
    ...choiceLines("layout", layoutOption, "  "),
    ...booleanLines("readonly", "every emitted property readonly and every array readonly T[]", defaults.readonly, "  "),
    ...choiceLines("zod", zodOption, "  "),
    "  // one output, <out>/merged, from several variants (by name): each fact from the variants that state it",
    `  // merge: [${folders.slice(0, 2).map(({ name }) => quoted(name)).join(", ")}],`,
    ...booleanLines("strict", "any diagnostic fails the run (exit 1)", defaults.strict, "  "),
    "  // diff: {",
    `  //   ${failOnOption.description}: ${failOnOption.values.map(quoted).join(" | ")}`,
    `  //   failOn: ${quoted("breaking")},`,
    "  //   ignore: \".modeldocignore\", // fingerprints of known changes to leave out, one a line",
    "  //   descriptions: true, // compare descriptions",
    "  //   severity: { \"description-changed\": \"info\" }, // severities by check id or kind (modeldoc checks lists them)",
    "  // },",
    "} satisfies ModeldocConfig;",
    "",
  ].join("\n");
}
