/** @jest-environment jsdom */
/**
 * Issue 10, item 9: the counterexamples `FUZZ_RUNS=3000` found in word-faults.property.test.ts,
 * shrunk, each as a test of its own. Each ends with one fault-free 清除标记 that must put back
 * every cell's own shading.
 */
import { readFlatOpc } from "../../src/docx";
import { createWordPort, WORD_MARK_COLORS, type DocumentPort } from "../../src/word";
import { CHANGED_SINCE_CHECK } from "../../src/word/_lib/table-shape";
import {
  FakeSettings,
  FakeWord,
  type FakeBlock,
  type FakeCell,
  type FakeFaults,
  type FakeOptions,
} from "./fake-word";
import { errorsAt } from "./errors-at";

/** What an error mark paints in Word. */
const ERROR = WORD_MARK_COLORS.error.slice(1);

function setup(blocks: FakeBlock[], options: FakeOptions = {}) {
  const word = new FakeWord(blocks, { desktopShading: true, ...options });
  const settings = new FakeSettings();
  const port: DocumentPort = createWordPort({
    run: word.run,
    runWith: (objects, batch) => word.runWith(objects, batch),
    settings,
    capabilities: { tables: true, comments: true, noColorShading: true, readOnly: false, wordApi: "1.4" },
    parse: readFlatOpc,
  });
  const cells = () =>
    word.blocks
      .flatMap((b) => (b.kind === "table" ? [b.table] : (b.textBox ?? [])))
      .flatMap((t) => t.rows.flat());
  const original = new Map(cells().map((c) => [c, c.fill ?? null]));
  /** 检查 then 标记 of the cell refs at these indexes of the read, under `faults` while marking. */
  const check = async (picks: number[], faults: FakeFaults = {}) => {
    const read = await port.read();
    if (!read.ok) throw new Error(read.reason);
    const refs = read.value.snapshot.blocks.flatMap((b) =>
      b.kind === "table" ? b.cells.map((c) => c.ref) : [],
    );
    word.faults = faults;
    const marked = await port.mark(errorsAt(picks.map((i) => refs[i])));
    word.faults = {};
    return { refs, marked };
  };
  /** After one fault-free 清除标记, every cell present at the start has its own shading back. */
  const expectAllCleared = async () => {
    word.faults = {};
    const cleared = await port.clearMarks();
    expect(cleared.ok).toBe(true);
    for (const [cell, fill] of original) expect(cell.fill ?? null).toBe(fill);
  };
  return { word, port, check, expectAllCleared };
}

/** A port on `word` with these settings, in a Word of this platform (`Office.context.diagnostics`). */
const portOn = (word: FakeWord, settings: FakeSettings, platform?: string): DocumentPort =>
  createWordPort({
    run: word.run,
    runWith: (objects, batch) => word.runWith(objects, batch),
    settings,
    capabilities: { tables: true, comments: true, noColorShading: true, readOnly: false, wordApi: "1.4" },
    parse: readFlatOpc,
    ...(platform ? { diagnostics: { platform } } : {}),
  });

/** 检查 then 标记 of every cell of the read. */
async function markAll(port: DocumentPort): Promise<void> {
  const read = await port.read();
  if (!read.ok) throw new Error(read.reason);
  const refs = read.value.snapshot.blocks.flatMap((b) =>
    b.kind === "table" ? b.cells.map((c) => c.ref) : [],
  );
  const marked = await port.mark(errorsAt(refs));
  if (!marked.ok) throw new Error(marked.reason);
}

const insertTableAbove = (word: FakeWord) =>
  word.blocks.unshift({ kind: "table", table: { rows: [[{ text: "插入" }, { text: "" }]] } });
const addRowOnTop = (word: FakeWord, t: number) =>
  word.tables[t].rows.unshift([{ text: "新增" }, { text: "" }]);

describe("counterexamples of the fault property, shrunk (issue 10, item 9)", () => {
  it("空白填0 writes nothing into a merge continuation, so a row and a table added above leave the mark clearable", async () => {
    // the second row's second cell continues nothing: the reader takes it for a cell of its own
    const orphan: FakeCell = { text: "", vMerge: "continue" };
    const { word, port, check, expectAllCleared } = setup([
      { kind: "table", table: { rows: [[{ text: "" }], [{ text: "" }, orphan]] } },
    ]);
    const { refs } = await check([0]);
    const filled = await port.applyFixes!([
      { op: "set-cell", at: { table: "table3", row: "r", column: "c" }, ref: refs[2], from: "", to: "0" },
    ]);
    expect(filled).toEqual({ ok: true, value: { applied: 0, refused: 1, tracked: false } });
    expect(orphan.text).toBe("");
    addRowOnTop(word, 0);
    insertTableAbove(word);
    await expectAllCleared();
  });

  it("空白填0 writes nothing into a blank cell holding a table (a frame around it): the table stays, the mark comes off", async () => {
    const inner = { rows: [[{ text: "" }]] };
    const frame: FakeCell = { text: "", tables: [inner] };
    const { port, check, expectAllCleared } = setup([{ kind: "table", table: { rows: [[frame]] } }]);
    const { refs } = await check([0]);
    expect(refs[0]).toEqual({ t: 0, tr: 0, tc: 0 });
    const filled = await port.applyFixes!([
      { op: "set-cell", at: { table: "table3", row: "r", column: "c" }, ref: refs[0], from: "", to: "0" },
    ]);
    expect(filled).toEqual({ ok: true, value: { applied: 0, refused: 1, tracked: false } });
    expect(frame).toMatchObject({ text: "", tables: [inner] });
    await expectAllCleared();
  });

  it("a mark batch failing at its first write, then a table inserted above: the record it never painted takes no other mark's cell", async () => {
    const { word, check, expectAllCleared } = setup([
      { kind: "table", table: { rows: [[{ text: "", fill: "FFFFFF" }, { text: "" }]] } },
      { kind: "table", table: { rows: [[{ text: "" }], [{ text: "" }]] } },
    ]);
    await check([2]); // the second table's first cell
    const failed = await check([0], { writesBeforeFailure: 0 });
    expect(failed.marked.ok).toBe(false);
    insertTableAbove(word);
    await expectAllCleared();
  });

  it("清除标记 failing half-way, then a row added above: each record still finds its own cell", async () => {
    const { word, port, check, expectAllCleared } = setup([
      { kind: "table", table: { rows: [[{ text: "" }], [{ text: "", fill: "FFFF00" }]] } },
    ]);
    await check([0, 1]);
    word.faults = { writesBeforeFailure: 1 };
    expect((await port.clearMarks()).ok).toBe(false);
    addRowOnTop(word, 0);
    await expectAllCleared();
  });

  it("a merged row's label blanked by the clerk does not make its table's proved addressing unproved", async () => {
    const label: FakeCell = { text: "!" };
    const { check, expectAllCleared } = setup([
      { kind: "table", table: { rows: [[label, { text: "", vMerge: "continue" }], [{ text: "" }]] } },
      { kind: "p", text: "" },
    ]);
    await check([0]);
    label.text = "";
    await expectAllCleared();
  });

  it("a marked cell marked again while another table is unreadable keeps its true original", async () => {
    const label: FakeCell = { text: "!" };
    const { word, check, expectAllCleared } = setup([
      {
        kind: "table",
        table: { rows: [[label, { text: "", fill: "FFFF00" }, { text: "" }], [{ text: "" }]] },
      },
      { kind: "table", table: { rows: [[{ text: "" }]] } },
    ]);
    await check([1]);
    label.text = ""; // the table's fingerprint changes with its label
    word.faults = { ooxml: (t) => t === 1 };
    const read = await check([1]);
    expect(read.marked.ok).toBe(true);
    await expectAllCleared();
  });

  it("a merged row's label blanked and a table inserted above after the right-click command marked it: the pane takes the mark off", async () => {
    // the command's probe proved the layout; the pane's own probe of the blanked row proves nothing
    const label: FakeCell = { text: "!" };
    const word = new FakeWord(
      [{ kind: "table", table: { rows: [[{ text: "", vMerge: "continue" }, label]] } }],
      {
        cellCount: "skip-continuation",
        desktopShading: true,
      },
    );
    const settings = new FakeSettings();
    const command = portOn(word, settings.runtime());
    await markAll(command);
    expect(label.fill).toBe(ERROR);
    label.text = "";
    insertTableAbove(word);
    const cleared = await portOn(word, settings).clearMarks();
    expect(cleared).toMatchObject({ ok: true, value: { restored: 1, unreachable: 0 } });
    expect(label.fill ?? null).toBeNull();
  });

  it("the same in a later session on the saved document; a proof made in another Word is not used", async () => {
    /** Marked in a Word of `marking`, its label blanked, cleared in a later session in a Word of `clearing`. */
    const acrossSessions = async (marking: string, clearing: string) => {
      const label: FakeCell = { text: "!" };
      const word = new FakeWord(
        [{ kind: "table", table: { rows: [[{ text: "", vMerge: "continue" }, label]] } }],
        { cellCount: "skip-continuation", desktopShading: true },
      );
      const settings = new FakeSettings();
      await markAll(portOn(word, settings, marking));
      label.text = "";
      return { label, cleared: await portOn(word, settings.reopen(), clearing).clearMarks() };
    };
    const same = await acrossSessions("PC", "PC");
    expect(same.cleared).toMatchObject({ ok: true, value: { restored: 1, unreachable: 0 } });
    expect(same.label.fill ?? null).toBeNull();
    // nothing proves in another Word which cell getCell reaches: the mark stays, and the pane says so
    const elsewhere = await acrossSessions("PC", "OfficeOnline");
    expect(elsewhere.cleared).toMatchObject({ ok: true, value: { restored: 0, unreachable: 1 } });
    expect(elsewhere.label.fill).toBe(ERROR);
  });

  it("a mark put in a text box's table, while the body's OOXML was refused, is taken off once it reads", async () => {
    // Word lists the text box's table among the body's; without the body's OOXML it is taken
    // for a body table and marked; the next read knows it for a text box's and must still clear it
    const { word, check, expectAllCleared } = setup(
      [
        { kind: "p", text: "", textBox: [{ rows: [[{ text: "" }]] }] },
        { kind: "p", text: "" },
      ],
      { textBoxes: "included" },
    );
    word.faults = { bodyOoxml: true };
    const read = await check([0]);
    expect(read.marked).toMatchObject({ ok: true, value: { marked: 1 } });
    expect(word.tables[0].rows[0][0].fill).toBe(ERROR);
    await expectAllCleared();
  });

  it("a text box's table marked while the body's OOXML was refused, with a body table just like it", async () => {
    const { word, port, check, expectAllCleared } = setup(
      [
        { kind: "p", text: "", textBox: [{ rows: [[{ text: "" }], [{ text: "" }]] }] },
        { kind: "table", table: { rows: [[{ text: "" }], [{ text: "" }]] } },
      ],
      { textBoxes: "included" },
    );
    word.faults = { bodyOoxml: true };
    await check([0]);
    await port.clearMarks();
    await expectAllCleared();
  });

  it("a mark batch failing half-way while the body's OOXML was refused, in a document without text boxes", async () => {
    const { word, check, expectAllCleared } = setup([
      {
        kind: "table",
        table: { rows: [[{ text: "" }], [{ text: "", fill: "D9D9D9" }], [{ text: "" }], [{ text: "" }]] },
      },
    ]);
    word.faults = { bodyOoxml: true };
    await check([0, 2, 1], { writesBeforeFailure: 2 });
    await expectAllCleared();
  });

  it("the same in a text box's table Word lists, numbered alike either way", async () => {
    const { word, check, expectAllCleared } = setup(
      [
        {
          kind: "p",
          text: "",
          textBox: [
            { rows: [[{ text: "" }], [{ text: "", fill: "D9D9D9" }], [{ text: "" }], [{ text: "" }]] },
          ],
        },
      ],
      { textBoxes: "included" },
    );
    word.faults = { bodyOoxml: true };
    await check([0, 2, 1], { writesBeforeFailure: 2 });
    await expectAllCleared();
  });

  it("two label-less tables alike, a text box's listed first, marked while the body's OOXML was refused: each cell gets its own shading back", async () => {
    // refused, the read numbers the tables as Word lists them (the text box's first); at 清除标记
    // the body's OOXML reads and the text box's table is numbered after the body's: the same
    // fingerprint, so only Word's own list tells which record is whose
    const { word, check, expectAllCleared } = setup(
      [
        { kind: "p", text: "", textBox: [{ rows: [[{ text: "" }, { text: "" }]] }] },
        { kind: "table", table: { rows: [[{ text: "", fill: "FFFFFF" }, { text: "" }]] } },
      ],
      { textBoxes: "included" },
    );
    word.faults = { bodyOoxml: true };
    const read = await check([2, 0]); // the body table's first cell, then the text box's
    expect(read.marked).toMatchObject({ ok: true, value: { marked: 2 } });
    await expectAllCleared();
  });

  it("a merged row whose stray continuation reads like the cell after it proves nothing: that cell is not marked", async () => {
    // Word counts 2 cells (continuations skipped), getCell(0, 0) reaches grid column 0: the
    // stray continuation, which holds "总计" like the cell the read addressed (0, 0). The fake
    // read that hidden text through getCell alone (values and OOXML show the continuation
    // empty), so the probe passed and the mark went to the continuation: the fake now reads it
    // as its other views do, and the probe takes a row whose shifted cells could all read alike
    // (a continuation read as its merged cell's text) for proving nothing
    const stray: FakeCell = { text: "总计", vMerge: "continue" };
    const total: FakeCell = { text: "总计" };
    const { check, expectAllCleared } = setup(
      [
        { kind: "table", table: { rows: [[stray, { text: "", vMerge: "continue" }, total, { text: "" }]] } },
        { kind: "table", table: { rows: [[{ text: "" }]] } },
      ],
      { cellCount: "skip-continuation", getCell: "grid-column" },
    );
    const { refs, marked } = await check([2]);
    expect(refs[2]).toMatchObject({ t: 0, tr: 0, tc: 2 });
    expect(marked).toMatchObject({ ok: true, value: { marked: 0, unconfirmed: 1 } });
    expect([stray.fill, total.fill]).toEqual([undefined, undefined]);
    await expectAllCleared();
  });

  it("the same with the stray continuation first and another after the addressed cell", async () => {
    const stray: FakeCell = { text: "总计", vMerge: "continue" };
    const total: FakeCell = { text: "总计" };
    const { check, expectAllCleared } = setup(
      [
        { kind: "table", table: { rows: [[stray, total, { text: "", vMerge: "continue" }]] } },
        { kind: "table", table: { rows: [[{ text: "" }]] } },
      ],
      { cellCount: "skip-continuation", getCell: "grid-column" },
    );
    const { refs, marked } = await check([1]);
    expect(refs[1]).toMatchObject({ t: 0, tr: 0, tc: 1 });
    expect(marked).toMatchObject({ ok: true, value: { marked: 0, unconfirmed: 1 } });
    expect([stray.fill, total.fill]).toEqual([undefined, undefined]);
    await expectAllCleared();
  });

  it("空白填0 writes nothing into a blank row whose only telling-looking row cannot shift", async () => {
    // Word counts physical cells and getCell(0, 1) reaches grid column 1: the spanning first
    // cell, blank like the cell the read addressed; the second row (one spanning cell) has
    // nothing that could shift, so its probe proves nothing about the first
    const first: FakeCell = { text: "", gridSpan: 2 };
    const second: FakeCell = { text: "" };
    const { port, check, expectAllCleared } = setup(
      [
        { kind: "table", table: { rows: [[first, second], [{ text: "", gridSpan: 2 }]] } },
        { kind: "p", text: "" },
      ],
      { cellCount: "physical", getCell: "grid-column" },
    );
    const { refs } = await check([]);
    expect(refs[1]).toMatchObject({ t: 0, tr: 0, tc: 1 });
    const filled = await port.applyFixes!([
      { op: "set-cell", at: { table: "table3", row: "r", column: "c" }, ref: refs[1], from: "", to: "0" },
    ]);
    expect(filled).toMatchObject({ ok: true, value: { applied: 0, refused: 1 } });
    expect([first.text, second.text]).toEqual(["", ""]);
    await expectAllCleared();
  });

  it("a stray continuation after a spanning cell is not marked where getCell reaches the spanning cell", async () => {
    const span: FakeCell = { text: "", gridSpan: 2 };
    const stray: FakeCell = { text: "", vMerge: "continue" };
    const { check, expectAllCleared } = setup(
      [
        { kind: "table", table: { rows: [[span, stray], [{ text: "" }]] } },
        { kind: "p", text: "" },
      ],
      { cellCount: "physical", getCell: "grid-column" },
    );
    const { refs, marked } = await check([1]);
    expect(refs[1]).toMatchObject({ t: 0, tr: 0, tc: 1 });
    expect(marked).toMatchObject({ ok: true, value: { marked: 0, unconfirmed: 1 } });
    expect([span.fill, stray.fill]).toEqual([undefined, undefined]);
    await expectAllCleared();
  });

  it("two marks in a label-less table, a table inserted above, then a re-check whose restoring batch fails half-way", async () => {
    const { word, check, expectAllCleared } = setup([
      { kind: "table", table: { rows: [[{ text: "" }], [{ text: "", fill: "FFFFFF" }]] } },
      { kind: "p", text: "" },
    ]);
    await check([0, 1]);
    insertTableAbove(word);
    await check([], { writesBeforeFailure: 1 });
    await expectAllCleared();
  });

  it("a row added above two marks, then 清除标记 failing half-way, then a re-check: each record keeps its own cell", async () => {
    const { word, port, check, expectAllCleared } = setup([
      {
        kind: "table",
        table: { rows: [[{ text: "" }], [{ text: "", fill: "FFFF00" }, { text: "" }, { text: "" }]] },
      },
    ]);
    await check([0, 1]);
    addRowOnTop(word, 0);
    word.faults = { writesBeforeFailure: 1 };
    expect((await port.clearMarks()).ok).toBe(false);
    await check([]);
    await expectAllCleared();
  });
  it("a table inserted above after the check, then 清除标记, then 空白填0: refused, nothing written into the inserted table", async () => {
    // 清除标记 reads afresh, so the read the fix goes through numbers the inserted table 0: the
    // check's ref (0, 0, 1) would reach its blank cell, of the same shape as the one checked
    const blank: FakeCell = { text: "" };
    const { word, port, check, expectAllCleared } = setup([
      { kind: "table", table: { rows: [[{ text: "甲" }, blank]] } },
      { kind: "p", text: "" },
    ]);
    const { refs } = await check([1]);
    expect(refs[1]).toMatchObject({ t: 0, tr: 0, tc: 1 });
    insertTableAbove(word);
    expect((await port.clearMarks()).ok).toBe(true);
    const filled = await port.applyFixes!([
      { op: "set-cell", at: { table: "table3", row: "r", column: "c" }, ref: refs[1], from: "", to: "0" },
    ]);
    expect(filled).toEqual({ ok: false, reason: "stale", detail: CHANGED_SINCE_CHECK });
    expect(word.tables.flatMap((t) => t.rows.flat()).map((c) => c.text)).toEqual(["插入", "", "甲", ""]);
    await expectAllCleared();
  });
  it("a table inserted above after the check, then 清除标记, then 定位 to a cell: refused, no cell of the inserted table selected", async () => {
    // the same renumbering as for 空白填0: through 清除标记's read, (0, 0, 1) is the inserted table's cell
    const { word, port, check } = setup([
      { kind: "table", table: { rows: [[{ text: "甲" }, { text: "" }]] } },
    ]);
    const { refs } = await check([1]);
    insertTableAbove(word);
    expect((await port.clearMarks()).ok).toBe(true);
    word.selection = null;
    expect(await port.navigate(refs[1])).toEqual({ ok: false, reason: "stale", detail: CHANGED_SINCE_CHECK });
    expect(word.selection).toBeNull();
  });
  it("a paragraph typed above after the check, then 清除标记, then 定位 to a paragraph: refused, not the paragraph now at its index", async () => {
    // the text checked is the check's own: 清除标记's read gives index 1 to 甲, which Word also shows there
    const { word, port } = setup([
      { kind: "p", text: "甲" },
      { kind: "p", text: "乙" },
    ]);
    expect((await port.read()).ok).toBe(true);
    word.blocks.unshift({ kind: "p", text: "新的一段" });
    expect((await port.clearMarks()).ok).toBe(true);
    word.selection = null;
    expect(await port.navigate({ p: 1 })).toMatchObject({ ok: false, reason: "stale" });
    expect(word.selection).toBeNull();
  });
  it("identical label-less tables, a table inserted below between two checks, a mark batch failing half-way, then a table inserted above: each record finds its own cell", async () => {
    // the first check's records (two tables) stay at home through the second read (three), so the
    // failed batch leaves records of both reads; every table is then one place further down, and
    // the first read's records, counting the table below as if above, may look further than that
    const row = (fill?: string) => ({ rows: [[{ text: "", fill }, { text: "" }]] });
    const { word, check, expectAllCleared } = setup([
      { kind: "table", table: row("FFFFFF") },
      { kind: "table", table: row() },
    ]);
    await check([0, 2]); // the first cell of each
    word.blocks.push({ kind: "table", table: row("00FF00") });
    const failed = await check([4], { writesBeforeFailure: 1 }); // the new table's, then restoring
    expect(failed.marked.ok).toBe(false);
    insertTableAbove(word);
    await expectAllCleared();
    expect(word.tables.map((t) => t.rows[0][0].fill ?? null)).toEqual([null, "FFFFFF", null, "00FF00"]);
  });
  it("a cell marked where its row told Word's rule, a row added under it, then the cell blanked: its mark still comes off", async () => {
    // Word leaves the stray continuation out of its count: (0, 1) reaches "５" and the cell over
    // grid column 1 reads blank, so the first check's probe told the rule. The added row makes the
    // table's layout one never proved, and blanked the row reads alike at every index; the row's
    // own shape was proved, and is addressed alike
    const figure: FakeCell = { text: "５" };
    const { word, check, expectAllCleared } = setup(
      [
        {
          kind: "table",
          table: {
            rows: [
              [{ text: "" }, { text: "", vMerge: "continue" }, figure],
              [{ text: "" }, { text: "", vMerge: "continue" }],
            ],
          },
        },
        { kind: "p", text: "" },
      ],
      { cellCount: "skip-continuation", getCell: "counted" },
    );
    const { refs, marked } = await check([2]);
    expect(refs[2]).toMatchObject({ t: 0, tr: 0, tc: 2 });
    expect(marked).toMatchObject({ ok: true, value: { marked: 1 } });
    expect(figure.fill).toBe(ERROR);
    word.tables[0].rows.splice(1, 0, [{ text: "新增" }, { text: "" }]);
    figure.text = "";
    await expectAllCleared();
  });

  it("a marked spanning cell emptied by the clerk, with a row added under it: its mark still comes off", async () => {
    // Word counts physical cells and getCell(0, k) takes the k-th: the first row's blank second
    // cell tells it from the spanning cell at grid column 1. Emptied, the row reads blank at every
    // index and proves nothing, and the added row makes the layout new; only the blank cell could
    // be reached otherwise, the spanning cell is at (0, 0) under either reading
    const span: FakeCell = { text: "总计", gridSpan: 2 };
    const { word, check, expectAllCleared } = setup(
      [
        {
          kind: "table",
          table: {
            rows: [
              [span, { text: "" }],
              [{ text: "1" }, { text: "2" }, { text: "3" }],
            ],
          },
        },
        { kind: "p", text: "" },
      ],
      { cellCount: "physical", getCell: "counted" },
    );
    const { refs, marked } = await check([0]);
    expect(refs[0]).toMatchObject({ t: 0, tr: 0, tc: 0 });
    expect(marked).toMatchObject({ ok: true, value: { marked: 1 } });
    expect(span.fill).toBe(ERROR);
    span.text = "";
    word.tables[0].rows.splice(1, 0, [{ text: "新增" }, { text: "" }]);
    await expectAllCleared();
  });
  it("two label-less tables' marks recorded by reads of different table counts, a table inserted above each time: each goes back to its own cell", async () => {
    // the yellow cell's mark is recorded with two tables; one table above later, the first
    // table's is recorded with three while the one above reads without OOXML (the yellow's
    // record cannot be placed); one more above, and both marks are four tables away from either
    const yellow: FakeCell = { text: "", fill: "FFFF00" };
    const { word, check, expectAllCleared } = setup(
      [
        { kind: "table", table: { rows: [[{ text: "" }], [{ text: "" }]] } },
        { kind: "table", table: { rows: [[yellow]] } },
        { kind: "p", text: "" },
      ],
      { cellCount: "physical", getCell: "counted" },
    );
    expect((await check([2])).refs[2]).toMatchObject({ t: 1, tr: 0, tc: 0 });
    insertTableAbove(word);
    word.faults = { ooxml: (t) => t === 0 };
    const { refs, marked } = await check([3]);
    expect(refs[3]).toMatchObject({ t: 1, tr: 1, tc: 0 });
    expect(marked).toMatchObject({ ok: true, value: { marked: 1 } });
    insertTableAbove(word);
    await expectAllCleared();
  });
  it("a mark painted by a batch that failed before putting back an earlier one, then a table inserted above: each record finds its own cell", async () => {
    // the second check paints the first table's cell, then fails before the yellow cell's
    // colour goes back: both stay in our colour, and the record of the painted one must not be
    // ranked as perhaps never painted behind the yellow's, which would take its cell
    const yellow: FakeCell = { text: "", fill: "FFFF00" };
    const { word, check, expectAllCleared } = setup(
      [
        { kind: "table", table: { rows: [[{ text: "" }], [{ text: "" }, { text: "" }]] } },
        { kind: "table", table: { rows: [[{ text: "" }, yellow]] } },
        { kind: "p", text: "" },
      ],
      { cellCount: "physical", getCell: "counted" },
    );
    expect((await check([4])).refs[4]).toMatchObject({ t: 1, tr: 0, tc: 1 });
    const { refs, marked } = await check([2], { writesBeforeFailure: 1 });
    expect(refs[2]).toMatchObject({ t: 0, tr: 1, tc: 1 });
    expect(marked.ok).toBe(false);
    expect([word.tables[0].rows[1][1].fill, yellow.fill]).toEqual([ERROR, ERROR]);
    insertTableAbove(word);
    await expectAllCleared();
  });
  it("a spanning cell marked where its row proved nothing, emptied, then a probe contradicting the table: its mark still comes off", async () => {
    // Word counts physical cells, getCell(0, k) reaches grid column k: the second cell reads
    // like the spanning one, so the row proves nothing and only the spanning cell (reached alike
    // either way) is marked; emptied, the next probe reads the second cell otherwise and the
    // table is contradicted: our colour on the spanning cell still goes back
    const span: FakeCell = { text: "其中：", gridSpan: 2 };
    const { check, expectAllCleared } = setup(
      [
        { kind: "table", table: { rows: [[{ text: "" }]] } },
        { kind: "table", table: { rows: [[span, { text: "其中：" }]] } },
      ],
      { cellCount: "physical", getCell: "grid-column" },
    );
    const { refs, marked } = await check([1]);
    expect(refs[1]).toMatchObject({ t: 1, tr: 0, tc: 0 });
    expect(marked).toMatchObject({ ok: true, value: { marked: 1 } });
    span.text = "";
    expect((await check([])).marked).toMatchObject({ ok: true, value: { unverifiedTables: 1 } });
    await expectAllCleared();
  });
});
