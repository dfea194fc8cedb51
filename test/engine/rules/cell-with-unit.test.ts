import { findingsOf } from "../../helpers/rule-tester";
import { report } from "../../helpers/snapshot";

describe("cell-with-unit", () => {
  it("reads 12件 and 12（件） as 12 with a warning and a fix to the bare figure", () => {
    const found = findingsOf(
      "cell-with-unit",
      report({ values: { table2: { penalty: { decisions: "12件" }, coercion: { decisions: "3（件）" } } } }),
    );
    expect(found.map((f) => [f.severity, f.row, f.expected, f.fix?.op === "set-cell" && f.fix.to])).toEqual([
      ["warning", "penalty", 12, "12"],
      ["warning", "coercion", 3, "3"],
    ]);
  });

  it("says nothing of a bare figure", () => {
    expect(
      findingsOf("cell-with-unit", report({ values: { table2: { penalty: { decisions: "12" } } } })),
    ).toEqual([]);
  });

  it.each([
    ["17次", 17, "次"],
    ["3人次", 3, "人次"],
    ["5项", 5, "项"],
    ["2（次）", 2, "次"],
    ["4 宗", 4, "宗"],
  ])("reads %j as its figure with the same warning and fix as 12件", (text, value, unit) => {
    const found = findingsOf(
      "cell-with-unit",
      report({ values: { table2: { coercion: { decisions: text } } } }),
    );
    expect(
      found.map((f) => [f.severity, f.row, f.expected, f.data.unit, f.fix?.op === "set-cell" && f.fix.to]),
    ).toEqual([["warning", "coercion", value, unit, String(value)]]);
  });

  it("leaves a unit of counts in the column of amounts to cell-not-number", () => {
    expect(
      findingsOf("cell-with-unit", report({ values: { table2: { fees: { amount: "17次" } } } })),
    ).toEqual([]);
  });
});
