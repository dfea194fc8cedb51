import { consistentTable3 } from "../../helpers/values";
import { findingsOf } from "../../helpers/rule-tester";
import { report } from "../../helpers/snapshot";

describe("grand-total", () => {
  it("finds nothing when （七）总计 is the sum of the results", () => {
    expect(findingsOf("grand-total", report({ values: { table3: consistentTable3(4) } }))).toEqual([]);
  });

  it("reports a column whose （七）总计 differs, on the （七）总计 cell", () => {
    const v = consistentTable3(5);
    v.r3_4.research += 2;
    const found = findingsOf("grand-total", report({ values: { table3: v } }));
    expect(found.map((f) => [f.row, f.column, f.expected, f.actual])).toEqual([
      ["r7_total", "research", v.r7_total.research + 2, v.r7_total.research],
    ]);
    expect(found[0].cells.some((c) => c.row === "r3_4" && c.column === "research")).toBe(true);
  });
});
