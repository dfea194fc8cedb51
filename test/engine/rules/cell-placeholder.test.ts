import { findingsOf } from "../../helpers/rule-tester";
import { report } from "../../helpers/snapshot";

describe("cell-placeholder", () => {
  it("finds nothing when every value cell holds a number", () => {
    expect(findingsOf("cell-placeholder", report())).toEqual([]);
  });

  it.each(["/", "-", "—", "无"])("warns on %j and offers 0", (mark) => {
    const found = findingsOf(
      "cell-placeholder",
      report({ values: { table4: { review: { correct: mark } } } }),
    );
    expect(found.map((f) => [f.table, f.row, f.column, f.actual, f.fix?.op])).toEqual([
      ["table4", "review", "correct", mark, "set-cell"],
    ]);
  });
});
