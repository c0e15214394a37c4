/**
 * Text from the docs as JSDoc content. Descriptions are untrusted: they must not end the comment
 * (`*\/`), and must not add tags (`@deprecated`, `@internal`) that tools would act on. Only the emitter
 * adds tags, from IR flags.
 */

/**
 * Line terminators of every kind become `\n`; other control characters (C0, DEL, C1) are dropped; the
 * bidirectional overrides and isolates, which would make the comment and the code around it read out
 * of order ("Trojan Source"), are written as visible `\u202e` escapes.
 */
function normaliseLines(text: string): string {
  return text
    .replace(/\r\n?|[\u2028\u2029\u0085]/g, "\n")
    .replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g, "")
    .replace(/[\u202a-\u202e\u2066-\u2069]/g, (character) => `\\u${character.charCodeAt(0).toString(16)}`);
}

/**
 * One paragraph of untrusted text, safe inside a `/** … *\/` block: `*\/` cannot close the comment, and a
 * line starting with `@` is escaped (`\@`, the TSDoc escape) so it does not start a tag.
 */
export function docText(text: string): string {
  return normaliseLines(text)
    .trim()
    .replace(/\*\//g, "*\\/")
    .replace(/^(\s*)@/gm, "$1\\@");
}

/** Inline code in a JSDoc sentence: backticks inside are dropped so the span stays one span. */
export function docCode(text: string): string {
  return "`" + docText(text).replace(/`/g, "'").replace(/\n/g, " ") + "`";
}

/**
 * The JSDoc block text for a declaration or property: the paragraphs that are not empty, then the tags.
 * `undefined` when there is nothing to say, so no empty comment is emitted.
 */
export function jsDoc(paragraphs: readonly string[], tags: readonly string[] = []): string | undefined {
  const body = paragraphs.map(docText).filter((p) => p !== "");
  const blocks = body.length === 0 ? [] : [body.join("\n\n")];
  if (tags.length !== 0) blocks.push(tags.map((tag) => `@${tag}`).join("\n"));
  return blocks.length === 0 ? undefined : blocks.join("\n");
}
