import { refOf, reportWith } from "../../helpers/narrative";
import { findingsOf } from "../../helpers/rule-tester";
import { report } from "../../helpers/snapshot";
import { check } from "../../../src/engine";
import { normaliseText } from "../../../src/engine/normalise";
import { readDocx } from "../../../src/docx";
import { reportTemplateDocx } from "../../../src/docx/write";
import { reportOpening, reportSignature, reportTitle, sectionBoilerplate } from "../../../src/template";

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
    ["某某县人民政府办公室全年主动公开信息100条。", "某某县人民政府办…"],
    ["发布日期：X月X日。", "发布日期：X月X日。"],
    ["联系人：【请填写联系人姓名】", "联系人：【请填写联系人姓名】"],
  ])("reports the placeholder in %s", (text, quote) => {
    expect(found({ s1: [text] })).toEqual([["placeholder", "s1", quote]]);
  });

  it.each([
    ["本年度收取信息处理费××元。", "××", "…取信息处理费××元。"],
    ["本年度收取信息处理费XX元。", "XX", "…取信息处理费XX元。"],
    ["全年主动公开政府信息____条。", "____", "…公开政府信息____条。"],
    ["全年主动公开政府信息＿＿条。", "＿＿", "…公开政府信息＿＿条。"],
  ])("reports the placeholder in %s once, naming it in plain words", (text, placeholder, quote) => {
    const found = findingsOf(RULE, reportWith({ s6: [text] }));
    expect(found.map((f) => [f.messageId, f.section, f.data.placeholder, f.data.quote])).toEqual([
      ["placeholder", "s6", placeholder, quote],
    ]);
    expect(found[0].message).toBe(`“${placeholder}”是未填写的占位符，应改为实际内容（见“${quote}”）。`);
  });

  it("reports each blank of a paragraph", () => {
    expect(found({ s1: ["全年主动公开政府信息____条，其中政策文件____件。"] })).toEqual([
      ["placeholder", "s1", "…公开政府信息____条，其中政策…"],
      ["placeholder", "s1", "…其中政策文件____件。"],
    ]);
  });

  it.each(["（单位名称）2023年政府信息公开工作年度报告", "【单位名称】2023年政府信息公开工作年度报告"])(
    "reports the unit's name never filled in the title %s",
    (title) => {
      const snapshot = reportWith({}, { head: [title] });
      const result = check(snapshot, { rules: [RULE], strict: true });
      expect(result.findings.map((f) => [f.messageId, f.section, f.data.placeholder])).toEqual([
        ["placeholder", null, title.slice(0, 6)],
      ]);
      expect(result.findings[0].ref).toEqual(refOf(snapshot, "单位名称"));
      // the agency is the signature's, never the placeholder
      expect(result.agency).toBe("青石镇人民政府");
    },
  );

  it("leaves a line of underscores, a name joined by them and a bracket about a name alone", () => {
    expect(
      found({
        s1: [
          "______________",
          "文件 report__2023 已归档。",
          "（原单位名称为青石镇经济发展办公室）本年机构改革。",
        ],
      }),
    ).toEqual([]);
  });

  it("reports a date line never filled in", () => {
    expect(found({}, ["青石镇人民政府", "年  月  日"])).toEqual([["blankDate", "s6", "年 月 日"]]);
    expect(found({}, ["青石镇人民政府", "2023年 月 日"])).toEqual([["blankDate", "s6", "2023年 月 日"]]);
  });
});

describe(`${RULE} on unfilled templates`, () => {
  it("finds every placeholder the template command writes (15 of 15)", () => {
    const result = check(readDocx(reportTemplateDocx(2024)), { rules: [RULE] });
    const written = [
      reportTitle(2024),
      ...reportOpening(2024),
      ...Object.values(sectionBoilerplate).flat(),
      ...reportSignature,
    ].flatMap((t) => t.match(/【[^】]*】/g) ?? []);
    expect(written).toHaveLength(15);
    expect(result.findings.map((f) => f.actual).sort()).toEqual(written.map(normaliseText).sort());
  });

  it.each([
    ["本年度主动公开工作（文字描述）。", "（文字描述）"],
    [
      "【请填写：本年度政府信息公开工作存在的主要问题，以及针对问题采取的具体改进措施和取得的成效】",
      "【请填写：",
    ],
    ["[此处填写机关名称]", "[此处填写机关名称]"],
  ])("reports the bracketed placeholder in %s", (text, start) => {
    const [f, ...rest] = findingsOf(RULE, reportWith({ s5: [text] }));
    expect(rest).toEqual([]);
    expect(String(f.actual).startsWith(normaliseText(start))).toBe(true);
  });

  it("reports each placeholder of a paragraph", () => {
    expect(found({ s1: ["XX镇于20XX年发布【请填写】。"] })).toHaveLength(3);
  });

  it("leaves ordinary parentheses alone", () => {
    expect(found({ s1: ["根据《条例》（以下简称条例）要求，部分公开（区分处理的）2件。"] })).toEqual([]);
  });
});
