/**
 * The writer's fuzz target: random reports (values changed, cells blanked, tables of any shape
 * and headings with typed numbering added), as .docx or Flat OPC, through annotating and fixing
 * and a re-read. A copy
 * is always written, never much larger than the file, and the reader reads it with the same
 * tables bound in the same places; every fix applied reads back as written.
 * `npm test` runs it a few times with a fixed seed; `npm run fuzz` runs it FUZZ_RUNS times (at most 5,000).
 */
import fc from "fast-check";
import { strToU8 } from "fflate";
import { readDocx } from "../../../src/docx";
import { annotateDocx, annotationOf, applyFixesToDocx } from "../../../src/docx/write";
import { check, type Fix } from "../../../src/engine";
import type { DocumentSnapshot, SnapshotTable } from "../../../src/engine/types";
import { para } from "../fixtures/markup";
import { zipToFlatOpc } from "../fixtures/opc";
import { tableMarkup } from "../fixtures/random-markup";
import { wordLikeReport } from "../fixtures/word-like-report";
import { bindings } from "../../helpers/bindings";

const FUZZ_RUNS = Number(process.env.FUZZ_RUNS) || 0;
// a run reads, checks and writes a whole report twice (about a second): the fuzz run stops at 5,000
const runs = (count: number) => ({ seed: 20261204, numRuns: FUZZ_RUNS ? Math.min(FUZZ_RUNS, 5000) : count });
const TIMEOUT = FUZZ_RUNS ? 4 * 3600_000 : 600_000;

/** What a value cell may be changed to: numbers that break totals, blanks, placeholders, text, long digits. */
const value = fc.constantFrom(
  "",
  " ",
  "0",
  "1",
  "7",
  "12",
  "999",
  "-3",
  "1.5",
  "/",
  "无",
  "五件",
  "1,234",
  "9".repeat(30),
  "&amp;",
);

/** Replaces some of a table's `<w:t>` texts; `edits` are [which text, new text]. */
function edited(markup: string, edits: readonly [number, string][]): string {
  const texts = [...markup.matchAll(/(<w:t(?: [^>]*)?>)([^<]*)(<\/w:t>)/g)];
  if (texts.length === 0) return markup;
  const changes = new Map(edits.map(([at, text]) => [at % texts.length, text]));
  let out = "";
  let last = 0;
  texts.forEach((m, i) => {
    if (!changes.has(i)) return;
    out += markup.slice(last, m.index! + m[1].length) + changes.get(i);
    last = m.index! + m[1].length + m[2].length;
  });
  return out + markup.slice(last);
}

const extra = fc.oneof(
  tableMarkup(2),
  fc.constantFrom("3、", "（二）", "四.", "第五部分", "一、", "").map((n) => para(`${n}其他需要报告的事项`)),
  fc.constant(""),
);

const report = fc
  .record({
    edits: fc.dictionary(
      fc.constantFrom("table2", "table3", "table4"),
      fc.array(fc.tuple(fc.nat(400), value), { maxLength: 6 }),
    ),
    after: fc.array(extra, { minLength: 6, maxLength: 6 }),
    // saved as Word's "XML Document" (Flat OPC) as well as .docx: the writer copies what the reader reads
    flat: fc.boolean(),
  })
  .map(({ edits, after, flat }) => {
    const zip = wordLikeReport({
      table: (key, markup) => edited(markup, edits[key] ?? []),
      after: (section) => after[section],
    });
    return flat ? strToU8(zipToFlatOpc(zip)) : zip;
  });

function cellText(snapshot: DocumentSnapshot, ref: Fix["ref"]): string | undefined {
  const table = snapshot.blocks.find(
    (b): b is SnapshotTable =>
      b.kind === "table" && (b.ref as { t?: number }).t === ref.t && !("path" in b.ref),
  );
  return table?.cells.find((c) => c.ref.tr === ref.tr && c.ref.tc === ref.tc)?.text;
}

describe("the writer on random reports", () => {
  it(
    "always writes an annotated and a fixed copy, bounded in size, that read with the same bindings",
    () => {
      fc.assert(
        fc.property(report, (bytes) => {
          const snapshot = readDocx(bytes);
          const result = check(snapshot);
          const annotation = annotationOf(result);
          const annotated = annotateDocx(bytes, annotation, { date: "2024-01-01T00:00:00Z" });
          const marks = annotation.comments.length + annotation.shade.length;
          expect(annotated.bytes.length).toBeLessThanOrEqual(bytes.length * 1.1 + 4096 + 1024 * marks);
          expect(readDocx(annotated.bytes)).toEqual(snapshot);

          const fixes = result.findings.flatMap((f) => (f.fix ? [f.fix] : []));
          const fixed = applyFixesToDocx(bytes, fixes);
          expect(fixed.applied.length + fixed.refused.length).toBe(fixes.length);
          expect(fixed.bytes.length).toBeLessThanOrEqual(
            bytes.length * 1.1 + 4096 + 512 * fixed.applied.length,
          );
          const reread = readDocx(fixed.bytes);
          expect(bindings(check(reread))).toEqual(bindings(result));
          for (const fix of fixed.applied)
            if (fix.op === "set-cell") expect(cellText(reread, fix.ref)?.trim()).toBe(fix.to);
        }),
        runs(12),
      );
    },
    TIMEOUT,
  );
});
