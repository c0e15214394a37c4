/**
 * A watcher's warm-up, after its first run: the parser and the emitters run once, on this thread, on a
 * few declarations that between them use every kind of declaration, type and field the variant has.
 * V8 compiles a function when it is first called, and the first run may have parsed on workers and
 * emitted nothing (its files came from the cache): without this, the first edit pays for compiling
 * the parser's and each emitter's code paths, about twice what every later edit costs.
 */
import { join } from "node:path";
import type { ResolvedEmitOptions } from "../options.js";
import type { Declaration, Field, TypeExpr, Variant } from "../ir/types.js";
import { declarationTypes, visitType } from "../ir/walk.js";
import { readPagesHere } from "../parse/index.js";
import { emitPartsHere } from "./emit-parts.js";

/** More than a variant needs to cover its features (the unified-to Go docs take 11, C# 8); a cap for odd ones. */
const maxDeclarations = 40;
/** Pages parsed: a parse path is shared by more pages than an emit path is by declarations. */
const maxPages = 4;

/** What a type brings to be emitted: its kind, and for a scalar which one. */
function typeFeature(type: TypeExpr): string {
  return type.kind === "primitive" ? `primitive:${type.name}` : type.kind;
}

/** What a field's row brings besides its type. */
function fieldFeatures(field: Field): string[] {
  const flags = { required: field.required, nullable: field.nullable, deprecated: field.deprecated, example: field.example !== undefined, default: field.default !== undefined };
  return Object.entries(flags).map(([flag, on]) => `field:${flag}:${on}`);
}

/** Every feature of a declaration that an emitter or the parser has a path for. */
export function declarationFeatures(declaration: Declaration): Set<string> {
  const features = new Set<string>([declaration.kind]);
  if (declaration.kind === "enum") features.add(`enum:${declaration.open ? "open" : "closed"}:${typeof declaration.values[0]?.value}`);
  if (declaration.kind === "model") for (const field of declaration.fields) for (const feature of fieldFeatures(field)) features.add(feature);
  for (const type of declarationTypes(declaration)) visitType(type, (inner) => features.add(typeFeature(inner)));
  return features;
}

/**
 * The declarations to warm up with, in the variant's order: each one that uses a feature none before
 * it did, up to {@link maxDeclarations}.
 */
export function warmUpSample(variant: Variant): Declaration[] {
  const seen = new Set<string>();
  const sample: Declaration[] = [];
  for (const declaration of variant.declarations) {
    if (sample.length === maxDeclarations) break;
    const features = declarationFeatures(declaration);
    if ([...features].every((feature) => seen.has(feature))) continue;
    for (const feature of features) seen.add(feature);
    sample.push(declaration);
  }
  return sample;
}

/** Parses the sample's first pages and emits its declarations, here; the results are dropped. */
export async function warmUp(variant: Variant, options: ResolvedEmitOptions): Promise<void> {
  const sample = warmUpSample(variant);
  if (sample.length === 0) return;
  const pages = [...new Set(sample.map((declaration) => declaration.source.file))].slice(0, maxPages);
  await emitPartsHere(variant, options, { declarations: new Set(sample.map((declaration) => declaration.id)), variantFiles: false });
  await readPagesHere(pages.map((id) => ({ file: join(variant.root, id), id })), { dialect: variant.dialect, format: variant.format });
}
