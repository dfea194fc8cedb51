import { check } from "../../../src/engine";
import { findingsOf } from "../../helpers/rule-tester";
import { flattenRows, gridRows, report, tableFromRows } from "../../helpers/snapshot";
import { consistentTable3 } from "../../helpers/values";

/** 表三 as a converted file often has it, one cell a grid position, with the column headed `label` cut out. */
function table3Without(label: string) {
  const rows = flattenRows(gridRows("table3", consistentTable3(5)));
  const at = rows.find((row) => row.includes(label))!.indexOf(label);
  return tableFromRows(rows.map((row) => row.filter((_, c) => c !== at)));
}

describe("table-column-missing", () => {
  it("finds nothing in the official tables", () => {
    expect(findingsOf("table-column-missing", report())).toEqual([]);
  });

  it("reports 表三 without its 总计 column once, as an error naming the column", () => {
    const snapshot = report({ tables: { table3: table3Without("总计") } });
    const found = findingsOf("table-column-missing", snapshot);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ severity: "error", table: "table3", column: "total", section: "s3" });
    expect(found[0].message).toBe("表三缺少“总计”这一列，依赖这一列的合计无法核对。");
    expect(found[0].cells).toHaveLength(25);
    // and not as a label the binder recognised by its place: there is no such place
    const labels = check(snapshot).findings.filter((f) => f.rule === "table-label" && f.column === "total");
    expect(labels).toEqual([]);
  });

  it("names a grouped column with its group", () => {
    const found = findingsOf(
      "table-column-missing",
      report({ tables: { table3: table3Without("科研机构") } }),
    );
    expect(found.map((f) => [f.column, f.message])).toEqual([
      ["research", "表三缺少“法人或其他组织·科研机构”这一列，依赖这一列的合计无法核对。"],
    ]);
  });

  it("leaves a column whose heading alone is gone to table-label", () => {
    const rows = flattenRows(gridRows("table3", consistentTable3(5))).map((row) =>
      row.map((t) => (t === "总计" ? "" : t)),
    );
    const snapshot = report({ tables: { table3: tableFromRows(rows) } });
    expect(findingsOf("table-column-missing", snapshot)).toEqual([]);
    expect(check(snapshot).findings.some((f) => f.rule === "table-label" && f.column === "total")).toBe(true);
  });
});
