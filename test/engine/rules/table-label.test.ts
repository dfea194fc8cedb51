import { findingsOf } from "../../helpers/rule-tester";
import { gridRows, report, tableFromRows } from "../../helpers/snapshot";

describe("table-label", () => {
  it("finds nothing in the official tables", () => {
    expect(findingsOf("table-label", report())).toEqual([]);
  });

  it("reports an empty 勾稽 note cell (seed 004)", () => {
    const rows = gridRows("table3").map((r) => r.map((c) => (c.startsWith("（本列数据") ? ">>3" : c)));
    const found = findingsOf("table-label", report({ tables: { table3: tableFromRows(rows) } }));
    expect(found.map((f) => [f.messageId, f.row, f.column])).toEqual([["missing", null, null]]);
    expect(found[0].data.label).toBe("header");
  });

  it("reports a row label rewritten by the clerk, bound by its position", () => {
    const rows = gridRows("table3").map((r) => r.map((c) => (c === "2.重复申请" ? "2.重复提出的申请" : c)));
    const found = findingsOf("table-label", report({ tables: { table3: tableFromRows(rows) } }));
    expect(found.map((f) => [f.messageId, f.row, f.actual])).toEqual([
      ["altered", "r5_2", "2.重复提出的申请"],
    ]);
    expect(found[0].severity).toBe("warning");
  });

  it("reports a slip in a group label and in a header label, naming the official label", () => {
    const slips: Record<string, string> = { "（三）不予公开": "（三）不于公开", 申请人情况: "申请入情况" };
    // a cell reads "text>>span" when it spans columns
    const slip = (c: string) => c.replace(/^[^>]+/, (text) => slips[text] ?? text);
    const rows = gridRows("table3").map((r) => r.map(slip));
    const found = findingsOf("table-label", report({ tables: { table3: tableFromRows(rows) } }));
    expect(found.map((f) => [f.messageId, f.data.label, f.expected, f.actual, f.row, f.column])).toEqual([
      ["altered", "header", "申请人情况", "申请入情况", null, null],
      ["altered", "group", "（三）不予公开", "（三）不于公开", null, null],
    ]);
    expect(found[1].message).toContain("应为“（三）不予公开”的位置写成了“（三）不于公开”");
  });

  it("tells 表四's slips apart by the group each label heads", () => {
    const rows = gridRows("table4").map((r) => r.map((c) => c.replace(/^尚未审结/, "尚未审理")));
    const found = findingsOf("table-label", report({ tables: { table4: tableFromRows(rows) } }));
    expect(found.map((f) => [f.messageId, f.row, f.expected, f.actual])).toEqual([
      ["alteredInGroup", "review", "尚未审结", "尚未审理"],
      ["alteredInGroup", "lit_direct", "尚未审结", "尚未审理"],
      ["alteredInGroup", "lit_after_review", "尚未审结", "尚未审理"],
    ]);
    expect(found.map((f) => f.message)).toEqual([
      "表四“行政复议”下应为“尚未审结”的位置写成了“尚未审理”。",
      "表四“行政诉讼 未经复议直接起诉”下应为“尚未审结”的位置写成了“尚未审理”。",
      "表四“行政诉讼 复议后起诉”下应为“尚未审结”的位置写成了“尚未审理”。",
    ]);
  });

  it("reports a column header that is not the official one", () => {
    const rows = gridRows("table3").map((r) =>
      r.map((c) => (c.startsWith("总计") ? c.replace("总计", "合计") : c)),
    );
    const found = findingsOf("table-label", report({ tables: { table3: tableFromRows(rows) } }));
    expect(found.map((f) => [f.messageId, f.column, f.actual])).toEqual([["nonstandard", "total", "合计"]]);
  });
});
