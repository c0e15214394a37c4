// Edits of the bundled Go Webhook page (specs/go) that make a version diff: a breaking one and a non-breaking one.
import { cpSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";

/** The Webhook page, inside specs/go. */
export const WEBHOOK = "docs/pkg/models/shared/webhook.md";

/** HookURL made optional: breaking for Webhook (a shared model is read by clients). Row 17 of the page. */
export const hookUrlOptional = (page: string): string => page.replace(/(\| `HookURL` +\| \*string\* +\| ):heavy_check_mark:/, "$1:heavy_minus_sign:");

/** A new optional field `Note` as the last row (row 29): non-breaking. */
export const noteAdded = (page: string): string => `${page.trimEnd()}\n| \`Note\` | **string* | :heavy_minus_sign: | A note. |\n`;

/** specs/go copied to `<root>/<name>` with an edit applied to its Webhook page; returns the folder. */
export function editedGoCopy(root: string, name: string, edit: (page: string) => string): string {
  const folder = join(root, name);
  cpSync("specs/go", folder, { recursive: true });
  const page = join(folder, WEBHOOK);
  writeFileSync(page, edit(readFileSync(page, "utf8")));
  return folder;
}
