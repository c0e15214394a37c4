/**
 * Generator renames, matched by rule between languages: the same model or field under a name one
 * generator changed, never one missing field plus one extra.
 *
 * - **A member renamed for clashing with its class**: C# cannot name a property as its class, so a
 *   generator writes `Email.emailValue` (or `_email`, `emailProperty`) where other languages say
 *   `Email.email`: one name is the other plus one word, and the other is the model's own name.
 * - **An escaped name**: a name that clashes with the language or the SDK's own members gets a
 *   generator's escape (`var_field` for `field` in OpenAPI Generator's Python, `r#type` in Rust): one
 *   name is the other plus one of {@link ESCAPES}.
 * - **A member named after its type**: a generator that names a property by the model it holds
 *   (`v2Workflow: V2Workflow` where other languages say `data: V2Workflow`;
 *   formance/typescript/docs/sdk/models/orchestration/v2getworkflowresponse.md against
 *   formance/go/docs/pkg/models/shared/v2getworkflowresponse.md; `v2WorkflowInstanceHistoryList:
 *   V2WorkflowInstanceHistory[]` for `data`): one field's name starts with the name of the declaration its
 *   type refers to (through lists and maps), and the other's does not.
 * - **A member named with its model's name before it**, as generators name an inline schema
 *   (`V3Account.v3Metadata`, `AccountRequest.accountMetadata` where other languages say `metadata`): one name
 *   is the other with the first words of the model's name before it.
 * - **A prefix or suffix on every name**: a generator that puts one word before or after the names of
 *   the declarations another leaves bare (`ModelPet` for `Pet`; APIMatic's Python `…ErrorException` for
 *   TypeScript's `…Error`): a word that starts (ends) almost every name of one side's unpaired declarations,
 *   and almost none of the other's, and that names at least {@link AFFIX_MIN} of them.
 *
 * - **An escaped model name**: OpenAPI Generator's Go and TypeScript name the `Error` schema `ModelError`
 *   (generators/openapi-generator/conekta/go/docs/ModelError.md against csharp/docs/Error.md).
 * - **An error class named as its language names them**: `…Exception` in Java, Python, PHP and C#,
 *   `…Error` in TypeScript and Go (APIMatic's `CustomerErrorResponseException` for `CustomerErrorResponseError`).
 *
 * Fields renamed so must also have types of the same meaning, and each must be the only candidate of the other.
 */
import { matchKey, nameWords } from "../ir/naming.js";
import type { Declaration, Field } from "../ir/types.js";

/**
 * Words generators add to escape a name that clashes with the language (OpenAPI Generator's Python `var_`,
 * Rust's raw identifier `r#`, APIMatic's `m` prefix: `mtype`, `mDefault`; its `ENUM_` before an enum
 * constant: `ENUM_SELF`).
 */
export const ESCAPES: ReadonlySet<string> = new Set(["var", "r", "m", "enum"]);

/** Words generators put before a model's name that clashes with the language (OpenAPI Generator's `ModelError`, `ModelReturn`). */
export const DECLARATION_ESCAPES: ReadonlySet<string> = new Set(["model"]);

/** A declaration's name key without a generator's escape (`ModelError` → `error`); its own key otherwise. */
export function declarationEscapeKey(declaration: Declaration): string {
  const words = nameWords(declaration.canonicalName);
  return words.length > 1 && DECLARATION_ESCAPES.has(words[0]!) ? words.slice(1).join("") : matchKey(declaration.canonicalName);
}

/** A name's key with a generator's escape word taken off its front, if it has one (`ENUM_SELF` → `self`). */
export function unescapedKey(name: string): string {
  const words = nameWords(name);
  return words.length > 1 && ESCAPES.has(words[0]!) ? words.slice(1).join("") : matchKey(name);
}

/** Why two names are one: the rule that renamed one of them. */
export type RenameRule = "class-clash" | "escape" | "type-name" | "model-prefix" | "affix" | "error-class";

/** A rename found: its rule, and which side's name is the generator's (the other is the API's). */
export interface FieldRename {
  readonly rule: RenameRule;
  readonly renamed: "left" | "right";
}

/** The word one name has beyond the other, when it is the other plus one word before or after it. */
function extraWord(a: readonly string[], b: readonly string[]): string | undefined {
  const [short, long] = a.length < b.length ? [a, b] : [b, a];
  if (long.length !== short.length + 1 || short.length === 0) return undefined;
  if (short.every((word, index) => word === long[index])) return long[long.length - 1];
  if (short.every((word, index) => word === long[index + 1])) return long[0];
  return undefined;
}

/**
 * The rule by which two fields of a model (named `model`) are one field under two names, if any.
 * `typeName` gives the name of the declaration a field's type refers to, if it is a ref.
 */
export function fieldRename(left: Field, right: Field, model: string, typeName: (field: Field) => string | undefined = () => undefined): FieldRename | undefined {
  const namedAfterType = (field: Field) => {
    const name = typeName(field);
    return name !== undefined && matchKey(field.canonicalName).startsWith(matchKey(name));
  };
  if (namedAfterType(left) !== namedAfterType(right)) return { rule: "type-name", renamed: namedAfterType(left) ? "left" : "right" };
  const leftWords = nameWords(left.canonicalName);
  const rightWords = nameWords(right.canonicalName);
  const modelWords = nameWords(model);
  if (modelPrefixed(leftWords, rightWords, modelWords)) return { rule: "model-prefix", renamed: "left" };
  if (modelPrefixed(rightWords, leftWords, modelWords)) return { rule: "model-prefix", renamed: "right" };
  if (gluedEscape(left.canonicalName, right.canonicalName)) return { rule: "escape", renamed: "left" };
  if (gluedEscape(right.canonicalName, left.canonicalName)) return { rule: "escape", renamed: "right" };
  const extra = extraWord(leftWords, rightWords);
  if (extra === undefined) return undefined;
  const renamed = leftWords.length > rightWords.length ? "left" : "right";
  const short = renamed === "left" ? rightWords : leftWords;
  if (matchKey(short.join("")) === matchKey(model)) return { rule: "class-clash", renamed };
  return ESCAPES.has(extra) ? { rule: "escape", renamed } : undefined;
}

/** An escape glued to the name, without a word break (APIMatic's Python `mtype` for `type`). */
function gluedEscape(long: string, short: string): boolean {
  const [a, b] = [matchKey(long), matchKey(short)];
  return b !== "" && [...ESCAPES].some((escape) => a === escape + b);
}

/** Whether `long` is `short` with the first words of the model's name before it. */
function modelPrefixed(long: readonly string[], short: readonly string[], model: readonly string[]): boolean {
  const extra = long.length - short.length;
  if (extra < 1 || extra >= model.length + 1 || short.length === 0) return false;
  return short.every((word, index) => word === long[extra + index]) && long.slice(0, extra).every((word, index) => word === model[index]);
}

/** Share of one side's names a word must start (end), and at most of the other side's, to be a generator's affix. */
const AFFIX_ON = 0.9;
const AFFIX_OFF = 0.1;
/** Names a word must start (end) at least, to be a generator's affix. */
export const AFFIX_MIN = 3;

/** A word a generator puts before (`prefix`) or after (`suffix`) every declaration name of one side. */
export interface NameAffix {
  readonly side: "left" | "right";
  readonly position: "prefix" | "suffix";
  readonly word: string;
}

/** The affix one side's generator adds to every declaration name, if any (see the module comment). */
export function declarationAffix(left: readonly Declaration[], right: readonly Declaration[]): NameAffix | undefined {
  const count = (declarations: readonly Declaration[], position: "prefix" | "suffix", word: string) =>
    declarations.filter((declaration) => {
      const words = nameWords(declaration.canonicalName);
      return words.length > 1 && (position === "prefix" ? words[0] : words[words.length - 1]) === word;
    }).length;
  const share = (declarations: readonly Declaration[], position: "prefix" | "suffix", word: string) => count(declarations, position, word) / Math.max(1, declarations.length);
  for (const [side, own, other] of [["left", left, right] as const, ["right", right, left] as const]) {
    if (own.length < 2) continue;
    for (const position of ["prefix", "suffix"] as const) {
      const word = mostCommonEnd(own, position);
      if (word === undefined) continue;
      if (count(own, position, word) >= AFFIX_MIN && share(own, position, word) >= AFFIX_ON && share(other, position, word) <= AFFIX_OFF) return { side, position, word };
    }
  }
  return undefined;
}

/** The word most names of several words start (end) with. */
function mostCommonEnd(declarations: readonly Declaration[], position: "prefix" | "suffix"): string | undefined {
  const counts = new Map<string, number>();
  for (const declaration of declarations) {
    const words = nameWords(declaration.canonicalName);
    const word = position === "prefix" ? words[0] : words[words.length - 1];
    if (words.length > 1 && word !== undefined) counts.set(word, (counts.get(word) ?? 0) + 1);
  }
  let best: string | undefined;
  for (const [word, count] of counts) if (best === undefined || count > (counts.get(best) ?? 0)) best = word;
  return best;
}

/**
 * A declaration's name key with an error class named as its language names them: `…Exception` (Java, Python,
 * PHP, C#) is `…Error` (TypeScript, Go).
 */
export function errorClassKey(declaration: Declaration): string {
  const words = nameWords(declaration.canonicalName);
  return words.length > 1 && words[words.length - 1] === "exception" ? [...words.slice(0, -1), "error"].join("") : matchKey(declaration.canonicalName);
}

/** A declaration's name key without the affix (the name key itself when it has none). */
export function withoutAffix(declaration: Declaration, affix: NameAffix): string {
  const words = nameWords(declaration.canonicalName);
  if (words.length < 2) return matchKey(declaration.canonicalName);
  if (affix.position === "prefix" && words[0] === affix.word) return words.slice(1).join("");
  if (affix.position === "suffix" && words[words.length - 1] === affix.word) return words.slice(0, -1).join("");
  return matchKey(declaration.canonicalName);
}
