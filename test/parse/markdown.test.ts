// The Markdown processor (src/parse/markdown.ts): GitHub's Markdown as remark-gfm reads it, less the search
// for autolink literals in the text after the parse. Held against remark-gfm itself: the trees are the same
// once links to web addresses are read as their text, as modeldoc reads them.
import fc from "fast-check";
import type { Nodes, Root } from "mdast";
import { toString } from "mdast-util-to-string";
import remarkGfm from "remark-gfm";
import remarkParse from "remark-parse";
import { unified } from "unified";
import { describe, expect, it } from "vitest";
import { parseMarkdown } from "../../src/parse/markdown.js";

const remarkGfmProcessor = unified().use(remarkParse).use(remarkGfm).freeze();

/** A tree without positions, each link to a web or mail address replaced by its children, adjacent texts joined. */
function asModeldocReadsIt(node: Nodes): unknown {
  if (!("children" in node)) {
    const { position: _position, ...rest } = node;
    return rest;
  }
  const children: unknown[] = [];
  const add = (child: Nodes) => {
    if (child.type === "link" && /^(https?|mailto|xmpp):/i.test(child.url)) {
      for (const inner of child.children) add(inner);
      return;
    }
    const read = asModeldocReadsIt(child) as { type: string; value?: string };
    const last = children[children.length - 1] as { type: string; value: string } | undefined;
    if (read.type === "text" && last?.type === "text") children[children.length - 1] = { type: "text", value: last.value + read.value };
    else children.push(read);
  };
  for (const child of node.children) add(child as Nodes);
  const { position: _position, children: _children, ...rest } = node;
  return { ...rest, children };
}

const gfmPage = [
  "# Account",
  "",
  "See https://example.com/docs/account_(v2)., www.example.com or support@example.com.[^1]",
  "",
  "| Field | Type | Description |",
  "| ----- | ---- | ----------- |",
  "| `id` | *string* | ~~Deprecated~~ https://example.com/id |",
  "",
  "- [x] reviewed",
  "- [ ] published",
  "",
  "[^1]: A footnote.",
].join("\n");

describe("the Markdown processor", () => {
  it("reads GitHub's tables, strikethrough, footnotes and task list items", () => {
    const tree = parseMarkdown(gfmPage);
    const types = new Set<string>();
    const visit = (node: Nodes) => {
      types.add(node.type);
      if ("children" in node) for (const child of node.children) visit(child as Nodes);
    };
    visit(tree);
    expect([...types].filter((type) => ["table", "tableCell", "delete", "footnoteReference", "footnoteDefinition"].includes(type)).sort()).toEqual(["delete", "footnoteDefinition", "footnoteReference", "table", "tableCell"]);
    const list = tree.children.find((node) => node.type === "list");
    expect(list?.type === "list" ? list.children.map((item) => item.checked) : []).toEqual([true, false]);
  });

  it("reads a page's text as remark-gfm does, web addresses included", () => {
    const ours = parseMarkdown(gfmPage);
    const theirs = remarkGfmProcessor.parse(gfmPage) as Root;
    expect(toString(ours)).toBe(toString(theirs));
    expect(toString(ours)).toContain("See https://example.com/docs/account_(v2)., www.example.com or support@example.com.");
    // remark-gfm's search makes links of the addresses in the text; here they stay text.
    expect(asModeldocReadsIt(ours)).toEqual(asModeldocReadsIt(theirs));
  });

  it("gives remark-gfm's tree, links to addresses read as their text, for any text of addresses and markup", () => {
    const piece = fc.constantFrom(
      "https://", "http://", "www.", "mailto:", "xmpp:", "example.com", "a.b", "/path_(x)", "@", "me", ".", ",", ")", "(",
      " ", "\n", "\n\n", "|", "| --- |", "*", "_", "~~", "`", "[", "]", "(x.md)", "<", ">", "&gt;", "&quot;", "\\", "- [ ] ", "> ", "#", "1.",
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }), (pieces) => {
        const text = pieces.join("");
        const ours = parseMarkdown(text);
        const theirs = remarkGfmProcessor.parse(text) as Root;
        expect(toString(ours)).toBe(toString(theirs));
        expect(asModeldocReadsIt(ours)).toEqual(asModeldocReadsIt(theirs));
      }),
      { numRuns: 2000, seed: 25 },
    );
  });
});
