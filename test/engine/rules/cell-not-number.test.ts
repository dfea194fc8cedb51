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

  it("reports a number of hundreds of digits as not a count, never as Infinity", () => {
    const long = "9".repeat(400);
    const found = findingsOf(
      "cell-not-number",
      report({ values: { table2: { penalty: { decisions: long } } } }),
    );
    expect(found.map((f) => [f.messageId, f.actual, f.data.digits])).toEqual([["tooLong", long, 400]]);
    expect(found[0].message).toContain("有 400 位，不是一个件数");
    expect(JSON.stringify(found)).not.toMatch(/Infinity|e\+/);
  });
});
