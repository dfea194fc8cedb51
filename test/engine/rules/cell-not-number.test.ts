import { findingsOf } from "../../helpers/rule-tester";
import { report } from "../../helpers/snapshot";

describe("cell-not-number", () => {
  it("accepts numbers, blanks and placeholders", () => {
    expect(
      findingsOf(
        "cell-not-number",
        report({ values: { table2: { penalty: { decisions: "/" }, coercion: { decisions: "" } } } }),
      ),
    ).toEqual([]);
  });

  it("reports text in a value cell as an error", () => {
    const found = findingsOf(
      "cell-not-number",
      report({ values: { table2: { penalty: { decisions: "五件" } } } }),
    );
    expect(found.map((f) => [f.severity, f.table, f.row, f.column, f.actual])).toEqual([
      ["error", "table2", "penalty", "decisions", "五件"],
    ]);
  });
});
