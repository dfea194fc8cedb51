import { check } from "../../../src/engine";
import { findingsOf } from "../../helpers/rule-tester";
import { report } from "../../helpers/snapshot";

describe("cell-not-number", () => {
  it("accepts numbers, blanks and placeholders", () => {
    expect(
      findingsOf(
        "cell-not-number",
        report({ values: { table2: { penalty: { decisions: "/" }, coercion: { decisions: "" } } } }),
      ),
    ).toEqual([]);
  });

  it("reports text in a value cell as an error", () => {
    const found = findingsOf(
      "cell-not-number",
      report({ values: { table2: { penalty: { decisions: "五件" } } } }),
    );
    expect(found.map((f) => [f.severity, f.table, f.row, f.column, f.actual])).toEqual([
      ["error", "table2", "penalty", "decisions", "五件"],
    ]);
  });

  it("reports a number of hundreds of digits as not a count, never as Infinity", () => {
    const long = "9".repeat(400);
    const found = findingsOf(
      "cell-not-number",
      report({ values: { table2: { penalty: { decisions: long } } } }),
    );
    expect(found.map((f) => [f.messageId, f.actual, f.data.digits])).toEqual([["tooLong", long, 400]]);
    expect(found[0].message).toContain("有 400 位，不是一个件数");
    expect(JSON.stringify(found)).not.toMatch(/Infinity|e\+/);
  });

  it.each(["XX", "××", "XXX", "ＸＸ", "xx", "XX件", "____"])(
    "reports a template's mask %j in a cell as a placeholder never filled in",
    (mask) => {
      const found = findingsOf(
        "cell-not-number",
        report({ values: { table3: { r3_1: { natural: mask } } } }),
      );
      expect(found.map((f) => [f.severity, f.messageId, f.row, f.column, f.actual])).toEqual([
        ["error", "leftover", "r3_1", "natural", mask],
      ]);
      expect(found[0].message).toBe(
        `表三“（三）不予公开 1.属于国家秘密”·“自然人”填写的“${mask}”是模板中没有填写的占位符，应填写实际数字（没有则填 0）。`,
      );
    },
  );

  it("reports a mask in a cell once: not also as a mark for none or as template text", () => {
    const snapshot = report({
      values: { table2: { licensing: { decisions: "XX" } }, table4: { review: { correct: "××" } } },
    });
    const found = check(snapshot, {
      rules: ["cell-not-number", "cell-placeholder", "template-leftover", "cell-with-unit"],
      strict: true,
    }).findings;
    expect(found.map((f) => [f.rule, f.messageId, f.table, f.row])).toEqual([
      ["cell-not-number", "leftover", "table2", "licensing"],
      ["cell-not-number", "leftover", "table4", "review"],
    ]);
  });

  it.each(["――", "―", "─", "ー", "暂无", "没有", "未发生", "x", "17次", "3人次"])(
    "leaves %j to the rule of the form it is one of (a mark for none, a count with its unit)",
    (text) => {
      expect(
        findingsOf("cell-not-number", report({ values: { table2: { penalty: { decisions: text } } } })),
      ).toEqual([]);
    },
  );

  it("reports a unit of counts in the column of amounts as the wrong unit, as it does 件", () => {
    const found = findingsOf("cell-not-number", report({ values: { table2: { fees: { amount: "17次" } } } }));
    expect(found.map((f) => [f.messageId, f.data.unit])).toEqual([["wrongUnit", "次"]]);
  });
});
