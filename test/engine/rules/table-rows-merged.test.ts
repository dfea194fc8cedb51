import { findingsOf } from "../../helpers/rule-tester";
import { gridRows, report, tableFromRows } from "../../helpers/snapshot";
import { consistentTable3 } from "../../helpers/values";

const RULE = "table-rows-merged";
const values = consistentTable3(3);

/** 表三 with the rows starting at `first` and the one below merged: each cell's two texts as paragraphs. */
function mergedAt(first: string) {
  const rows = gridRows("table3", values);
  const at = rows.findIndex((r) => r.some((c) => c.startsWith(first)));
  const below = rows[at + 1];
  const merged = rows[at].map((cell, k) => (cell === "^" ? cell : `${cell}\n${below[k]}`));
  return report({
    values: { table3: values },
    tables: { table3: tableFromRows([...rows.slice(0, at), merged, ...rows.slice(at + 2)]) },
  });
}

describe(RULE, () => {
  it("finds nothing in the official tables", () => {
    expect(findingsOf(RULE, report())).toEqual([]);
  });

  it("reports two rows merged into one once, on the shared label cell, instead of two rows missing", () => {
    const snapshot = mergedAt("1.信访举报投诉类申请");
    const [f, ...rest] = findingsOf(RULE, snapshot);
    expect(rest).toEqual([]);
    expect(f).toMatchObject({ severity: "error", table: "table3", row: "r5_1", data: { count: 2 } });
    expect(f.ref).toMatchObject({ tr: expect.any(Number), tc: expect.any(Number) });
    expect(f.message).toBe(
      "表三的“1.信访举报投诉类申请”“2.重复申请”2 行合在了一行中（标签写在同一个单元格里，分成几段），这几行的数字无法逐格核对。请分成 2 行，每行填写一项。",
    );
    expect(f.cells.map((c) => c.row)).toEqual([...Array(7).fill("r5_1"), ...Array(7).fill("r5_2")]);
    expect(findingsOf("table-row-missing", snapshot)).toEqual([]);
  });

  it("leaves a label wrapped over two paragraphs, and a row deleted, to the other rules", () => {
    const rows = gridRows("table3", values);
    const wrapped = rows.map((r) => r.map((c) => c.replace("（区分处理的，", "（区分处理的，\n")));
    expect(
      findingsOf(RULE, report({ values: { table3: values }, tables: { table3: tableFromRows(wrapped) } })),
    ).toEqual([]);
    const deleted = rows.filter((r) => !r.some((c) => c.startsWith("2.重复申请")));
    const snapshot = report({ values: { table3: values }, tables: { table3: tableFromRows(deleted) } });
    expect(findingsOf(RULE, snapshot)).toEqual([]);
    expect(findingsOf("table-row-missing", snapshot).map((f) => f.row)).toEqual(["r5_2"]);
  });
});
