/** @jest-environment jsdom */
/**
 * A 修正 the add-in writes under Track Changes (every fix is, on WordApi 1.4) leaves the cell's
 * old text as a tracked deletion. Word's `values` may show it, as paragraph `text` does on the web
 * (office-js#1267; the docs are silent for tables), so calibration (src/word/_lib/calibrate.ts)
 * and the addressing probe take a cell whose Word text is its text with its tracked deletions,
 * as the OOXML shows them, for the cell it is: the mark of a fixed cell still comes off.
 */
import type { CheckResult, Fix } from "../../../src/engine";
import type { DocumentPort } from "../../../src/word";
import { calibrate } from "../../../src/word/_lib/calibrate";
import { scanTableOoxml } from "../../../src/word/_lib/table-ooxml";
import type { FakeOptions, FakeWord } from "../fake-word";
import { changedFills, checkNow, clone, seed, setup, tablesOf } from "../seeded";

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
const table = (cell: string) =>
  `<w:document ${W}><w:body><w:tbl><w:tr><w:tc><w:p><w:r><w:t>合计</w:t></w:r></w:p></w:tc><w:tc><w:p>${cell}</w:p></w:tc></w:tr></w:tbl></w:body></w:document>`;
const del = (text: string) =>
  `<w:del w:id="1" w:author="a"><w:r><w:delText>${text}</w:delText></w:r></w:del>`;
const run = (text: string) => `<w:r><w:t>${text}</w:t></w:r>`;

describe("calibrate, a cell with a tracked deletion", () => {
  it.each([
    ["the deletion first", del("12") + run("15"), "1215"],
    ["the deletion last", run("15") + del("12"), "1512"],
    ["the deletion alone", del("12"), "12"],
  ])("takes Word's text with %s for the cell", (_, cell, word) => {
    const physical = scanTableOoxml(table(cell))!;
    for (const values of [[["合计", word]], [["合计", physical.rows[0][1].text]]]) {
      const addresses = calibrate(physical, { rowCount: 1, cellCounts: [2], values });
      expect(addresses.cells.get("0:1")).toEqual({ rowIndex: 0, cellIndex: 1 });
    }
  });

  it("still refuses a cell whose Word text is neither", () => {
    const physical = scanTableOoxml(table(del("12") + run("15")))!;
    const addresses = calibrate(physical, { rowCount: 1, cellCounts: [2], values: [["合计", "16"]] });
    expect(addresses.cells.has("0:1")).toBe(false);
  });
});

const switches: FakeOptions[] = [
  { deletedText: "excluded" },
  { deletedText: "included", trackedValue: "deletion-first" },
  { deletedText: "included", trackedValue: "deletion-last" },
  { deletedText: "included", trackedValue: "deletion-first", cellCount: "skip-continuation" },
  { deletedText: "included", trackedValue: "deletion-last", getCell: "grid-column" },
  { deletedText: "included", trackedValue: "deletion-last", commentMarks: "text" },
];

type CellFix = Extract<Fix, { op: "set-cell" }>;

/** The first fix of a check that corrects a non-blank cell. */
const engineFix = (result: CheckResult): CellFix | undefined =>
  result.findings.map((f) => f.fix).find((f): f is CellFix => f?.op === "set-cell" && f.from.trim() !== "");

/** A fix of a number in a merged row of 表三 (seed-002's has no sum to correct): the probe reads it. */
function mergedRowFix(word: FakeWord): CellFix {
  const rows = tablesOf(word)[1].table.rows;
  for (const [tr, row] of rows.entries()) {
    if (!row.some((c) => (c.gridSpan ?? 1) > 1 || c.vMerge)) continue;
    const tc = row.findIndex((c) => /^\d+$/.test(c.text) && !c.vMerge);
    if (tc >= 0)
      return {
        op: "set-cell",
        at: { table: "table3", row: "", column: "" },
        ref: { t: 1, tr, tc },
        from: row[tc].text,
        to: String(Number(row[tc].text) + 1),
      } as unknown as CellFix;
  }
  throw new Error("no number in a merged row of 表三");
}

const confirmed = async (port: DocumentPort) => {
  const read = await port.read();
  return read.ok ? read.value.tables.map((t) => t.confirmed) : null;
};

describe.each(switches)("a tracked 修正 of a marked cell (%j)", (options) => {
  const fixed = async (file: string, pick: (result: CheckResult, word: FakeWord) => CellFix | undefined) => {
    const { word, port } = setup(seed(file), options, { comments: options.commentMarks === "text" });
    const before = clone(word.fills());
    const { result } = await checkNow(port);
    const addressed = await confirmed(port);
    const fix = pick(result, word)!;
    expect(fix).toBeDefined();
    const done = await port.applyFixes!([fix]);
    // a merged table Word contradicts (getCell by grid column) keeps no address: nothing is written
    const writes = !(options.getCell === "grid-column" && fix.ref.t === 1);
    expect(done.ok && done.value).toMatchObject(writes ? { applied: 1, tracked: true } : { applied: 0 });
    await checkNow(port); // the pane checks again after a fix
    return { word, port, before, addressed, fix };
  };

  it.each(["placeholders.docx", "cells-as-written.docx"])(
    "keeps every address, and one 清除标记 leaves every fill as it was (%s)",
    async (file) => {
      const { word, port, before, addressed } = await fixed(file, engineFix);
      expect(await confirmed(port)).toEqual(addressed);

      const cleared = await port.clearMarks();

      expect(cleared.ok && cleared.value.unreachable).toBe(0);
      expect(changedFills(word, before)).toEqual([]);
    },
  );

  it("keeps a merged table proved (the probe reads the fixed cell), and its marks come off", async () => {
    const { word, port, before, addressed } = await fixed("seed-002.docx", (_, w) => mergedRowFix(w));
    expect(await confirmed(port)).toEqual(addressed);
    const marked = await port.mark((await checkNow(port, false)).result);
    expect(marked.ok && !!marked.value.unverifiedTables).toBe(options.getCell === "grid-column");

    const cleared = await port.clearMarks();

    expect(cleared.ok && cleared.value.unreachable).toBe(0);
    expect(changedFills(word, before)).toEqual([]);
  });

  it("writes a second 修正 of the fixed cell after the re-check, instead of refusing it as stale", async () => {
    const { word, port, fix } = await fixed("cells-as-written.docx", engineFix);
    const second: CellFix = { ...fix, from: fix.to, to: "215" };

    const done = await port.applyFixes!([second]);

    expect(done.ok && done.value.applied).toBe(1);
    const cell = tablesOf(word)[fix.ref.t as number].table.rows[fix.ref.tr as number][fix.ref.tc as number];
    expect(cell.text).toBe("215");
  });
});
