export { listPages, parseFolder, parsePages, readPageFile, readPagesHere, type PageResult, type PageSource, type ParseOptions, type ReadAs } from "./variant.js";
export { readAsKey, readPage, unreadPage } from "./read-page.js";
export { decodePage, readPageBytes } from "./page-text.js";
export { pageBudgetMs } from "./limits.js";
export { assembleVariant, newAssemblyMemory, readInRounds, variantDialect, variantFormat, type AssemblyMemory, type VariantReading } from "./assemble.js";
export { dialects, dialectNames, isDialect } from "./dialects/index.js";
export { formats, formatNames, isFormat } from "./formats/index.js";
