import { findingsOf } from "../../helpers/rule-tester";
import { report } from "../../helpers/snapshot";

describe("cell-not-integer", () => {
  it("accepts a fee amount in 万元 with decimals", () => {
    expect(
      findingsOf("cell-not-integer", report({ values: { table2: { fees: { amount: "0.52" } } } })),
    ).toEqual([]);
  });

  it("reports a count with decimals as an error", () => {
    const found = findingsOf(
      "cell-not-integer",
      report({ values: { table4: { review: { maintain: "1.5" } } } }),
    );
    expect(found.map((f) => [f.severity, f.table, f.row, f.column, f.actual])).toEqual([
      ["error", "table4", "review", "maintain", 1.5],
    ]);
  });
});
