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

  it("leaves short sections alone", () => {
    expect(run(["无。"])).toEqual([]);
  });

  it("finds nothing without last year's report", () => {
    expect(check(reportWith({ s5: LAST_S5 }), { rules: [RULE], strict: true }).findings).toEqual([]);
  });
});
