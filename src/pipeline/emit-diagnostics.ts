/**
 * What emitting a variant has to say of its docs, as diagnostics of the run (generate.ts): a field renamed
 * because its property name was taken, a type no finite value can have.
 */
import { declarationsWithoutFiniteValue } from "../emit/fixtures/ranks.js";
import { writtenOutputs } from "../emit/registry.js";
import { byPosition } from "../ir/diagnostics.js";
import { namingCollisions } from "../ir/property-names.js";
import type { Declaration, Diagnostic, Variant } from "../ir/types.js";
import type { ResolvedEmitOptions } from "../options.js";
import type { VariantMemory } from "./watch-memory.js";

/**
 * What emitting the variant has to say of its docs: a field renamed because its property name was taken
 * (ir/property-names.ts), and a type no finite value can have, whose fixtures therefore fail its validator.
 */
export function emitDiagnostics(variant: Variant, options: ResolvedEmitOptions, memory?: VariantMemory): Diagnostic[] {
  const diagnostics = memory === undefined ? namingCollisions(variant.declarations, options.naming) : variant.declarations.flatMap((declaration) => rememberedCollisions(declaration, options, memory));
  if (writtenOutputs(options).has("fixtures")) {
    const infinite = declarationsWithoutFiniteValue(variant, options.naming, memory?.requiredTargets);
    const ids = new Set(infinite.map(({ id }) => id));
    for (const declaration of infinite) {
      const cycle = declaration.kind === "model" ? declaration.fields.filter(({ required, nullable, type }) => required && !nullable && type.kind === "ref" && ids.has(type.target)).map(({ name }) => `"${name}"`) : [];
      diagnostics.push({
        severity: "warning",
        code: "no-finite-value",
        message: `expected a type a finite value can have, found ${cycle.length === 0 ? "only members that lead" : cycle.length === 1 ? `required, non-null field ${cycle[0]}, which leads` : `required, non-null fields ${cycle.join(", ")}, which lead`} back into a cycle; its fixtures hold null there, which its validator rejects`,
        source: declaration.source,
      });
    }
  }
  return diagnostics;
}

/** {@link namingCollisions} of one declaration, from a watcher's memory when it has them. */
function rememberedCollisions(declaration: Declaration, options: ResolvedEmitOptions, memory: VariantMemory): readonly Diagnostic[] {
  const known = memory.namingCollisions.get(declaration);
  if (known?.naming === options.naming) return known.diagnostics;
  const diagnostics = namingCollisions([declaration], options.naming);
  memory.namingCollisions.set(declaration, { naming: options.naming, diagnostics });
  return diagnostics;
}

/** The variant with {@link emitDiagnostics} added to its own. */
export function withEmitDiagnostics(variant: Variant, options: ResolvedEmitOptions, memory?: VariantMemory): Variant {
  const found = emitDiagnostics(variant, options, memory);
  return found.length === 0 ? variant : { ...variant, diagnostics: [...variant.diagnostics, ...found].sort(byPosition) };
}
