import { format2019 } from "../../../src/template";
import { findingsOf } from "../../helpers/rule-tester";
import { gridRows, officialTable, report, tableFromRows } from "../../helpers/snapshot";

describe("outdated-format", () => {
  it("accepts the 2021 tables in a 2022 report and the 2019 ones in a 2020 report", () => {
    expect(findingsOf("outdated-format", report({ year: 2022 }))).toEqual([]);
    expect(findingsOf("outdated-format", report({ year: 2020, format: format2019 }))).toEqual([]);
  });

  it("names each 2019 label left in a 2021-format table (seed 002)", () => {
    const rows = gridRows("table2").map((r) =>
      r.map((c) =>
        c.replace(/^行政规范性文件$/, "规范性文件").replace(/^本年处理决定数量>>3$/, "处理决定数量>>3"),
      ),
    );
    const found = findingsOf("outdated-format", report({ tables: { table2: tableFromRows(rows) } }));
    expect(found.map((f) => [f.messageId, f.row, f.column, f.actual])).toEqual([
      ["label", "normative_docs", null, "规范性文件"],
      ["label", "licensing", "decisions", "处理决定数量"],
      ["label", "penalty", "decisions", "处理决定数量"],
    ]);
    expect(found.every((f) => f.severity === "warning")).toBe(true);
  });

  it("names a whole 2019 table3 once in a 2021 report", () => {
    const found = findingsOf(
      "outdated-format",
      report({ year: 2021, tables: { table3: officialTable("table3", {}, format2019) } }),
    );
    expect(found.map((f) => [f.messageId, f.table])).toEqual([["table", "table3"]]);
  });
});
