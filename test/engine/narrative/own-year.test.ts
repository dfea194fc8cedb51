import { yearPlaces } from "../../../src/engine/narrative/own-year";
import { normaliseText } from "../../../src/engine/normalise";

// paragraphs as the rules read them: half-width, simplified
const places = (text: string, section: Parameters<typeof yearPlaces>[1] = "s1") =>
  yearPlaces(normaliseText(text), section).map((p) => [p.year, p.own, p.plan]);

describe("yearPlaces", () => {
  it("finds the year a paragraph opens with, and the intro's 现将…年度报告, as the report's own", () => {
    expect(places("2023年，我镇全面推进政务公开。")).toEqual([[2023, true, false]]);
    expect(places("（一）主动公开。2023年全年主动公开信息12条。")).toEqual([[2023, true, false]]);
    expect(places("现将我镇2023年度政府信息公开工作报告如下。", null)).toEqual([[2023, true, false]]);
  });

  it("finds the year of a table's caption as the report's own", () => {
    expect(places("2022年主动公开政府信息情况统计表", "s2")).toEqual([[2022, true, false]]);
    expect(places("附表2：2022年度收到和处理政府信息公开申请情况", "s3")).toEqual([[2022, true, false]]);
    expect(places("2022年政府信息公开行政复议、行政诉讼情况统计表", "s4")).toEqual([[2022, true, false]]);
    // a sentence that speaks of the table is not its caption
    expect(places("下表为与2022年主动公开政府信息情况的比较，详见统计表。", "s2")).toEqual([]);
  });

  it("finds the years the body names as its own work's, anywhere", () => {
    expect(places("全年工作中，本机关2023年共受理申请5件，2023年度政务公开工作有序开展。")).toEqual([
      [2023, false, false],
      [2023, false, false],
    ]);
  });

  it.each([
    ["2024年，我局将进一步加强培训。", "s1"],
    ["2024年，我局计划新建专区。", "s6"],
    ["2024年全年，我镇力争公开率达到100%。", "s1"],
    ["2024年，我局进一步加强培训。", "s5"],
  ] as const)("takes %s (in %s) for a plan", (text, section) => {
    expect(places(text, section)).toEqual([[2024, true, true]]);
  });

  it("does not take a year opening a paragraph of work done, outside part 五, for a plan", () => {
    expect(places("2024年，我局进一步加强培训。")).toEqual([[2024, true, false]]);
    // future words in a later sentence are another sentence's
    expect(places("2024年，我局加强了培训。下一步将继续推进。")).toEqual([[2024, true, false]]);
  });

  it("leaves comparisons, spans and years spoken of from outside alone", () => {
    expect(places("与2022年相比，本机关公开数量增加；自2020年以来持续推进。")).toEqual([]);
    expect(
      places("认真落实《2023年政务公开工作要点》，针对本机关2022年度报告中指出的问题进行整改。"),
    ).toEqual([]);
  });
});
