import { reportWith } from "../../helpers/narrative";
import { findingsOf } from "../../helpers/rule-tester";
import { para, report } from "../../helpers/snapshot";
import { consistentTable3 } from "../../helpers/values";

const RULE = "section-empty";

const unpaid = () => consistentTable3(2).r6_2.total + 1;

function withUnpaid(s6: string[]) {
  const v = consistentTable3(2);
  v.r6_2.natural += 1;
  v.r6_2.total += 1;
  v.r7_total.natural += 1;
  v.r7_total.total += 1;
  v.new_received.natural += 1;
  v.new_received.total += 1;
  return reportWith({ s6 }, { values: { table3: v } });
}

describe(RULE, () => {
  it("finds nothing when every section has content", () => {
    expect(findingsOf(RULE, report())).toEqual([]);
    expect(findingsOf(RULE, reportWith({ s6: ["无。"] }))).toEqual([]);
  });

  it("reports a heading with nothing under it", () => {
    const snapshot = report({ section: (key, blocks) => (key === "s1" ? [blocks[0]] : blocks) });
    const found = findingsOf(RULE, snapshot);
    expect(found.map((f) => [f.messageId, f.section, f.severity])).toEqual([["empty", "s1", "warning"]]);
    expect(found[0].ref).toEqual({ p: 1 });
  });

  it("counts a table as content, and not the signature", () => {
    const noText = report({
      section: (key, blocks) => (["s3", "s6"].includes(key) ? blocks.filter((_, i) => i !== 1) : blocks),
    });
    expect(findingsOf(RULE, noText).map((f) => [f.messageId, f.section])).toEqual([["empty", "s6"]]);
  });

  it("reports 六 silent on the 信息处理费 when table 三 counts unpaid fees", () => {
    const found = findingsOf(RULE, withUnpaid(["本机关无其他需要报告的事项。"]));
    expect(found.map((f) => [f.messageId, f.section, f.actual])).toEqual([
      ["feeNotMentioned", "s6", unpaid()],
    ]);
    expect(found[0].cells).toEqual([{ table: "table3", row: "r6_2", column: "total" }]);
    expect(findingsOf(RULE, withUnpaid(["本年度未收取信息处理费。"]))).toEqual([]);
    expect(findingsOf(RULE, withUnpaid(["本年度未收取政府信息公开处理费。"]))).toEqual([]);
  });

  it("counts the text a heading runs into as the section's, and reads the fees there", () => {
    const runIn = (text: string) =>
      report({
        section: (key, blocks) =>
          key === "s6" ? [para(`六、其他需要报告的事项：${text}`), ...blocks.slice(2)] : blocks,
      });
    expect(findingsOf(RULE, runIn("本机关无其他需要报告的事项。"))).toEqual([]);
    expect(findingsOf(RULE, runIn("")).map((f) => [f.messageId, f.section])).toEqual([["empty", "s6"]]);
  });

  it("ignores an empty paragraph", () => {
    const snapshot = report({
      section: (key, blocks) => (key === "s1" ? [blocks[0], para("  "), blocks[1]] : blocks),
    });
    expect(findingsOf(RULE, snapshot)).toEqual([]);
  });
});
