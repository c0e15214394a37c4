// npm run schema: writes modeldoc.config.schema.json from the built config description (dist/config).
import { writeFileSync } from "node:fs";
import { configJsonSchemaText, schemaFileName } from "../dist/config/json-schema.js";

writeFileSync(new URL(`../${schemaFileName}`, import.meta.url), configJsonSchemaText());
console.log(`wrote ${schemaFileName}`);
