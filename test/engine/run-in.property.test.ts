/**
 * Headings run into their section's text ("五、存在的主要问题及改进情况：（一）存在问题。一是…"):
 * joining any of a real report's section headings with the paragraph under it, however long,
 * leaves every finding as it was.
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
  "narrative-forms",
  "section-five-thin",
].map((name) => readDocx(new Uint8Array(readFileSync(path.join(fixtures, `${name}.docx`)))));

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

const asRead = (f: Finding) => [f.rule, f.severity, f.section, f.table, f.row, f.column].join("|");

describe("a heading run into its section's text", () => {
  it("gives the findings of the report with the heading on a line of its own", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...reports.keys()),
        fc.array(fc.boolean(), { minLength: 1, maxLength: 6 }),
        fc.constantFrom("：", "。", " ", ":"),
        (k, which, separator) => {
          const report = reports[k];
          expect(check(runIn(report, which, separator), { strict: true }).findings.map(asRead)).toEqual(
            check(report, { strict: true }).findings.map(asRead),
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
