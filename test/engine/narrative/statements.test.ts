import fc from "fast-check";
import { PATTERNS, statementsOf } from "../../../src/engine/narrative/statements";

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

describe("statementsOf, every way a figure is printed", () => {
  it("reads figures spaced out, as text copied from PDFs and web pages is", () => {
    expect(figures("本年新收政府信息公开申请 17 件，予以公开 9 件，结转下年度继续办理 2 件。")).toEqual([
      ["new_received", 17],
      ["carried_forward", 2],
      ["r1_open", 9],
    ]);
  });

  it("reads 起 as well as 件, and the count before the noun", () => {
    expect(figures("本年度收到12件申请，发生行政复议3起。")).toEqual([
      ["new_received", 12],
      ["review", 3],
    ]);
    expect(figures("共收到 5 件政府信息公开申请。")).toEqual([["new_received", 5]]);
    expect(figures("本年度发生2起行政诉讼。")).toEqual([["litigation", 2]]);
  });

  it("reads 办结 and 答复 as the results' total", () => {
    expect(figures("全年共办结12件。")).toEqual([["r7_total", 12]]);
    expect(figures("已答复政府信息公开申请 30 件。")).toEqual([["r7_total", 30]]);
    expect(figures("按时办结率100%。")).toEqual([]);
  });

  it("reads 结转至 the next year as carried forward", () => {
    expect(figures("结转至2023年2件。", 2022)).toEqual([["carried_forward", 2]]);
    expect(figures("结转到2023年度继续办理3件。", 2022)).toEqual([["carried_forward", 3]]);
  });

  it("reads each litigation group on its own, never their sum", () => {
    expect(figures("行政诉讼中，未经复议直接起诉2件、复议后起诉1件。")).toEqual([
      ["lit_direct", 2],
      ["lit_after_review", 1],
    ]);
  });
});

describe("statementsOf, counts of a part of a figure", () => {
  it("reads no total from a count by channel: 网上答复, 通过信函收到, 现场受理", () => {
    expect(figures("从答复方式看，网上答复37件，邮寄答复8件，当面答复5件。")).toEqual([]);
    expect(figures("通过网络平台收到政府信息公开申请37件，通过信函收到政府信息公开申请12件。")).toEqual([]);
    expect(figures("现场受理政府信息公开申请5件，以电子邮件形式答复2件。")).toEqual([]);
    expect(figures("全年未收到通过信函提出的政府信息公开申请。")).toEqual([]);
  });

  it("reads the total when the channels are all of them", () => {
    expect(figures("本年度通过网络、信函等方式共收到政府信息公开申请49件。")).toEqual([["new_received", 49]]);
    expect(figures("通过各种渠道收到政府信息公开申请49件，网上答复37件。")).toEqual([["new_received", 49]]);
  });

  it("reads no total from a count by way of handling: 延期, 逾期, 协助, 转办", () => {
    expect(figures("因情况复杂，依法延期答复3件，均在延长期限内办结。")).toEqual([]);
    expect(figures("全年逾期答复0件，答复率100%。")).toEqual([]);
    expect(figures("协助上级部门答复政府信息公开申请6件。")).toEqual([]);
    expect(figures("全年转办政府信息公开申请3件，答复政府信息公开申请50件。")).toEqual([["r7_total", 50]]);
  });

  it("reads a result's replies as that result: 予以公开答复 is not the results' total", () => {
    expect(figures("其中，予以公开答复21件，不予公开答复9件。")).toEqual([
      ["r1_open", 21],
      ["r3", 9],
    ]);
  });

  it("reads a count after 其中, 包括 or 含 as a part of the same figure counted before it", () => {
    expect(figures("共收到政府信息公开申请53件，其中本年新收政府信息公开申请49件。")).toEqual([
      ["new_received", 53],
    ]);
    expect(figures("不予公开9件，其中不予公开3件。")).toEqual([["r3", 9]]);
    // another figure after 其中 is that figure itself
    expect(figures("办结50件，其中予以公开21件，部分公开5件。")).toEqual([
      ["r1_open", 21],
      ["r2_partial", 5],
      ["r7_total", 50],
    ]);
    expect(figures("收到政府信息公开申请53件（含上年结转4件）。")).toEqual([
      ["new_received", 53],
      ["carried_over", 4],
    ]);
  });

  it("reads a result group's count that names its reason as that item's", () => {
    expect(
      figures("不予公开9件，其中因保护第三方合法权益不予公开3件，因属于四类过程性信息不予公开2件。"),
    ).toEqual([
      ["r3", 9],
      ["r3_4", 3],
      ["r3_6", 2],
    ]);
    expect(figures("无法提供9件，其中因本机关不掌握相关政府信息无法提供8件。")).toEqual([
      ["r4", 9],
      ["r4_1", 8],
    ]);
    expect(figures("对信访举报投诉类申请不予处理2件，对重复申请不予处理1件。")).toEqual([
      ["r5_1", 2],
      ["r5_2", 1],
    ]);
    expect(figures("不予公开9件，其中保护第三方合法权益不予公开3件。")).toEqual([
      ["r3", 9],
      ["r3_4", 3],
    ]);
    expect(figures("不予公开1件（属于国家秘密），因申请人逾期不补正其他处理1件。")).toEqual([
      ["r3_1", 1],
      ["r6_1", 1],
    ]);
    expect(figures("因申请内容不明确，经补正后仍不明确，无法提供1件。")).toEqual([["r4_3", 1]]);
    // quoted with its reason
    expect(statementsOf("对重复申请不予处理1件。", 2022)[0].quote).toBe("对重复申请不予处理1件");
  });

  it("reads nothing from a reason that names no item, or several", () => {
    expect(figures("因其他原因其他处理1件，因涉密或涉及第三方合法权益不予公开2件。")).toEqual([]);
    // a breakdown in brackets: the count before it is the group's
    expect(figures("不予公开9件（其中涉及第三方3件）。")).toEqual([["r3", 9]]);
  });

  it("reads appeals about disclosure among all the body's appeals", () => {
    expect(figures("全年办理以本机关为被申请人的行政复议案件共12件，涉及政府信息公开的4件。")).toEqual([
      ["review", 4],
    ]);
    expect(figures("行政复议案件12件，其中4件涉及政府信息公开。")).toEqual([["review", 4]]);
    expect(figures("本年度被提起行政诉讼5起，其中涉及政府信息公开的2起。")).toEqual([["litigation", 2]]);
    expect(figures("全年被申请行政复议12件，其中因政府信息公开被申请行政复议4件。")).toEqual([["review", 4]]);
  });

  it("reads nothing from counts given 分别 (which count is which is not read)", () => {
    expect(figures("予以公开、部分公开、不予公开分别为21件、5件、9件。")).toEqual([]);
    expect(figures("网上答复和邮寄答复分别为37件和8件。")).toEqual([]);
  });
});

describe("statementsOf on long text", () => {
  // a long paragraph of figures without a full stop: every count is read, so the work per
  // match must not grow with what came before it
  const sentence = "本机关2022年予以公开1件，部分公开2件，不予公开3件，";
  const nanosPerChar = (repeats: number): number => {
    const text = sentence.repeat(repeats);
    let best = Infinity;
    for (let i = 0; i < 5; i++) {
      const start = process.hrtime.bigint();
      statementsOf(text, 2022);
      best = Math.min(best, Number(process.hrtime.bigint() - start) / text.length);
    }
    return best;
  };

  it("reads every figure, in time linear in the text (a ratio, not a wall clock)", () => {
    expect(statementsOf(sentence.repeat(3000), 2022)).toHaveLength(9000);
    nanosPerChar(500); // warm up the patterns
    const small = nanosPerChar(1000);
    const large = nanosPerChar(16000);
    // reading quadratic in the text makes each character of a 16 times longer text 16 times
    // slower; linear stays near 1, and the margin absorbs a loaded machine
    expect(large / small).toBeLessThan(8);
  });
});

describe("the words a pattern needs", () => {
  // the pieces the patterns are made of, so that generated sentences match them often
  const piece = fc.constantFrom(
    ...(
      "新收 收到 受理 接收 了 各类 政府 信息公开 申请 数 的 共计 共 为 5件 十二起 上年 度 结转 至 到 入 下 一 " +
      "2025年 继续办理 予以公开 或 和 、 部分公开 不 不予 以 公开 无法提供 不予处理 其他处理 已 办结 答复 " +
      "办理完毕 未经 行政 复议 直接 提起 诉讼 起诉 案件 后 无 未发生 没有 未被 被 以及 情况 均 都 0件 零件 " +
      "制发 印发 出台 过 任何 规范性文件 主动公开 废止 现行有效 因 引起 其中 涉及 信息公开 中 , 类 有"
    ).split(" "),
  );
  const sentence = fc.array(piece, { maxLength: 14 }).map((ps) => ps.join(""));

  it("are in every match: a sentence without them cannot state the figure", () => {
    fc.assert(
      fc.property(sentence, (s) => {
        for (const p of PATTERNS) {
          if (p.needs === undefined) continue;
          for (const m of s.matchAll(new RegExp(p.re.source, "g"))) expect(m[0]).toContain(p.needs);
        }
      }),
      { numRuns: 3000 },
    );
  });
});
