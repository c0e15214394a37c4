export { parseFolder, parsePages, type PageSource, type ParseOptions } from "./variant.js";
export { detectDialect } from "./detect.js";
export { dialects, dialectNames, isDialect } from "./dialects/index.js";
