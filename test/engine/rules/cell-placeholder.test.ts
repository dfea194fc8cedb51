import { findingsOf } from "../../helpers/rule-tester";
import { report } from "../../helpers/snapshot";

describe("cell-placeholder", () => {
  it("finds nothing when every value cell holds a number", () => {
    expect(findingsOf("cell-placeholder", report())).toEqual([]);
  });

  it.each(["/", "-", "—", "无"])("warns on %j and offers 0", (mark) => {
    const found = findingsOf(
      "cell-placeholder",
      report({ values: { table4: { review: { correct: mark } } } }),
    );
    expect(found.map((f) => [f.table, f.row, f.column, f.actual, f.fix?.op])).toEqual([
      ["table4", "review", "correct", mark, "set-cell"],
    ]);
  });

  it.each([
    ["U+2015 horizontal bar", "―"],
    ["U+2015 doubled", "――"],
    ["U+2012 figure dash", "‒"],
    ["U+2013 en dash doubled", "––"],
    ["U+2500 box-drawing line", "─"],
    ["U+30FC katakana long mark", "ー"],
    ["U+2212 minus sign", "−"],
    ["U+FE58 small em dash", "﹘"],
    ["U+FF0D full-width hyphen-minus doubled", "－－"],
    ["a full-width reverse solidus", "＼"],
    ["a division slash", "∕"],
    ["暂无", "暂无"],
    ["暫無", "暫無"],
    ["没有", "没有"],
    ["未发生", "未发生"],
    ["暂未发生", "暂未发生"],
    ["不涉及", "不涉及"],
    ["无此项", "无此项"],
    ["无 with a full stop", "无。"],
    ["the letter x typed for ×", "x"],
  ])("treats %s as the mark for none it is, with the warning and fix of —", (_name, mark) => {
    const found = findingsOf(
      "cell-placeholder",
      report({ values: { table4: { review: { correct: mark } } } }),
    );
    expect(found.map((f) => [f.severity, f.table, f.row, f.column, f.expected, f.fix])).toEqual([
      [
        "warning",
        "table4",
        "review",
        "correct",
        0,
        {
          op: "set-cell",
          at: { table: "table4", row: "review", column: "correct" },
          ref: found[0]?.ref,
          from: mark,
          to: "0",
        },
      ],
    ]);
    expect(found[0].message).toBe(`表四“行政复议”·“结果纠正”填写了“${mark}”，应填数字（没有则填 0）。`);
  });

  it.each(["0", "一", "XX", "有", "3"])("leaves %j alone", (text) => {
    expect(
      findingsOf("cell-placeholder", report({ values: { table4: { review: { correct: text } } } })),
    ).toEqual([]);
  });
});
