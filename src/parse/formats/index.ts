/** Every generator format modeldoc reads, in a fixed order (ties in detection go to the first). */
import type { GeneratorFormat } from "../../ir/types.js";
import { apimatic } from "./apimatic.js";
import type { FormatSpec } from "./format.js";
import { openapiGenerator } from "./openapi-generator.js";
import { speakeasy } from "./speakeasy.js";

export type { DeclaringKind, FieldMark, FormatSpec } from "./format.js";

export const formats: Readonly<Record<GeneratorFormat, FormatSpec>> = {
  speakeasy,
  "openapi-generator": openapiGenerator,
  apimatic,
};

export const formatNames = Object.keys(formats) as GeneratorFormat[];

/** The format a page, or a variant, with no evidence of any is read in: the registry's first. */
export const fallbackFormat: GeneratorFormat = "speakeasy";

export function isFormat(name: string): name is GeneratorFormat {
  return Object.hasOwn(formats, name);
}
