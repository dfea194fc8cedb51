import { brief, findingsOf } from "../../helpers/rule-tester";
import { report } from "../../helpers/snapshot";

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
