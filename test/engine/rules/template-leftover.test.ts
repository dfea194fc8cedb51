import { refOf, reportWith } from "../../helpers/narrative";
import { findingsOf } from "../../helpers/rule-tester";
import { report } from "../../helpers/snapshot";

const RULE = "template-leftover";
const found = (prose: Parameters<typeof reportWith>[0], tail?: string[]) =>
  findingsOf(RULE, reportWith(prose, tail ? { tail } : {})).map((f) => [
    f.messageId,
    f.section,
    f.data.quote,
  ]);

describe(RULE, () => {
  it("finds nothing in a report without template text", () => {
    expect(findingsOf(RULE, report())).toEqual([]);
    expect(found({ s1: ["本机关在Xbox、OXXO 等平台无账号，XXL 号码不是占位符。"] })).toEqual([]);
  });

  it("leaves a masked name alone: published reports hide applicants' names as 李××", () => {
    expect(found({ s4: ["申请人李××因不服答复申请行政复议，复议机关维持原答复。"] })).toEqual([]);
  });

  it("reports a 注意事项 block left after section 六, on its first paragraph (seed 004)", () => {
    const snapshot = reportWith({
      s6: [
        "2023年没有其他需要报告的事项。",
        " 注意事项：",
        "1. 全区各级行政机关通过本单位网页发布年报后，请年报编制单位严格进行审核。",
      ],
    });
    const [f] = findingsOf(RULE, snapshot);
    expect([f.messageId, f.section, f.severity, f.data.quote]).toEqual([
      "instructions",
      "s6",
      "warning",
      "注意事项：",
    ]);
    expect(f.ref).toEqual(refOf(snapshot, "注意事项"));
  });

  it("reports the format's own guidance text", () => {
    expect(
      found({
        s1: [
          "这一项报告本机关政府信息公开工作总体情况，对本机关贯彻落实《中华人民共和国政府信息公开条例》情况进行综述。",
        ],
      }),
    ).toEqual([["guidance", "s1", "这一项报告本机关政府信息公开工作总体情况，对本机…"]]);
  });

  it.each([
    ["XX镇人民政府认真贯彻条例。", "XX镇人民政府认…"],
    ["本报告统计期限为20XX年1月1日至12月31日。", "…告统计期限为20XX年1月1日至…"],
    ["××局全年主动公开信息100条。", "××局全年主动公…"],
    ["发布日期：X月X日。", "发布日期：X月X日。"],
    ["联系人：【请填写联系人姓名】", "联系人：【请填写联系人姓名】"],
  ])("reports the placeholder in %s", (text, quote) => {
    expect(found({ s1: [text] })).toEqual([["placeholder", "s1", quote]]);
  });

  it("reports a date line never filled in", () => {
    expect(found({}, ["某某镇人民政府", "年  月  日"])).toEqual([["blankDate", "s6", "年 月 日"]]);
    expect(found({}, ["某某镇人民政府", "2023年 月 日"])).toEqual([["blankDate", "s6", "2023年 月 日"]]);
  });
});
