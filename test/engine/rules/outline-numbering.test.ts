import { reportWith } from "../../helpers/narrative";
import { findingsOf } from "../../helpers/rule-tester";

const RULE = "outline-numbering";
const TOPICS = ["主动公开。全年公开信息100条。", "依申请公开。未收到申请。", "政府信息管理。严格审查。"];

describe(RULE, () => {
  it("reports each topic of 总体情况 numbered like a part", () => {
    const found = findingsOf(RULE, reportWith({ s1: TOPICS.map((t, i) => `${"一二三"[i]}、${t}`) }));
    const byRef = [...found].sort((a, b) => Number(a.ref?.p) - Number(b.ref?.p));
    expect(byRef.map((f) => [f.messageId, f.section, f.severity, f.actual, f.expected])).toEqual([
      ["topLevel", "s1", "warning", "一、", "（一）"],
      ["topLevel", "s1", "warning", "二、", "（二）"],
      ["topLevel", "s1", "warning", "三、", "（三）"],
    ]);
    expect(byRef[0].message).toBe(
      "第一部分中的“一、主动公开。全年公开信息100…”用了部分标题的一级编号“一、”；部分内的分项应编为“（一）”。",
    );
  });

  it("leaves alone a table's rows typed as text, their labels numbered as the table numbers them", () => {
    const rows = [
      "一、本年新收政府信息公开申请数量\t5\t0\t0\t0\t0\t0\t5",
      "二、上年结转政府信息公开申请数量  2  0  0  0  0  0  2",
      "（二）部分公开\t1\t0\t0\t0\t0\t0\t1",
    ];
    expect(findingsOf(RULE, reportWith({ s3: rows }))).toEqual([]);
    // a row of two figures is still prose with its numbers
    expect(findingsOf(RULE, reportWith({ s3: ["一、本年新收申请\t5件\t上年结转2件"] })).length).toBe(1);
  });

  it("leaves alone a PDF's table labels pasted line by line, one label piece a paragraph", () => {
    const lines = [
      "一、本年新收政府信息公开申请数量",
      "二、上年结转政府信息公开申请数量",
      "三、本 （一）予以公开",
      "年度办 （二）部分公开（区分处理",
      "四、结转下年度继续办理",
    ];
    expect(findingsOf(RULE, reportWith({ s3: lines }))).toEqual([]);
    // an item numbered like a part is still reported
    expect(findingsOf(RULE, reportWith({ s3: ["三、本年度办理情况良好。"] })).length).toBe(1);
  });

  it("reports the part whose items use the other numbering system", () => {
    const found = findingsOf(
      RULE,
      reportWith({
        s1: TOPICS.map((t, i) => `（${"一二三"[i]}）${t}`),
        s5: ["（一）存在问题。意识不强。", "（二）改进措施。加强培训。"],
        s6: ["1.信息处理费。未收取。", "2.建议提案办理。按期办结。"],
      }),
    );
    expect(found.map((f) => [f.messageId, f.section, f.actual, f.expected, f.data.others])).toEqual([
      ["mixed", "s6", "1.", "（一）", "一、五"],
    ]);
  });

  it("stays quiet on one system, on deeper 1. items, and on a superior's instructions left below", () => {
    const prose = {
      s1: TOPICS.map((t, i) => `（${"一二三"[i]}）${t}`),
      s5: ["（一）存在问题。", "1.意识不强。", "2.形式单一。", "（二）改进措施。"],
      s6: ["无。", "注意事项：", "1. 全区各级行政机关通过本单位网页发布年报后……"],
    };
    expect(findingsOf(RULE, reportWith(prose))).toEqual([]);
  });
});

describe(`${RULE}: a part's heading in an unusual wording`, () => {
  it("is not an item numbered like a part", () => {
    const prose = { s1: ["（一）主动公开。全年公开信息100条。", "二、关于主动公开政府信息的情况"] };
    expect(findingsOf(RULE, reportWith(prose))).toEqual([]);
  });
});
