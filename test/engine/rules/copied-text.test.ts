import { check } from "../../../src/engine";
import { reportWith, refOf } from "../../helpers/narrative";

const RULE = "copied-text";
const LAST_S5 = [
  "2021年，我镇政府信息公开工作取得一定成效，但仍存在一些问题：一是信息公开的内容不够全面；二是信息更新还不够及时。",
  "针对以上问题，我镇将积极完善政府信息公开的内容，推进政务公开标准化规范化，加强政务公开人员的培训。",
];
const last = reportWith({ s5: LAST_S5 }, { year: 2021 });
const run = (s5: string[]) =>
  check(reportWith({ s5 }), { rules: [RULE], strict: true, previous: last }).findings;

describe(RULE, () => {
  it("finds nothing when the section is written afresh", () => {
    expect(
      run([
        "2022年，我镇依申请公开答复的规范性仍需提高，个别答复文书援引条款不够准确，政策解读形式较为单一。",
        "下一步，我镇将组织答复文书专题培训，建立答复前法制审核机制，并丰富图解、视频等解读形式。",
      ]),
    ).toEqual([]);
  });

  it("warns when more than half of a section repeats last year's, years changed or not", () => {
    const s5 = [
      "2022年，我镇政府信息公开工作取得一定成效，但仍存在一些问题：一是信息公开的内容不够全面；二是信息更新还不够及时。",
      "针对以上问题，我镇将积极完善政府信息公开的内容，推进政务公开标准化规范化，加强政务公开人员培训。",
      "同时做好年度考核。",
    ];
    const snapshot = reportWith({ s5 });
    const found = check(snapshot, { rules: [RULE], strict: true, previous: last }).findings;
    expect(found.map((f) => [f.messageId, f.section, f.severity])).toEqual([["copied", "s5", "warning"]]);
    expect(found[0].ref).toEqual(refOf(snapshot, "2022年，我镇政府信息公开工作"));
    expect(found[0].data.copied).toEqual([
      "2022年,我镇政府信息公开工作取得一定成效,但仍存在一些问题:一是信息公开的内容不够全面",
      "二是信息更新还不够及时",
      "针对以上问题,我镇将积极完善政府信息公开的内容,推进政务公开标准化规范化,加强政务公开人员培训",
    ]);
    expect(found[0].actual).toBeGreaterThan(50);
    expect(found[0].message).toMatch(/^第五部分有 \d+% 的文字与上年报告相同或几乎相同（3 句）/);
  });

  it("neither counts nor lists the run-in subheadings every year's report repeats", () => {
    const part = (n: string, title: string, body: string) => `（${n}）${title}。${body}`;
    const lastS1 = [
      part("二", "依申请公开", "2021年本机关新收政府信息公开申请9件，均在法定期限内答复。"),
      part("三", "政府信息管理", "2021年本机关对行政规范性文件进行了清理，废止2件。"),
    ];
    const thisS1 = [
      part("二", "依申请公开", "2022年本机关新收政府信息公开申请11件，均在法定期限内答复。"),
      part("三", "政府信息管理", "严格落实信息发布保密审查制度，全年未发生失泄密事件。"),
      part("四", "政府信息公开平台建设", "依托乡镇专栏及时发布通知公告和办事指南，畅通网站留言渠道。"),
    ];
    const found = check(reportWith({ s1: thisS1 }), {
      rules: [RULE],
      strict: true,
      previous: reportWith({ s1: lastS1 }, { year: 2021 }),
    }).findings;
    const inS1 = (findings: typeof found) =>
      findings.filter((f) => f.section === "s1").map((f) => f.data.copied);
    expect(inS1(found)).toEqual([]);
    const copiedAll = check(reportWith({ s1: [...lastS1, lastS1[0]] }), {
      rules: [RULE],
      strict: true,
      previous: reportWith({ s1: lastS1 }, { year: 2021 }),
    }).findings;
    expect(inS1(copiedAll)).toEqual([
      [
        "2021年本机关新收政府信息公开申请9件,均在法定期限内答复",
        "2021年本机关对行政规范性文件进行了清理,废止2件",
        "2021年本机关新收政府信息公开申请9件,均在法定期限内答复",
      ],
    ]);
  });

  it("leaves short sections alone", () => {
    expect(run(["无。"])).toEqual([]);
  });

  it("finds nothing without last year's report", () => {
    expect(check(reportWith({ s5: LAST_S5 }), { rules: [RULE], strict: true }).findings).toEqual([]);
  });
});
