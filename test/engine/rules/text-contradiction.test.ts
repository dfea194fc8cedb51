import { reportWith } from "../../helpers/narrative";
import { findingsOf } from "../../helpers/rule-tester";
import { consistentTable3 } from "../../helpers/values";

const RULE = "text-contradiction";

const COLUMNS = ["natural", "commercial", "research", "social", "legal", "other_org"];

/** Table 三 with `carried` applications carried over to next year, all of natural persons. */
function carrying(carried: number) {
  const v = consistentTable3(3);
  for (const c of COLUMNS) {
    const change = (c === "natural" ? carried : 0) - v.carried_forward[c];
    for (const row of ["carried_forward", "new_received"]) {
      v[row][c] += change;
      v[row].total += change;
    }
  }
  return { table3: v };
}

describe(RULE, () => {
  it.each(["所有申请均已办结。", "收到的申请均已按期答复。", "申请已全部办结。", "全年无申请结转下一年度。"])(
    "reports %s while table 三 carries applications over",
    (text) => {
      const found = findingsOf(
        RULE,
        reportWith({ s1: [`本年收到政府信息公开申请若干件，${text}`] }, { values: carrying(2) }),
      );
      expect(
        found.map((f) => [f.messageId, f.section, f.severity, f.table, f.row, f.column, f.actual]),
      ).toEqual([["allDone", "s1", "error", "table3", "carried_forward", "total", 2]]);
    },
  );

  it("says which cell contradicts the text", () => {
    const [f] = findingsOf(RULE, reportWith({ s1: ["所有申请均已办结。"] }, { values: carrying(2) }));
    expect(f.message).toBe(
      "正文说“所有申请均已办结。”，但表三“四、结转下年度继续办理”·“总计”为 2 件：还有申请结转下年度继续办理。",
    );
  });

  it("stays quiet when nothing is carried over, and on other matters closed", () => {
    expect(findingsOf(RULE, reportWith({ s1: ["所有申请均已办结。"] }, { values: carrying(0) }))).toEqual([]);
    const others = ["人大代表建议3件、政协提案2件，已全部按期办结。", "所有答复均在法定期限内作出。"];
    expect(findingsOf(RULE, reportWith({ s1: others }, { values: carrying(2) }))).toEqual([]);
  });
});
