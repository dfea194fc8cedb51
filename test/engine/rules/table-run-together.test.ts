import { check } from "../../../src/engine";
import { findingsOf } from "../../helpers/rule-tester";
import { report, tableFromRows } from "../../helpers/snapshot";
import { consistentTable3 } from "../../helpers/values";

/** 表三 with the figures of `cells` (row/column) each run together with the next column's, as a PDF's text leaves them. */
function runTogether(...cells: [string, string][]) {
  const values: Record<string, Record<string, number | string>> = consistentTable3(4);
  for (const [row, column] of cells) values[row] = { ...values[row], [column]: `${values[row][column]} 1` };
  return report({ values: { table3: values as Record<string, Record<string, number>> } });
}

describe("table-run-together", () => {
  it("finds nothing in the official tables", () => {
    expect(findingsOf("table-run-together", report())).toEqual([]);
  });

  it("reports a table with cells holding several figures once, and checks none of its sums", () => {
    const snapshot = runTogether(
      ["new_received", "natural"],
      ["r1_open", "natural"],
      ["carried_forward", "legal"],
    );
    const [f, ...rest] = findingsOf("table-run-together", snapshot);
    expect(rest).toEqual([]);
    expect(f).toMatchObject({ severity: "error", table: "table3", data: { count: 3 } });
    expect(f.cells).toHaveLength(3);
    expect(f.message).toMatch(/^表三有 3 个单元格各写了几个数字（如“\d+ 1”）/);
    const sums = check(snapshot).findings.filter((x) =>
      ["row-total", "grand-total", "balance"].includes(x.rule),
    );
    expect(sums).toEqual([]);
  });

  it("leaves one or two such cells in a table read whole to the cell rules", () => {
    const snapshot = runTogether(["new_received", "natural"], ["r1_open", "natural"]);
    expect(findingsOf("table-run-together", snapshot)).toEqual([]);
    const rules = check(snapshot).findings.map((x) => x.rule);
    expect(rules).toContain("cell-not-number");
  });

  it("reports 表四 rebuilt from a PDF's text, its figures run together in a row of 12 cells, and checks no sum", () => {
    // pdftotext -layout of 表四 (复议 2 1 0 1 4, 直接起诉 1 0 0 1 2, 复议后起诉 1 0 0 0 1)
    const figures = ["2", "1", "0 1", "4 1 0", "0", "1", "2", "1", "0", "0", "0", "1"];
    const blank = figures.map(() => "");
    const t4 = tableFromRows([
      ["行政复议", "行政诉讼", ...blank.slice(2)],
      ["未经复议直接起诉", "复议后起诉", ...blank.slice(2)],
      ["结 结 其 尚", ...blank.slice(1)],
      ["果 果 他 未 总 果 果 他 未 总", ...blank.slice(1)],
      figures,
    ]);
    const snapshot = report({ tables: { table4: t4 } });
    const [f, ...rest] = findingsOf("table-run-together", snapshot);
    expect(rest).toEqual([]);
    expect(f).toMatchObject({ table: "table4", data: { count: 2, example: "0 1" } });
    // no figure is read from the wrong group: no sum and no text check on 表四
    const sums = check(snapshot).findings.filter((x) => x.table === "table4" && x.rule !== "cell-not-number");
    expect(sums.map((x) => x.rule)).toEqual(["table-run-together"]);
  });
});
