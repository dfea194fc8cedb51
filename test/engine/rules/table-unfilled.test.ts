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

  /** 表三 blank but for `figures` in the row of 一、本年新收, by column index from the left of its figures. */
  const withNewReceived = (figures: Record<number, string>) => {
    const rows = gridRows("table3", consistentTable3(5)).map((row, r) =>
      r < 3 ? row : row.map((c, i) => (i > 0 && /^\d+$/.test(c) ? "" : c)),
    );
    const at = rows.findIndex((row) => row.some((c) => c.startsWith("一、本年新收")));
    const first = rows[at].findIndex((c, i) => i > 0 && c === "");
    rows[at] = rows[at].map((c, i) => figures[i - first] ?? c);
    return report({ tables: { table3: tableFromRows(rows) } });
  };

  it("leaves a table with a figure among its parts to the other rules", () => {
    expect(findingsOf("table-unfilled", withNewReceived({ 0: "3" }))).toEqual([]);
  });

  it("reports a table of totals alone once, in place of a row-total error on every row with a total", () => {
    const snapshot = withNewReceived({ 6: "3" });
    const found = findingsOf("table-unfilled", snapshot);
    expect(found.map((f) => [f.messageId, f.severity])).toEqual([["totalsOnly", "error"]]);
    expect(found[0].message).toBe(
      "表三只填了“总计”，各分项都是空白（174 个单元格），报告尚未完成。请按实际情况逐项填写，没有发生的事项填 0。",
    );
    expect(check(snapshot).findings.filter((f) => f.rule === "row-total")).toEqual([]);
    // with a part filled in, the row total is checked again
    const parted = check(withNewReceived({ 0: "1", 6: "3" })).findings;
    expect(parted.filter((f) => f.rule === "row-total").map((f) => f.row)).toEqual(["new_received"]);
  });
});
