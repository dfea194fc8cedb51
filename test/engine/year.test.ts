import { findYear } from "../../src/engine/year";
import { para } from "../helpers/snapshot";

const year = (...texts: string[]) => findYear({ blocks: texts.map((t) => para(t)) }, undefined);

describe("findYear", () => {
  it("reads the year from the title", () => {
    expect(year("清溪镇2022年政府信息公开工作年度报告", "一、总体情况")).toBe(2022);
    expect(year("2022年保德县孙家沟镇人民政府", "信息公开工作年度报告")).toBe(2022);
  });

  it("reads it from the sentence that introduces the report", () => {
    expect(year("一、總體情況", "現將我鄉2022年度政府信息公開工作報告如下:")).toBe(2022);
  });

  it("reads it from the statistics period", () => {
    expect(year("标题", "本报告所列数据统计期限为2023年1月1日至2023年12月31日。")).toBe(2023);
  });

  it("reads it from a year written in Chinese digits", () => {
    expect(year("某局二〇二三年政府信息公开工作年度报告")).toBe(2023);
  });

  it("falls back to the year before the signature date", () => {
    expect(year("一、总体情况", "正文", "青石镇人民政府", "2024年1月12日")).toBe(2023);
  });

  it("reads a year set out with spaces, as a title in spaced-out characters or a PDF's text gives it", () => {
    expect(year("白 石 镇 人 民 政 府 2 0 2 3 年 政 府 信 息 公 开 工 作 年 度 报 告", "一、总体情况")).toBe(
      2023,
    );
    expect(year("标题", "本报告统计期限为 2 0 2 3 年 1 月 1 日 至 2 0 2 3 年 1 2 月 3 1 日。")).toBe(2023);
    expect(year("一、总体情况", "正文", "白 石 镇 人 民 政 府", "2 0 2 4 年 1 月 1 2 日")).toBe(2023);
  });

  it("gives null when no year is written", () => {
    expect(year("一、总体情况", "正文")).toBeNull();
  });
});
