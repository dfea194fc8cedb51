import { agencyOf as bodyOf, findAgency } from "../../src/engine/agency";
import { check } from "../../src/engine";
import { readReportText } from "../../src/engine/narrative/report-text";
import { findSections } from "../../src/engine/sections";
import type { DocumentSnapshot } from "../../src/engine";
import { format2021 } from "../../src/template";
import { para } from "../helpers/snapshot";

function agencyOf(...lines: string[]) {
  const snapshot: DocumentSnapshot = { blocks: lines.map((text, p) => para(text, { ref: { p } })) };
  return findAgency(readReportText(snapshot, findSections(snapshot, format2021.sections)));
}

describe("the reporting body", () => {
  it.each([
    [["白石镇人民政府2023年政府信息公开工作年度报告"], "白石镇人民政府", "township"],
    [["2022年凉山乡人民政府政府信息公开工作年度报告"], "凉山乡人民政府", "township"],
    [["保德县孙家沟镇人民政府", "2022年度政府信息公开工作年度报告"], "保德县孙家沟镇人民政府", "township"],
    [["青山县市场监督管理局2023年政府信息公开工作年度报告"], "青山县市场监督管理局", "county"],
    [["镇江市人民政府2023年政府信息公开工作年度报告"], "镇江市人民政府", null],
    // a title naming a span of years
    [["青山县市场监督管理局2022—2023年政府信息公开工作年度报告"], "青山县市场监督管理局", "county"],
    [["青山县市场监督管理局2022年至2023年政府信息公开工作年度报告"], "青山县市场监督管理局", "county"],
    // a title set out in spaced characters
    [["白 石 镇 人 民 政 府 2 0 2 3 年 政 府 信 息 公 开 工 作 年 度 报 告"], "白石镇人民政府", "township"],
    // a web page turned into Word: its navigation above the title
    [
      ["首页 > 政务公开 > 政府信息公开年报", "青山县市场监督管理局2023年政府信息公开工作年度报告"],
      "青山县市场监督管理局",
      "county",
    ],
    [
      ["当前位置：首页>信息公开>年度报告", "白石镇人民政府2023年政府信息公开工作年度报告"],
      "白石镇人民政府",
      "township",
    ],
    // a title broken over two lines, above an intro naming the format's notice of 2021
    [
      [
        "2022年保德县孙家沟镇人民政府",
        "信息公开工作年度报告",
        "根据《中华人民共和国政府信息公开条例》《国务院办公厅政府信息与政务公开办公室关于印发中华人民共和国政府信息公开工作年度报告格式的通知》（国办公开办函〔2021〕30号）要求编制本报告。",
      ],
      "保德县孙家沟镇人民政府",
      "township",
    ],
    // a page saved from the government's site: its banner, menus, info line and footer around the report
    [
      [
        "青山县人民政府",
        "政府信息公开年度报告",
        "网站首页",
        "政务公开",
        "当前位置：首页 > 政府信息公开 > 政府信息公开年报",
        "政府信息公开年报",
        "发布时间：2023-01-20 09:30 来源：青山县市场监督管理局 浏览次数：1024 【字体：大 中 小】",
        "青山县市场监督管理局2022年政府信息公开工作年度报告",
      ],
      "青山县市场监督管理局",
      "county",
    ],
    [
      [
        "欢迎访问青山县人民政府门户网站!",
        "发布时间：2023-01-20 来源：白石镇人民政府",
        "白石镇人民政府2022年政府信息公开工作年度报告",
      ],
      "白石镇人民政府",
      "township",
    ],
    [
      [
        "二〇二三年政府信息公开工作年度报告",
        "一、总体情况",
        "正文。",
        "南山街道办事处",
        "2024年1月10日",
        "分享到：微信 微博",
        "【打印本页】 【关闭窗口】",
        "主办单位：青山县人民政府办公室 承办：青山县大数据中心",
        "网站标识码：3601230001 赣ICP备05001234号",
      ],
      "南山街道办事处",
      "street",
    ],
    [
      ["二〇二三年政府信息公开工作年度报告", "一、总体情况", "正文。", "南山街道办事处", "2024年1月10日"],
      "南山街道办事处",
      "street",
    ],
  ])("in %j is %s (%s)", (lines, name, level) => {
    expect(agencyOf(...lines)).toEqual({ name, level });
  });

  it("is read from a signature set out in spaced characters, its date too", () => {
    expect(
      agencyOf(
        "政府信息公开工作年度报告",
        "一、总体情况",
        "正文。",
        "白 石 镇 人 民 政 府",
        "2 0 2 4 年 1 月 1 2 日",
      ),
    ).toEqual({
      name: "白石镇人民政府",
      level: "township",
    });
  });

  it.each([
    "（单位名称）2023年政府信息公开工作年度报告",
    "【单位名称】2023年政府信息公开工作年度报告",
    "____2023年政府信息公开工作年度报告",
    "某某局2023年政府信息公开工作年度报告",
  ])("is never a placeholder: the signature names it when the title %s does not", (title) => {
    expect(agencyOf(title, "一、总体情况", "正文。", "青山县市场监督管理局", "2024年1月10日")).toEqual({
      name: "青山县市场监督管理局",
      level: "county",
    });
    expect(agencyOf(title, "一、总体情况", "正文。")).toBeNull();
  });

  it("is unknown when neither the title nor the signature names it", () => {
    expect(agencyOf("政府信息公开工作年度报告", "一、总体情况", "正文。")).toBeNull();
  });

  it.each([
    "【请填写：机关名称】2024年政府信息公开工作年度报告",
    "XX局2024年政府信息公开工作年度报告",
    "××镇人民政府2024年政府信息公开工作年度报告",
  ])("is unknown when an unfilled template's placeholder stands for it: %s", (title) => {
    expect(agencyOf(title, "一、总体情况", "正文。")).toBeNull();
  });

  it("is the same before the check (agencyOf) as in the check's result", () => {
    const snapshot: DocumentSnapshot = {
      blocks: ["凉山乡人民政府2023年政府信息公开工作年度报告", "一、总体情况", "正文。"].map((text, p) =>
        para(text, { ref: { p } }),
      ),
    };
    expect(bodyOf(snapshot)).toBe("凉山乡人民政府");
    expect(check(snapshot).agency).toBe("凉山乡人民政府");
    expect(check({ blocks: [para("一、总体情况")] }).agency).toBeNull();
    // title, headings and body pasted from a web page: one paragraph, lines apart by line breaks
    const pasted: DocumentSnapshot = {
      blocks: [para("\n凉山乡人民政府2023年政府信息公开工作年度报告\n一、总体情况\n正文。")],
    };
    expect(bodyOf(pasted)).toBe("凉山乡人民政府");
    expect(check(pasted).agency).toBe("凉山乡人民政府");
  });
});
