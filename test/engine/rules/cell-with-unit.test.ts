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
});
