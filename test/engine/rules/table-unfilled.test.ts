import { check } from "../../../src/engine";
import { findingsOf } from "../../helpers/rule-tester";
import { gridRows, report, tableFromRows } from "../../helpers/snapshot";
import { consistentTable3 } from "../../helpers/values";

/** 表三 of the official layout with every figure cell holding `text`. */
const table3Of = (text: string) =>
  tableFromRows(
    gridRows("table3", consistentTable3(5)).map((row, r) =>
      r < 3 ? row : row.map((c, i) => (i > 0 && /^\d+$/.test(c) ? text : c)),
    ),
  );

describe("table-unfilled", () => {
  it("finds nothing in filled tables, tables of 0 included", () => {
    expect(findingsOf("table-unfilled", report())).toEqual([]);
    expect(findingsOf("table-unfilled", report({ tables: { table3: table3Of("0") } }))).toEqual([]);
  });

  it("reports a table with every figure blank once, as an error, beside cell-blank's warnings", () => {
    const snapshot = report({ tables: { table3: table3Of("") } });
    const found = findingsOf("table-unfilled", snapshot);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ severity: "error", table: "table3", section: "s3" });
    expect(found[0].message).toBe(
      "表三整张表都没有填写（175 个单元格都是空白），报告尚未完成。没有发生的事项填 0，其余按实际填写。",
    );
    const result = check(snapshot);
    expect(result.findings.filter((f) => f.rule === "cell-blank" && f.table === "table3")).toHaveLength(175);
  });

  it("leaves a table with one figure to the other rules", () => {
    const rows = gridRows("table3", consistentTable3(5)).map((row, r) =>
      r < 3 ? row : row.map((c, i) => (i > 0 && /^\d+$/.test(c) ? "" : c)),
    );
    const at = rows.findIndex((row) => row.some((c) => c.startsWith("一、本年新收")));
    rows[at] = rows[at].map((c, i) => (i === rows[at].length - 1 ? "3" : c));
    expect(findingsOf("table-unfilled", report({ tables: { table3: tableFromRows(rows) } }))).toEqual([]);
  });
});
