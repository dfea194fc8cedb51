import { format2019 } from "../../../src/template";
import { reportWith, refOf } from "../../helpers/narrative";
import { brief, findingsOf } from "../../helpers/rule-tester";
import type { ReportOptions } from "../../helpers/snapshot";
import { consistentTable3, consistentTable4 } from "../../helpers/values";

const RULE = "text-table-mismatch";

/** Table 三 with 5 new, 2 carried over, 3 opened, 1 partly opened, 6 handled, 1 carried forward. */
function table3() {
  const v = consistentTable3(1);
  for (const row of Object.keys(v)) for (const c of Object.keys(v[row])) v[row][c] = 0;
  const set = (row: string, n: number) => {
    v[row].natural = n;
    v[row].total = n;
  };
  set("new_received", 5);
  set("carried_over", 2);
  set("r1_open", 3);
  set("r2_partial", 1);
  set("r3_4", 1);
  set("r5_1", 1);
  set("r7_total", 6);
  set("carried_forward", 1);
  return v;
}

const zero4 = () => {
  const v = consistentTable4(1);
  for (const row of Object.keys(v)) for (const c of Object.keys(v[row])) v[row][c] = 0;
  return v;
};

const check = (s1: string[], values: NonNullable<ReportOptions["values"]> = {}) =>
  findingsOf(RULE, reportWith({ s1 }, { values: { table3: table3(), table4: zero4(), ...values } }));

describe(RULE, () => {
  it("finds nothing when every number the text states is the table's", () => {
    expect(
      check([
        "2022年，本机关新收政府信息公开申请5件，上年结转2件。予以公开3件，部分公开1件，不予公开1件，不予处理1件，结转下年度继续办理1件。",
        "全年未发生因政府信息公开引起的行政复议、行政诉讼。",
      ]),
    ).toEqual([]);
  });

  it("reads Chinese numerals: 五件, 二件", () => {
    expect(check(["收到政府信息公开申请五件，上年结转二件。"])).toEqual([]);
    const found = check(["收到政府信息公开申请六件。"]);
    expect(found.map(brief)).toEqual([
      {
        rule: RULE,
        messageId: "mismatch",
        section: "s1",
        table: "table3",
        row: "new_received",
        column: "total",
        expected: 5,
        actual: 6,
      },
    ]);
  });

  it("reports an error on the paragraph and names the cell the text contradicts", () => {
    const snapshot = reportWith(
      { s1: ["2022年，予以公开4件。"] },
      { values: { table3: table3(), table4: zero4() } },
    );
    const [f] = findingsOf(RULE, snapshot);
    expect(f.severity).toBe("error");
    expect(f.ref).toEqual(refOf(snapshot, "予以公开4件"));
    expect([f.table, f.row, f.column, f.expected, f.actual]).toEqual(["table3", "r1_open", "total", 3, 4]);
    expect(f.message).toBe("正文说“予以公开4件”，但表三“（一）予以公开”·“总计”为 3，两者不一致。");
  });

  it("gives each finding cells of its own, though a figure is worked out once for its template", () => {
    const [first] = check(["予以公开4件。"]);
    (first.cells[0] as { row: string }).row = "changed";
    const [second] = check(["予以公开4件。"]);
    expect(second.cells).toEqual([{ table: "table3", row: "r1_open", column: "total" }]);
  });

  it("checks every way a figure is printed, and says nothing when it agrees", () => {
    expect(
      check([
        "本年新收政府信息公开申请 5 件，收到5件申请，全年共办结6件，已答复政府信息公开申请6件，结转至2023年1件。",
      ]),
    ).toEqual([]);
    const found = check(["本年新收政府信息公开申请 8 件，办结 4 件，结转至2023年3件。"]);
    expect(found.map((f) => [f.row, f.expected, f.actual])).toEqual([
      ["new_received", 5, 8],
      ["r7_total", 6, 4],
      ["carried_forward", 1, 3],
    ]);
  });

  it("checks 未经复议直接起诉 and 复议后起诉 each against its own row, never their sum", () => {
    const t4 = zero4();
    t4.lit_direct.maintain = t4.lit_direct.total = 2;
    t4.lit_after_review.maintain = t4.lit_after_review.total = 1;
    const s4 = (text: string) =>
      findingsOf(RULE, reportWith({ s4: [text] }, { values: { table3: table3(), table4: t4 } }));
    expect(s4("行政诉讼中，未经复议直接起诉2件、复议后起诉1件。")).toEqual([]);
    expect(s4("未经复议直接起诉1件，复议后起诉2起。").map((f) => [f.row, f.expected, f.actual])).toEqual([
      ["lit_direct", 2, 1],
      ["lit_after_review", 1, 2],
    ]);
  });

  it("accepts a count of applications that includes last year's carried-over ones", () => {
    expect(check(["共收到政府信息公开申请7件，其中上年结转2件。"])).toEqual([]);
  });

  it("checks 未收到政府信息公开申请 against 本年新收", () => {
    const found = check(["我镇未收到公民、法人或其他组织提出的政府信息公开申请。"]);
    expect(found.map((f) => [f.row, f.column, f.expected, f.actual])).toEqual([
      ["new_received", "total", 5, 0],
    ]);
  });

  it("checks 无行政复议、行政诉讼 against all 15 cells of table 四, naming the first that is not 0", () => {
    const t4 = zero4();
    t4.lit_direct.pending = 1;
    t4.lit_direct.total = 1;
    const found = check(["本年度无政府信息公开行政复议和提起行政诉讼情况。"], { table4: t4 });
    expect(found.map((f) => [f.table, f.row, f.column, f.expected, f.actual])).toEqual([
      ["table4", "lit_direct", "pending", 1, 0],
    ]);
    expect(found[0].cells).toHaveLength(15);
    expect(
      check(["因政府信息公开被申请行政复议1件。"], { table4: t4 }).map((f) => [f.row, f.expected]),
    ).toEqual([["review", 0]]);
    expect(check(["因政府信息公开被提起行政诉讼1件。"], { table4: t4 })).toEqual([]);
  });

  it("reads appeals in section 一 only when the sentence is about information disclosure", () => {
    // a 司法局 handles appeals against other agencies as the reviewing body
    expect(check(["全年共办理行政复议案件120件，行政诉讼应诉30件。"])).toEqual([]);
    const inSection4 = reportWith(
      { s4: ["本年度被申请行政复议2件。"] },
      { values: { table3: table3(), table4: zero4() } },
    );
    expect(findingsOf(RULE, inSection4).map((f) => [f.section, f.row, f.actual])).toEqual([
      ["s4", "review", 2],
    ]);
  });

  it("reads appeals against the body in a paragraph on disclosure on application, where its sentence does not say 信息公开", () => {
    const t4 = zero4();
    t4.lit_direct.maintain = 2;
    t4.lit_direct.total = 2;
    t4.lit_after_review.correct = 1;
    t4.lit_after_review.total = 1;
    const paragraph = (appeals: string) =>
      check([`（二）依申请公开。2022年，本机关新收政府信息公开申请5件，上年结转2件。${appeals}`], {
        table4: t4,
      });
    expect(paragraph("全年被申请行政复议0件，被提起行政诉讼3件。")).toEqual([]);
    const found = paragraph("全年被申请行政复议0件，被提起行政诉讼2件。");
    expect(found.map(brief)).toEqual([
      {
        rule: RULE,
        messageId: "mismatch",
        section: "s1",
        table: "table4",
        row: "lit_direct",
        column: "total",
        expected: 3,
        actual: 2,
      },
    ]);
    expect(found[0].data).toMatchObject({ quote: "行政诉讼2件", tableValue: 3 });
  });

  it("leaves appeals the body handles as the reviewing body, or that are about its other work, alone", () => {
    expect(
      check([
        "（二）依申请公开。本年新收政府信息公开申请5件。本机关作为复议机关共办理行政复议案件120件。",
        "（五）依法行政。全年被提起行政诉讼30件，均已依法应诉。",
      ]),
    ).toEqual([]);
  });

  it("says nothing of true counts by channel or by way of handling, which are parts of a total", () => {
    expect(
      check([
        "从答复方式看，网上答复4件，邮寄答复1件，当面答复1件。因情况复杂，依法延期答复3件，全年逾期答复0件。",
        "通过网络平台收到政府信息公开申请3件，通过信函收到政府信息公开申请2件。",
        "协助上级部门答复政府信息公开申请6件。",
      ]),
    ).toEqual([]);
  });

  it("checks a result's item, told by its reason, against its own cell", () => {
    // table 三 has 1 不予公开 (（三）4) and 1 不予处理 (（五）1)
    expect(
      check([
        "不予公开1件，其中因保护第三方合法权益不予公开1件。对信访举报投诉类申请不予处理1件，对重复申请不予处理0件。",
      ]),
    ).toEqual([]);
    const found = check([
      "因保护第三方合法权益不予公开2件，因属于国家秘密不予公开1件，对重复申请不予处理1件。",
    ]);
    // in the table's order
    expect(found.map((f) => [f.row, f.column, f.expected, f.actual, f.cells.length])).toEqual([
      ["r3_1", "total", 0, 1, 1],
      ["r3_4", "total", 1, 2, 1],
      ["r5_2", "total", 0, 1, 1],
    ]);
    expect(found[1].message).toBe(
      "正文说“因保护第三方合法权益不予公开2件”，但表三“（三）不予公开 4.保护第三方合法权益”·“总计”为 1，两者不一致。",
    );
  });

  it("does not compare an item of （六） in the 2019 format, which has none", () => {
    const snapshot = reportWith({ s1: ["因申请人逾期不补正其他处理3件。"] }, { format: format2019 });
    expect(findingsOf(RULE, snapshot)).toEqual([]);
  });

  it("still reports a wrong total beside its true parts", () => {
    const v = table3();
    v.new_received.natural = v.new_received.total = 49;
    const found = check(
      [
        "共收到政府信息公开申请60件，其中通过网络平台收到政府信息公开申请37件，不予公开1件，其中因保护第三方合法权益不予公开1件。",
      ],
      { table3: v },
    );
    expect(found.map((f) => [f.messageId, f.row, f.column, f.expected, f.actual])).toEqual([
      ["mismatch", "new_received", "total", 49, 60],
    ]);
  });

  it("checks the appeals about disclosure among all the body's appeals, not all of them", () => {
    const t4 = zero4();
    t4.review.maintain = t4.review.total = 4;
    const sentence = "全年办理以本机关为被申请人的行政复议案件共12件，涉及政府信息公开的4件。";
    expect(check([sentence], { table4: t4 })).toEqual([]);
    expect(check([sentence]).map((f) => [f.table, f.row, f.expected, f.actual])).toEqual([
      ["table4", "review", 0, 4],
    ]);
  });

  it("checks 规范性文件 counts against table 二 in the 2021 format", () => {
    const table2 = { normative_docs: { issued: 3, repealed: 1, in_force: 12 } };
    expect(check(["本年制发行政规范性文件3件，废止1件，现行有效12件。"], { table2 })).toEqual([]);
    expect(
      check(["主动公开规范性文件2件。"], { table2 }).map((f) => [
        f.table,
        f.row,
        f.column,
        f.expected,
        f.actual,
      ]),
    ).toEqual([["table2", "normative_docs", "issued", 3, 2]]);
    // a sentence about both 规章 and 规范性文件 is not read
    expect(check(["规章废止2件，行政规范性文件废止5件。"], { table2 })).toEqual([]);
  });

  it("recomputes a share: 占45.3% must be the count over the applications or the results", () => {
    const v = table3();
    v.r1_open.natural = v.r1_open.total = 59;
    v.r7_total.natural = v.r7_total.total = 130;
    v.new_received.natural = v.new_received.total = 128;
    v.carried_over.natural = v.carried_over.total = 3;
    const values = { table3: v };
    expect(check(["予以公开59件、占45.3%。"], values)).toEqual([]);
    expect(check(["予以公开59件、占45.4%。"], values)).toEqual([]);
    const [f] = check(["予以公开59件，占55.3%。"], values);
    expect([f.messageId, f.expected, f.actual]).toEqual(["percent", 45.4, 55.3]);
    expect(f.message).toBe(
      "正文说“予以公开59件，占55.3%”，但按表中数字，59 件占办理结果总计（130 件）的 45.4%。",
    );
  });

  it("skips numbers about another year", () => {
    expect(
      check([
        "2021年收到政府信息公开申请10件，2022年新收政府信息公开申请5件。",
        "较上年收到政府信息公开申请12件有所减少。",
      ]),
    ).toEqual([]);
  });

  it("compares with a figure written with its unit, 3次 as 3件", () => {
    const v = table3();
    const withUnit = { ...v, r1_open: { ...v.r1_open, total: "3次" } } as unknown as ReturnType<
      typeof table3
    >;
    expect(check(["予以公开3件。"], { table3: withUnit })).toEqual([]);
    expect(check(["予以公开4件。"], { table3: withUnit }).map((f) => [f.row, f.expected, f.actual])).toEqual([
      ["r1_open", 3, 4],
    ]);
  });

  it("does not compare with a text cell; a count stated over a blank cell is a cell not filled", () => {
    const v = table3();
    (v.r1_open as Record<string, number | string>).total = "";
    (v.new_received as Record<string, number | string>).total = "见附件";
    const found = check(["收到政府信息公开申请9件，予以公开9件。"], { table3: v });
    expect(found.map((f) => [f.messageId, f.row, f.column, f.actual])).toEqual([
      ["blank", "r1_open", "total", 9],
    ]);
    expect(found[0].message).toBe("正文说“予以公开9件”，但表三“（一）予以公开”·“总计”没有填写。");
    // "无…" over blank cells says nothing the blank cells contradict
    expect(check(["予以公开0件。"], { table3: v })).toEqual([]);
  });

  it("reports 表四 left blank under the appeals the text counts (an unfilled template)", () => {
    const blank = zero4() as Record<string, Record<string, number | string>>;
    for (const row of Object.values(blank)) for (const c of Object.keys(row)) row[c] = "";
    const found = findingsOf(
      RULE,
      reportWith(
        { s4: ["本年度发生政府信息公开行政复议4件，行政诉讼3件。"] },
        { values: { table3: table3(), table4: blank } },
      ),
    );
    expect(found.map((f) => [f.messageId, f.row, f.actual])).toEqual([
      ["blank", "review", 4],
      ["blank", "lit_direct", 3],
    ]);
  });
});
