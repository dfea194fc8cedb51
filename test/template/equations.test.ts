import { equationsOf, format2019, format2021, getTable } from "../../src/template";

describe("equationsOf", () => {
  it("expands table3's sums into 25 row totals, 7 grand totals and 7 balances", () => {
    const eqs = equationsOf(getTable(format2021, "table3"));
    const count = (rule: string) => eqs.filter((e) => e.rule === rule).length;
    expect([count("row-total"), count("grand-total"), count("balance")]).toEqual([25, 7, 7]);
  });

  it("puts the balance on carried_forward with 一+二 on the left and 三（七）+四 on the right", () => {
    const eq = equationsOf(getTable(format2021, "table3")).find(
      (e) => e.rule === "balance" && e.each === "natural",
    )!;
    expect(eq.at).toEqual({ table: "table3", row: "carried_forward", column: "natural" });
    expect(eq.left.map((k) => k.row)).toEqual(["new_received", "carried_over"]);
    expect(eq.right.map((k) => k.row)).toEqual(["r7_total", "carried_forward"]);
  });

  it("sums the 21 results of 2021 and the 19 of 2019 into （七）总计", () => {
    const parts = (f: typeof format2021) =>
      equationsOf(getTable(f, "table3")).find((e) => e.rule === "grand-total")!.right.length;
    expect([parts(format2021), parts(format2019)]).toEqual([21, 19]);
  });

  it("gives table4 one group total per group", () => {
    const eqs = equationsOf(getTable(format2021, "table4"));
    expect(eqs.map((e) => [e.rule, e.at.row, e.at.column, e.right.length])).toEqual([
      ["review-total", "review", "total", 4],
      ["review-total", "lit_direct", "total", 4],
      ["review-total", "lit_after_review", "total", 4],
    ]);
  });
});
