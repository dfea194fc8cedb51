import { brief, findingsOf } from "../../helpers/rule-tester";
import { report } from "../../helpers/snapshot";
import { check } from "../../../src/engine";
import { fillZeroFixes } from "../../../src/word/plan-repairs";

describe("cell-blank", () => {
  it("finds nothing when every value cell holds a number", () => {
    expect(findingsOf("cell-blank", report())).toEqual([]);
  });

  it("warns on a blank cell and offers to fill it with 0", () => {
    const [f, ...rest] = findingsOf(
      "cell-blank",
      report({ values: { table3: { carried_over: { natural: " " } } } }),
    );
    expect(rest).toEqual([]);
    expect(brief(f)).toEqual({
      rule: "cell-blank",
      messageId: "blank",
      section: "s3",
      table: "table3",
      row: "carried_over",
      column: "natural",
      expected: 0,
      actual: "",
    });
    expect(f.severity).toBe("warning");
    expect(f.fix).toMatchObject({
      op: "set-cell",
      at: { table: "table3", row: "carried_over", column: "natural" },
      to: "0",
    });
  });
});

describe("cell-blank on a table never filled in", () => {
  const blankTable4 = Object.fromEntries(
    ["review", "lit_direct", "lit_after_review"].map((row) => [
      row,
      Object.fromEntries(["maintain", "correct", "other", "pending", "total"].map((c) => [c, ""])),
    ]),
  );

  it("reports every blank cell, says why it offers no 0, and 空白填0 has nothing to apply", () => {
    const snapshot = report({ values: { table4: blankTable4 } });
    const found = findingsOf("cell-blank", snapshot);
    expect(found).toHaveLength(15);
    expect(found.every((f) => f.messageId === "unfilled" && !f.fix)).toBe(true);
    expect(found[0].message).toContain("整张表都没有填写");
    expect(fillZeroFixes(check(snapshot), "table4")).toEqual([]);
  });

  it("offers no 0 for the parts of a table whose totals alone were filled in, nor a total of their blanks", () => {
    const totals = {
      ...blankTable4,
      review: { ...blankTable4.review, total: "4" },
      lit_direct: { ...blankTable4.lit_direct, total: "3" },
    };
    const snapshot = report({ values: { table4: totals } });
    const found = findingsOf("cell-blank", snapshot);
    const parts = found.filter((f) => f.column !== "total");
    expect(parts).toHaveLength(12);
    expect(parts.every((f) => f.messageId === "totalsOnly" && !f.fix)).toBe(true);
    expect(parts[0].message).toContain("表中只填了“总计”，各分项都没有填写，不能用 0 代填");
    // the blank total of the third group is a blank like any other
    expect(found.filter((f) => f.column === "total").map((f) => [f.row, f.messageId])).toEqual([
      ["lit_after_review", "blank"],
    ]);
    // the table is said to hold its totals alone, once, instead of a sum error on every group
    const result = check(snapshot).findings;
    expect(result.filter((f) => f.rule === "review-total")).toEqual([]);
    expect(result.filter((f) => f.rule === "table-unfilled").map((f) => [f.table, f.messageId])).toEqual([
      ["table4", "totalsOnly"],
    ]);
  });

  it("still offers 0 for a blank in a table that holds figures", () => {
    const partly = { ...blankTable4, review: { ...blankTable4.review, total: "0" } };
    const found = findingsOf("cell-blank", report({ values: { table4: partly } }));
    expect(found.every((f) => f.messageId === "blank" && f.fix)).toBe(true);
  });
});
