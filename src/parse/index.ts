export { listPages, parseFolder, parsePages, readPagesHere, type PageResult, type PageSource, type ParseOptions } from "./variant.js";
export { readPage } from "./read-page.js";
export { assembleVariant, readInDialects, variantDialect } from "./assemble.js";
export { dialects, dialectNames, isDialect } from "./dialects/index.js";
