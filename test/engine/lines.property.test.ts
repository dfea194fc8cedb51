/**
 * Text pasted with manual line breaks reads as the same paragraphs: joining runs of a report's
 * paragraphs into one, their lines apart by any kind of line break, leaves every finding as it
 * was, save the refs of later lines (which carry `line`) and the fixes offered for them.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import fc from "fast-check";
import { readDocx } from "../../src/docx";
import { check, type DocumentSnapshot, type Finding, type SnapshotBlock } from "../../src/engine";

const params = { seed: 20261207, numRuns: Number(process.env.FUZZ_RUNS) || 60 };
const fixtures = path.resolve(__dirname, "../fixtures/docx");
const reports = [
  "seed-000",
  "seed-001",
  "seed-003",
  "seed-004",
  "clean-2021",
  "headings-variants",
  "narrative-forms",
].map((name) => readDocx(new Uint8Array(readFileSync(path.join(fixtures, `${name}.docx`)))));

/** Two paragraphs one paste could hold: the same look, no numbering Word adds, nothing anchored. */
const joinable = (a: SnapshotBlock, b: SnapshotBlock) =>
  a.kind === "paragraph" &&
  b.kind === "paragraph" &&
  a.style === b.style &&
  a.outlineLevel === b.outlineLevel &&
  !b.listText &&
  !b.pictures &&
  !b.textBoxes &&
  b.text.trim() !== "" &&
  a.text.trim() !== "";

/** The report with the paragraphs after each `join` boundary pasted onto the one before. */
function pasted(report: DocumentSnapshot, joins: readonly boolean[], br: string): DocumentSnapshot {
  const blocks: SnapshotBlock[] = [];
  report.blocks.forEach((b, i) => {
    const last = blocks[blocks.length - 1];
    if (
      i > 0 &&
      joins[i % joins.length] &&
      last?.kind === "paragraph" &&
      b.kind === "paragraph" &&
      joinable(report.blocks[i - 1], b) &&
      joinable(last, b)
    )
      blocks[blocks.length - 1] = { ...last, text: `${last.text}${br}${b.text}` };
    else blocks.push(b);
  });
  return { blocks };
}

const asRead = (f: Finding) => [f.rule, f.severity, f.section, f.table, f.row, f.column, f.message].join("|");

describe("a report pasted with manual line breaks", () => {
  it("gives the findings of the report as written, whichever paragraphs were joined", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...reports.keys()),
        fc.array(fc.boolean(), { minLength: 1, maxLength: 40 }),
        fc.constantFrom("\n", "\v", "\r", "\r\n", "\u2028", "\n\n"),
        (k, joins, br) => {
          const report = reports[k];
          const joined = pasted(report, joins, br);
          expect(check(joined, { strict: true }).findings.map(asRead)).toEqual(
            check(report, { strict: true }).findings.map(asRead),
          );
        },
      ),
      params,
    );
  });

  it("joins paragraphs in the cases drawn", () => {
    const joined = pasted(reports[0], [true], "\n");
    expect(joined.blocks.length).toBeLessThan(reports[0].blocks.length - 10);
  });
});
