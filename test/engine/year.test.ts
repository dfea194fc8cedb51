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

  describe("when the title's year is contradicted", () => {
    const PERIOD_2023 = "本报告所列数据统计期限为2023年1月1日至2023年12月31日。";
    const BODY_2023 = [
      "一、总体情况",
      "2023年，本机关认真贯彻条例。",
      "二、主动公开政府信息情况",
      "本机关2023年共主动公开信息12条。",
    ];

    it("follows the period, the text and the signature against a title typed with last year", () => {
      expect(
        year("某局2022年政府信息公开工作年度报告", PERIOD_2023, ...BODY_2023, "某局", "2024年1月26日"),
      ).toBe(2023);
    });

    it("follows the statistics period, the strongest evidence, when nothing else tells", () => {
      expect(year("某局2022年政府信息公开工作年度报告", PERIOD_2023, "一、总体情况")).toBe(2023);
    });

    it("keeps the title's year when the text and the signature side with it against the period", () => {
      const body = ["一、总体情况", "2022年，本机关认真贯彻条例。"];
      const period2021 = "本报告所列数据统计期限为2021年1月1日至2021年12月31日。";
      expect(year("某局2022年政府信息公开工作年度报告", period2021, ...body, "某局", "2023年1月20日")).toBe(
        2022,
      );
    });

    it("keeps the title's year against a signature date alone, and follows the text and the signature together", () => {
      expect(
        year("某局2022年政府信息公开工作年度报告", "一、总体情况", "正文", "某局", "2024年1月26日"),
      ).toBe(2022);
      expect(year("某局2022年政府信息公开工作年度报告", ...BODY_2023, "某局", "2024年1月26日")).toBe(2023);
    });

    it("keeps the title's year when the period agrees with it, whatever the body says", () => {
      const period2022 = "本报告所列数据统计期限为2022年1月1日至2022年12月31日。";
      expect(
        year("某局2022年政府信息公开工作年度报告", period2022, ...BODY_2023, "某局", "2024年1月26日"),
      ).toBe(2022);
    });

    it("does not count next year's plans as the text's year", () => {
      const plans = ["一、总体情况", "2023年，本机关将进一步加强培训。", "2023年，本机关计划新建专区。"];
      expect(year("某局2022年政府信息公开工作年度报告", ...plans, "某局", "2023年1月20日")).toBe(2022);
    });
  });

  it("gives null when no year is written", () => {
    expect(year("一、总体情况", "正文")).toBeNull();
  });
});
