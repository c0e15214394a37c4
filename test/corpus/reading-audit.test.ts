// Issue 21: the reading audit on every page of every corpus folder. An independent line-based reading
// (reading-audit.ts, no remark, no src/parse) counts each field table's rows and the requiredness they mark;
// the IR must account for every row — a field, or an error diagnostic at the row's line — and every field
// of a marked row must say the same requiredness, stated. The figures of each folder are printed.
import { readFileSync } from "node:fs";
import { glob } from "tinyglobby";
import { afterAll, describe, expect, it } from "vitest";
import type { Field, Variant } from "../../src/ir/types.js";
import { corpusVariant } from "./corpus-ir.js";
import { corpusFolder, corpusNames, type CorpusName } from "./paths.js";
import { auditPage, folderConvention, type AuditTable } from "./reading-audit.js";

export interface AuditFigures {
  readonly pages: number;
  readonly tables: number;
  readonly rows: number;
  /** Rows read as fields. */
  readonly fields: number;
  /** Rows reported as errors at their line. */
  readonly errors: number;
  /** Rows neither read nor reported: silently lost. */
  readonly lost: number;
  /** Fields and errors beyond a line's rows (a row read twice, or split wrongly). */
  readonly extra: number;
  /** Rows that mark their requiredness. */
  readonly marked: number;
  /** Marked rows whose field does not state the same requiredness. */
  readonly disagreeing: number;
  /** Fields of the IR on no audited row: read from a table the audit does not take for a field table. */
  readonly unaudited: number;
  /** The first few problems, for the failure message. */
  readonly samples: readonly string[];
}

function key(file: string, line: number): string {
  return `${file}:${line}`;
}

/** Holds a variant's IR to the audit of its folder's pages. */
export async function auditFolder(folder: string, variant: Variant): Promise<AuditFigures> {
  const files = (await glob("**/*.md", { cwd: folder, ignore: ["**/node_modules/**"] })).sort();
  const texts = new Map(files.map((file) => [file, readFileSync(`${folder}/${file}`, "utf8")]));
  const convention = folderConvention(texts.values());
  const fieldsAt = new Map<string, Field[]>();
  for (const declaration of variant.declarations) {
    if (declaration.kind !== "model") continue;
    for (const field of declaration.fields) {
      const at = key(field.source.file, field.source.line);
      fieldsAt.set(at, [...(fieldsAt.get(at) ?? []), field]);
    }
  }
  const errorsAt = new Map<string, number>();
  for (const diagnostic of variant.diagnostics) {
    if (diagnostic.severity !== "error") continue;
    const at = key(diagnostic.source.file, diagnostic.source.line);
    errorsAt.set(at, (errorsAt.get(at) ?? 0) + 1);
  }
  const figures = { pages: files.length, tables: 0, rows: 0, fields: 0, errors: 0, lost: 0, extra: 0, marked: 0, disagreeing: 0, unaudited: 0 };
  const samples: string[] = [];
  const audited = new Set<string>();
  for (const [file, text] of texts) {
    const tables: AuditTable[] = auditPage(text, convention);
    figures.tables += tables.length;
    for (const table of tables) {
      const byLine = new Map<number, typeof table.rows>();
      for (const row of table.rows) byLine.set(row.line, [...(byLine.get(row.line) ?? []), row]);
      for (const [line, rows] of byLine) {
        const at = key(file, line);
        audited.add(at);
        const fields = fieldsAt.get(at) ?? [];
        const errors = errorsAt.get(at) ?? 0;
        figures.rows += rows.length;
        figures.fields += Math.min(fields.length, rows.length);
        figures.errors += Math.min(errors, Math.max(0, rows.length - fields.length));
        const accounted = fields.length + errors;
        if (accounted < rows.length) {
          figures.lost += rows.length - accounted;
          if (samples.length < 12) samples.push(`${at}: ${rows.length} row(s) (${rows.map((row) => row.name).join(", ")}), ${fields.length} field(s), ${errors} error(s)`);
        } else if (fields.length > rows.length) {
          figures.extra += fields.length - rows.length;
          if (samples.length < 12) samples.push(`${at}: ${rows.length} row(s), ${fields.length} fields`);
        }
        rows.forEach((row, index) => {
          if (row.required === undefined) return;
          figures.marked++;
          const field = fields[index];
          if (field === undefined) return;
          const stated = !(field.unstated ?? []).includes("required");
          if (!stated || field.required !== row.required) {
            figures.disagreeing++;
            if (samples.length < 12) samples.push(`${at}: ${row.name} marked ${row.required ? "required" : "optional"}, read ${stated ? (field.required ? "required" : "optional") : "unstated"}`);
          }
        });
      }
    }
  }
  for (const [at, fields] of fieldsAt) if (!audited.has(at)) figures.unaudited += fields.length;
  return { ...figures, samples };
}

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
