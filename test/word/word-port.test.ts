/** @jest-environment jsdom */
import type { BoundCell, CheckResult, Finding, HostRef } from "../../src/engine";
import {
  createWordPort,
  WORD_MARK_COLORS,
  type Capabilities,
  type DocumentPort,
  type WordHost,
} from "../../src/word";
import { FakeSettings, FakeWord, type FakeBlock, type FakeOptions, type FakeTable } from "./fake-word";
import { readFlatOpc } from "../../src/docx";

const hex = (color: string) => color.slice(1);
const ERROR = hex(WORD_MARK_COLORS.error);
const PART = hex(WORD_MARK_COLORS.part);
const WARNING = hex(WORD_MARK_COLORS.warning);

/**
 * A table with both kinds of merge, grid of 4 columns:
 *   r0 [项目 (2 wide, vMerge start)] [自然人] [总计]          ← header, pre-shaded grey
 *   r1 [   continuation (2 wide)   ] [1]      [2]
 *   r2 [一、本年新收 (2 wide)]        [60]     [60]
 *   r3 [二、上年结转 (vMerge start)] [小计] [0] [0]
 *   r4 [   continuation         ] [其中] [5] [5]
 */
function mergedTable(): FakeTable {
  return {
    rows: [
      [
        { text: "项目", gridSpan: 2, vMerge: "restart", fill: "D9D9D9" },
        { text: "自然人", fill: "D9D9D9" },
        { text: "总计" },
      ],
      [{ text: "", gridSpan: 2, vMerge: "continue", fill: "D9D9D9" }, { text: "1" }, { text: "2" }],
      [{ text: "一、本年新收", gridSpan: 2 }, { text: "60" }, { text: "60" }],
      [{ text: "二、上年结转", vMerge: "restart" }, { text: "小计" }, { text: "0" }, { text: "0" }],
      [{ text: "", vMerge: "continue" }, { text: "其中" }, { text: "5" }, { text: "5", fill: "FFFF00" }],
    ],
  };
}
const plainTable = (rows: number, cols: number): FakeTable => ({
  rows: Array.from({ length: rows }, (_, r) =>
    Array.from({ length: cols }, (_, c) => ({ text: `${r * cols + c}` })),
  ),
});

function report(tables: FakeTable[] = [mergedTable()]): FakeBlock[] {
  return [
    { kind: "p", text: "清溪镇2022年政府信息公开工作年度报告", style: "标题", outlineLevel: 1 },
    { kind: "p", text: "总体情况", listString: "一、", style: "标题 1", outlineLevel: 2 },
    ...tables.flatMap((table): FakeBlock[] => [
      { kind: "table", table },
      { kind: "p", text: "说明" },
    ]),
    { kind: "p", text: "六、其他需要报告的事项" },
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

function setup(
  blocks: FakeBlock[] = report(),
  options: FakeOptions = {},
  capabilities: Partial<Capabilities> = {},
) {
  const word = new FakeWord(blocks, { desktopShading: capabilities.noColorShading ?? true, ...options });
  const settings = new FakeSettings();
  const host = (s: FakeSettings): WordHost => ({
    run: word.run,
    runWith: (objects, batch) => word.runWith(objects, batch),
    settings: s,
    capabilities: caps(capabilities),
    parse: readFlatOpc,
  });
  return {
    word,
    settings,
    port: createWordPort(host(settings)),
    reopen: () => createWordPort(host(settings.reopen())),
  };
}

function finding(over: Partial<Finding>): Finding {
  return {
    rule: "row-total",
    severity: "error",
    messageId: "unbalanced",
    section: "s3",
    table: "table3",
    row: "new_received",
    column: "total",
    expected: 60,
    actual: 61,
    cells: [],
    message: "总计应为 60，实为 61",
    messageEn: "total should be 60, is 61",
    data: {},
    ref: null,
    ...over,
  };
}
const bound = (row: string, column: string, ref: HostRef): BoundCell => ({
  key: { table: "table3", row, column },
  text: "",
  value: { kind: "blank" },
  ref,
});
function result(findings: Finding[], cells: BoundCell[] = []): CheckResult {
  return { format: "2021", year: 2022, sections: [], tables: [], cells, findings };
}

async function readOk(port: DocumentPort) {
  const read = await port.read();
  if (!read.ok) throw new Error(`read failed: ${read.reason} ${read.detail}`);
  return read.value;
}

describe("reading the document", () => {
  it.each([1, 3, 12])("costs at most 2 syncs with %i table(s)", async (n) => {
    const { word, port } = setup(
      report(Array.from({ length: n }, (_, i) => (i % 2 ? plainTable(4, 3) : mergedTable()))),
    );
    const read = await readOk(port);
    expect(word.syncs).toBeLessThanOrEqual(2);
    expect(read.snapshot.blocks.filter((b) => b.kind === "table")).toHaveLength(n);
  });

  it("lets the pane run between tables when turning many of them into the snapshot takes long", async () => {
    const { port } = setup(report(Array.from({ length: 12 }, () => plainTable(4, 3))));
    // a slow machine: every look at the clock finds 15 ms gone
    let clock = 0;
    const now = jest.spyOn(performance, "now").mockImplementation(() => (clock += 15));
    let ticks = 0;
    const tick = setInterval(() => ticks++, 0);
    try {
      const read = await readOk(port);
      expect(read.snapshot.blocks.filter((b) => b.kind === "table")).toHaveLength(12);
      expect(read.tables.every((t) => t.confirmed === t.cells)).toBe(true);
    } finally {
      clearInterval(tick);
      now.mockRestore();
    }
    // without yielding, the whole read runs in one task and no timer fires before it ends
    expect(ticks).toBeGreaterThan(0);
  });

  it("keeps paragraphs and tables in document order, with list text, style and outline level", async () => {
    const { port } = setup();
    const { snapshot } = await readOk(port);
    expect(snapshot.blocks.map((b) => b.kind)).toEqual([
      "paragraph",
      "paragraph",
      "table",
      "paragraph",
      "paragraph",
    ]);
    expect(snapshot.blocks[1]).toEqual({
      kind: "paragraph",
      text: "总体情况",
      listText: "一、",
      style: "标题 1",
      outlineLevel: 1,
      ref: { p: 1 },
    });
    // the table's 17 physical cells hold 17 of Word's body paragraphs, so the next paragraph is 19
    expect(snapshot.blocks[3]).toMatchObject({ text: "说明", ref: { p: 19 } });
    expect(snapshot.blocks[3]).not.toHaveProperty("outlineLevel");
  });

  it("resolves merges from the OOXML and numbers the table's refs by its place in the document", async () => {
    const { port } = setup(report([plainTable(2, 2), mergedTable()]));
    const { snapshot } = await readOk(port);
    const table = snapshot.blocks.filter((b) => b.kind === "table")[1];
    expect(table).toMatchObject({ kind: "table", rowCount: 5, colCount: 4, ref: { t: 1 } });
    if (table.kind !== "table") throw new Error();
    expect(table.cells.find((c) => c.text === "项目")).toMatchObject({
      row: 0,
      col: 0,
      rowSpan: 2,
      colSpan: 2,
      ref: { t: 1, tr: 0, tc: 0 },
    });
    expect(table.cells.find((c) => c.text === "二、上年结转")).toMatchObject({
      rowSpan: 2,
      ref: { t: 1, tr: 3, tc: 0 },
    });
  });

  it.each(["physical", "skip-continuation"] as const)(
    "confirms every cell's address when Word counts cells the %s way",
    async (cellCount) => {
      const { port } = setup(report(), { cellCount });
      const read = await readOk(port);
      expect(read.tables).toEqual([{ ref: { t: 0 }, cells: 15, confirmed: 15 }]);
    },
  );

  it("never loads cellIndex, which throws on vertically merged tables (office-js#3200)", async () => {
    const { word, port } = setup();
    await expect(port.read()).resolves.toMatchObject({ ok: true });
    // the fake does throw, the way Word does, as soon as anything loads cellIndex on this table
    await expect(
      word.run(async (context) => {
        const tables = context.document.body.tables.load("items/nestingLevel");
        await context.sync();
        tables.items[0].getCell(0, 0).load("cellIndex");
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "GeneralException" });
  });

  it("reads on the web, where loading a colourless cell's shadingColor throws (office-js#3479)", async () => {
    const { port } = setup(report(), { platform: "web" });
    await expect(port.read()).resolves.toMatchObject({ ok: true });
  });

  it("confirms no address when Word's rows disagree with the OOXML", async () => {
    const { word, port } = setup();
    // Word reports a row count the OOXML does not have (e.g. a table changed under us)
    const original = word.tableOoxml.bind(word);
    word.tableOoxml = (t) => original(t).replace(/<w:tr>.*?<\/w:tr>/, "");
    const read = await readOk(port);
    expect(read.tables[0].confirmed).toBe(0);
  });

  it("explains instead of reading when Word lacks WordApi 1.3", async () => {
    const { word, port } = setup(report(), {}, { tables: false });
    await expect(port.read()).resolves.toEqual({ ok: false, reason: "too-old" });
    expect(word.syncs).toBe(0);
  });
});

describe("marking findings", () => {
  const totalRef = { t: 0, tr: 2, tc: 2 }; // 一、本年新收 / 总计
  const partRefs = [
    { t: 0, tr: 2, tc: 1 },
    { t: 0, tr: 3, tc: 0 }, // 二、上年结转: vertically merged over r3–r4
  ];
  const oneFinding = () =>
    result(
      [
        finding({
          ref: totalRef,
          cells: [
            { table: "table3", row: "new_received", column: "natural" },
            { table: "table3", row: "carried_over", column: "natural" },
          ],
        }),
      ],
      [bound("new_received", "natural", partRefs[0]), bound("carried_over", "natural", partRefs[1])],
    );

  it("shades the offending cell and, lighter, the cells that took part (both parts of a vertical merge)", async () => {
    const { word, port } = setup();
    await readOk(port);
    const marked = await port.mark(oneFinding());
    expect(marked).toEqual({
      ok: true,
      value: { marked: 1, participating: 2, unconfirmed: 0, approximate: 0, comments: 0 },
    });
    const fills = word.fills()[0];
    expect(fills[2]).toEqual([null, PART, ERROR]);
    expect(fills[3][0]).toBe(PART);
    expect(fills[4][0]).toBe(PART);
  });

  it("shades the right cells when Word skips continuation cells in its addressing", async () => {
    const { word, port } = setup(report(), { cellCount: "skip-continuation" });
    await readOk(port);
    await port.mark(result([finding({ ref: { t: 0, tr: 4, tc: 3 } })]));
    expect(word.fills()[0][4]).toEqual([null, null, null, ERROR]);
  });

  it.each([
    [1, 1],
    [5, 4],
    [40, 12],
  ])(
    "costs two syncs for %i findings over %i tables: the tables' shape confirmed, then the shading",
    async (nFindings, nTables) => {
      const tables = Array.from({ length: nTables }, () => plainTable(6, 5));
      const { word, port } = setup(report(tables));
      await readOk(port);
      const findings = Array.from({ length: nFindings }, (_, i) =>
        finding({
          ref: { t: i % nTables, tr: 1 + (i % 5), tc: i % 5 },
          severity: i % 2 ? "warning" : "error",
        }),
      );
      const before = word.syncs;
      const marked = await port.mark(result(findings));
      expect(marked.ok).toBe(true);
      expect(word.syncs - before).toBe(2);
    },
  );

  it("keeps the strongest level when several findings name one cell", async () => {
    const { word, port } = setup();
    await readOk(port);
    await port.mark(
      result(
        [
          finding({ ref: totalRef, severity: "warning" }),
          finding({ ref: { t: 0, tr: 2, tc: 1 }, cells: [{ table: "table3", row: "x", column: "total" }] }),
        ],
        [bound("x", "total", totalRef)],
      ),
    );
    expect(word.fills()[0][2]).toEqual([null, ERROR, WARNING]);
  });

  it("leaves a cell without a confirmed address alone and counts it", async () => {
    const { word, port } = setup();
    const original = word.tableOoxml.bind(word);
    word.tableOoxml = (t) => original(t).replace(/<w:tr>.*?<\/w:tr>/, "");
    await readOk(port);
    const before = JSON.stringify(word.fills());
    const marked = await port.mark(oneFinding());
    expect(marked).toMatchObject({ ok: true, value: { marked: 0, unconfirmed: 3 } });
    expect(JSON.stringify(word.fills())).toBe(before);
  });

  it("refuses to mark a read-only document", async () => {
    const { word, port } = setup(report(), {}, { readOnly: true });
    await readOk(port);
    await expect(port.mark(oneFinding())).resolves.toEqual({ ok: false, reason: "read-only" });
    expect(word.fills()[0][2]).toEqual([null, null, null]);
  });

  it("reports a protected document as protected", async () => {
    const { port } = setup(report(), { protected: true });
    await readOk(port);
    await expect(port.mark(oneFinding())).resolves.toMatchObject({ ok: false, reason: "protected" });
  });

  it("adds comments only when asked and supported, and takes them away again", async () => {
    const { word, port } = setup(report(), {}, { comments: true });
    await readOk(port);
    await port.mark(oneFinding());
    expect(word.comments).toHaveLength(0);
    await readOk(port);
    await port.mark(oneFinding(), { comments: true });
    expect(word.comments.map((c) => c.content)).toEqual(["【年报校验】总计应为 60，实为 61"]);
    await readOk(port);
    await port.mark(oneFinding(), { comments: true });
    expect(word.comments).toHaveLength(1);
    await port.clearMarks();
    expect(word.comments).toHaveLength(0);
  });
});

describe("clearing marks", () => {
  const everything = () =>
    result([0, 1, 2, 3, 4].flatMap((tr) => [0, 1, 2, 3].map((tc) => finding({ ref: { t: 0, tr, tc } }))));

  it("puts back every cell's own shading exactly, pre-shaded cells included", async () => {
    const { word, port } = setup();
    const before = JSON.stringify(word.fills());
    await readOk(port);
    await port.mark(everything());
    expect(JSON.stringify(word.fills())).not.toBe(before);
    const cleared = await port.clearMarks();
    expect(cleared).toMatchObject({ ok: true, value: { changed: 0, approximate: 0, unreachable: 0 } });
    expect(JSON.stringify(word.fills())).toBe(before);
  });

  it("works in a later session, from the record saved in the document", async () => {
    const { word, port, reopen } = setup();
    const before = JSON.stringify(word.fills());
    await readOk(port);
    await port.mark(everything());
    const later = reopen();
    await expect(later.clearMarks()).resolves.toMatchObject({ ok: true, value: { restored: 17 } });
    expect(JSON.stringify(word.fills())).toBe(before);
  });

  it("keeps the true original when the same cell is marked by a second check", async () => {
    const { word, port } = setup();
    const before = JSON.stringify(word.fills());
    await readOk(port);
    await port.mark(everything());
    await readOk(port);
    await port.mark(everything());
    await port.clearMarks();
    expect(JSON.stringify(word.fills())).toBe(before);
  });

  it("restores a cell that a new check no longer flags", async () => {
    const { word, port } = setup();
    await readOk(port);
    await port.mark(
      result([finding({ ref: { t: 0, tr: 2, tc: 2 } }), finding({ ref: { t: 0, tr: 4, tc: 3 } })]),
    );
    expect(word.fills()[0][4][3]).toBe(ERROR);
    await readOk(port);
    await port.mark(result([finding({ ref: { t: 0, tr: 2, tc: 2 } })]));
    expect(word.fills()[0][4][3]).toBe("FFFF00");
    expect(word.fills()[0][2][2]).toBe(ERROR);
  });

  it("leaves a cell the clerk re-shaded after marking", async () => {
    const { word, port } = setup();
    await readOk(port);
    await port.mark(result([finding({ ref: { t: 0, tr: 2, tc: 2 } })]));
    word.tables[0].rows[2][2].fill = "00B050";
    await expect(port.clearMarks()).resolves.toMatchObject({ ok: true, value: { restored: 0, changed: 1 } });
    expect(word.fills()[0][2][2]).toBe("00B050");
  });

  it("uses white for cells that had no colour when this Word cannot set 'no colour', and says so", async () => {
    const { word, port } = setup(report(), {}, { noColorShading: false });
    await readOk(port);
    await port.mark(
      result([finding({ ref: { t: 0, tr: 2, tc: 2 } }), finding({ ref: { t: 0, tr: 4, tc: 3 } })]),
    );
    await expect(port.clearMarks()).resolves.toMatchObject({
      ok: true,
      value: { restored: 2, approximate: 1 },
    });
    expect(word.fills()[0][2][2]).toBe("FFFFFF");
    expect(word.fills()[0][4][3]).toBe("FFFF00");
  });
});

describe("navigating and fixing", () => {
  it("selects a confirmed cell by Word's own address", async () => {
    const { word, port } = setup(report(), { cellCount: "skip-continuation" });
    await readOk(port);
    await expect(port.navigate({ t: 0, tr: 4, tc: 3 })).resolves.toEqual({ ok: true, value: undefined });
    expect(word.selection).toEqual({ t: 0, rowIndex: 4, cellIndex: 2 });
  });

  it("selects the table when the cell's address is not confirmed, and a paragraph by its index", async () => {
    const { word, port } = setup();
    const original = word.tableOoxml.bind(word);
    word.tableOoxml = (t) => original(t).replace(/<w:tr>.*?<\/w:tr>/, "");
    await readOk(port);
    await port.navigate({ t: 0, tr: 2, tc: 2 });
    expect(word.selection).toEqual({ t: 0, where: "Start" });
    const before = word.syncs;
    await port.navigate({ p: 1 });
    expect(word.selection).toEqual({ p: 1 });
    expect(word.syncs - before).toBeLessThanOrEqual(2);
  });

  it("applies a set-cell fix and refuses a stale one", async () => {
    const { word, port } = setup();
    await readOk(port);
    const fix = {
      op: "set-cell",
      at: { table: "table3", row: "r", column: "total" },
      ref: { t: 0, tr: 2, tc: 2 },
      from: "60",
      to: "61",
    } as const;
    await expect(port.applyFix(fix)).resolves.toEqual({ ok: true, value: undefined });
    expect(word.tables[0].rows[2][2].text).toBe("61");
    await expect(port.applyFix(fix)).resolves.toMatchObject({ ok: false, reason: "stale" });
  });

  it("applies a paragraph prefix fix", async () => {
    const blocks = report();
    const { word, port } = setup([{ kind: "p", text: "2、 主动公开政府信息情况" }, ...blocks]);
    await readOk(port);
    await port.applyFix({ op: "set-paragraph-prefix", ref: { p: 0 }, from: "2、 ", to: "二、" });
    expect((word.blocks[0] as { text: string }).text).toBe("二、主动公开政府信息情况");
  });
});
