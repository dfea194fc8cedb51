import { check } from "../../../src/engine";
import { findingsOf } from "../../helpers/rule-tester";
import { report } from "../../helpers/snapshot";
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
});
