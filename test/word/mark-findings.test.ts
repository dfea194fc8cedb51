/** @jest-environment jsdom */
/**
 * The colours of marks in Word (src/word/plan-marks.ts, mark-findings.ts). The palette is Office's
 * own presets (#FFC7CE is Excel's Bad cell style and its light red conditional fill, #FFEB9C its
 * Neutral, #DDEBF7 Blue Accent 1 lighter 80%): a table pasted from Excel keeps them as the cells'
 * own fill. Word's marks are a step off the palette, so a cell in a palette colour is the clerk's:
 * its colour is recorded and 清除标记 puts it back. A document marked by an earlier version (in the
 * palette) is still cleared through its records.
 */
import { check, type CheckResult, type Finding } from "../../src/engine";
import {
  isCellRef,
  LEGACY_WORD_MARK_COLORS,
  MARK_COLORS,
  planMarks,
  refKey,
  WORD_MARK_COLORS,
  type MarkLevel,
} from "../../src/word";
import { MARKS_SETTING, type MarkLedger } from "../../src/word/mark-store";
import type { FakeOptions, FakeWord } from "./fake-word";
import { changedFills, clone, seed002, setup, tablesOf } from "./seeded";

/** Fills Office offers as presets, among them the palette's (Excel's cell styles, theme tints). */
const PRESETS = [
  "FFC7CE",
  "C6EFCE",
  "FFEB9C",
  "FFFFCC",
  "FFCC99",
  "F2F2F2",
  "A5A5A5",
  "DDEBF7",
  "DEEBF7",
  "DEEAF6",
  "D9E1F2",
  "D9E2F3",
  "FCE4D6",
  "FBE4D5",
  "EDEDED",
  "FFF2CC",
  "E2EFDA",
  "E2EFD9",
  "DBE5F1",
  "F2DCDB",
  "EBF1DE",
  "E5E0EC",
  "DAEEF3",
  "FDE9D9",
  "D9D9D9",
  "BFBFBF",
  "FFFF00",
  "FF0000",
  "FFC000",
  "92D050",
];

const switches: FakeOptions[] = [
  { desktopShading: true, autoShading: "removes" },
  { desktopShading: true, autoShading: "keeps", colourlessReadThrows: "everywhere" },
  { platform: "web", desktopShading: false },
];

/** "No colour" can be set only where `cell.shading` exists (WordApiDesktop 1.4). */
const capsFor = (options: FakeOptions) => ({ noColorShading: !!options.desktopShading });

/**
 * A check result on seed-002 with one finding, whose cell (`target`, a cell the check binds and
 * does not mark) gets a mark of the given level: the finding's own cell for a severity, a cell
 * that took part for "part".
 */
function oneMark(base: CheckResult, level: MarkLevel): { result: CheckResult; target: CellRef } {
  const marked = new Set(planMarks(base).map((m) => refKey(m.ref)));
  const free = base.cells.filter((c) => isCellRef(c.ref) && !marked.has(refKey(c.ref)));
  const [target, culprit] = free;
  const finding: Finding = {
    rule: "row-total",
    severity: level === "part" ? "error" : level,
    messageId: "unbalanced",
    section: "s3",
    table: target.key.table,
    row: target.key.row,
    column: target.key.column,
    expected: 1,
    actual: 2,
    cells: level === "part" ? [target.key] : [],
    message: "总计应为 1，实为 2",
    messageEn: "total should be 1, is 2",
    data: {},
    ref: level === "part" ? culprit.ref : target.ref,
  };
  return { result: { ...base, findings: [finding] }, target: target.ref as CellRef };
}

type CellRef = { t: number; tr: number; tc: number };

describe("Word's mark colours", () => {
  it("are none of Office's presets we know of, and none of the palette's", () => {
    for (const colour of Object.values(WORD_MARK_COLORS)) {
      expect(PRESETS).not.toContain(colour.slice(1));
      expect(Object.values(MARK_COLORS)).not.toContain(colour);
    }
    expect(LEGACY_WORD_MARK_COLORS).toEqual(Object.values(MARK_COLORS));
  });
});

describe.each(switches)("a cell the clerk filled in a palette colour (%j)", (options) => {
  it.each(Object.keys(MARK_COLORS) as MarkLevel[])(
    "keeps its fill after 检查 then 清除标记, marked at level %s in its own colour",
    async (level) => {
      const { word, port } = setup(seed002(), options, capsFor(options));
      const read = await port.read();
      if (!read.ok) throw new Error(read.reason);
      const { result, target } = oneMark(check(read.value.snapshot), level);
      const cell = tablesOf(word)[target.t].table.rows[target.tr][target.tc];
      cell.fill = MARK_COLORS[level].slice(1); // pasted from Excel in the style of that colour
      const before = clone(word.fills());
      expect((await port.read()).ok).toBe(true);
      const marked = await port.mark(result);
      expect(marked.ok && marked.value.unconfirmed).toBe(0);
      expect(cell.fill).toBe(WORD_MARK_COLORS[level].slice(1));

      const cleared = await port.clearMarks();

      expect(cleared.ok).toBe(true);
      expect(cell.fill).toBe(MARK_COLORS[level].slice(1));
      // and every other cell as it was (white only where "no colour" cannot be set, and counted)
      const off = changedFills(word, before).filter((c) => !c.endsWith("=FFFFFF"));
      expect(off).toEqual([]);
    },
  );

  it("keeps a palette fill of a cell the check does not mark, in a table it marks", async () => {
    const { word, port } = setup(seed002(), options, capsFor(options));
    const rows = tablesOf(word)[1].table.rows;
    const label = rows[rows.length - 1][0];
    label.fill = "FFC7CE";
    const read = await port.read();
    if (!read.ok) throw new Error(read.reason);
    await port.mark(check(read.value.snapshot));
    await port.clearMarks();
    expect(label.fill).toBe("FFC7CE");
  });
});

describe.each(switches)("a document marked by an earlier version, in the palette (%j)", (options) => {
  /** Marks seed-002 as this version does, then turns every mark and record into the palette's colour. */
  async function markedEarlier() {
    const made = setup(seed002(), options, capsFor(options));
    const before = clone(made.word.fills());
    const read = await made.port.read();
    if (!read.ok) throw new Error(read.reason);
    await made.port.mark(check(read.value.snapshot));
    const legacy = new Map(
      (Object.keys(WORD_MARK_COLORS) as MarkLevel[]).map((l) => [
        WORD_MARK_COLORS[l].slice(1),
        MARK_COLORS[l].slice(1),
      ]),
    );
    const ledger = made.settings.get(MARKS_SETTING) as MarkLedger;
    made.settings.set(MARKS_SETTING, {
      ...ledger,
      marks: ledger.marks.map((m) => ({ ...m, color: legacy.get(m.color) ?? m.color })),
    });
    for (const { table } of tablesOf(made.word))
      for (const c of table.rows.flat()) if (c.fill && legacy.has(c.fill)) c.fill = legacy.get(c.fill)!;
    expect(changedFills(made.word, before).length).toBeGreaterThan(0);
    made.settings.saveAsync();
    // a new session on the saved document
    const now = setup(made.word.blocks, options, capsFor(options), made.settings.reopen());
    return { ...now, before };
  }

  it("清除标记 takes those marks off", async () => {
    const { word, port, before } = await markedEarlier();
    const cleared = await port.clearMarks();
    expect(cleared.ok && cleared.value.unreachable).toBe(0);
    expect(changedFills(word, before).filter((c) => !c.endsWith("=FFFFFF"))).toEqual([]);
  });

  it("a new check repaints them in this version's colours, and 清除标记 then takes every mark off", async () => {
    const { word, port, before } = await markedEarlier();
    const read = await port.read();
    if (!read.ok) throw new Error(read.reason);
    await port.mark(check(read.value.snapshot));
    const palette = new Set(LEGACY_WORD_MARK_COLORS.map((c) => c.slice(1)));
    expect(changedFills(word, before).filter((c) => palette.has(c.split("=")[1]))).toEqual([]);
    await port.clearMarks();
    expect(changedFills(word, before).filter((c) => !c.endsWith("=FFFFFF"))).toEqual([]);
  });
});

/**
 * 检查我的报告 is read → engine (seconds on a long report, in a worker; Word stays editable) →
 * mark. A row the clerk adds meanwhile shifts every address below it: marking confirms the
 * tables' shape before it paints by address (in the addressing probe's sync on a first check),
 * and refuses (文档已改动) when it changed, whatever check of the session it is.
 */
describe.each([
  { cellCount: "physical", getCell: "counted" },
  { cellCount: "skip-continuation", getCell: "counted" },
  { cellCount: "physical", getCell: "grid-column" },
] as FakeOptions[])("an edit between the read and the mark (%j)", (options) => {
  const edits = {
    "a row added in 表三": (word: FakeWord) => {
      const rows = tablesOf(word)[1].table.rows;
      rows.splice(
        3,
        0,
        rows[3].map((c) => ({ ...c, text: "", fill: null })),
      );
    },
    "a row added in 表二": (word: FakeWord) => {
      const rows = tablesOf(word)[0].table.rows;
      rows.splice(
        2,
        0,
        rows[2].map((c) => ({ ...c, text: "", fill: null })),
      );
    },
    "a table pasted above 表二": (word: FakeWord) => {
      word.blocks.splice(word.blocks.indexOf(tablesOf(word)[0]), 0, {
        kind: "table",
        table: { rows: [[{ text: "附表" }, { text: "1" }]] },
      });
    },
  };

  it.each(
    Object.keys(edits).flatMap((edit) => [
      [edit, false],
      [edit, true],
    ]) as [keyof typeof edits, boolean][],
  )("%s: marking refuses, and paints nothing (a second check of the session: %s)", async (edit, second) => {
    const { word, port } = setup(seed002(), options);
    if (second) {
      const first = await port.read();
      if (!first.ok) throw new Error(first.reason);
      await port.mark(check(first.value.snapshot));
      await port.clearMarks();
    }
    const read = await port.read();
    if (!read.ok) throw new Error(read.reason);
    const result = check(read.value.snapshot);
    edits[edit](word);
    const before = clone(word.fills());

    const marked = await port.mark(result);

    // refused, painting nothing; or, where the edited table has no address to paint by (a merged
    // table Word contradicts), the others painted and nothing in it
    if (marked.ok) {
      expect(options.getCell).toBe("grid-column");
      const edited = edit === "a row added in 表三" ? 1 : -1;
      expect(changedFills(word, before).filter((c) => c.startsWith(`${edited}:`))).toEqual([]);
    } else {
      expect(marked.reason).toBe("stale");
      expect(word.fills()).toEqual(before);
    }
    // and the check after it marks, and its marks come off
    const again = await port.read();
    if (!again.ok) throw new Error(again.reason);
    expect((await port.mark(check(again.value.snapshot))).ok).toBe(true);
    await port.clearMarks();
    expect(changedFills(word, before).filter((c) => !c.endsWith("=FFFFFF"))).toEqual([]);
  });

  it("the first check's shape check rides with the addressing probe: no round trip of its own", async () => {
    const { word, port } = setup(seed002(), options);
    const read = await port.read();
    if (!read.ok) throw new Error(read.reason);
    const before = word.syncs;
    await port.mark(check(read.value.snapshot));
    // the probe with the shape, the shading, the no-colour read-back once a session at most
    expect(word.syncs - before).toBeLessThanOrEqual(3);
  });
});
