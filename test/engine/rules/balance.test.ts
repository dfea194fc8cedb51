import { consistentTable3 } from "../../helpers/values";
import { findingsOf } from "../../helpers/rule-tester";
import { report } from "../../helpers/snapshot";

describe("balance", () => {
  it("finds nothing when 一+二 = 三（七）+四 in every column", () => {
    expect(findingsOf("balance", report({ values: { table3: consistentTable3(6) } }))).toEqual([]);
  });

  it("reports the column on its carried_forward cell with the formula of the 勾稽 note", () => {
    const v = consistentTable3(7);
    v.new_received.natural += 1;
    v.new_received.total += 1;
    const found = findingsOf("balance", report({ values: { table3: v } }));
    expect(found.map((f) => [f.row, f.column, f.expected, f.actual])).toEqual([
      ["carried_forward", "natural", v.carried_forward.natural + 1, v.carried_forward.natural],
      ["carried_forward", "total", v.carried_forward.total + 1, v.carried_forward.total],
    ]);
    const [f] = found;
    expect(f.cells.map((c) => c.row)).toEqual([
      "carried_forward",
      "new_received",
      "carried_over",
      "r7_total",
    ]);
    expect(f.data.formula).toBe(
      `一(${v.new_received.natural}) + 二(${v.carried_over.natural}) = ${v.new_received.natural + v.carried_over.natural}，` +
        `三（七）(${v.r7_total.natural}) + 四(${v.carried_forward.natural}) = ${v.r7_total.natural + v.carried_forward.natural}，差 1`,
    );
  });
});
