import { check } from "../../../src/engine";
import { reportWith } from "../../helpers/narrative";
import { findingsOf } from "../../helpers/rule-tester";

const RULE = "section-thin";
const PROBLEMS =
  "（一）存在的主要问题。一是部分科室主动公开意识不强，信息报送不够及时；二是政策解读形式较为单一，图解、视频等形式运用较少，有待进一步加强。";
const MEASURES =
  "（二）改进措施。一是压实信息报送责任，将信息公开情况纳入科室年度考核；二是丰富政策解读形式。";

describe(RULE, () => {
  it.each(["无", "无。", "暂无。", "无存在问题。"])("reports 五 that says only %p", (text) => {
    const found = findingsOf(RULE, reportWith({ s5: [text] }));
    expect(found.map((f) => [f.messageId, f.section, f.severity, f.actual])).toEqual([
      ["onlyNone", "s5", "warning", text],
    ]);
  });

  it("reports 五 shorter than the threshold, which the caller may change", () => {
    const snapshot = reportWith({ s5: ["信息公开工作还有不足，今后将加强培训。"] });
    const found = findingsOf(RULE, snapshot);
    expect(found.map((f) => [f.messageId, f.actual, f.expected])).toEqual([["short", 17, 60]]);
    const lenient = check(snapshot, {
      rules: [RULE],
      strict: true,
      ruleOptions: { [RULE]: { minChars: 10 } },
    });
    expect(lenient.findings).toEqual([]);
  });

  it("reports problems with no measure against them", () => {
    expect(findingsOf(RULE, reportWith({ s5: [PROBLEMS] })).map((f) => f.messageId)).toEqual(["noMeasures"]);
  });

  it("stays quiet on problems with measures", () => {
    expect(findingsOf(RULE, reportWith({ s5: [PROBLEMS, MEASURES] }))).toEqual([]);
  });
});
