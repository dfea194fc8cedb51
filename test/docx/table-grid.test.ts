import type { SnapshotTable } from "../../src/engine/types";
import {
  cell,
  layout,
  para,
  paragraphs,
  readBody,
  row,
  table,
  tables,
  textCell,
  textTable,
} from "./fixtures/markup";

const span = (n: number): string => `<w:gridSpan w:val="${n}"/>`;
const RESTART = `<w:vMerge w:val="restart"/>`;
const CONTINUE = `<w:vMerge/>`;

const onlyTable = (body: string): SnapshotTable => {
  const [t] = tables(readBody(body));
  return t;
};

describe("tables as true grids", () => {
  it("reads a plain table row-major with its size", () => {
    const t = onlyTable(
      textTable([
        ["项目", "数量"],
        ["规章", "0"],
      ]),
    );
    expect(t).toMatchObject({ kind: "table", rowCount: 2, colCount: 2, ref: { t: 0 } });
    expect(layout(t)).toEqual(["0,0 1x1 项目", "0,1 1x1 数量", "1,0 1x1 规章", "1,1 1x1 0"]);
  });

  it("reads a vertically merged label as one cell with rowSpan 3", () => {
    const t = onlyTable(
      table(
        2,
        row(textCell("（三）不予公开", RESTART) + textCell("1.属于国家秘密")) +
          row(cell("<w:p/>", CONTINUE) + textCell("2.其他法律行政法规禁止公开")) +
          row(cell("<w:p/>", `<w:vMerge w:val="continue"/>`) + textCell("3.危及“三安全一稳定”")),
      ),
    );
    expect(layout(t)).toEqual([
      "0,0 3x1 （三）不予公开",
      "0,1 1x1 1.属于国家秘密",
      "1,1 1x1 2.其他法律行政法规禁止公开",
      "2,1 1x1 3.危及“三安全一稳定”",
    ]);
  });

  it("places cells after a gridSpan on the true grid", () => {
    const t = onlyTable(
      table(
        4,
        row(textCell("第二十条第（一）项", span(4))) +
          row(textCell("信息内容") + textCell("本年处理决定数量", span(3))),
      ),
    );
    expect(t.colCount).toBe(4);
    expect(layout(t)).toEqual(["0,0 1x4 第二十条第（一）项", "1,0 1x1 信息内容", "1,1 1x3 本年处理决定数量"]);
  });

  it("merges a vertical merge that spans several grid columns", () => {
    const t = onlyTable(
      table(
        3,
        row(textCell("合计", span(2) + RESTART) + textCell("1")) +
          row(cell("<w:p/>", span(2) + CONTINUE) + textCell("2")),
      ),
    );
    expect(layout(t)).toEqual(["0,0 2x2 合计", "0,2 1x1 1", "1,2 1x1 2"]);
  });

  it("skips grid columns for gridBefore and counts gridAfter in the width", () => {
    const t = onlyTable(
      table(
        3,
        row(textCell("a") + textCell("b") + textCell("c")) +
          row(textCell("x"), `<w:gridBefore w:val="1"/><w:gridAfter w:val="1"/>`),
      ),
    );
    expect(layout(t)).toEqual(["0,0 1x1 a", "0,1 1x1 b", "0,2 1x1 c", "1,1 1x1 x"]);
  });

  /** A table whose grid has the given column widths, in twips. */
  const tableOfWidths = (widths: readonly number[], rows: string): string =>
    `<w:tbl><w:tblGrid>${widths.map((w) => `<w:gridCol w:w="${w}"/>`).join("")}</w:tblGrid>${rows}</w:tbl>`;

  it("leaves out grid columns too narrow to hold a character, as LibreOffice writes where cell edges drift", () => {
    // the header cell over columns 1–2, the figure below over 2–3: one column to the eye
    const t = onlyTable(
      tableOfWidths(
        [2000, 1, 620, 1, 620],
        row(textCell("项目") + textCell("自然人", span(2)) + textCell("总计", span(2))) +
          row(textCell("新收", span(2)) + textCell("3", span(2)) + textCell("3")),
      ),
    );
    expect(t.colCount).toBe(3);
    expect(layout(t)).toEqual([
      "0,0 1x1 项目",
      "0,1 1x1 自然人",
      "0,2 1x1 总计",
      "1,0 1x1 新收",
      "1,1 1x1 3",
      "1,2 1x1 3",
    ]);
    // refs stay the physical row and cell index
    expect(t.cells[4].ref).toEqual({ t: 0, tr: 1, tc: 1 });
  });

  it("keeps narrow columns when a cell stands over them alone, or the grid does not give every width", () => {
    const alone = onlyTable(
      tableOfWidths([1000, 20, 1000], row(textCell("a") + textCell("b") + textCell("c"))),
    );
    expect(alone.colCount).toBe(3);
    const unsized = onlyTable(
      `<w:tbl><w:tblGrid><w:gridCol w:w="1000"/><w:gridCol/><w:gridCol w:w="1"/></w:tblGrid>` +
        `${row(textCell("a") + textCell("b", span(2)))}</w:tbl>`,
    );
    expect(unsized.colCount).toBe(3);
  });

  it("merges legacy hMerge cells into one cell", () => {
    const t = onlyTable(
      table(
        3,
        row(
          textCell("行政复议", `<w:hMerge w:val="restart"/>`) +
            cell("<w:p/>", `<w:hMerge/>`) +
            cell("<w:p/>", `<w:hMerge w:val="continue"/>`),
        ) + row(textCell("1") + textCell("2") + textCell("3")),
      ),
    );
    expect(layout(t)).toEqual(["0,0 1x3 行政复议", "1,0 1x1 1", "1,1 1x1 2", "1,2 1x1 3"]);
    expect(t.cells[0].ref).toEqual({ t: 0, tr: 0, tc: 0 });
    expect(t.cells[1].ref).toEqual({ t: 0, tr: 1, tc: 0 });
  });

  it("leaves grid positions of a ragged row without cells", () => {
    const t = onlyTable(table(3, row(textCell("a") + textCell("b") + textCell("c")) + row(textCell("d"))));
    expect(t).toMatchObject({ rowCount: 2, colCount: 3 });
    expect(layout(t)).toEqual(["0,0 1x1 a", "0,1 1x1 b", "0,2 1x1 c", "1,0 1x1 d"]);
  });

  it("grows the grid when rows need more columns than tblGrid declares", () => {
    const t = onlyTable(table(2, row(textCell("a") + textCell("b", span(3)))));
    expect(t.colCount).toBe(4);
    expect(layout(t)).toEqual(["0,0 1x1 a", "0,1 1x3 b"]);
    expect(onlyTable(table(0, row(textCell("a") + textCell("b")))).colCount).toBe(2);
  });

  it("starts a new cell for a vertical-merge continuation with nothing above it", () => {
    const t = onlyTable(
      table(
        2,
        row(textCell("孤立", CONTINUE) + textCell("a")) +
          row(textCell("b") + textCell("宽", CONTINUE + span(2))),
      ),
    );
    expect(layout(t)).toEqual(["0,0 1x1 孤立", "0,1 1x1 a", "1,0 1x1 b", "1,1 1x2 宽"]);
  });

  it("drops rows deleted as a tracked change and keeps inserted ones", () => {
    const t = onlyTable(
      table(
        1,
        row(textCell("保留")) +
          row(textCell("已删除"), `<w:del w:id="1" w:author="a" w:date="2024-01-01T00:00:00Z"/>`) +
          row(textCell("新增"), `<w:ins w:id="2" w:author="a"/>`),
      ),
    );
    expect(t.rowCount).toBe(2);
    expect(layout(t)).toEqual(["0,0 1x1 保留", "1,0 1x1 新增"]);
    expect(t.cells[1].ref).toEqual({ t: 0, tr: 2, tc: 0 });
  });

  it("unwraps rows and cells inside content controls and custom XML", () => {
    const t = onlyTable(
      table(
        2,
        `<w:sdt><w:sdtPr/><w:sdtContent>${row(
          `<w:customXml w:element="c">${textCell("甲")}</w:customXml>` +
            `<w:sdt><w:sdtContent>${textCell("乙")}</w:sdtContent></w:sdt>`,
        )}</w:sdtContent></w:sdt>` +
          `<w:customXml w:element="r">${row(textCell("丙") + textCell("丁"))}</w:customXml>`,
      ),
    );
    expect(layout(t)).toEqual(["0,0 1x1 甲", "0,1 1x1 乙", "1,0 1x1 丙", "1,1 1x1 丁"]);
  });

  it("joins a cell's paragraphs with a line break", () => {
    const t = onlyTable(table(1, row(cell(para("第一行") + para("第二行") + "<w:p/>"))));
    expect(t.cells[0].text).toBe("第一行\n第二行\n");
  });

  it("gives cell refs as the physical row and cell index, continuation cells counted", () => {
    const t = onlyTable(
      table(
        3,
        row(textCell("a", RESTART) + textCell("b") + textCell("c")) +
          row(cell("<w:p/>", CONTINUE) + textCell("d") + textCell("e")),
      ),
    );
    expect(t.cells.map((c) => [c.text, c.ref])).toEqual([
      ["a", { t: 0, tr: 0, tc: 0 }],
      ["b", { t: 0, tr: 0, tc: 1 }],
      ["c", { t: 0, tr: 0, tc: 2 }],
      ["d", { t: 0, tr: 1, tc: 1 }],
      ["e", { t: 0, tr: 1, tc: 2 }],
    ]);
  });

  it("numbers top-level tables in document order and counts paragraphs inside cells in paragraph refs", () => {
    const snapshot = readBody(
      para("前") +
        textTable([["x", "y"]]) +
        para("中") +
        `<w:sdt><w:sdtContent>${textTable([["z"]])}</w:sdtContent></w:sdt>` +
        para("后"),
    );
    expect(tables(snapshot).map((t) => t.ref)).toEqual([{ t: 0 }, { t: 1 }]);
    expect(paragraphs(snapshot).map((p) => [p.text, p.ref])).toEqual([
      ["前", { p: 0 }],
      ["中", { p: 3 }],
      ["后", { p: 5 }],
    ]);
    expect(snapshot.blocks.map((b) => b.kind)).toEqual([
      "paragraph",
      "table",
      "paragraph",
      "table",
      "paragraph",
    ]);
  });

  it("reads a nested table as the cell's tables with a path, its text not part of the outer cell", () => {
    const inner = textTable([
      ["内1", "内2"],
      ["内3", "内4"],
    ]);
    const snapshot = readBody(
      table(2, row(textCell("外") + cell(para("上") + inner + para("下")))) + para("后"),
    );
    const [outer] = tables(snapshot);
    expect(outer.cells[1].text).toBe("上\n下");
    const [nested] = outer.cells[1].tables ?? [];
    expect(nested.ref).toEqual({ t: 0, path: [0, 1, 0] });
    expect(layout(nested)).toEqual(["0,0 1x1 内1", "0,1 1x1 内2", "1,0 1x1 内3", "1,1 1x1 内4"]);
    expect(nested.cells[3].ref).toEqual({ t: 0, path: [0, 1, 0], tr: 1, tc: 1 });
    expect(outer.cells[0].tables).toBeUndefined();
    // 外, 上, 内1–内4, 下, then 后
    expect(paragraphs(snapshot)[0].ref).toEqual({ p: 7 });
  });

  it("reads a figure boxed in a table of one cell, as the cell's own text when it has none", () => {
    const box = (text: string) => textTable([[text]]);
    const [outer] = tables(
      readBody(
        table(
          4,
          row(
            textCell("新收") +
              cell(box("12")) +
              cell(para("") + box("3") + para("")) +
              cell(para("5") + box("7")),
          ) +
            row(textCell("结转") + cell(textTable([["1", "2"]])) + cell(box("")) + cell(box("4") + box("6"))),
        ),
      ),
    );
    expect(outer.cells.map((c) => c.text)).toEqual(["新收", "12", "3", "5", "结转", "", "", ""]);
    // the box stays the cell's table: no writer takes the cell for plain text
    expect(outer.cells[1].tables).toHaveLength(1);
  });

  it("reads tables nested 25 deep without throwing, down to 20 levels, still counting every paragraph", () => {
    let nested = textTable([["最深"]]);
    // the label in a cell of its own: a cell holding a table and text is a layout table's (below)
    for (let level = 24; level >= 1; level--)
      nested = table(2, row(textCell(`第${level}层`) + cell(nested + "<w:p/>")));
    const snapshot = readBody(nested + para("后"));
    let depth = 0;
    for (let t: SnapshotTable | undefined = tables(snapshot)[0]; t; t = t.cells[1]?.tables?.[0]) depth++;
    expect(depth).toBe(20);
    // 24 levels of (label + trailing empty paragraph) + the deepest cell's paragraph
    expect(paragraphs(snapshot)[0].ref).toEqual({ p: 49 });
  });

  it("reads a layout table — one column around a table and text, as a web page turned into Word — as its content", () => {
    const stats = textTable([
      ["项目", "数量"],
      ["规章", "0"],
    ]);
    const page = table(
      1,
      row(textCell("首页 > 政务公开 > 年报")) +
        row(cell(para("一、总体情况") + stats + para("二、主动公开政府信息情况"))) +
        row(textCell("主办：某区人民政府办公室")),
    );
    const snapshot = readBody(page + para("后"));
    expect(snapshot.blocks.map((b) => (b.kind === "paragraph" ? [b.text, b.ref] : [b.kind, b.ref]))).toEqual([
      ["首页 > 政务公开 > 年报", { p: 0, layout: 0 }],
      ["一、总体情况", { p: 1, layout: 0 }],
      ["table", { t: 0, path: [1, 0, 0] }],
      // the table's four paragraphs come before
      ["二、主动公开政府信息情况", { p: 6, layout: 0 }],
      ["主办：某区人民政府办公室", { p: 7, layout: 0 }],
      ["后", { p: 8 }],
    ]);
    expect(tables(snapshot)[0].cells[3].ref).toEqual({ t: 0, path: [1, 0, 0], tr: 1, tc: 1 });
  });

  it("reads a layout table inside a layout table as its content too, its tables' paths through both", () => {
    const inner = table(1, row(cell(para("标题") + textTable([["甲", "乙"]]))));
    const snapshot = readBody(table(1, row(textCell("导航")) + row(cell(inner + "<w:p/>"))));
    expect(snapshot.blocks.map((b) => (b.kind === "paragraph" ? [b.text, b.ref] : [b.kind, b.ref]))).toEqual([
      ["导航", { p: 0, layout: 0 }],
      ["标题", { p: 1, layout: 0 }],
      ["table", { t: 0, path: [1, 0, 0, 0, 0, 0] }],
      ["", { p: 4, layout: 0 }],
    ]);
  });

  it("reads a layout table with a menu beside the content as its cells' content, row by row", () => {
    const snapshot = readBody(
      table(
        2,
        row(
          cell(para("首页") + para("政务公开")) +
            cell(para("一、总体情况") + textTable([["甲", "乙"]]) + para("二、主动公开") + para("正文")),
        ),
      ),
    );
    expect(snapshot.blocks.map((b) => (b.kind === "paragraph" ? [b.text, b.ref] : [b.kind, b.ref]))).toEqual([
      ["首页", { p: 0, layout: 0 }],
      ["政务公开", { p: 1, layout: 0 }],
      ["一、总体情况", { p: 2, layout: 0 }],
      ["table", { t: 0, path: [0, 1, 0] }],
      ["二、主动公开", { p: 5, layout: 0 }],
      ["正文", { p: 6, layout: 0 }],
    ]);
  });

  it("reads as its content a table with a menu beside a layout table of the page's content", () => {
    const content = table(1, row(cell(para("一、总体情况") + textTable([["甲", "乙"]]))));
    const snapshot = readBody(table(2, row(textCell("首页") + cell(para("当前位置：首页") + content))));
    expect(snapshot.blocks.map((b) => (b.kind === "paragraph" ? [b.text, b.ref] : [b.kind, b.ref]))).toEqual([
      ["首页", { p: 0, layout: 0 }],
      ["当前位置：首页", { p: 1, layout: 0 }],
      ["一、总体情况", { p: 2, layout: 0 }],
      ["table", { t: 0, path: [0, 1, 0, 0, 0, 0] }],
    ]);
  });

  it("keeps as tables a frame around a table alone, one without a table inside, a labelled table beside text", () => {
    const stats = textTable([["项目", "数量"]]);
    const snapshot = readBody(
      table(1, row(cell(stats + "<w:p/>"))) +
        table(1, row(textCell("说明")) + row(textCell("本表数据截至12月31日"))) +
        table(2, row(textCell("标题") + cell(para("说明") + stats + para("注")))),
    );
    expect(snapshot.blocks.map((b) => [b.kind, b.ref])).toEqual([
      ["table", { t: 0 }],
      ["table", { t: 1 }],
      ["table", { t: 2 }],
    ]);
  });

  it("leaves out a layout table's rows deleted as a tracked change, still counting their paragraphs", () => {
    const deleted = `<w:del w:id="1" w:author="a" w:date="2024-01-01T00:00:00Z"/>`;
    const page = table(
      1,
      row(cell(para("一、总体情况") + textTable([["甲", "乙"]]))) + row(textCell("删去的一行"), deleted),
    );
    const snapshot = readBody(page + para("后"));
    expect(paragraphs(snapshot).map((p) => [p.text, p.ref])).toEqual([
      ["一、总体情况", { p: 0, layout: 0 }],
      ["后", { p: 4 }],
    ]);
  });

  it("reads layout tables nested 25 deep down to 20 levels, still counting every paragraph", () => {
    let nested = textTable([["最深"]]);
    for (let level = 24; level >= 1; level--) nested = table(1, row(cell(para(`第${level}层`) + nested)));
    const snapshot = readBody(nested + para("后"));
    const texts = paragraphs(snapshot).map((p) => p.text);
    expect(texts).toEqual([...Array.from({ length: 20 }, (_, i) => `第${i + 1}层`), "后"]);
    // the four levels and the deepest cell beyond the twentieth are counted, not read
    expect(paragraphs(snapshot).at(-1)?.ref).toEqual({ p: 25 });
    expect(tables(snapshot)).toEqual([]);
  });

  it("keeps a table without rows as an empty table", () => {
    const snapshot = readBody(table(3, "") + textTable([["a"]]));
    expect(tables(snapshot).map((t) => [t.rowCount, t.colCount, t.cells.length, t.ref])).toEqual([
      [0, 3, 0, { t: 0 }],
      [1, 1, 1, { t: 1 }],
    ]);
  });

  it("caps an absurd gridSpan instead of allocating it", () => {
    const t = onlyTable(table(1, row(textCell("a", span(2_000_000_000)) + textCell("b"))));
    expect(t.colCount).toBeLessThanOrEqual(1025);
    expect(t.cells.map((c) => c.text)).toEqual(["a", "b"]);
  });

  it("reads a huge cell whole", () => {
    const long = "数".repeat(200_000);
    expect(onlyTable(textTable([[long]])).cells[0].text).toHaveLength(200_000);
  });
});
