import { consistentTable3 } from "../../helpers/values";
import { findingsOf } from "../../helpers/rule-tester";
import { report } from "../../helpers/snapshot";

describe("row-total", () => {
  it("finds nothing when every row's 总计 is the sum of its columns", () => {
    expect(findingsOf("row-total", report({ values: { table3: consistentTable3(1) } }))).toEqual([]);
  });

  it("reports a 总计 off by one on the total cell, with the formula and every cell of the row", () => {
    const v = consistentTable3(2);
    v.r1_open.total += 1;
    const [f, ...rest] = findingsOf("row-total", report({ values: { table3: v } }));
    expect(rest).toEqual([]);
    expect(f).toMatchObject({
      severity: "error",
      row: "r1_open",
      column: "total",
      expected: v.r1_open.total - 1,
      actual: v.r1_open.total,
    });
    expect(f.cells).toHaveLength(7);
    expect(f.data).toMatchObject({ leftSum: v.r1_open.total, rightSum: v.r1_open.total - 1, diff: 1 });
    expect(f.suggestions).toEqual([
      expect.objectContaining({ op: "set-cell", to: String(v.r1_open.total - 1) }),
    ]);
  });

  it("writes the English message in English around the format's own labels", () => {
    const v = consistentTable3(2);
    v.r1_open.total += 1;
    v.r1_open.natural = "" as unknown as number;
    const [f] = findingsOf("row-total", report({ values: { table3: v } }));
    expect(f.messageEn).toMatch(
      /^表三 row “（一）予以公开”: the total does not add up \(blank cells counted as 0\): /,
    );
    expect(f.messageEn).toMatch(/自然人\(blank\)/);
    expect(f.messageEn).toMatch(/; a difference of \d+$/);
    expect(f.messageEn).not.toMatch(/其余|差|，|空白|行:/);
    expect(f.message).toMatch(/，差 \d+$/);
  });

  it("counts a blank as 0 and says so", () => {
    const v = consistentTable3(3);
    v.carried_forward.natural = 1;
    const values = { ...v, carried_forward: { ...v.carried_forward, natural: "" as unknown as number } };
    const found = findingsOf("row-total", report({ values: { table3: values } }));
    expect(found.map((f) => [f.row, f.messageId])).toEqual(
      v.carried_forward.total === v.carried_forward.natural + 0
        ? []
        : [["carried_forward", "unequalWithBlanks"]],
    );
  });

  it("counts every mark for none as 0 and says so, whatever the dash or word (――, 暂无 as —)", () => {
    const v: Record<string, Record<string, number | string>> = consistentTable3(1);
    v.r1_open.natural = Number(v.r1_open.natural) + 2;
    v.r1_open.total = Number(v.r1_open.total) + 2;
    const shape = (mark: string) =>
      findingsOf(
        "row-total",
        report({ values: { table3: { ...v, r1_open: { ...v.r1_open, natural: mark } } } }),
      ).map((f) => [f.row, f.messageId, f.expected, f.actual, f.data.blanks, f.data.formula]);
    const dash = shape("—");
    expect(dash).toEqual([
      [
        "r1_open",
        "unequalWithBlanks",
        Number(v.r1_open.total) - Number(v.r1_open.natural),
        v.r1_open.total,
        [{ table: "table3", row: "r1_open", column: "natural" }],
        expect.stringContaining("自然人(空白)"),
      ],
    ]);
    expect(shape("――")).toEqual(dash);
    expect(shape("暂无")).toEqual(dash);
  });

  it("counts a figure with its unit as the figure, 17次 as 17件", () => {
    const v: Record<string, Record<string, number | string>> = consistentTable3(1);
    v.r1_open.natural = Number(v.r1_open.natural) + 17;
    v.r1_open.total = Number(v.r1_open.total) + 17;
    const at = (text: string) =>
      findingsOf(
        "row-total",
        report({ values: { table3: { ...v, r1_open: { ...v.r1_open, natural: text } } } }),
      );
    expect(at(`${v.r1_open.natural}件`)).toEqual([]);
    expect(at(`${v.r1_open.natural}次`)).toEqual([]);
    expect(at(`${Number(v.r1_open.natural) + 1}次`).map((f) => [f.row, f.messageId])).toEqual([
      ["r1_open", "unequal"],
    ]);
  });
});
