import {
  check,
  type CheckResult,
  type DocumentSnapshot,
  type SnapshotBlock,
  type SnapshotTable,
} from "../../../src/engine";
import { findSections } from "../../../src/engine/sections";
import { bindTables } from "../../../src/engine/tables/bind-tables";
import { amendBinding } from "../../../src/engine/tables/binding";
import { viewTable } from "../../../src/engine/tables/table-view";
import { format2019, formats } from "../../../src/template";
import { flattenRows, gridRows, officialTable, para, report, tableFromRows } from "../../helpers/snapshot";
import { consistentTable3, consistentTable4, someTable2 } from "../../helpers/values";

const values3 = consistentTable3(7);
const table3Rows = () => gridRows("table3", values3);

function withTable3(...tables: SnapshotBlock[]): DocumentSnapshot {
  const base = report({
    tables: { table3: null },
    values: { table4: consistentTable4(3), table2: someTable2(4) },
  });
  const at = base.blocks.findIndex((b) => b.kind === "paragraph" && b.text.startsWith("三、")) + 2;
  return { blocks: [...base.blocks.slice(0, at), ...tables, ...base.blocks.slice(at)] };
}

const table = (result: CheckResult, key: string) => result.tables.find((t) => t.key === key)!;
const valueOf = (result: CheckResult, row: string, column: string) =>
  result.cells.find((c) => c.key.table === "table3" && c.key.row === row && c.key.column === column)?.value;
const errors = (result: CheckResult) => result.findings.filter((f) => f.severity === "error");

/** Every value cell of table3 bound to the value it holds. */
function expectAllBound(result: CheckResult) {
  expect(table(result, "table3")).toMatchObject({ found: true, bound: 175, expected: 175 });
  for (const [row, cols] of Object.entries(values3))
    for (const [column, v] of Object.entries(cols))
      expect(valueOf(result, row, column)).toEqual({ kind: "number", value: v });
}

describe("binding table3 to the template", () => {
  it("binds the official table exactly, with no finding", () => {
    const result = check(withTable3(tableFromRows(table3Rows())), { strict: true });
    expectAllBound(result);
    expect(result.findings).toEqual([]);
  });

  it("binds a table whose merges were flattened into separate cells", () => {
    const result = check(withTable3(tableFromRows(flattenRows(table3Rows()))), { strict: true });
    expectAllBound(result);
    expect(result.findings).toEqual([]);
  });

  it("binds table3 when the （三）–（六） item labels were overwritten with 0 (seed 000)", () => {
    const rows = table3Rows().map((row) => row.map((c) => (/^\d\./.test(c) ? "0" : c)));
    const result = check(withTable3(tableFromRows(rows)), { strict: true });
    expectAllBound(result);
    const labels = result.findings.filter((f) => f.rule === "table-label");
    expect(labels.map((f) => f.row)).toEqual([
      "r3_1",
      "r3_2",
      "r3_3",
      "r3_4",
      "r3_5",
      "r3_6",
      "r3_7",
      "r3_8",
      "r4_1",
      "r4_2",
      "r4_3",
      "r5_1",
      "r5_2",
      "r5_3",
      "r5_4",
      "r5_5",
      "r6_1",
      "r6_2",
      "r6_3",
    ]);
    expect(labels.every((f) => f.messageId === "altered" && f.actual === "0")).toBe(true);
    expect(errors(result)).toEqual([]);
  });

  it("binds table3 when the item labels were deleted", () => {
    const rows = table3Rows().map((row) => row.map((c) => (/^\d\./.test(c) ? "" : c)));
    const result = check(withTable3(tableFromRows(rows)), { strict: true });
    expectAllBound(result);
    expect(result.findings.filter((f) => f.rule === "table-label" && f.messageId === "missing")).toHaveLength(
      19,
    );
  });

  it("treats a group label repeated mid-table as a continuation (seed 004)", () => {
    const rows = table3Rows();
    const at = rows.findIndex((r) => r.some((c) => c.startsWith("3.危及")));
    rows[at][0] = "三、本年度办理结果";
    const result = check(withTable3(tableFromRows(rows)), { strict: true });
    expectAllBound(result);
    expect(result.findings).toEqual([]);
  });

  it("skips header rows repeated after a page break", () => {
    const rows = table3Rows();
    const header = flattenRows(rows.slice(0, 3));
    rows.splice(15, 0, ...header);
    const result = check(withTable3(tableFromRows(rows)), { strict: true });
    expectAllBound(result);
    expect(errors(result)).toEqual([]);
  });

  it("binds one table split into two, the second without a header", () => {
    const rows = table3Rows();
    const second = rows.slice(15).map((row) => row.map((c) => c.replace(/^\^/, "")));
    const result = check(withTable3(tableFromRows(rows.slice(0, 15)), tableFromRows(second)), {
      strict: true,
    });
    expectAllBound(result);
    expect(table(result, "table3").parts).toHaveLength(2);
    expect(errors(result)).toEqual([]);
  });

  it("binds a split table across a 续表 line, but not a table of figures that prose or a caption sets apart", () => {
    const rows = table3Rows();
    const second = rows.slice(15).map((row) => row.map((c) => c.replace(/^\^/, "")));
    const continued = check(
      withTable3(tableFromRows(rows.slice(0, 15)), para("续表"), tableFromRows(second)),
      { strict: true },
    );
    expectAllBound(continued);
    expect(table(continued, "table3").parts).toHaveLength(2);
    // an annex listing documents right after table 3: numbers, but a table of its own
    const annex = tableFromRows([
      ["序号", "文件名称", "文号"],
      ["1", "关于印发工作要点的通知", "某政发〔2023〕1号"],
      ["2", "关于公布权责清单的通知", "某政发〔2023〕2号"],
      ["3", "关于调整收费标准的通知", "某政发〔2023〕3号"],
    ]);
    const apart = check(withTable3(tableFromRows(rows), para("附表：本年度主动公开文件目录"), annex), {
      strict: true,
    });
    expectAllBound(apart);
    expect(table(apart, "table3").parts).toEqual([expect.anything()]);
    expect(errors(apart)).toEqual([]);
  });

  it("reports the rows a table lacks and binds the others", () => {
    const rows = table3Rows().filter(
      (row) => !row.some((c) => c.startsWith("2.没有现成") || c.startsWith("4.无正当理由")),
    );
    const result = check(withTable3(tableFromRows(rows)), { strict: true });
    expect(table(result, "table3").bound).toBe(175 - 14);
    expect(result.findings.filter((f) => f.rule === "table-row-missing").map((f) => f.row)).toEqual([
      "r4_2",
      "r5_4",
    ]);
    // the sums through a missing row cannot be checked and are not reported
    expect(result.findings.filter((f) => f.rule === "grand-total" || f.rule === "balance")).toEqual([]);
  });

  /** table3's flattened rows with the labels and figures of the rows labelled `a` and `b` swapped, group labels in place. */
  const swapped = (a: string, b: string): string[][] => {
    const rows = flattenRows(table3Rows());
    const at = (label: string) =>
      rows.findIndex((row) => row.some((c, col) => col > 0 && c.startsWith(label)));
    const [i, k] = [at(a), at(b)];
    expect(i).toBeGreaterThan(0);
    expect(k).toBeGreaterThan(0);
    const from = rows[i].findIndex((c) => c.startsWith(a));
    const [first, second] = [rows[i], rows[k]];
    rows[i] = [...first.slice(0, from), ...second.slice(from)];
    rows[k] = [...second.slice(0, from), ...first.slice(from)];
    return rows;
  };

  it.each([
    ["1.信访举报投诉类申请", "3.要求提供公开出版物"],
    ["1.属于国家秘密", "8.属于行政查询事项"],
    ["1.申请人无正当理由", "3.其他"],
    ["（一）予以公开", "（二）部分公开"],
  ])(
    "binds rows written out of the format's order by their labels (%s ↔ %s), with a warning each",
    (a, b) => {
      const result = check(withTable3(tableFromRows(swapped(a, b))), { strict: true });
      expectAllBound(result);
      expect(result.format).toBe("2021");
      expect(errors(result)).toEqual([]);
      const moved = result.findings.filter((f) => f.rule === "table-label" && f.messageId === "moved");
      expect(moved.length).toBeGreaterThanOrEqual(1);
      expect(moved.every((f) => f.severity === "warning")).toBe(true);
    },
  );

  it("binds a continuation without its first column and with an empty one at its right, as a web page rebuilt it", () => {
    const rows = flattenRows(table3Rows());
    const at = rows.findIndex((row) => row.some((c) => c.startsWith("（四）无法提供")));
    const continued = rows.slice(at).map((row) => [...row.slice(1), ""]);
    const result = check(withTable3(tableFromRows(rows.slice(0, at)), tableFromRows(continued)), {
      strict: true,
    });
    expectAllBound(result);
    expect(errors(result)).toEqual([]);
  });

  it("reads a ragged row — one label cell fewer, its figures a column left, its last column empty — where its figures are", () => {
    const rows = flattenRows(table3Rows());
    let ragged = 0;
    for (const [r, row] of rows.entries())
      if (row[2]?.startsWith("2.") || row[1]?.startsWith("（七）")) {
        // one of its empty label cells gone, an empty cell at its end
        const gone = row.findIndex((c, i) => i < 3 && c === "");
        rows[r] = [...row.slice(0, gone), ...row.slice(gone + 1), ""];
        ragged++;
      }
    expect(ragged).toBeGreaterThan(3);
    const result = check(withTable3(tableFromRows(rows)), { strict: true });
    expectAllBound(result);
    expect(errors(result)).toEqual([]);
  });

  it("reads a label wrapped over two rows as one row, its figures on either (a converter splitting a tall row)", () => {
    const rows = table3Rows();
    /** The row labelled `label` cut into `head` over `tail`, its figures on the row `figuresOn`. */
    const wrap = (label: string, head: string, tail: string, figuresOn: 0 | 1) => {
      const at = rows.findIndex((r) => r.some((c) => c.startsWith(label)));
      const cut = rows[at].findIndex((c) => c.startsWith(label));
      const span = /\s*>>\d+$/.exec(rows[at][cut])?.[0] ?? "";
      const piece = (k: 0 | 1) =>
        rows[at].map((c, i) =>
          i === cut ? [head, tail][k] + span : i < cut ? (k ? "^" : c) : k === figuresOn ? c : "",
        );
      rows.splice(at, 1, piece(0), piece(1));
    };
    wrap("2.其他法律行政法规禁止公开", "2.其他法律行政法", "规禁止公开", 0);
    wrap("4.保护第三方合法权益", "4.保护第三方合法", "权益", 1);
    wrap("（二）部分公开", "（二）部分公开（区分处理", "的，只计这一情形，不计其他情形）", 1);
    const result = check(withTable3(tableFromRows(rows)), { strict: true });
    expectAllBound(result);
    expect(result.findings.filter((f) => f.table === "table3")).toEqual([]);
  });

  it("ignores extra blank rows and an extra blank column", () => {
    const rows = table3Rows().map((row) => [...row, ""]);
    rows.splice(
      10,
      0,
      rows[10].map(() => ""),
    );
    const result = check(withTable3(tableFromRows(flattenRows(rows))), { strict: true });
    expectAllBound(result);
    expect(errors(result)).toEqual([]);
  });

  it("binds by position a table whose header is gone", () => {
    const result = check(withTable3(tableFromRows(table3Rows().slice(3))), { strict: true });
    expectAllBound(result);
  });

  it("finds table3 nested in a one-cell layout table", () => {
    const inner = tableFromRows(table3Rows());
    const outer: SnapshotTable = {
      kind: "table",
      rowCount: 1,
      colCount: 1,
      cells: [
        { row: 0, col: 0, rowSpan: 1, colSpan: 1, text: "", tables: [inner], ref: { t: 99, tr: 0, tc: 0 } },
      ],
      ref: { t: 99 },
    };
    const result = check(withTable3(outer), { strict: true });
    expectAllBound(result);
  });

  it("reads traditional characters, spaced labels and full-width digits", () => {
    const rows = flattenRows(table3Rows()).map((row) =>
      row.map((c) =>
        c
          .replace("本年新收", "本 年 新 收")
          .replace("结转", "結轉")
          .replace(/^(\d)$/, (d) => String.fromCharCode(0xff10 + Number(d))),
      ),
    );
    const result = check(withTable3(tableFromRows(rows)), { strict: true });
    expectAllBound(result);
    expect(result.findings).toEqual([]);
  });
});

describe("binding table2 and table4", () => {
  it("binds table2 written as four separate small tables", () => {
    const rows = gridRows("table2", someTable2(1));
    const starts = rows.map((r, i) => (r[0].startsWith("第二十条") ? i : -1)).filter((i) => i >= 0);
    const parts = starts.map((s, k) => tableFromRows(rows.slice(s, starts[k + 1])));
    const base = report({ tables: { table2: null } });
    const at = base.blocks.findIndex((b) => b.kind === "paragraph" && b.text.startsWith("二、")) + 2;
    const parted = {
      blocks: [...base.blocks.slice(0, at), ...parts.flatMap((p) => [p, para("")]), ...base.blocks.slice(at)],
    };
    const result = check(parted, { strict: true });
    expect(result.tables.find((t) => t.key === "table2")).toMatchObject({ bound: 10, expected: 10 });
    expect(result.findings).toEqual([]);
  });

  it("binds table4 written with one labelled row per group", () => {
    const v = consistentTable4(5);
    const keys = ["maintain", "correct", "other", "pending", "total"];
    const t4 = tableFromRows([
      ["", "结果维持", "结果纠正", "其他结果", "尚未审结", "总计"],
      ["行政复议", ...keys.map((k) => String(v.review[k]))],
      ["未经复议直接起诉", ...keys.map((k) => String(v.lit_direct[k]))],
      ["复议后起诉", ...keys.map((k) => String(v.lit_after_review[k]))],
    ]);
    const result = check(report({ tables: { table4: t4 } }), { strict: true });
    expect(result.tables.find((t) => t.key === "table4")).toMatchObject({ bound: 15 });
    expect(result.cells.find((c) => c.key.row === "lit_direct" && c.key.column === "total")?.value).toEqual({
      kind: "number",
      value: v.lit_direct.total,
    });
  });

  it("recognises the 2019 trial tables and names them outdated in a 2022 report", () => {
    const snapshot = report({
      year: 2022,
      tables: {
        table2: officialTable("table2", {}, format2019),
        table3: officialTable("table3", {}, format2019),
      },
    });
    const result = check(snapshot, { strict: true });
    expect(result.format).toBe("2019");
    expect(result.tables.map((t) => [t.key, t.format, t.bound, t.expected])).toEqual([
      ["table2", "2019", 22, 22],
      ["table3", "2019", 161, 161],
      ["table4", "2021", 15, 15],
    ]);
    expect(result.findings.map((f) => [f.rule, f.table])).toEqual([
      ["outdated-format", "table2"],
      ["outdated-format", "table3"],
    ]);
  });

  it("accepts the 2019 tables in a report on 2020", () => {
    const result = check(report({ format: format2019, year: 2020 }), { strict: true });
    expect(result.format).toBe("2019");
    expect(result.findings).toEqual([]);
  });
});

describe("one shape for every binding", () => {
  const bindingsOf = (snapshot: DocumentSnapshot) =>
    bindTables(snapshot, findSections(snapshot, formats[0].sections), formats);
  const SHAPE = [
    "key",
    "format",
    "table",
    "parts",
    "cells",
    "rows",
    "labelIssues",
    "score",
    "block",
    "copies",
    "subtotals",
  ];

  it("builds every binding, a second copy's and a slip's too, with the same fields in the same order", () => {
    const blocks = report().blocks;
    const at = blocks.findIndex(
      (b) => b.kind === "table" && b.cells.some((c) => c.text.includes("本年度办理结果")),
    );
    const slipped = tableFromRows(
      table3Rows().map((row) => row.map((t) => t.replace("不予公开", "不于公开"))),
    );
    const twice = { blocks: [...blocks.slice(0, at + 1), para(""), slipped, ...blocks.slice(at + 1)] };
    const all = [...bindingsOf(twice).values()].flatMap((b) => [b, ...(b.copies ?? [])]);
    expect(all.map((b) => b.key)).toEqual(["table2", "table3", "table3", "table4"]);
    expect(all.some((b) => b.labelIssues.some((i) => i.actual.includes("不于公开")))).toBe(true);
    for (const binding of all) expect(Object.keys(binding)).toEqual(SHAPE);
  });

  it("amends a binding as a spread would, keeping its shape", () => {
    const binding = bindingsOf(report()).get("table3")!;
    const copies = [binding];
    const amended = amendBinding(binding, [], copies);
    expect(amended).toEqual({ ...binding, labelIssues: [], copies });
    expect(Object.keys(amended)).toEqual(SHAPE);
  });
});

describe("a column with nothing in it, as a PDF or web page converted to Word leaves one", () => {
  const values = { table2: someTable2(4), table3: consistentTable3(7), table4: consistentTable4(3) };
  type Key = keyof typeof values;
  const checkWith = (key: Key, rows: string[][]) =>
    check(report({ values, tables: { [key]: tableFromRows(rows) } }), { strict: true });
  const clean = check(report({ values }), { strict: true });
  /** What a result bound, where the table stands in the document left aside. */
  const bindings = (result: CheckResult) => ({
    tables: result.tables.map(({ parts: _, ...t }) => t),
    cells: result.cells.map((c) => [c.key, c.value]),
  });

  it.each(["table2", "table3", "table4"] as const)(
    "%s with an empty column before its labels binds as the official table, with no finding",
    (key) => {
      const result = checkWith(
        key,
        gridRows(key, values[key]).map((row) => ["", ...row]),
      );
      expect(bindings(result)).toEqual(bindings(clean));
      expect(result.findings).toEqual([]);
    },
  );

  /** A table's rows with a 序号 column before them: its heading on the first row of labels, then 1, 2, 3… */
  const numbered = (key: Key, heading: string): string[][] => {
    let n = 0;
    return flattenRows(gridRows(key, values[key])).map((row) => {
      const figures = row.slice(1).some((c) => /^\d+(\.\d+)?$/.test(c));
      if (figures) return [String(++n), ...row];
      return [row.some((c) => c.includes("信息内容")) ? heading : "", ...row];
    });
  };

  it.each([
    ["table2", "序号"],
    ["table2", ""],
    ["table3", "序号"],
  ] as const)(
    "%s with a 序号 column headed “%s” binds as the official table, with no finding",
    (key, heading) => {
      const rows = numbered(key, heading);
      expect(rows.filter((row) => /^\d+$/.test(row[0])).length).toBeGreaterThan(2);
      const result = checkWith(key, rows);
      expect(bindings(result)).toEqual(bindings(clean));
      expect(result.findings).toEqual([]);
    },
  );

  it("leaves out a first column counting labelled rows 1, 2, 3…, and keeps one that does not", () => {
    const firstColumn = (rows: string[][]) =>
      viewTable(tableFromRows(rows), 0, 0).rows.map((row) => row.find((c) => c.col === 0)?.text ?? null);
    const counted = [
      ["1", "规章", "0"],
      ["2", "行政规范性文件", "3"],
      ["3", "行政许可", "5"],
    ];
    expect(firstColumn(counted)).toEqual([null, null, null]);
    // numbers from 2, numbers with no label beside them, a column of figures: the report's own
    for (const rows of [
      counted.map((row, i) => [String(i + 2), ...row.slice(1)]),
      counted.map((row) => [row[0], row[2], row[2]]),
      counted.map((row) => [row[2], ...row.slice(1)]),
    ])
      expect(firstColumn(rows)).toEqual(rows.map((row) => row[0]));
  });

  it("table2 with a block's figure in the middle of three unmerged cells reads the figure, not a blank beside it", () => {
    const rows = flattenRows(gridRows("table2", values.table2));
    let moved = 0;
    for (const row of rows)
      if (row.length === 4 && /^\d/.test(row[1]) && row[2] === "" && row[3] === "") {
        [row[1], row[2]] = ["", row[1]];
        moved++;
      }
    expect(moved).toBe(4);
    const result = checkWith("table2", rows);
    expect(bindings(result)).toEqual(bindings(clean));
    expect(result.findings).toEqual([]);
  });

  it("table2 with an empty column between its labels and its figures binds every figure to its own column", () => {
    const rows = flattenRows(gridRows("table2", values.table2)).map((row) => [row[0], "", ...row.slice(1)]);
    const result = checkWith("table2", rows);
    expect(bindings(result)).toEqual(bindings(clean));
    expect(result.findings).toEqual([]);
  });

  it("keeps a column the format has, its figures left blank under its heading", () => {
    // 表三's 其他 column: a heading above, every figure blank
    const rows = flattenRows(gridRows("table3", values.table3));
    const col = rows.findIndex((row) => row.includes("其他"));
    const at = rows[col].indexOf("其他");
    const blanked = rows.map((row, r) => (r > col ? row.map((t, c) => (c === at ? "" : t)) : row));
    const result = checkWith("table3", blanked);
    expect(table(result, "table3")).toMatchObject({ bound: 175, expected: 175 });
    const blank = result.cells.filter((c) => c.key.table === "table3" && c.key.column === "other_org");
    expect(blank.length).toBeGreaterThan(20);
    expect(blank.every((c) => c.value.kind === "blank")).toBe(true);
  });
});

describe("表四 drawn otherwise than the official one table", () => {
  const values = { table2: someTable2(4), table3: consistentTable3(7), table4: consistentTable4(9) };
  const LEAVES = ["结果维持", "结果纠正", "其他结果", "尚未审结", "总计"];
  const COLUMNS = ["maintain", "correct", "other", "pending", "total"];
  const figures = (group: string) => COLUMNS.map((c) => String(values.table4[group][c]));
  const clean = check(report({ values }), { strict: true });
  const table4Cells = (result: CheckResult) =>
    result.cells.filter((c) => c.key.table === "table4").map((c) => [c.key, c.value]);
  /** The report with section 四's table replaced by these tables. */
  const withTables = (...tables: SnapshotTable[]) =>
    check(
      report({
        values,
        section: (key, blocks) =>
          key === "s4" ? [...blocks.filter((b) => b.kind !== "table"), ...tables] : blocks,
      }),
      { strict: true },
    );

  it("binds 行政复议 and 行政诉讼 drawn as two tables, each group's figures to its own group", () => {
    const review = tableFromRows([["行政复议>>5"], LEAVES, figures("review")]);
    const litigation = tableFromRows([
      ["行政诉讼>>10"],
      ["未经复议直接起诉>>5", "复议后起诉>>5"],
      [...LEAVES, ...LEAVES],
      [...figures("lit_direct"), ...figures("lit_after_review")],
    ]);
    const result = withTables(review, litigation);
    expect(table(result, "table4")).toMatchObject({ bound: 15, expected: 15 });
    expect(table4Cells(result)).toEqual(table4Cells(clean));
    expect(result.findings).toEqual([]);
  });

  it("binds a split after the first 诉讼 group (10 columns, then 5)", () => {
    const first = tableFromRows([
      ["行政复议>>5", "未经复议直接起诉>>5"],
      [...LEAVES, ...LEAVES],
      [...figures("review"), ...figures("lit_direct")],
    ]);
    const second = tableFromRows([["复议后起诉>>5"], LEAVES, figures("lit_after_review")]);
    const result = withTables(first, second);
    expect(table4Cells(result)).toEqual(table4Cells(clean));
    expect(result.findings).toEqual([]);
  });

  it("binds the groups written as rows, the two 诉讼 groups under a 行政诉讼 cell merged down", () => {
    const rows = tableFromRows([
      ["类别>>2", ...LEAVES],
      ["行政复议>>2", ...figures("review")],
      ["行政诉讼", "未经复议直接起诉", ...figures("lit_direct")],
      ["^", "复议后起诉", ...figures("lit_after_review")],
    ]);
    const result = withTables(rows);
    expect(table4Cells(result)).toEqual(table4Cells(clean));
    expect(result.findings).toEqual([]);
  });
});
