import { consistentTable4 } from "../../helpers/values";
import { findingsOf } from "../../helpers/rule-tester";
import { report } from "../../helpers/snapshot";

describe("review-total", () => {
  it("finds nothing when each group's 总计 adds up", () => {
    expect(findingsOf("review-total", report({ values: { table4: consistentTable4(1) } }))).toEqual([]);
  });

  it("reports the group whose 总计 is wrong, on its total cell", () => {
    const v = consistentTable4(2);
    v.lit_after_review.total += 3;
    const found = findingsOf("review-total", report({ values: { table4: v } }));
    expect(found.map((f) => [f.severity, f.table, f.row, f.column, f.expected, f.actual])).toEqual([
      [
        "error",
        "table4",
        "lit_after_review",
        "total",
        v.lit_after_review.total - 3,
        v.lit_after_review.total,
      ],
    ]);
  });
});
