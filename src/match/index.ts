/**
 * Matching across variants: which declaration, field, value or member of one variant is which of
 * another, and whether two types mean the same. The layer below both the diff and the merge.
 */
export {
  binaryBodyStem,
  displayNames,
  joinOneSided,
  joinRenamedFields,
  pairBy,
  pairDeclarations,
  pairFields,
  type DeclarationPairing,
  type DeclarationPairingOptions,
  type FieldPairingOptions,
} from "./pairing.js";
export { bodyUnionIds, isEnvelopePair, isTransportField, sameBody } from "./envelope.js";
export { AFFIX_MIN, ESCAPES, declarationAffix, fieldRename, unescapedKey, type FieldRename, type NameAffix, type RenameRule } from "./renames.js";
export { BOILERPLATE_MIN, collapseWhitespace, descriptionText, generatorBoilerplate, sentenceCounts, withoutBoilerplate } from "./description-text.js";
export { combinedRole } from "./role.js";
export {
  assignable,
  containsUnknown,
  equivalent,
  normalizeType,
  refResolver,
  renderNormalized,
  renderType,
  splitNullable,
  typeCompatibility,
  typesEquivalent,
  type EquivalenceOptions,
  type NormalizedType,
  type RefResolver,
  type TypeCompatibility,
} from "./type-equivalence.js";
