import { format2019 } from "../../../src/template";
import { findingsOf } from "../../helpers/rule-tester";
import { report } from "../../helpers/snapshot";

describe("cell-negative", () => {
  it("accepts zero and positive counts", () => {
    expect(findingsOf("cell-negative", report({ values: { table3: { r1_open: { natural: 3 } } } }))).toEqual(
      [],
    );
  });

  it("reports a negative count as an error", () => {
    const found = findingsOf("cell-negative", report({ values: { table3: { r1_open: { natural: -1 } } } }));
    expect(found.map((f) => [f.severity, f.row, f.column, f.actual])).toEqual([
      ["error", "r1_open", "natural", -1],
    ]);
  });

  it("accepts a negative 本年增/减 in the 2019 format", () => {
    const snapshot = report({
      format: format2019,
      year: 2020,
      values: { table2: { licensing: { change: -8 } } },
    });
    expect(findingsOf("cell-negative", snapshot)).toEqual([]);
  });
});
