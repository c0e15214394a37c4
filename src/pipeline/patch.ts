/**
 * The diff's `patch` format, composed here above both the emitter and the diff. The drift shown as code: for each model with a change, a unified diff of the TypeScript the two sides
 * generate for it (the `types/<model>.ts` that `modeldoc generate` writes, banner left out), for
 * reviewers who read code faster than tables.
 *
 * ```diff
 * --- go/types/webhook.ts
 * +++ csharp/types/webhook.ts
 * @@ -40,7 +40,7 @@
 *    /** N/A *\/
 * -  hookUrl: string;
 * +  hookUrl?: string;
 * ```
 *
 * A model only on one side diffs against `/dev/null`. Property names are camelCase (the canonical names),
 * so the same field lines up across languages; descriptions are normalised as the diff compares them. A change the interfaces cannot show (an SDK-only field,
 * which emitters leave out) gets no hunk; the header line counts such models.
 */
import type { DateRepresentation } from "../options.js";
import type { EmitContext } from "../emit/context.js";
import type { FieldNaming } from "../ir/naming.js";
import type { Declaration, Variant } from "../ir/types.js";
import { normalizeDescription, unifiedDiff, type DiffResult } from "../diff/index.js";
import { pairDeclarations } from "../match/index.js";

export interface PatchFormatOptions {
  /** Property naming of the generated TypeScript (default `camel`, which lines fields up across languages). */
  readonly naming?: FieldNaming;
  /** Date fields as ISO strings (default) or `Date`. */
  readonly dates?: DateRepresentation;
  /** Context lines around each change (default 3). */
  readonly context?: number;
  /** Show descriptions (default true); `false` as with `--no-descriptions`, which leaves them out of the diff. */
  readonly descriptions?: boolean;
}

interface ModelSides {
  readonly model: string;
  readonly left: Declaration | undefined;
  readonly right: Declaration | undefined;
}

export async function formatPatch(result: DiffResult, left: Variant, right: Variant, options: PatchFormatOptions = {}): Promise<string> {
  const { emitContext, declarationFiles } = await import("../emit/run.js");
  const emit = { naming: options.naming, dates: options.dates, emit: ["interfaces"] } as const;
  const byModel = new Map<string, ModelSides>();
  const pairing = pairDeclarations(left, right, { linkTargets: result.mode === "variant" });
  for (const [l, r] of pairing.pairs) {
    // The name the diff reports the pair by (match/pairing.ts).
    const model = l !== undefined ? pairing.leftNames.get(l.id) : r !== undefined ? pairing.rightNames.get(r.id) : undefined;
    if (model !== undefined && !byModel.has(model)) byModel.set(model, { model, left: l, right: r });
  }
  const models: ModelSides[] = [];
  const seen = new Set<string>();
  for (const change of result.changes) {
    if (seen.has(change.model)) continue;
    seen.add(change.model);
    const sides = byModel.get(change.model);
    if (sides !== undefined) models.push(sides);
  }

  // Descriptions as the diff compares them (whitespace collapsed, `N/A` is none), so the patch shows
  // only what the diff reports.
  const describe = options.descriptions === false ? () => "" : normalizeDescription;
  const leftContext = emitContext({ name: left.name, declarations: left.declarations.map((declaration) => withDescriptions(declaration, describe)) }, emit);
  const rightContext = emitContext({ name: right.name, declarations: right.declarations.map((declaration) => withDescriptions(declaration, describe)) }, emit);
  const sources: Array<{ path: string; contents: string }> = [];
  const text = async (declaration: Declaration | undefined, ctx: EmitContext): Promise<number> => {
    const symbol = declaration === undefined ? undefined : ctx.symbols.byId.get(declaration.id);
    // (the context holds copies with normalised descriptions; ids are the same)
    if (symbol === undefined) return -1;
    const [file] = await declarationFiles(ctx, "interfaces", symbol);
    sources.push({ path: `${symbol.fileName}.ts`, contents: file!.contents });
    return sources.length - 1;
  };
  const slots: { sides: ModelSides; left: number; right: number }[] = [];
  for (const sides of models) slots.push({ sides, left: await text(sides.left, leftContext), right: await text(sides.right, rightContext) });
  // The emitters write prettier's layout themselves: the files are final as they come.
  const formatted = sources;
  const body = (slot: number): string => (slot < 0 ? "" : withoutBanner((formatted[slot] as { contents: string }).contents));
  const name = (slot: number, variant: string): string => (slot < 0 ? "/dev/null" : `${variant}/types/${(formatted[slot] as { path: string }).path}`);

  const hunks: string[] = [];
  let silent = 0;
  for (const slot of slots) {
    const patch = unifiedDiff(body(slot.left), body(slot.right), {
      oldName: name(slot.left, result.left),
      newName: name(slot.right, result.right),
      ...(options.context !== undefined ? { context: options.context } : {}),
    });
    if (patch === "") silent++;
    else hunks.push(patch);
  }
  const count = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;
  const header =
    `# modeldoc: ${result.mode} diff ${result.left} → ${result.right}: ${count(result.changes.length, "change")} in ${count(models.length, "model")}` +
    (silent > 0 ? `; ${silent} of them not visible in the generated interfaces` : "");
  return [`${header}\n`, ...hunks].join("");
}

function withDescriptions(declaration: Declaration, describe: (text: string) => string): Declaration {
  const description = describe(declaration.description);
  if (declaration.kind !== "model") return { ...declaration, description };
  return { ...declaration, description, fields: declaration.fields.map((field) => ({ ...field, description: describe(field.description) })) };
}

/** The emitted file without its first-line banner (it names the page, which differs between sides). */
function withoutBanner(contents: string): string {
  return contents.startsWith("// Generated by modeldoc") ? contents.replace(/^[^\n]*\n\n?/, "") : contents;
}
