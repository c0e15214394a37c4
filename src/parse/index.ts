export { listPages, parseFolder, parsePages, readPagesHere, type PageResult, type PageSource, type ParseOptions, type ReadAs } from "./variant.js";
export { readPage } from "./read-page.js";
export { assembleVariant, readInRounds, variantDialect, variantFormat, type VariantReading } from "./assemble.js";
export { dialects, dialectNames, isDialect } from "./dialects/index.js";
export { formats, formatNames, isFormat } from "./formats/index.js";
