export { listPages, parseFolder, parsePages, readPagesHere, type PageResult, type PageSource, type ParseOptions } from "./variant.js";
export { readPage } from "./read-page.js";
export { assembleVariant, majorityDialect, readInDialects } from "./assemble.js";
export { detectDialect } from "./detect.js";
export { dialects, dialectNames, isDialect } from "./dialects/index.js";
