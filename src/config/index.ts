export { ConfigError, defineConfig, validateConfig, type FailOn, type ModeldocConfig, type OutputKind, type UnknownKeyPolicy, type VariantConfig } from "./config.js";
export { configNames, findConfig, loadConfig, type LoadedConfig } from "./load.js";
export { generateSettings, type GenerateFlags, type GenerateSettings } from "./settings.js";
