/** @jest-environment jsdom */
/**
 * Issue 10: the add-in under every behaviour Word's documentation allows (the [Silent] rows of
 * ../shared/domain/word-risks.md as switches of the fake) and under the documented failures
 * (injected faults). Under each it does the right thing or refuses with a reason; it never writes
 * a wrong cell and never leaves a mark that 清除标记 cannot take off. The audit's five experiments
 * (§8) are the tests marked "experiment".
 */
import { TextDecoder } from "node:util";
import type { HostRef } from "../../src/engine";
import { readFlatOpc } from "../../src/docx";
import {
  createWordPort,
  WORD_MARK_COLORS,
  planInsertAtCursor,
  type Capabilities,
  type DocumentPort,
} from "../../src/word";
import { FakeSettings, FakeWord, type FakeBlock, type FakeOptions, type FakeTable } from "./fake-word";
import { errorsAt } from "./errors-at";

Object.assign(globalThis, { TextDecoder });

const ERROR = WORD_MARK_COLORS.error.slice(1);

/** 表三-like: labels merged across two columns and down two rows; a pre-shaded header. */
function mergedTable(): FakeTable {
  return {
    rows: [
      [
        { text: "项目", gridSpan: 2, vMerge: "restart", fill: "D9D9D9" },
        { text: "自然人", fill: "D9D9D9" },
        { text: "总计" },
      ],
      [{ text: "", gridSpan: 2, vMerge: "continue", fill: "D9D9D9" }, { text: "1" }, { text: "2" }],
      [{ text: "一、本年新收", gridSpan: 2 }, { text: "60" }, { text: "" }],
      [{ text: "二、上年结转", vMerge: "restart" }, { text: "小计" }, { text: "0" }, { text: "" }],
      [{ text: "", vMerge: "continue" }, { text: "其中" }, { text: "5" }, { text: "5", fill: "FFFF00" }],
    ],
  };
}
const plainTable = (label: string): FakeTable => ({
  rows: [
    [{ text: label }, { text: "数量" }],
    [{ text: "规章" }, { text: "" }],
    [{ text: "规范性文件" }, { text: "3" }],
  ],
});

function report(tables: FakeTable[] = [plainTable("表二"), mergedTable()]): FakeBlock[] {
  return [
    { kind: "p", text: "清溪镇2022年政府信息公开工作年度报告", style: "标题", outlineLevel: 1 },
    { kind: "p", text: "总体情况", listString: "一、", style: "标题 1", outlineLevel: 2 },
    ...tables.flatMap((table): FakeBlock[] => [
      { kind: "table", table },
      { kind: "p", text: "说明" },
    ]),
  ];
}

const caps = (over: Partial<Capabilities> = {}): Capabilities => ({
  tables: true,
  comments: false,
  noColorShading: true,
  readOnly: false,
  wordApi: "1.3",
  ...over,
});

function setup(options: FakeOptions = {}, capabilities: Partial<Capabilities> = {}, blocks = report()) {
  const word = new FakeWord(blocks, { desktopShading: true, ...options });
  const settings = new FakeSettings();
  const portOn = (s: FakeSettings): DocumentPort =>
    createWordPort({
      run: word.run,
      runWith: (objects, batch) => word.runWith(objects, batch),
      settings: s,
      capabilities: caps(capabilities),
      parse: readFlatOpc,
    });
  return { word, settings, port: portOn(settings), portOn };
}

/** Cells right after a horizontal merge and both parts of a vertical merge, plus a plain table's cell. */
const REFS: HostRef[] = [
  { t: 1, tr: 2, tc: 1 },
  { t: 1, tr: 2, tc: 2 },
  { t: 1, tr: 3, tc: 0 },
  { t: 1, tr: 4, tc: 3 },
  { t: 0, tr: 1, tc: 1 },
];

async function readOk(port: DocumentPort) {
  const read = await port.read();
  if (!read.ok) throw new Error(`read failed: ${read.reason} ${read.detail ?? ""}`);
  return read.value;
}

describe("cell addressing is proved in Word before the first write (item 1)", () => {
  it.each(["physical", "skip-continuation"] as const)(
    "when getCell counts cells as cellCount does (%s), the merged table is confirmed and marked right",
    async (cellCount) => {
      const { word, port } = setup({ cellCount, getCell: "counted" });
      await readOk(port);
      const marked = await port.mark(errorsAt(REFS));
      expect(marked).toMatchObject({ ok: true, value: { marked: 5, unconfirmed: 0 } });
      expect(word.fills()[1][2]).toEqual([null, ERROR, ERROR]);
      expect(word.fills()[1][3][0]).toBe(ERROR);
      // the lower part of the vertical merge, where Word gives it an address of its own
      expect(word.fills()[1][4][0]).toBe(cellCount === "physical" ? ERROR : null);
      expect(word.fills()[1][4][3]).toBe(ERROR);
    },
  );

  it("when getCell goes by grid column, the merged table is unconfirmed: nothing in it is shaded, fixed or selected by address", async () => {
    const { word, port } = setup({ getCell: "grid-column" });
    const before = word.fills();
    await readOk(port);
    const marked = await port.mark(errorsAt(REFS));
    // the plain table (no merges, where both readings agree) is still marked
    expect(marked).toMatchObject({ ok: true, value: { marked: 1, unconfirmed: 4, unverifiedTables: 1 } });
    expect(word.fills()[1]).toEqual(before[1]);
    expect(word.fills()[0][1][1]).toBe(ERROR);

    await expect(port.navigate({ t: 1, tr: 2, tc: 2 })).resolves.toMatchObject({ ok: true });
    expect(word.selection).toEqual({ t: 1, where: "Start" }); // the table, not a guessed cell
    const fill = {
      op: "set-cell",
      at: { table: "table3", row: "r", column: "c" },
      ref: { t: 1, tr: 2, tc: 2 },
      from: "",
      to: "0",
    } as const;
    await expect(port.applyFixes!([fill])).resolves.toMatchObject({ ok: true, value: { applied: 0 } });
    await expect(port.applyFix(fill)).resolves.toMatchObject({ ok: false, reason: "unconfirmed" });
    expect(word.tables[1].rows.flat().map((c) => c.text)).toEqual(
      mergedTable()
        .rows.flat()
        .map((c) => c.text),
    );
  });

  it("costs one round trip, once per table per session", async () => {
    const { word, port } = setup();
    await readOk(port);
    let before = word.syncs;
    await port.mark(errorsAt(REFS));
    expect(word.syncs - before).toBe(2); // the probe, then the shading
    await readOk(port);
    before = word.syncs;
    await port.mark(errorsAt([{ t: 1, tr: 2, tc: 1 }]));
    // the tables' shape confirmed (the clerk may have added a row while the engine ran), the
    // shading, then the cells put back to no colour read back in a sync of their own (reading no
    // colour can throw, office-js#3479, and must not stop the shading), once a session
    expect(word.syncs - before).toBe(3);
    await readOk(port);
    before = word.syncs;
    await port.mark(errorsAt([]));
    expect(word.syncs - before).toBe(2); // the shape, then the earlier marks put back
  });
});

describe("the mark ledger cannot be orphaned (item 4)", () => {
  it("experiment 1: a mark batch failing half-way leaves marks 清除标记 takes off, and no pink original", async () => {
    const { word, port } = setup();
    const before = word.fills();
    await readOk(port);
    word.faults.writesBeforeFailure = 2;
    const marked = await port.mark(errorsAt(REFS));
    expect(marked.ok).toBe(false);
    word.faults = {};
    expect(word.fills()).not.toEqual(before); // two cells were painted before the failure
    // the next check sees our pink with a record: the original stays the cell's own
    await readOk(port);
    await expect(port.mark(errorsAt(REFS))).resolves.toMatchObject({ ok: true });
    await expect(port.clearMarks()).resolves.toMatchObject({ ok: true, value: { unreachable: 0 } });
    expect(word.fills()).toEqual(before);
  });

  it("experiment 1b: 清除标记 right after the failed batch restores the cells it painted", async () => {
    const { word, port } = setup();
    const before = word.fills();
    await readOk(port);
    word.faults.writesBeforeFailure = 3;
    await port.mark(errorsAt(REFS));
    word.faults = {};
    await expect(port.clearMarks()).resolves.toMatchObject({
      ok: true,
      value: { changed: 0, unreachable: 0 },
    });
    expect(word.fills()).toEqual(before);
  });

  it("experiment 2: a table inserted above marked tables does not strand their marks", async () => {
    const { word, port } = setup();
    await readOk(port);
    await port.mark(errorsAt(REFS));
    const before = mergedTable().rows.map((r) => r.map((c) => c.fill ?? null));
    word.blocks.unshift({ kind: "table", table: plainTable("另一张表") }, { kind: "p", text: "" });
    await expect(port.clearMarks()).resolves.toMatchObject({
      ok: true,
      value: { restored: 6, unreachable: 0 },
    });
    expect(word.fills()[2]).toEqual(before);
  });

  it("experiment 3: the re-check after our own insertion above keeps the true originals", async () => {
    const { word, port } = setup();
    const merged = mergedTable().rows.map((r) => r.map((c) => c.fill ?? null));
    await readOk(port);
    await port.mark(errorsAt(REFS));
    word.cursor = 0;
    await expect(port.insert!(planInsertAtCursor(null, "table2"))).resolves.toMatchObject({ ok: true });
    // the pane checks again: the same cells, now in table 2 and 3
    await readOk(port);
    await port.mark(errorsAt(REFS.map((r) => ({ ...r, t: (r.t as number) + 1 }))));
    await expect(port.clearMarks()).resolves.toMatchObject({ ok: true, value: { unreachable: 0 } });
    expect(word.fills()[2]).toEqual(merged);
    expect(
      word
        .fills()
        .flat(2)
        .filter((f) => f && f !== "D9D9D9" && f !== "FFFF00"),
    ).toEqual([]);
  });

  it("a row the clerk added above a marked cell does not strand its mark", async () => {
    const { word, port } = setup();
    await readOk(port);
    await port.mark(errorsAt([{ t: 1, tr: 4, tc: 3 }]));
    word.tables[1].rows.splice(2, 0, [{ text: "新增", gridSpan: 2 }, { text: "" }, { text: "" }]);
    await expect(port.clearMarks()).resolves.toMatchObject({
      ok: true,
      value: { restored: 1, unreachable: 0 },
    });
    expect(word.tables[1].rows[5][3].fill).toBe("FFFF00");
  });

  it("experiment 4: the pane and the right-click command, each with its own settings copy, keep each other's records", async () => {
    const { word, settings, port, portOn } = setup();
    const before = word.fills();
    await readOk(port); // the pane is open
    const command = portOn(settings.runtime());
    await readOk(command);
    await command.mark(errorsAt(REFS));
    await port.saveIgnored!([{ key: "k", message: "m" }]); // the pane saves its own copy
    await expect(port.clearMarks()).resolves.toMatchObject({ ok: true, value: { restored: 6 } });
    expect(word.fills()).toEqual(before);
    await expect(command.loadIgnored!()).resolves.toEqual({ ok: true, value: [{ key: "k", message: "m" }] });
  });

  it("comments refused by Word (NotAllowed) leave the shading and its record whole", async () => {
    const { word, port } = setup({}, { comments: true });
    const before = word.fills();
    await readOk(port);
    word.faults.comments = true;
    const marked = await port.mark(errorsAt(REFS), { comments: true });
    expect(marked).toMatchObject({ ok: true, value: { marked: 5, comments: 0 } });
    expect(marked.ok && marked.value.commentsRefused).toMatch(/NotAllowed.*Range\.insertComment/);
    await port.clearMarks();
    expect(word.fills()).toEqual(before);
  });

  it("never records one of our own colours as a cell's original", async () => {
    const { word, settings, port } = setup();
    await readOk(port);
    await port.mark(errorsAt([{ t: 1, tr: 2, tc: 2 }]));
    settings.remove("reportCheck.marks"); // a record lost (as by an older version's failed batch)
    await settings.saveAsync();
    await readOk(port);
    await port.mark(errorsAt([{ t: 1, tr: 2, tc: 2 }]));
    await port.clearMarks();
    expect(word.tables[1].rows[2][2].fill ?? null).toBeNull();
  });
});

describe("writes re-confirm what they rely on (item 3)", () => {
  const blankFill = {
    op: "set-cell",
    at: { table: "table3", row: "r", column: "c" },
    ref: { t: 0, tr: 1, tc: 1 },
    from: "",
    to: "0",
  } as const;

  it("空白填0 refuses when the clerk added a row since the check, and writes nothing", async () => {
    const { word, port } = setup();
    await readOk(port);
    await port.mark(errorsAt([]));
    word.tables[0].rows.splice(1, 0, [{ text: "新增" }, { text: "" }]);
    const texts = JSON.stringify(word.tables);
    const syncs = word.syncs;
    await expect(port.applyFixes!([blankFill])).resolves.toMatchObject({ ok: false, reason: "stale" });
    await expect(port.applyFix(blankFill)).resolves.toMatchObject({ ok: false, reason: "stale" });
    expect(JSON.stringify(word.tables)).toBe(texts);
    expect(word.syncs - syncs).toBe(2); // one read each, no write
  });

  it("空白填0 still costs two round trips when nothing changed", async () => {
    const { word, port } = setup();
    await readOk(port);
    await port.mark(errorsAt([]));
    const syncs = word.syncs;
    await expect(port.applyFixes!([blankFill])).resolves.toMatchObject({ ok: true, value: { applied: 1 } });
    expect(word.syncs - syncs).toBe(2);
    expect(word.tables[0].rows[1][1].text).toBe("0");
  });

  it("定位 to a paragraph checks its text first", async () => {
    const { word, port } = setup();
    await readOk(port);
    await expect(port.navigate({ p: 1 })).resolves.toEqual({ ok: true, value: undefined });
    expect(word.selection).toEqual({ p: 1 });
    word.selection = null;
    word.blocks.splice(1, 0, { kind: "p", text: "新的一段" });
    await expect(port.navigate({ p: 1 })).resolves.toMatchObject({ ok: false, reason: "stale" });
    expect(word.selection).toBeNull();
  });
});

describe("the read degrades instead of failing (item 2)", () => {
  it("a table whose getOoxml throws is read from its values, without merges and without addresses", async () => {
    const { word, port } = setup();
    word.faults.ooxml = (t) => t === 1;
    const read = await readOk(port);
    expect(read.tables).toEqual([
      { ref: { t: 0 }, cells: 6, confirmed: 6 },
      { ref: { t: 1 }, cells: 17, confirmed: 0, withoutMerges: true },
    ]);
    expect(read.issues).toEqual([
      { kind: "table", t: 1, code: "GeneralException", location: "Range.getOoxml" },
    ]);
    const table = read.snapshot.blocks.filter((b) => b.kind === "table")[1];
    expect(table.kind === "table" && table.cells.some((c) => c.text === "一、本年新收")).toBe(true);
    const before = word.fills();
    await expect(port.mark(errorsAt(REFS))).resolves.toMatchObject({
      ok: true,
      value: { marked: 1, unconfirmed: 4 },
    });
    expect(word.fills()[1]).toEqual(before[1]);
  });

  it("a list number that cannot be loaded (office-js#5335) is left out, the rest is read", async () => {
    const { word, port } = setup();
    word.faults.listItem = () => true;
    const read = await readOk(port);
    expect(read.snapshot.blocks[1]).toMatchObject({ kind: "paragraph", text: "总体情况" });
    expect(read.snapshot.blocks[1]).not.toHaveProperty("listText");
    expect(read.issues).toEqual([
      { kind: "list", p: 1, code: "GeneralException", location: "Paragraph.listItem" },
    ]);
    expect(read.tables.every((t) => t.confirmed === t.cells)).toBe(true);
  });

  it("reads many tables in chunks under Word on the web's payload limit", async () => {
    const tables = Array.from({ length: 45 }, (_, i) => plainTable(`表${i}`));
    const one = new FakeWord(report(tables)).tableOoxml(0).length;
    const { word, port } = setup({ platform: "web", payloadLimit: one * 25 }, {}, report(tables));
    const read = await readOk(port);
    expect(read.tables).toHaveLength(45);
    expect(read.tables.every((t) => t.confirmed === t.cells)).toBe(true);
    // the body's OOXML (45 tables) is too big for a response: hidden text and text boxes go
    // unchecked, and it costs one round trip (the first chunk is sent again without it)
    expect(read.issues).toEqual([
      { kind: "story", unchecked: "ooxml", code: "ResponsePayloadSizeLimitExceeded" },
    ]);
    expect(word.syncs).toBe(5); // paragraphs and tables, the failed sync, then 3 chunks of at most 20 tables
  });

  it("a body whose OOXML Word refuses is read all the same, and said so, in one round trip more", async () => {
    const { word, port } = setup();
    word.faults.bodyOoxml = true;
    const read = await readOk(port);
    expect(read.tables.every((t) => t.confirmed === t.cells)).toBe(true);
    expect(read.snapshot.blocks[1]).toMatchObject({ kind: "paragraph", text: "总体情况", listText: "一、" });
    expect(read.issues).toEqual([
      { kind: "story", unchecked: "ooxml", code: "GeneralException", location: "Body.getOoxml" },
    ]);
    expect(word.syncs).toBe(3);
  });

  it("a table whose OOXML fails does not leave the body's OOXML unchecked", async () => {
    const { word, port } = setup();
    word.faults.ooxml = (t) => t === 1;
    const read = await readOk(port);
    expect(read.issues).toEqual([
      { kind: "table", t: 1, code: "GeneralException", location: "Range.getOoxml" },
    ]);
  });

  it("a table too big for one response alone is read without merges, and said so", async () => {
    const { port } = setup({ platform: "web", payloadLimit: 2000 });
    const read = await readOk(port);
    expect(read.tables.map((t) => !!t.withoutMerges)).toEqual([false, true]);
    expect(read.issues).toEqual([
      { kind: "story", unchecked: "ooxml", code: "ResponsePayloadSizeLimitExceeded" },
      { kind: "table", t: 1, code: "ResponsePayloadSizeLimitExceeded" },
    ]);
  });

  it("experiment 5: a read costs 2 round trips with Word.run's own final sync counted", async () => {
    const { word, port } = setup();
    await readOk(port);
    expect(word.syncs).toBe(2);
  });
});

describe("round trips counted honestly, tracked objects released (item 11)", () => {
  it("each new read releases the previous read's tracked tables and comments in its own first sync: no leak across checks, still 2 round trips", async () => {
    const { word, port } = setup({}, { comments: true, wordApi: "1.4" });
    await readOk(port);
    await port.mark(errorsAt(REFS), { comments: true }); // our comments, tracked by the next read
    for (let check = 0; check < 4; check++) {
      const before = word.syncs;
      await readOk(port);
      expect(word.syncs - before).toBe(2);
      // the two tables and our comments of this read only, whatever came before
      expect(word.heldReferences()).toBe(2 + word.comments.length);
    }
    expect(word.comments.length).toBeGreaterThan(0);
  });

  it('marking after a read stays two round trips (the shape, the shading) once addressing and "Auto" are proved, and releases nothing it still needs', async () => {
    const { word, port } = setup();
    await readOk(port);
    await port.mark(errorsAt(REFS));
    await readOk(port);
    const before = word.syncs;
    const marked = await port.mark(errorsAt(REFS.slice(4))); // the others' marks put back
    expect(marked.ok).toBe(true);
    expect(word.syncs - before).toBe(3); // the shape, the shading, then the no-colour cells read back
    expect(word.heldReferences()).toBe(2);
    await readOk(port);
    await port.mark(errorsAt(REFS));
    await readOk(port);
    const again = word.syncs;
    expect((await port.mark(errorsAt(REFS.slice(4)))).ok).toBe(true);
    expect(word.syncs - again).toBe(2); // "Auto" proved this session: no read-back
    expect(
      word
        .fills()
        .flat(2)
        .filter((f) => f === "FFFFFF"),
    ).toEqual([]);
  });

  it("a read whose release batch fails reads again on a context of its own", async () => {
    const { word, port } = setup();
    await readOk(port);
    const runWith = word.runWith;
    word.runWith = () => Promise.reject(new Error("InvalidObjectPath"));
    const read = await readOk(port);
    word.runWith = runWith;
    expect(read.tables.length).toBe(2);
  });
});

describe("what Word refuses is explained (item 8)", () => {
  it.each([
    ["AccessDenied", false, "protected"],
    ["AccessDenied", true, "protected"],
    // GeneralException says nothing by itself: "protected" only where Word says the document is
    ["GeneralException", true, "protected"],
    ["GeneralException", false, "host-error"],
  ] as const)(
    "a protected document (%s on write; protection state readable: %s) is reported as %s, naming the failing call",
    async (protectedError, protection, reason) => {
      const { word, port } = setup(
        { protected: true, protectedError, desktopShading: protection },
        { protection },
      );
      const before = word.fills();
      await readOk(port);
      const marked = await port.mark(errorsAt(REFS));
      expect(marked).toMatchObject({ ok: false, reason });
      expect(!marked.ok && marked.detail).toContain(protectedError);
      expect(word.fills()).toEqual(before);
    },
  );

  it.each([true, false])(
    "a Viewing-mode document (GeneralException, not protected; state readable: %s) is a host error with the details",
    async (protection) => {
      const { word, port } = setup({ viewing: true, desktopShading: protection }, { protection });
      const before = word.fills();
      await readOk(port);
      const marked = await port.mark(errorsAt(REFS));
      expect(marked).toMatchObject({ ok: false, reason: "host-error" });
      expect(!marked.ok && marked.detail).toMatch(/GeneralException/);
      expect(word.fills()).toEqual(before);
    },
  );

  it("a GeneralException while reading stays a host error, with where it happened", async () => {
    const port = createWordPort({
      run: () =>
        Promise.reject(
          Object.assign(new Error("GeneralException"), {
            code: "GeneralException",
            debugInfo: { errorLocation: "Body.paragraphs" },
          }),
        ),
      runWith: () => Promise.reject(new Error("unused")),
      settings: new FakeSettings(),
      capabilities: caps(),
      parse: readFlatOpc,
    });
    await expect(port.read()).resolves.toMatchObject({
      ok: false,
      reason: "host-error",
      detail: expect.stringContaining("Body.paragraphs"),
    });
  });
});

describe("自检 (item 10)", () => {
  it("probes every merged table anew and reports Word, its API sets, each table's addressing and the failed calls", async () => {
    const { word, port } = setup({ getCell: "grid-column" }, { wordApi: "1.4", comments: true });
    word.faults.listItem = () => true;
    const before = JSON.stringify(word.blocks);
    const report = await port.selfTest!();
    expect(report).toMatchObject({
      ok: true,
      value: {
        capabilities: { wordApi: "1.4", comments: true },
        tables: [
          { t: 0, cells: 6, confirmed: 6, merged: false, addressing: null, withoutMerges: false },
          { t: 1, cells: 15, confirmed: 0, merged: true, addressing: false, withoutMerges: false },
        ],
        failures: ["paragraph 1 GeneralException Paragraph.listItem"],
      },
    });
    expect(JSON.stringify(word.blocks)).toBe(before); // reads only
  });

  it("says a merged table agrees when Word's getCell counts as cellCount does", async () => {
    const { port } = setup();
    const report = await port.selfTest!();
    expect(report.ok && report.value.tables[1]).toMatchObject({
      merged: true,
      addressing: true,
      confirmed: 15,
    });
  });
});

describe("paragraph text without tracked deletions (item 5)", () => {
  const withDeletion = (): FakeBlock[] => [
    { kind: "p", text: "清溪镇2022年政府信息公开工作年度报告", deleted: "（草稿）" },
    ...report(),
  ];

  it.each(["included", "excluded"] as const)(
    "reads the current text on WordApi 1.4 whether or not Word's text has the deletion (%s)",
    async (deletedText) => {
      const { port } = setup({ deletedText }, { wordApi: "1.4", trackChanges: true }, withDeletion());
      const read = await readOk(port);
      expect(read.snapshot.blocks[0]).toMatchObject({ text: "清溪镇2022年政府信息公开工作年度报告" });
    },
  );

  it("on WordApi 1.3 takes Word's text as it comes (there is no reviewed text to ask for)", async () => {
    const { port } = setup({ deletedText: "included" }, { wordApi: "1.3" }, withDeletion());
    const read = await readOk(port);
    expect(read.snapshot.blocks[0]).toMatchObject({ text: "清溪镇2022年政府信息公开工作年度报告（草稿）" });
  });
});

/**
 * [Silent] Whether Word's paragraph text includes hidden text (`w:vanish`); the .docx reader
 * leaves it out. The body's OOXML, read in the same sync, shows the hidden run: the paragraph's
 * text is then the reader's (docs/word-assumptions.md §6).
 */
describe("paragraph text without hidden text (item 5)", () => {
  const withHidden = (): FakeBlock[] => [
    { kind: "p", text: "清溪镇2022年政府信息公开工作年度报告", hidden: "（内部备注）" },
    ...report(),
  ];
  const readsShownText = async (hiddenText: "excluded" | "included") => {
    const { port } = setup({ hiddenText }, { wordApi: "1.4", trackChanges: true }, withHidden());
    const read = await readOk(port);
    expect(read.snapshot.blocks[0]).toMatchObject({ text: "清溪镇2022年政府信息公开工作年度报告" });
  };

  it("reads the text as shown where Word leaves hidden text out", () => readsShownText("excluded"));
  it("reads the text as shown where Word includes hidden text", () => readsShownText("included"));

  it("定位 goes to a paragraph whose hidden text Word includes (it re-confirms Word's own text)", async () => {
    const { word, port } = setup({ hiddenText: "included" }, { wordApi: "1.4" }, withHidden());
    await readOk(port);
    expect(await port.navigate({ p: 0 })).toEqual({ ok: true, value: undefined });
    expect(word.selection).toEqual({ p: 0 });
  });

  it("says hidden text went unchecked where Word includes it and refuses the body's OOXML", async () => {
    const { word, port } = setup({ hiddenText: "included" }, { wordApi: "1.4" }, withHidden());
    word.faults.bodyOoxml = true;
    const read = await readOk(port);
    expect(read.snapshot.blocks[0]).toMatchObject({
      text: "清溪镇2022年政府信息公开工作年度报告（内部备注）",
    });
    expect(read.issues).toContainEqual(expect.objectContaining({ kind: "story", unchecked: "ooxml" }));
  });
});

describe('no mark outlives its record, whatever "Auto" does to a fill (audit §7)', () => {
  const OURS = new Set(Object.values(WORD_MARK_COLORS).map((c) => c.slice(1)));
  /** The cells whose fill is not what it was, as [before, now]. */
  const changedFrom = (before: (string | null)[][][], now: (string | null)[][][]) =>
    now.flatMap((t, i) =>
      t.flatMap((row, r) => row.flatMap((f, k) => (f === before[i][r][k] ? [] : [[before[i][r][k], f]]))),
    );
  /** Under "removes" every cell is as it was; under "keeps" only unshaded ones differ, white, and counted. */
  function expectPutBack(before: (string | null)[][][], now: (string | null)[][][], approximate: number) {
    expect(now.flat(2).filter((f) => f && OURS.has(f))).toEqual([]);
    const changed = changedFrom(before, now);
    expect(changed.every(([was, is]) => was === null && is === "FFFFFF")).toBe(true);
    expect(approximate).toBe(changed.length);
  }

  const behaviours = [
    ["removes", "web"],
    ["keeps", "web"],
    ["removes", "everywhere"],
    ["keeps", "everywhere"],
  ] as const;

  it.each(behaviours)(
    "清除标记 takes every mark off when Auto %s the fill, reading no colour throwing: %s",
    async (autoShading, colourlessReadThrows) => {
      const { word, port } = setup({ autoShading, colourlessReadThrows });
      const before = word.fills();
      await readOk(port);
      await port.mark(errorsAt(REFS));
      const cleared = await port.clearMarks();
      if (!cleared.ok) throw new Error(cleared.reason);
      expectPutBack(before, word.fills(), cleared.value.approximate);
      if (autoShading === "removes" && colourlessReadThrows === "web") expect(word.fills()).toEqual(before);
      else expect(cleared.value.approximate).toBeGreaterThan(0);
    },
  );

  it.each(behaviours)(
    "a re-check puts back the marks no longer wanted when Auto %s the fill, reading no colour throwing: %s",
    async (autoShading, colourlessReadThrows) => {
      const { word, port } = setup({ autoShading, colourlessReadThrows });
      const before = word.fills();
      await readOk(port);
      await port.mark(errorsAt(REFS));
      await readOk(port);
      const marked = await port.mark(errorsAt([]));
      if (!marked.ok) throw new Error(marked.reason);
      expectPutBack(before, word.fills(), marked.value.approximate);
    },
  );
});

describe("outline levels however Word numbers them (audit §2.3)", () => {
  /** The outline level the read gives each paragraph, by text. */
  async function levels(outlineLevels: "word" | "ooxml") {
    const { port } = setup({ outlineLevels });
    const read = await readOk(port);
    return read.snapshot.blocks.flatMap((b) => (b.kind === "paragraph" ? [[b.text, b.outlineLevel]] : []));
  }

  it.each(["word", "ooxml"] as const)(
    "reads headings as headings and body text as body text when Word numbers them as %s does",
    async (outlineLevels) => {
      expect(await levels(outlineLevels)).toEqual([
        ["清溪镇2022年政府信息公开工作年度报告", 0],
        ["总体情况", 1],
        ["说明", undefined],
        ["说明", undefined],
      ]);
    },
  );
});

describe("where 'no colour' can only be white (WordApi 1.3)", () => {
  it("a put-back left white by a batch failing half-way does not send its record to another marked cell", async () => {
    const blocks: FakeBlock[] = [
      { kind: "table", table: { rows: [[{ text: "" }]] } },
      {
        kind: "table",
        table: {
          rows: [[{ text: "" }, { text: "" }, { text: "" }], [{ text: "", fill: "D9D9D9" }], [{ text: "" }]],
        },
      },
    ];
    const { word, port } = setup({}, { noColorShading: false }, blocks);
    const before = word.fills();
    await readOk(port);
    await port.mark(
      errorsAt([
        { t: 0, tr: 0, tc: 0 },
        { t: 1, tr: 0, tc: 0 },
      ]),
    );
    await readOk(port);
    // t0's mark is put back as white, then t1's cells are painted, the grey one last: it fails there
    word.faults.writesBeforeFailure = 4;
    const failed = await port.mark(
      errorsAt([1, 2, 3].map((tc) => ({ t: 1, tr: Math.floor(tc / 3), tc: tc % 3 }))),
    );
    expect(failed.ok).toBe(false);
    word.faults = {};
    word.blocks.unshift({ kind: "table", table: { rows: [[{ text: "插入" }, { text: "" }]] } });
    await expect(port.clearMarks()).resolves.toMatchObject({ ok: true, value: { unreachable: 0 } });
    const now = word.fills().slice(1);
    expect(now[1][1][0]).toBe("D9D9D9");
    expect(
      now.flat(2).every((f, i) => f === before.flat(2)[i] || (f === "FFFFFF" && before.flat(2)[i] === null)),
    ).toBe(true);
  });
});
