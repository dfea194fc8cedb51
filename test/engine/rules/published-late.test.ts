import { reportWith } from "../../helpers/narrative";
import { findingsOf } from "../../helpers/rule-tester";

const RULE = "published-late";
const by = (agency: string, date: string, head?: string[]) =>
  reportWith({}, { head: head ?? [`${agency}2022年政府信息公开工作年度报告`], tail: [agency, date] });

describe(RULE, () => {
  it("reports a department signing after 31 January", () => {
    const found = findingsOf(RULE, by("青石县市场监督管理局", "2023年2月3日"));
    expect(found.map((f) => [f.messageId, f.severity, f.expected, f.actual])).toEqual([
      ["late", "warning", "2023年1月31日", "2023年2月3日"],
    ]);
    expect(found[0].message).toBe(
      "落款或发布日期“2023年2月3日”晚于法定期限 2023年1月31日（人民政府部门应在每年1月31日前公布上一年度报告）。",
    );
  });

  it("gives a people's government until 31 March", () => {
    expect(findingsOf(RULE, by("青石镇人民政府", "2023年3月20日"))).toEqual([]);
    expect(findingsOf(RULE, by("青石镇人民政府", "2023年4月6日")).map((f) => f.expected)).toEqual([
      "2023年3月31日",
    ]);
  });

  it("reads dates in Chinese numerals and a web page's 发布日期", () => {
    expect(findingsOf(RULE, by("青石县财政局", "二〇二三年二月十日")).map((f) => f.actual)).toEqual([
      "二〇二三年二月十日",
    ]);
    const page = ["青石县财政局2022年政府信息公开工作年度报告", "发布日期：2023-02-15"];
    expect(findingsOf(RULE, by("青石县财政局", "2023年1月20日", page)).map((f) => f.actual)).toEqual([
      "发布日期：2023-02-15",
    ]);
  });

  it("reckons the deadline from the period's year when the title was typed with last year", () => {
    const head = [
      "青石县市场监督管理局2022年政府信息公开工作年度报告",
      "本报告所列数据统计期限为2023年1月1日至2023年12月31日。",
    ];
    const snapshot = reportWith({}, { year: 2023, head, tail: ["青石县市场监督管理局", "2024年1月26日"] });
    expect(findingsOf(RULE, snapshot)).toEqual([]);
  });

  it("stays quiet on time, and leaves a date inside the report year to year-mismatch", () => {
    expect(findingsOf(RULE, by("青石县市场监督管理局", "2023年1月31日"))).toEqual([]);
    expect(findingsOf(RULE, by("青石县市场监督管理局", "2022年12月20日"))).toEqual([]);
  });
});
