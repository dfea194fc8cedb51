import { findingsOf } from "../../helpers/rule-tester";
import { gridRows, report, tableFromRows } from "../../helpers/snapshot";

describe("table-row-missing", () => {
  it("finds nothing in the official tables", () => {
    expect(findingsOf("table-row-missing", report())).toEqual([]);
  });

  it("reports every row a truncated table3 lacks (seed 002)", () => {
    const rows = gridRows("table3");
    const cut = rows.findIndex((r) => r.some((c) => c.startsWith("2.重复申请"))) + 1;
    const found = findingsOf(
      "table-row-missing",
      report({ tables: { table3: tableFromRows(rows.slice(0, cut)) } }),
    );
    expect(found.map((f) => f.row)).toEqual([
      "r5_3",
      "r5_4",
      "r5_5",
      "r6_1",
      "r6_2",
      "r6_3",
      "r7_total",
      "carried_forward",
    ]);
    expect(found[0]).toMatchObject({ severity: "error", table: "table3", section: "s3" });
    expect(found[0].cells).toHaveLength(7);
  });

  it("reports a deleted table2 row", () => {
    const rows = gridRows("table2").filter((r) => r[0] !== "行政强制");
    const found = findingsOf("table-row-missing", report({ tables: { table2: tableFromRows(rows) } }));
    expect(found.map((f) => [f.table, f.row])).toEqual([["table2", "coercion"]]);
  });

  it("reports no 表四 group missing when its figures ran together into fewer cells (a PDF's text)", () => {
    // 复议 2 1 0 1 4, 直接起诉 1 0 0 1 2, 复议后起诉 1 0 0 0 1: 15 figures in 10 cells
    const figures = ["2 1", "0", "1 4", "1", "0 0", "1 2", "1", "0 0", "0", "1"];
    const blank = figures.map(() => "");
    const header = [
      ["行政复议", "行政诉讼", ...blank.slice(2)],
      ["未经复议直接起诉", "复议后起诉", ...blank.slice(2)],
    ];
    const snapshot = report({ tables: { table4: tableFromRows([...header, figures]) } });
    expect(findingsOf("table-row-missing", snapshot)).toEqual([]);
    expect(findingsOf("table-run-together", snapshot).map((f) => f.table)).toEqual(["table4"]);
    // the same row of 10 single figures is short of a group
    const short = tableFromRows([...header, figures.map((f) => f.split(" ")[0])]);
    expect(findingsOf("table-row-missing", report({ tables: { table4: short } })).map((f) => f.row)).toEqual([
      "lit_after_review",
    ]);
  });
});
