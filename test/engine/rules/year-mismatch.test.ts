import fc from "fast-check";
import { check } from "../../../src/engine";
import { refOf, reportWith } from "../../helpers/narrative";
import { brief, findingsOf } from "../../helpers/rule-tester";
import { report } from "../../helpers/snapshot";
import { holdsYear } from "../../../src/engine/rules/year-mismatch";

const RULE = "year-mismatch";
const HEAD = [
  "青石镇2022年政府信息公开工作年度报告",
  "本报告所列数据统计期限为2022年1月1日至2022年12月31日。现将我镇2022年度政府信息公开工作报告如下。",
];

describe(RULE, () => {
  it("finds nothing when title, period, body and signature agree", () => {
    expect(findingsOf(RULE, reportWith({ s1: ["2022年，我镇全面推进政务公开。"] }, { head: HEAD }))).toEqual(
      [],
    );
    expect(findingsOf(RULE, report())).toEqual([]);
  });

  it("reports a statistics period for another year than the title's", () => {
    const snapshot = reportWith(
      {},
      { head: [HEAD[0], "本报告所列数据统计期限为2021年1月1日至2021年12月31日。"] },
    );
    const found = findingsOf(RULE, snapshot);
    expect(found.map(brief)).toEqual([
      {
        rule: RULE,
        messageId: "period",
        section: null,
        table: null,
        row: null,
        column: null,
        expected: 2022,
        actual: 2021,
      },
    ]);
    expect(found[0].ref).toEqual(refOf(snapshot, "统计期限"));
    expect(found[0].severity).toBe("warning");
    expect(found[0].message).toBe(
      "统计期限“2021年1月1日至2021年12月31日”写的是 2021 年，与报告标题的 2022 年不符。",
    );
  });

  it("reports the body naming last year as its own: a paragraph left from last year's report", () => {
    const snapshot = reportWith({ s5: ["2021年，我镇政府信息公开工作取得一定成效。"] }, { head: HEAD });
    const found = findingsOf(RULE, snapshot);
    expect(found.map((f) => [f.messageId, f.section, f.actual])).toEqual([["body", "s5", 2021]]);
    expect(found[0].ref).toEqual(refOf(snapshot, "2021年，我镇"));
  });

  it("reports the intro's 现将…年度报告 naming another year", () => {
    const head = [HEAD[0], "现将我镇2021年度政府信息公开工作报告如下。"];
    expect(findingsOf(RULE, reportWith({}, { head })).map((f) => [f.messageId, f.actual])).toEqual([
      ["body", 2021],
    ]);
  });

  it("leaves other years in the body alone", () => {
    const prose = {
      s1: ["2021年以来，我镇持续推进政务公开。", "认真落实《2022年政务公开工作要点》和2023年的工作安排。"],
    };
    expect(findingsOf(RULE, reportWith(prose, { head: HEAD }))).toEqual([]);
  });

  it("reports a signature date inside the report year", () => {
    const found = findingsOf(
      RULE,
      reportWith({}, { head: HEAD, tail: ["青石镇人民政府", "2022年12月20日"] }),
    );
    expect(found.map((f) => [f.messageId, f.actual, f.data.quote])).toEqual([
      ["signature", 2022, "2022年12月20日"],
    ]);
  });

  it("reads years written in Chinese digits", () => {
    const head = ["青石镇二〇二二年政府信息公开工作年度报告", "统计期限为二〇二一年1月1日至12月31日。"];
    expect(findingsOf(RULE, reportWith({}, { head })).map((f) => [f.messageId, f.actual])).toEqual([
      ["period", 2021],
    ]);
  });

  it("reports a previous report that is not last year's", () => {
    const found = check(reportWith({}, { head: HEAD }), {
      rules: [RULE],
      strict: true,
      previous: { year: 2020, carriedForward: {}, inForce: {}, sections: {} },
    }).findings;
    expect(found.map((f) => [f.messageId, f.expected, f.actual])).toEqual([["previous", 2021, 2020]]);
  });
});

describe(`${RULE}: a wrong year anywhere in the body`, () => {
  it("groups the places that name the same wrong year into one finding", () => {
    const prose = {
      s1: ["我镇2021年度政府信息公开工作取得明显成效，主动公开数量较2021年有所增加。"],
      s6: ["本机关2021年共承办人大代表建议3件。"],
    };
    const found = findingsOf(RULE, reportWith(prose, { head: HEAD }));
    expect(found.map((f) => [f.messageId, f.section, f.actual, f.data.count])).toEqual([
      ["bodyMany", "s1", 2021, 2],
    ]);
    expect(found[0].message).toBe(
      "正文有 2 处把 2021 年作为本年度，与报告标题的 2022 年不符：“我镇2021年度政府信息公开工作…”、“本机关2021年共承办人大代表建…”。",
    );
  });

  it("leaves comparisons, spans, last year's report and next year's plans alone", () => {
    const prose = {
      s1: ["与2021年相比，公开数量有所增加；自2020年以来持续推进。"],
      s5: ["针对本机关2021年度报告中指出的问题进行了整改。", "我局2023年将进一步加强培训。"],
    };
    expect(findingsOf(RULE, reportWith(prose, { head: HEAD }))).toEqual([]);
  });
});

describe(`${RULE}: a title typed with another year`, () => {
  const typo = () =>
    reportWith(
      {},
      {
        year: 2023,
        head: [
          "青石镇2022年政府信息公开工作年度报告",
          "本报告所列数据统计期限为2023年1月1日至2023年12月31日。",
        ],
      },
    );

  it("reports the title once as the one that disagrees, and checks the report as of the period's year", () => {
    const snapshot = typo();
    const result = check(snapshot, { rules: [RULE, "published-late"], strict: true });
    expect(result.year).toBe(2023);
    expect(result.findings.map(brief)).toEqual([
      {
        rule: RULE,
        messageId: "title",
        section: null,
        table: null,
        row: null,
        column: null,
        expected: 2023,
        actual: 2022,
      },
    ]);
    expect(result.findings[0].ref).toEqual(refOf(snapshot, "青石镇2022年"));
    expect(result.findings[0].message).toBe(
      "报告标题“青石镇2022年政府信息公开工作年度报告”写的是 2022 年，与统计期限、正文和落款日期的 2023 年不符，本报告按 2023 年度检查。",
    );
  });

  it("still reports the period, not the title, when the text and the signature side with the title", () => {
    const head = [HEAD[0], "本报告所列数据统计期限为2023年1月1日至2023年12月31日。"];
    expect(
      findingsOf(RULE, reportWith({}, { head })).map((f) => [f.messageId, f.expected, f.actual]),
    ).toEqual([["period", 2022, 2023]]);
  });
});

describe(`${RULE}: next year's plans`, () => {
  it.each([
    [
      "part 五 opening with next year in future words",
      { s5: ["2023年，我局将进一步加强政务公开工作，持续提升公开质量。"] },
    ],
    [
      "part 五 opening with next year, whatever its words",
      { s5: ["2023年，我镇政务公开工作重点是提升解读质量。"] },
    ],
    ["part 一 opening with next year and 计划", { s1: ["2023年，我镇计划新建政务公开专区。"] }],
    ["part 一 opening with next year and 继续", { s1: ["2023年全年，我镇继续推进基层政务公开标准化。"] }],
    ["part 六 opening with next year and 下一步", { s6: ["2023年，下一步重点做好政策解读工作。"] }],
  ])("leaves %s alone", (_name, prose) => {
    expect(findingsOf(RULE, reportWith(prose, { head: HEAD }))).toEqual([]);
  });

  it("still reports next year opening a paragraph that tells of the year's work outside part 五", () => {
    const found = findingsOf(RULE, reportWith({ s1: ["2023年，我镇全面推进政务公开。"] }, { head: HEAD }));
    expect(found.map((f) => [f.messageId, f.section, f.actual])).toEqual([["body", "s1", 2023]]);
  });

  it("still reports last year's opening in part 五 and in future words: a paragraph left from last year's report", () => {
    const prose = {
      s1: ["2021年，我镇将政务公开纳入年度考核。"],
      s5: ["2021年，我镇将进一步加强培训。"],
    };
    const found = findingsOf(RULE, reportWith(prose, { head: HEAD }));
    expect(found.map((f) => [f.messageId, f.section, f.actual, f.data.count])).toEqual([
      ["bodyMany", "s1", 2021, 2],
    ]);
  });

  it("still reports the intro's 现将…年度报告 naming next year", () => {
    const head = [HEAD[0], "现将我镇2023年度政府信息公开工作报告如下。"];
    expect(findingsOf(RULE, reportWith({}, { head })).map((f) => [f.messageId, f.actual])).toEqual([
      ["body", 2023],
    ]);
  });
});

describe("holdsYear", () => {
  // the year the rule's patterns all hold
  const YEAR = /((?:19|20)\d{2}|[零〇○一二三四五六七八九]{4})\s*年/;
  const character = fc.constantFrom(..."120923年度 \u3000\t零〇○一二九十a，".split(""));
  const text = fc.array(character, { maxLength: 30 }).map((cs) => cs.join(""));

  it("says what the pattern finds", () => {
    fc.assert(
      fc.property(text, (t) => {
        expect(holdsYear(t)).toBe(YEAR.test(t));
      }),
      { numRuns: 5000 },
    );
  });

  it.each([
    ["2022年", true],
    ["二〇二二 年度", true],
    ["1999\u3000年", true],
    ["2122年", false],
    ["022年", false],
    ["全年", false],
  ])("%s: %s", (t, held) => {
    expect(holdsYear(t)).toBe(held);
  });
});
