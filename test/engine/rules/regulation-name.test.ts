import { reportWith } from "../../helpers/narrative";
import { findingsOf } from "../../helpers/rule-tester";
import { misquoted } from "../../../src/engine/rules/regulation-name";

const RULE = "regulation-name";

describe(RULE, () => {
  it("reports the 条例 cited without 政府, with the official name", () => {
    const found = findingsOf(RULE, reportWith({ s1: ["根据《中华人民共和国信息公开条例》规定。"] }));
    expect(found.map((f) => [f.messageId, f.section, f.severity, f.expected])).toEqual([
      ["misquoted", "s1", "warning", "中华人民共和国政府信息公开条例"],
    ]);
    expect(found[0].message).toBe(
      "“根据《中华人民共和国信息公开条例》规定。”中引用的《中华人民共和国信息公开条例》与正式名称《中华人民共和国政府信息公开条例》不一致。",
    );
  });

  it.each([
    ["中华人民共和国政府公开条例", "中华人民共和国政府信息公开条例"],
    ["中华人民共和国政府信息公开工作条例", "中华人民共和国政府信息公开条例"],
    ["中华人民共和国政府信息公开条列", "中华人民共和国政府信息公开条例"],
    ["政府信息公开处理费管理办法", "政府信息公开信息处理费管理办法"],
    ["中华人民共和国保守秘密法", "中华人民共和国保守国家秘密法"],
  ])("knows 《%s》 as a misquote of 《%s》", (cited, official) => {
    expect(misquoted(cited)?.name).toBe(official);
  });

  it.each([
    "中华人民共和国政府信息公开条例",
    "政府信息公开条例",
    "中华人民共和国政府信息公开工作年度报告格式",
    "中华人民共和国政府信息公开工作年度报告格式（试行）",
    "中华人民共和国行政复议法",
    "中华人民共和国行政诉讼法",
    "中华人民共和国行政监察法",
    "2023年政务公开工作要点",
    "青石省政府信息公开条例实施办法",
    "条例",
  ])("leaves 《%s》 alone", (cited) => {
    expect(misquoted(cited)).toBeNull();
  });
});
