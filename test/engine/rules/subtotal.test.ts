import { check } from "../../../src/engine";
import { findingsOf } from "../../helpers/rule-tester";
import { flattenRows, gridRows, report, tableFromRows } from "../../helpers/snapshot";
import { consistentTable3 } from "../../helpers/values";

const values = consistentTable3(11, 9);
const COLUMNS = ["natural", "commercial", "research", "social", "legal", "other_org", "total"];
/** The sum of a group's rows in each column, as a 小计 row writes it. */
const sums = (prefix: string) =>
  COLUMNS.map((c) =>
    Object.entries(values)
      .filter(([row]) => row.startsWith(prefix))
      .reduce((n, [, cols]) => n + cols[c], 0),
  );

/** 表三, one cell a grid position, with a row labelled `label` holding `figures` after the row labelled `after`. */
function withRow(after: string, label: string, figures: readonly (number | string)[]) {
  const rows = flattenRows(gridRows("table3", values));
  const at = rows.findIndex((row) => row.some((c) => c.startsWith(after)));
  const width = rows[at].length;
  const row = [...Array<string>(width - 1 - figures.length).fill(""), label, ...figures.map(String)];
  rows.splice(at + 1, 0, row.slice(-width));
  return report({ values: { table3: values }, tables: { table3: tableFromRows(rows) } });
}

describe("subtotal", () => {
  it("finds nothing in the official table, or under 小计 rows that add up", () => {
    expect(findingsOf("subtotal", report({ values: { table3: values } }))).toEqual([]);
    const snapshot = withRow("3.补正后申请内容仍不明确", "小计", sums("r4_"));
    expect(findingsOf("subtotal", snapshot)).toEqual([]);
    // the rows around it are all bound, and nothing else is reported
    expect(check(snapshot).findings.filter((f) => f.severity === "error")).toEqual([]);
  });

  it("reports each column where a 小计 row differs from the sum of its group's items", () => {
    const wrong = sums("r4_");
    wrong[0] += 1;
    wrong[6] += 1;
    const found = findingsOf("subtotal", withRow("3.补正后申请内容仍不明确", "小计", wrong));
    expect(found.map((f) => [f.column, f.actual, f.expected, f.severity])).toEqual([
      ["natural", wrong[0], wrong[0] - 1, "error"],
      ["total", wrong[6], wrong[6] - 1, "error"],
    ]);
    expect(found[0].message).toContain("表三“（四）无法提供”的小计行“自然人”");
    expect(found[0].cells.map((c) => c.row)).toEqual(["r4_1", "r4_2", "r4_3"]);
    expect(found[0].ref).toMatchObject({ tr: expect.any(Number), tc: expect.any(Number) });
  });

  it("leaves alone a 小计 under rows of no group, and a 小计 holding text", () => {
    expect(
      findingsOf(
        "subtotal",
        withRow(
          "（二）部分公开",
          "小计",
          COLUMNS.map(() => 99),
        ),
      ),
    ).toEqual([]);
    const text = sums("r5_").map((n, i) => (i === 0 ? "见说明" : n + 1));
    const found = findingsOf("subtotal", withRow("5.要求行政机关确认或重新出具已获取信息", "小计", text));
    expect(found.map((f) => f.column)).toEqual(COLUMNS.slice(1));
  });
});
