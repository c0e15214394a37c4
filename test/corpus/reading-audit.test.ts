// Issue 21: the reading audit on every page of every corpus folder. An independent line-based reading
// (reading-audit.ts, no remark, no src/parse) counts each field table's rows and the requiredness they mark;
// the IR must account for every row — a field, or an error diagnostic at the row's line — and every field
// of a marked row must say the same requiredness, stated. The figures of each folder are printed.
import { afterAll, describe, expect, it } from "vitest";
import { corpusVariant } from "./corpus-ir.js";
import { corpusFolder, corpusNames, type CorpusName } from "./paths.js";
import { auditFolder, type AuditFigures } from "./reading-audit.js";

const results: { name: CorpusName; figures: AuditFigures }[] = [];

describe("the reading audit", () => {
  it.each(corpusNames)("%s: every field table row is a field or an error, every marked requiredness agrees", async (name) => {
    const figures = await auditFolder(corpusFolder(name), await corpusVariant(name));
    results.push({ name, figures });
    expect(figures.samples, `first problems in ${name}`).toEqual([]);
    expect(figures).toMatchObject({ lost: 0, extra: 0, disagreeing: 0, unaudited: 0 });
    expect(figures.rows).toBe(figures.fields + figures.errors);
  });

  afterAll(() => {
    const lines = results.map(({ name, figures: f }) => `${name.padEnd(48)} pages ${f.pages} tables ${f.tables} rows ${f.rows} fields ${f.fields} errors ${f.errors} lost ${f.lost} extra ${f.extra} marked ${f.marked} disagreeing ${f.disagreeing} unaudited ${f.unaudited}`);
    console.log(`reading audit:\n${lines.join("\n")}`);
  });
});
