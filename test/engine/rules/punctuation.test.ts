import { reportWith } from "../../helpers/narrative";
import { findingsOf } from "../../helpers/rule-tester";

const RULE = "punctuation";

describe(RULE, () => {
  it("reports half-width marks in Chinese once per section, counting them", () => {
    const found = findingsOf(
      RULE,
      reportWith({
        s5: ["(一)存在问题。一是意识不强,报送不及时;二是形式单一.", "（二）改进措施:加强培训。"],
      }),
    );
    expect(found.map((f) => [f.messageId, f.section, f.severity, f.data.count, f.actual])).toEqual([
      ["halfWidth", "s5", "info", 6, "("],
    ]);
  });

  it.each([
    "访问量同比增长1.5%。",
    "共计1,200件。",
    "每日9:00更新。",
    "自2023.1.5起施行。",
    "网址为www.qingshan.gov.cn，邮箱gk@qingshan.gov.cn。",
    "参照 Open Government Data (OGD) principles, see e.g. the guide.",
    "（一）主动公开，全年公开信息100条；（二）依申请公开。",
  ])("leaves %s alone", (text) => {
    expect(findingsOf(RULE, reportWith({ s1: [text] }))).toEqual([]);
  });
});
