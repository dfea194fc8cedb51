import { statementsOf } from "../../../src/engine/narrative/statements";

const figures = (text: string, year: number | null = 2022) =>
  statementsOf(text, year).map((s) => [s.figure, s.value]);

describe("statementsOf", () => {
  it("reads the counts a report states about table 三", () => {
    expect(
      figures(
        "2022年，本机关新收政府信息公开申请49件，上年结转4件。已办结的申请中，予以公开21件，部分公开5件，不予公开七件，无法提供8件，不予处理4件，其他处理2件，结转下年度继续办理6件。",
      ),
    ).toEqual([
      ["new_received", 49],
      ["carried_over", 4],
      ["carried_forward", 6],
      ["r1_open", 21],
      ["r2_partial", 5],
      ["r3", 7],
      ["r4", 8],
      ["r5", 4],
      ["r6", 2],
    ]);
  });

  it("reads 予以公开或部分公开 as one figure, with its share", () => {
    expect(statementsOf("予以公开或部分公开59件、占45.3%;不予公开32件、占24.6%。", 2022)).toEqual([
      {
        figure: "r1_r2",
        value: 59,
        quote: "予以公开或部分公开59件",
        sentence: "予以公开或部分公开59件、占45.3%",
        percent: { value: 45.3, decimals: 1, quote: "占45.3%" },
      },
      {
        figure: "r3",
        value: 32,
        quote: "不予公开32件",
        sentence: "不予公开32件、占24.6%",
        percent: { value: 24.6, decimals: 1, quote: "占24.6%" },
      },
    ]);
  });

  it("reads the statements that nothing happened", () => {
    expect(figures("全年未收到政府信息公开申请,无信息公开举报、复议和诉讼等情形。")).toEqual([
      ["new_received", 0],
      ["appeals_none", 0],
    ]);
    expect(figures("没有因政府信息公开而提起的行政复议、行政诉讼。")).toEqual([["appeals_none", 0]]);
    expect(figures("行政复议、行政诉讼均为0件。")).toEqual([["appeals_none", 0]]);
    expect(figures("本年度未发生行政复议案件。")).toEqual([["review_none", 0]]);
    expect(figures("本年未制发行政规范性文件。")).toEqual([["normative_issued", 0]]);
  });

  it("does not read a reply that was not received as no application", () => {
    expect(figures("对未收到答复的政府信息公开申请人及时说明情况。")).toEqual([]);
  });

  it("skips sentences that compare with another year", () => {
    expect(figures("2021年收到政府信息公开申请10件。")).toEqual([]);
    expect(figures("新收政府信息公开申请5件,较上年收到政府信息公开申请12件有所减少。")).toEqual([
      ["new_received", 5],
    ]);
    expect(figures("同比新收政府信息公开申请增加3件。")).toEqual([]);
  });
});
