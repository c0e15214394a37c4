export { listPages, parseFolder, parsePages, readPageFile, readPagesHere, type PageResult, type PageSource, type ParseOptions } from "./variant.js";
export { readPage, unreadPage } from "./read-page.js";
export { decodePage, readPageBytes } from "./page-text.js";
export { pageBudgetMs } from "./limits.js";
export { assembleVariant, readInDialects, variantDialect } from "./assemble.js";
export { dialects, dialectNames, isDialect } from "./dialects/index.js";
