/**
 * Text as units paste it into Word, checked as the report it was: paragraphs joined by manual
 * line breaks, and headings run into the text under them. Each transformation of a real report
 * leaves every finding as it was (save the refs and fixes of later lines).
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
  "clean-2021-zero",
  "headings-variants",
  "narrative-forms",
  "section-five-thin",
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

const asWritten = (f: Finding) =>
  [f.rule, f.severity, f.section, f.table, f.row, f.column, f.message].join("|");

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
          expect(check(joined, { strict: true }).findings.map(asWritten)).toEqual(
            check(report, { strict: true }).findings.map(asWritten),
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

/** The report with each heading `which` picks run into the paragraph under it, `separator` between. */
function runIn(report: DocumentSnapshot, which: readonly boolean[], separator: string): DocumentSnapshot {
  const headings = new Set(
    check(report)
      .sections.filter((s) => s.found)
      .map((s) => JSON.stringify(s.ref)),
  );
  const blocks: SnapshotBlock[] = [];
  let k = 0;
  for (let i = 0; i < report.blocks.length; i++) {
    const [b, next] = [report.blocks[i], report.blocks[i + 1]];
    const joins =
      b.kind === "paragraph" &&
      headings.has(JSON.stringify(b.ref)) &&
      which[k++ % which.length] &&
      next?.kind === "paragraph" &&
      next.text.trim() !== "" &&
      !next.listText;
    if (joins) {
      blocks.push({ ...b, text: `${b.text.replace(/[：:]\s*$/, "")}${separator}${next.text}` });
      i++;
    } else blocks.push(b);
  }
  return { blocks };
}

const asPlaced = (f: Finding) => [f.rule, f.severity, f.section, f.table, f.row, f.column].join("|");

describe("a heading run into its section's text", () => {
  it("gives the findings of the report with the heading on a line of its own", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...reports.keys()),
        fc.array(fc.boolean(), { minLength: 1, maxLength: 6 }),
        fc.constantFrom("：", "。", " ", ":"),
        (k, which, separator) => {
          const report = reports[k];
          expect(check(runIn(report, which, separator), { strict: true }).findings.map(asPlaced)).toEqual(
            check(report, { strict: true }).findings.map(asPlaced),
          );
        },
      ),
      params,
    );
  });

  it("joins headings to text of more than 200 characters in the cases drawn", () => {
    const joined = runIn(reports[0], [true], "：");
    expect(
      joined.blocks.some(
        (b) => b.kind === "paragraph" && /^[一二三四五六]、/.test(b.text) && b.text.length > 200,
      ),
    ).toBe(true);
  });
});
